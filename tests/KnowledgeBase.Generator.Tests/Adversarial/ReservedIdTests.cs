using System;
using System.Linq;
using KnowledgeBase.Generator.Tests.Diagnostics;
using KnowledgeBase.Generator.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Adversarial;

/// <summary>
/// Ids whose member would break a C# rule of the record it goes into are KB0010 at their file, one test per rule
/// (see <c>Schema/ReservedNames.cs</c>); ids just beside each rule are allowed, and their generated code compiles.
/// </summary>
public sealed class ReservedIdTests
{
    private const string ThingYaml = "title: A thing\n";

    [Fact]
    public void The_entry_interfaces_declare_no_member_the_generator_does_not_reserve()
    {
        // ReservedNames lists the generator's members instead of looking the interfaces up on every compilation.
        var declared = typeof(IEntry).GetMembers().Concat(typeof(IEntry<>).GetMembers())
            .Select(member => member.Name.StartsWith("get_", StringComparison.Ordinal) ? member.Name[4..] : member.Name)
            .Distinct(StringComparer.Ordinal);

        Assert.All(declared, name => Assert.Contains(name, Schema.ReservedNames.GeneratorMembers));
    }

    [Theory]
    [InlineData("item", "Item", "is the record's own name (C# forbids a member named like its type, CS0542)")]
    [InlineData("clone", "Clone", "C# forbids in records (the name belongs to the record's clone method, CS8859)")]
    [InlineData("item-entries", "ItemEntries", "is the name of Item's generated base record, which declares the entries (C# forbids a member named like its type, CS0542)")]
    [InlineData("id", "Id", "the generator adds to every collection")]
    [InlineData("all", "All", "the generator adds to every collection")]
    [InlineData("get", "Get", "the generator adds to every collection")]
    [InlineData("try-get", "TryGet", "the generator adds to every collection")]
    [InlineData("collection-name", "CollectionName", "the generator adds to every collection")]
    [InlineData("equality-contract", "EqualityContract", "C# declares in every record (CS0102)")]
    [InlineData("equals", "Equals", "C# declares in every record (CS0102)")]
    [InlineData("get-hash-code", "GetHashCode", "C# declares in every record (CS0102)")]
    [InlineData("to-string", "ToString", "C# declares in every record (CS0102)")]
    [InlineData("print-members", "PrintMembers", "C# declares in every record (CS0102)")]
    [InlineData("deconstruct", "Deconstruct", "C# declares in every record (CS0102)")]
    [InlineData("title", "Title", "is already a member of Item")]
    [InlineData("superseded-by", "SupersededBy", "is already a member of Item")]
    [InlineData("get-type", "GetType", "Item inherits from object (hiding it is warning CS0108)")]
    [InlineData("memberwise-clone", "MemberwiseClone", "Item inherits from object (hiding it is warning CS0108)")]
    [InlineData("reference-equals", "ReferenceEquals", "Item inherits from object (hiding it is warning CS0108)")]
    [InlineData("finalize", "Finalize", "Item inherits from object (hiding it is warning CS0108)")]
    public void An_id_whose_member_breaks_a_rule_of_every_record_is_refused_with_the_rule(string id, string member, string reason)
    {
        var result = BrokenContent.Run("items/" + id + ".yaml", TestSchemas.ItemYaml);

        Assert.Equal(
            $"The id '{id}' becomes the C# member '{member}', which {reason}; rename the file",
            GeneratorAssert.Single(result, "KB0010", "items/" + id + ".yaml", 1, 1));
        GeneratorAssert.NotGenerated(result, "Demo.Item." + member + ".g.cs");
        BrokenContent.AssertRestGenerates(result);
    }

    [Theory]
    [InlineData("public int this[int index] => index;", "item", "Item", "is the name of Thing's indexer (CS0102)")]
    [InlineData("[System.Runtime.CompilerServices.IndexerName(\"Entry\")] public int this[int index] => index;", "entry", "Entry", "is the name of Thing's indexer (CS0102)")]
    [InlineData("public int get_Size() => 1;", "size", "Size", "would need the accessor name 'get_Size', which Thing's member get_Size already has (CS0082, CS0102)")]
    [InlineData("public void set_Size(Thing value) { }", "size", "Size", "would need the accessor name 'set_Size', which Thing's member set_Size already has (CS0082, CS0102)")]
    [InlineData("public static int get_Size = 1;", "size", "Size", "would need the accessor name 'get_Size', which Thing's member get_Size already has (CS0082, CS0102)")]
    [InlineData("public sealed record Note(string Text);", "note", "Note", "is already a member of Thing")]
    [InlineData("public static void Describe() { }", "describe", "Describe", "is already a member of Thing")]
    [InlineData("public int Size() => System.Math.Max(1, 2);", "system", "System", "the record's own code uses as a name (Schema.cs line 9), where a member would take its place")]
    [InlineData("public int Size { get; } = System.Math.Max(1, 2);", "system", "System", "the record's own code uses as a name (Schema.cs line 9), where a member would take its place")]
    [InlineData("public static class Helper { public static string Name() => String.Empty; }", "string", "String", "the record's own code uses as a name (Schema.cs line 9), where a member would take its place")]
    [InlineData("[Obsolete(Texts.Reason)] public int Size => 1;", "texts", "Texts", "the record's own code uses as a name (Schema.cs line 9), where a member would take its place")]
    public void An_id_whose_member_breaks_a_rule_of_this_record_is_refused_with_the_rule(string body, string id, string member, string reason)
    {
        var result = GeneratorHarness.RunOnce(Thing(body), ("things/" + id + ".yaml", ThingYaml), ("things/good.yaml", ThingYaml));

        Assert.Equal(
            $"The id '{id}' becomes the C# member '{member}', which {reason}; rename the file",
            GeneratorAssert.Single(result, "KB0010", "things/" + id + ".yaml", 1, 1));
        GeneratorAssert.NotGenerated(result, "Demo.Thing." + member + ".g.cs");
        GeneratorAssert.Generated(result, "Demo.Thing.Good.g.cs");
        GeneratorAssert.Compiles(result);
    }

    [Theory]
    [InlineData("public", "Item inherits from Demo.Base (hiding it is warning CS0108)")]
    [InlineData("internal", "Item inherits from Demo.Base (hiding it is warning CS0108)")]
    [InlineData("protected", "Item inherits from Demo.Base (hiding it is warning CS0108)")]
    public void An_id_named_like_an_accessible_member_of_a_base_record_is_refused(string accessibility, string reason)
    {
        var result = GeneratorHarness.RunOnce(Derived(accessibility), ("items/shared.yaml", ThingYaml), ("items/good.yaml", ThingYaml));

        Assert.Equal(
            $"The id 'shared' becomes the C# member 'Shared', which {reason}; rename the file",
            GeneratorAssert.Single(result, "KB0010", "items/shared.yaml", 1, 1));
        GeneratorAssert.Compiles(result);
    }

    [Fact]
    public void An_id_named_like_a_private_member_of_a_base_record_compiles()
    {
        var result = GeneratorHarness.RunOnce(Derived("private"), ("items/shared.yaml", ThingYaml));

        Assert.Empty(result.FormattedDiagnostics);
        GeneratorAssert.Generated(result, "Demo.Item.Shared.g.cs");
        GeneratorAssert.Compiles(result);
    }

    [Fact]
    public void The_content_folder_events_refuses_clone_as_it_would_any_record()
    {
        // The case the issue found: content/events/clone.yaml failed the build with CS8859 in generated code.
        var result = GeneratorHarness.RunOnce(
            "using KnowledgeBase;\n\nnamespace Demo;\n\n[Collection(\"events\")]\npublic partial record Event(string Title);\n",
            ("events/clone.yaml", ThingYaml),
            ("events/clone-2.yaml", ThingYaml));

        Assert.Equal(
            "The id 'clone' becomes the C# member 'Clone', which C# forbids in records (the name belongs to the record's clone method, CS8859); rename the file",
            GeneratorAssert.Single(result, "KB0010", "events/clone.yaml", 1, 1));
        GeneratorAssert.Generated(result, "Demo.Event.Clone2.g.cs");
        GeneratorAssert.Compiles(result);
    }

    /// <summary>
    /// Names just beside each rule, which C# accepts (each checked against the compiler): they generate, and the
    /// code compiles without an error or a warning, so the rules refuse no more than they must.
    /// </summary>
    [Theory]
    [InlineData("", "clone-2", "Clone2")]
    [InlineData("", "clones", "Clones")]
    [InlineData("", "item", "Item")]
    [InlineData("", "things", "Things")]
    [InlineData("", "main", "Main")]
    [InlineData("", "value", "Value")]
    [InlineData("", "ids", "Ids")]
    [InlineData("", "get-all", "GetAll")]
    [InlineData("", "to-string-2", "ToString2")]
    [InlineData("", "collection", "Collection")]
    [InlineData("public int get_Size(int index) => index;", "size", "Size")]
    [InlineData("public void set_Size(int value) { }", "size", "Size")]
    [InlineData("public int get_size() => 1;", "size", "Size")]
    [InlineData("public int Size() => System.Math.Max(1, 2);", "math", "Math")]
    [InlineData("public int Size() => global::System.Math.Max(1, 2);", "system", "System")]
    [InlineData("public System.Uri? Link() => null;", "system", "System")]
    public void An_id_beside_a_rule_generates_and_compiles(string body, string id, string member)
    {
        var result = GeneratorHarness.RunOnce(Thing(body), ("things/" + id + ".yaml", ThingYaml));

        Assert.Empty(result.FormattedDiagnostics);
        GeneratorAssert.Generated(result, "Demo.Thing." + member + ".g.cs");
        GeneratorAssert.Compiles(result);
    }

    [Fact]
    public void Names_in_the_primary_constructor_parameters_are_bound_outside_the_record_and_reserve_nothing()
    {
        // Demo's Item declares 'EntryStatus Status = EntryStatus.Current': the default value is not bound among
        // the record's members, so an entry named EntryStatus does not change what it means.
        var result = BrokenContent.Run("items/entry-status.yaml", TestSchemas.ItemYaml);

        Assert.Empty(result.FormattedDiagnostics);
        GeneratorAssert.Generated(result, "Demo.Item.EntryStatus.g.cs");
        BrokenContent.AssertRestGenerates(result);
    }

    [Fact]
    public void A_name_the_record_uses_is_reported_with_the_line_that_uses_it_first()
    {
        var body = "public int Size() => 1;\npublic int Twice() => Texts.Length * 2;\npublic int Thrice() => Texts.Length * 3;";
        var result = GeneratorHarness.RunOnce(Thing(body), ("things/texts.yaml", ThingYaml));

        var message = GeneratorAssert.Single(result, "KB0010", "things/texts.yaml", 1, 1);
        Assert.Contains("(Schema.cs line 10)", message, StringComparison.Ordinal);
        GeneratorAssert.Compiles(result);
    }

    /// <summary>A collection <c>Thing</c> in <c>things</c> whose body (from line 9 of Schema.cs) is <paramref name="body"/>, and a class <c>Texts</c> it may use.</summary>
    private static string Thing(string body) => $$"""
        using System;
        using KnowledgeBase;

        namespace Demo;

        [Collection("things")]
        public sealed partial record Thing(string Title)
        {
        {{body}}
        }

        public static class Texts
        {
            public const string Reason = "A reason";

            public const int Length = 1;
        }
        """;

    /// <summary>A collection <c>Item</c> whose base record has a property <c>Shared</c> of <paramref name="accessibility"/>.</summary>
    private static string Derived(string accessibility) => $$"""
        using KnowledgeBase;

        namespace Demo;

        public abstract record Base(string Title)
        {
            {{accessibility}} int Shared => Title.Length;

            public int Uses => Shared;
        }

        [Collection("items")]
        public sealed partial record Item(string Title) : Base(Title);
        """;

    [Fact]
    public void Every_reserved_name_an_id_can_produce_is_refused_and_the_rest_compile_together()
    {
        // All the rules at once in one record, beside the ids that merely sit next to them.
        var refused = new[] { "item", "clone", "id", "all", "equals", "title", "get-type", "system" };
        var allowed = new[] { "clone-2", "items", "ids", "math" };
        var schema = Thing("public int this[int index] => System.Math.Max(index, 1);");
        var result = GeneratorHarness.RunOnce(schema, [.. refused.Concat(allowed).Select(id => ("things/" + id + ".yaml", ThingYaml))]);

        Assert.Equal(
            refused.Order(StringComparer.Ordinal).Select(id => "things/" + id + ".yaml"),
            result.Diagnostics.Select(diagnostic => diagnostic.Location.GetLineSpan().Path[GeneratorHarness.ContentRoot.Length..]));
        Assert.All(result.Diagnostics, diagnostic => Assert.Equal("KB0010", diagnostic.Id));
        GeneratorAssert.Compiles(result);
    }
}
