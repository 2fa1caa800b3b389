using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KnowledgeBase.Generator.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Pipeline;

/// <summary>
/// Compiles the generated code for every field type to a real assembly, runs it, and reads the values back:
/// proof that what the YAML says is what C# gets.
/// </summary>
public sealed class RuntimeValuesTests(RuntimeValuesTests.CompiledContent compiled) : IClassFixture<RuntimeValuesTests.CompiledContent>
{
    private const string Item = "Demo.Item";

    private const string FirstItem = TestSchemas.ItemYaml + """

        related:
          - class
          - 2nd-item
        """;

    private const string ClassItem = """
        title: Class entry
        flag: false
        count: -12
        big: -1
        amount: 5.576e6
        ratio: 1e-3
        date: 2024-02-29
        colour: darkBlue
        source: a-source
        """;

    private const string NamespaceItem = """
        title: "Back\\slash \"quote\" {brace} \u202E bidi \t tab \U0001F600"
        flag: TRUE
        count: 0
        big: 0
        amount: -0.10
        ratio: 2
        date: 2000-01-01
        colour: Red
        source: a-source
        summary: |
          Line one
          Line two
        shade: ~
        tags: []
        supersededBy: first-item
        """;

    private const string DigitItem = """
        title: Starts with a digit
        flag: false
        count: 2147483647
        big: -9223372036854775808
        amount: 79228162514264337593543950335
        ratio: -1.5e300
        date: 1999-12-31
        colour: RED
        source: a-source
        notes: []
        """;

    private readonly GeneratorResult result = compiled.Result;
    private readonly LoadedAssembly loaded = compiled.Loaded;

    [Fact]
    public void Generation_reports_nothing_and_compiles_without_warnings()
    {
        Assert.Empty(result.FormattedDiagnostics);
        GeneratorAssert.Compiles(result);
    }

    [Fact]
    public void All_holds_every_entry_sorted_by_id_ordinal()
    {
        var all = Assert.IsAssignableFrom<IEnumerable>(loaded.Static(Item, "All")).Cast<object>().ToList();

        Assert.Equal(["2nd-item", "class", "first-item", "namespace"], all.Select(entry => (string)LoadedAssembly.Get(entry, "Id")!));
        Assert.Same(loaded.Static(Item, "Class"), all[1]);
    }

    [Fact]
    public void Ids_that_start_with_a_digit_or_are_keywords_become_valid_members()
    {
        Assert.Equal("2nd-item", LoadedAssembly.Get(loaded.Static(Item, "_2ndItem")!, "Id"));
        Assert.Equal("class", LoadedAssembly.Get(loaded.Static(Item, "Class")!, "Id"));
        Assert.Equal("namespace", LoadedAssembly.Get(loaded.Static(Item, "Namespace")!, "Id"));
    }

    [Fact]
    public void Scalars_keep_their_exact_values()
    {
        var first = loaded.Static(Item, "FirstItem")!;
        Assert.Equal("An item with \"quotes\"", LoadedAssembly.Get(first, "Title"));
        Assert.Equal(true, LoadedAssembly.Get(first, "Flag"));
        Assert.Equal(42, LoadedAssembly.Get(first, "Count"));
        Assert.Equal(9_000_000_000L, LoadedAssembly.Get(first, "Big"));
        Assert.Equal(593.7m, LoadedAssembly.Get(first, "Amount"));
        Assert.Equal(0.5d, LoadedAssembly.Get(first, "Ratio"));
        Assert.Equal(new DateOnly(2025, 1, 27), LoadedAssembly.Get(first, "Date"));
        Assert.Equal(new Uri("https://example.org/page"), LoadedAssembly.Get(first, "Link"));
        Assert.Equal("Line one", LoadedAssembly.Get(first, "Summary"));

        var digit = loaded.Static(Item, "_2ndItem")!;
        Assert.Equal(int.MaxValue, LoadedAssembly.Get(digit, "Count"));
        Assert.Equal(long.MinValue, LoadedAssembly.Get(digit, "Big"));
        Assert.Equal(decimal.MaxValue, LoadedAssembly.Get(digit, "Amount"));
        Assert.Equal(-1.5e300, LoadedAssembly.Get(digit, "Ratio"));

        var keyword = loaded.Static(Item, "Class")!;
        Assert.Equal(false, LoadedAssembly.Get(keyword, "Flag"));
        Assert.Equal(-12, LoadedAssembly.Get(keyword, "Count"));
        Assert.Equal(5_576_000m, LoadedAssembly.Get(keyword, "Amount"));
        Assert.Equal(0.001d, LoadedAssembly.Get(keyword, "Ratio"));
        Assert.Equal(new DateOnly(2024, 2, 29), LoadedAssembly.Get(keyword, "Date"));
    }

    [Fact]
    public void Decimal_keeps_the_scale_it_was_written_with()
    {
        var amount = (decimal)LoadedAssembly.Get(loaded.Static(Item, "Namespace")!, "Amount")!;

        Assert.Equal("-0.10", amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Strings_come_back_character_for_character()
    {
        var entry = loaded.Static(Item, "Namespace")!;

        Assert.Equal("Back\\slash \"quote\" {brace} \u202E bidi \t tab \U0001F600", LoadedAssembly.Get(entry, "Title"));
        Assert.Equal("Line one\nLine two\n", LoadedAssembly.Get(entry, "Summary"));
    }

    [Fact]
    public void Enums_bind_from_kebab_camel_and_pascal_case_and_any_letter_case()
    {
        Assert.Equal("DarkBlue", LoadedAssembly.Get(loaded.Static(Item, "FirstItem")!, "Colour")!.ToString());
        Assert.Equal("DarkBlue", LoadedAssembly.Get(loaded.Static(Item, "Class")!, "Colour")!.ToString());
        Assert.Equal("Red", LoadedAssembly.Get(loaded.Static(Item, "Namespace")!, "Colour")!.ToString());
        Assert.Equal("Red", LoadedAssembly.Get(loaded.Static(Item, "_2ndItem")!, "Colour")!.ToString());
        Assert.Equal("Red", LoadedAssembly.Get(loaded.Static(Item, "FirstItem")!, "Shade")!.ToString());
        Assert.Equal("Current", LoadedAssembly.Get(loaded.Static(Item, "FirstItem")!, "Status")!.ToString());
    }

    [Fact]
    public void Absent_optional_values_are_null_and_absent_lists_are_empty_not_default()
    {
        var keyword = loaded.Static(Item, "Class")!;
        Assert.Null(LoadedAssembly.Get(keyword, "Shade"));
        Assert.Null(LoadedAssembly.Get(keyword, "Summary"));
        Assert.Null(LoadedAssembly.Get(keyword, "Link"));
        Assert.Null(LoadedAssembly.Get(keyword, "Notes"));
        Assert.Null(LoadedAssembly.Get(keyword, "SupersededBy"));
        var tags = (ImmutableArray<string>)LoadedAssembly.Get(keyword, "Tags")!;
        Assert.False(tags.IsDefault);
        Assert.Empty(tags);
        Assert.Empty(Assert.IsAssignableFrom<IEnumerable>(LoadedAssembly.Get(keyword, "Related")).Cast<object>());

        Assert.Null(LoadedAssembly.Get(loaded.Static(Item, "Namespace")!, "Shade"));
        Assert.Empty((ImmutableArray<string>)LoadedAssembly.Get(loaded.Static(Item, "Namespace")!, "Tags")!);
        Assert.Empty(Assert.IsAssignableFrom<IEnumerable>(LoadedAssembly.Get(loaded.Static(Item, "_2ndItem")!, "Notes")));
    }

    [Fact]
    public void Lists_of_scalars_records_and_references_keep_their_order()
    {
        var first = loaded.Static(Item, "FirstItem")!;

        Assert.Equal<string>(["one", "two"], (ImmutableArray<string>)LoadedAssembly.Get(first, "Tags")!);
        var note = Assert.Single(Assert.IsAssignableFrom<IEnumerable>(LoadedAssembly.Get(first, "Notes")).Cast<object>());
        Assert.Equal("A note", LoadedAssembly.Get(note, "Text"));
        Assert.Equal(3, LoadedAssembly.Get(note, "Page"));
        var related = Assert.IsAssignableFrom<IEnumerable>(LoadedAssembly.Get(first, "Related")).Cast<object>().ToList();
        Assert.Equal(["class", "2nd-item"], related.Select(reference => (string)LoadedAssembly.Get(reference, "Id")!));
        Assert.Same(loaded.Static(Item, "_2ndItem"), LoadedAssembly.Get(related[1], "Value"));
    }

    [Fact]
    public void References_resolve_to_the_entry_they_name()
    {
        var source = LoadedAssembly.Get(loaded.Static(Item, "Class")!, "Source")!;

        Assert.Equal("a-source", source.ToString());
        Assert.Same(loaded.Static("Demo.Source", "ASource"), LoadedAssembly.Get(source, "Value"));
        Assert.Equal("A source", LoadedAssembly.Get(LoadedAssembly.Get(source, "Value")!, "Title"));
    }

    [Fact]
    public void An_optional_reference_resolves_when_given()
    {
        var reference = LoadedAssembly.Get(loaded.Static(Item, "Namespace")!, "SupersededBy");

        Assert.NotNull(reference);
        Assert.Same(loaded.Static(Item, "FirstItem"), LoadedAssembly.Get(reference, "Value"));
    }

    [Fact]
    public void TryGet_and_Get_find_entries_by_id_and_only_those()
    {
        var found = new object?[] { "first-item", null };
        Assert.Equal(true, loaded.Call(Item, "TryGet", found));
        Assert.Same(loaded.Static(Item, "FirstItem"), found[1]);

        var missing = new object?[] { "First-Item", null };
        Assert.Equal(false, loaded.Call(Item, "TryGet", missing));
        Assert.Null(missing[1]);

        Assert.Same(loaded.Static(Item, "Class"), loaded.Call(Item, "Get", ["class"]));
        var thrown = Assert.Throws<KeyNotFoundException>(() => loaded.Call(Item, "Get", ["nothing"]));
        Assert.StartsWith("No entry 'nothing' in the collection ", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Collections_implement_IEntry_and_name_their_folder()
    {
        var itemType = loaded.Type(Item);

        Assert.True(typeof(IEntry<>).MakeGenericType(itemType).IsAssignableFrom(itemType));
        Assert.Equal("items", loaded.Static(Item, "CollectionName"));
        Assert.Equal("sources", loaded.Static("Demo.Source", "CollectionName"));
    }

    [Fact]
    public void An_entry_is_built_once_and_then_cached()
    {
        Assert.Same(loaded.Static(Item, "FirstItem"), loaded.Static(Item, "FirstItem"));
    }

    /// <summary>The demo content generated, compiled and loaded once for every test of the class.</summary>
    public sealed class CompiledContent : IDisposable
    {
        public CompiledContent()
        {
            Result = GeneratorHarness.RunOnce(
                TestSchemas.Demo,
                ("items/namespace.yaml", NamespaceItem),
                ("items/first-item.yaml", FirstItem),
                ("sources/a-source.yaml", TestSchemas.SourceYaml),
                ("items/class.yaml", ClassItem),
                ("items/2nd-item.yaml", DigitItem));
            Loaded = LoadedAssembly.Load(Result.Output);
        }

        internal GeneratorResult Result { get; }

        internal LoadedAssembly Loaded { get; }

        public void Dispose() => Loaded.Dispose();
    }
}
