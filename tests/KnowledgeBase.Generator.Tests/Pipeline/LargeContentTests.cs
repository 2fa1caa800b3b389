using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using KnowledgeBase.Generator.Emit;
using KnowledgeBase.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Pipeline;

/// <summary>
/// What keeps large content buildable and incremental: long text compiled as UTF-8 data instead of filling the
/// assembly's 16 MB string heap, and past <see cref="EntryFiles.SeparateFilesUpTo"/> entries a few shared
/// files instead of one per entry, an edit still re-emitting a single file. (Speed is measured by
/// tests/KnowledgeBase.Benchmarks, not here.)
/// </summary>
public sealed class LargeContentTests
{
    private const string Item = "Demo.Item";

    [Fact]
    public void Long_text_becomes_utf8_data_and_reads_back_exactly_while_short_text_stays_a_literal()
    {
        var summary = "Nvidia lost “close to $600 billion” — 17% — in one day; DeepSeek’s R1 \\ \"quoted\" 😀 \u202E bidi " + new string('x', 40);
        var result = GeneratorHarness.RunOnce(TestSchemas.Demo, ("sources/a-source.yaml", TestSchemas.SourceYaml), ("items/long.yaml", ItemWith("summary: " + Yaml(summary))));

        var source = result.Source("Demo.Item.Long.g.cs");
        Assert.Contains("public static global::Demo.Item Long => global::Demo.Item.__KbData.Get(0, 0);", source, StringComparison.Ordinal);
        Assert.Contains("5:Short", source, StringComparison.Ordinal);
        Assert.Contains("\"u8;", source, StringComparison.Ordinal);
        Assert.Empty(result.FormattedCompilationDiagnostics);
        using var loaded = LoadedAssembly.Load(result.Output);
        Assert.Equal(summary, LoadedAssembly.Get(loaded.Static(Item, "Long")!, "Summary"));
    }

    [Fact]
    public void Long_text_of_a_generated_file_is_one_block_of_utf8_data_not_one_field_per_value()
    {
        // The runtime loads no type with more than 65,535 fields, and each "..."u8 literal is a field of
        // <PrivateImplementationDetails>: one literal per value made 100,000 entries fail at their first use.
        var count = EntryFiles.SeparateFilesUpTo + 100;
        var files = Enumerable.Range(0, count)
            .Select(number => ($"items/item-{number:D5}.yaml", Entry(number) + "summary: " + LongText(number) + "\ntags:\n  - " + LongText(number + 1) + "\n"))
            .Append(("sources/a-source.yaml", TestSchemas.SourceYaml))
            .ToArray();

        var result = GeneratorHarness.RunOnce(TestSchemas.Demo, files);

        Assert.Empty(result.FormattedDiagnostics);
        Assert.Empty(result.FormattedCompilationDiagnostics);
        var generatedFiles = result.Sources.Count(source => source.HintName.StartsWith("Demo.Item.Entries-", StringComparison.Ordinal));
        // One block per file of entries, and per collection its id and place tables and the empty block.
        Assert.InRange(DataFields(result.Output), 1, generatedFiles + 1 + 6);
        using var loaded = LoadedAssembly.Load(result.Output);
        Assert.Equal(LongText(42), LoadedAssembly.Get(loaded.Static(Item, "Item00042")!, "Summary"));
        Assert.Equal(LongText(43), Assert.Single((System.Collections.Generic.IEnumerable<string>)LoadedAssembly.Get(loaded.Static(Item, "Item00042")!, "Tags")!));
        Assert.Equal(LongText(count - 1), LoadedAssembly.Get(loaded.Static(Item, "Item" + (count - 1).ToString("D5", CultureInfo.InvariantCulture))!, "Summary"));
    }

    [Fact]
    public void Long_text_does_not_spend_the_string_heap_budget()
    {
        // Fifteen distinct 60,000-character values in each of ten files: 9 million characters, which as string
        // literals would overflow the heap (CS8103) and before UTF-8 data were cut off by the budget (KB0045).
        var files = Enumerable.Range(0, 10)
            .Select(file => ($"items/big-{file}.yaml", ItemWith("tags:\n" + string.Concat(Enumerable.Range(0, 15).Select(tag => "  - " + new string((char)('a' + tag), 60_000) + file.ToString(CultureInfo.InvariantCulture) + "\n")))))
            .Append(("sources/a-source.yaml", TestSchemas.SourceYaml))
            .ToArray();

        var result = GeneratorHarness.RunOnce(TestSchemas.Demo, files);

        Assert.Empty(result.FormattedDiagnostics);
        Assert.Empty(result.FormattedCompilationDiagnostics);
        using var loaded = LoadedAssembly.Load(result.Output);
        Assert.Equal(10, ((ICollection)loaded.Static(Item, "All")!).Count);
    }

    [Fact]
    public void Past_the_separate_file_limit_entries_share_a_few_files_and_every_member_still_works()
    {
        var count = EntryFiles.SeparateFilesUpTo + 100;
        var result = Many(count).Run();

        var entryFiles = result.Sources.Where(source => source.HintName.StartsWith("Demo.Item.Entries-", StringComparison.Ordinal)).ToList();
        Assert.InRange(entryFiles.Count, 2, EntryFiles.SharedFilesPerCollection);
        Assert.DoesNotContain(result.Sources, source => source.HintName == "Demo.Item.Item00000.g.cs");
        Assert.Empty(result.FormattedDiagnostics);
        Assert.Empty(result.FormattedCompilationDiagnostics);
        using var loaded = LoadedAssembly.Load(result.Output);
        Assert.Equal(count, ((ICollection)loaded.Static(Item, "All")!).Count);
        Assert.Equal("Item 00042", LoadedAssembly.Get(loaded.Static(Item, "Item00042")!, "Title"));
    }

    [Fact]
    public void Lookup_by_id_finds_every_entry_through_its_bucket_and_builds_only_the_entry_asked_for()
    {
        var count = 1_037;
        var result = Many(count).Run();
        using var loaded = LoadedAssembly.Load(result.Output);
        var data = loaded.Type(Item).GetNestedType("__KbData", BindingFlags.NonPublic)!;
        object? Field(string name) => data.GetField(name, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null);

        // The first lookup builds its own entry and nothing else: no other entry, and not All.
        var first = new object?[] { "item-00500", null };
        Assert.True((bool)loaded.Call(Item, "TryGet", first)!);
        Assert.Equal("Item 00500", LoadedAssembly.Get(first[1]!, "Title"));
        var built = ((Array)Field("Cache")!).Cast<Array?>().Where(slots => slots is not null).SelectMany(slots => slots!.Cast<object?>()).Count(entry => entry is not null);
        Assert.Equal(1, built);
        Assert.True(IsDefault(Field("all")!), "All was built for one lookup");

        // Every id is found, as the same instance its member returns; unknown ids are not.
        for (var number = 0; number < count; number++)
        {
            var id = "item-" + number.ToString("D5", CultureInfo.InvariantCulture);
            var found = new object?[] { id, null };
            Assert.True((bool)loaded.Call(Item, "TryGet", found)!, id);
            Assert.Same(loaded.Static(Item, "Item" + number.ToString("D5", CultureInfo.InvariantCulture)), found[1]);
        }

        foreach (var unknown in new[] { "item-99999", "ITEM-00001", string.Empty, "item-0000" })
        {
            Assert.False((bool)loaded.Call(Item, "TryGet", [unknown, null])!, unknown);
        }
    }

    [Fact]
    public void With_shared_files_an_edit_after_the_inputs_change_order_gives_what_a_new_driver_gives()
    {
        // The file plan names each entry's position among the collected entries; moving a file to the end of
        // the inputs shifts every position after it, and the entry files must still hold the right entries.
        var harness = Many(EntryFiles.SeparateFilesUpTo + 100);
        harness.Run();
        harness.RemoveFile("items/item-00003.yaml");
        harness.AddFile("items/item-00003.yaml", Entry(3));
        var moved = harness.Run();
        Assert.Equal(Sources(harness.RunCold()), Sources(moved));

        harness.ReplaceFile("items/item-00042.yaml", Entry(42).Replace("title: Item 00042", "title: Edited", StringComparison.Ordinal));
        var edited = harness.Run();
        Assert.Equal(Sources(harness.RunCold()), Sources(edited));
        Assert.Contains(edited.Sources, source => source.SourceText.ToString().Contains("6:Edited", StringComparison.Ordinal));
    }

    [Fact]
    public void With_shared_files_an_edit_re_emits_one_file_and_an_unrelated_csharp_edit_none()
    {
        var harness = Many(EntryFiles.SeparateFilesUpTo + 100);
        var first = harness.Run();

        harness.ReplaceFile("items/item-00042.yaml", Entry(42).Replace("title: Item 00042", "title: Edited", StringComparison.Ordinal));
        var edited = harness.Run();
        Assert.Equal(1, Redone(edited.RunResult, TrackingNames.Bind));
        var reemitted = Assert.Single(Reemitted(first, edited));
        Assert.StartsWith("Demo.Item.Entries-", reemitted, StringComparison.Ordinal);
        Assert.Contains("6:Edited", edited.Source(reemitted), StringComparison.Ordinal);

        harness.AddCSharp("namespace App; public static class Unrelated { public static int Answer => 42; }");
        var unrelated = harness.Run();
        Assert.Equal(0, Redone(unrelated.RunResult, TrackingNames.Bind));
        Assert.Empty(Reemitted(edited, unrelated));
    }

    /// <summary>A distinct text per number, long enough to be UTF-8 data, with non-ASCII characters.</summary>
    private static string LongText(int number) => "Entry " + number.ToString(CultureInfo.InvariantCulture) + " — “a long summary” of DeepSeek’s R1, 17% ✓";

    /// <summary>How many fields the compiled assembly's &lt;PrivateImplementationDetails&gt; type has (where u8 data lives).</summary>
    private static int DataFields(Compilation compilation)
    {
        using var image = new System.IO.MemoryStream();
        Assert.True(compilation.Emit(image).Success);
        image.Position = 0;
        using var pe = new System.Reflection.PortableExecutable.PEReader(image);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        return metadata.TypeDefinitions
            .Select(handle => metadata.GetTypeDefinition(handle))
            .Where(type => metadata.GetString(type.Name) == "<PrivateImplementationDetails>")
            .Sum(type => type.GetFields().Count);
    }

    /// <summary>Whether a boxed ImmutableArray is the default (unfilled) one.</summary>
    private static bool IsDefault(object array) => (bool)array.GetType().GetProperty("IsDefault")!.GetValue(array)!;

    private static List<string> Sources(GeneratorResult result) =>
        [.. result.Sources.Select(source => source.HintName + "\n" + source.SourceText), .. result.FormattedDiagnostics];

    private static GeneratorHarness Many(int count) => GeneratorHarness.Create(
        TestSchemas.Demo,
        [.. Enumerable.Range(0, count).Select(number => ($"items/item-{number:D5}.yaml", Entry(number))), ("sources/a-source.yaml", TestSchemas.SourceYaml)]);

    private static string Entry(int number) => ItemWith(string.Empty).Replace("title: Short", "title: Item " + number.ToString("D5", CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static string ItemWith(string extra) =>
        "title: Short\nflag: true\ncount: 1\nbig: 2\namount: 3.5\nratio: 0.25\ndate: 2025-01-27\ncolour: red\nsource: a-source\n" + extra + (extra.EndsWith('\n') || extra.Length == 0 ? string.Empty : "\n");

    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="text"/> (which has no line breaks here).</summary>
    private static string Yaml(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static int Redone(GeneratorDriverRunResult run, string step) =>
        run.Results.Single().TrackedSteps[step].SelectMany(executed => executed.Outputs).Count(output => output.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);

    /// <summary>Hint names of the sources <paramref name="after"/> produced afresh: the driver hands cached ones over as the same texts.</summary>
    private static string[] Reemitted(GeneratorResult before, GeneratorResult after) =>
        [.. after.Sources
            .Where(source => !before.Sources.Any(old => old.HintName == source.HintName && ReferenceEquals(old.SourceText, source.SourceText)))
            .Select(source => source.HintName)];
}
