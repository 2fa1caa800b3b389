using System.Collections.Generic;
using System.Linq;
using KnowledgeBase.Generator.Tests.Infrastructure;

namespace KnowledgeBase.Generator.Tests.Snapshots;

/// <summary>Bad inputs, one per kind of content or schema problem, each named for its snapshot file.</summary>
internal static class DiagnosticCases
{
    private const string Item = """
        title: An item
        flag: true
        count: 1
        big: 1
        amount: 1
        ratio: 1
        date: 2025-01-27
        colour: red
        source: a-source
        """;

    private static readonly (string Path, string Text) ValidSource = ("sources/a-source.yaml", TestSchemas.SourceYaml);

    public static readonly IReadOnlyDictionary<string, DiagnosticCase> All = new DiagnosticCase[]
    {
        new("malformed-yaml", TestSchemas.Demo, ("items/broken.yaml", "title: [unclosed\nflag: true\n")),
        new("empty-file", TestSchemas.Demo, ("items/empty.yaml", "")),
        new("root-not-a-mapping", TestSchemas.Demo, ("items/list.yaml", "- title: A\n- title: B\n")),
        new("unknown-field", TestSchemas.Demo, ValidSource, ("items/typo.yaml", Item.Replace("title:", "titel:", System.StringComparison.Ordinal))),
        new("missing-required-fields", TestSchemas.Demo, ("sources/no-date.yaml", "url: https://example.org\n")),
        new("wrong-types", TestSchemas.Demo, ValidSource, ("items/wrong.yaml", """
            title: [a, list]
            flag: maybe
            count: 1.5
            big: lots
            amount: 1,5
            ratio: .nan
            date: 2025-13-40
            colour: red
            source: a-source
            link: not-a-url
            notes: just text
            """)),
        new("unknown-enum-value", TestSchemas.Demo, ValidSource, ("items/purple.yaml", Item.Replace("colour: red", "colour: purple", System.StringComparison.Ordinal))),
        new("dangling-references", TestSchemas.Demo, ValidSource, ("items/dangling.yaml", Item.Replace("source: a-source", "source: a-sorce\nrelated: [no-such-item]", System.StringComparison.Ordinal))),
        new("id-not-kebab-case", TestSchemas.Demo, ValidSource, ("items/Bad_Id.yaml", Item)),
        new("id-collisions", TestSchemas.Demo, ValidSource, ("items/ab-1.yaml", Item), ("items/ab1.yaml", Item), ("items/all.yaml", Item), ("items/title.yaml", Item)),
        new("folder-without-collection", TestSchemas.Demo, ("widgets/gadget.yaml", "title: A gadget\n")),
        new("two-collections-claim-one-folder", TestSchemas.Demo + """


            [Collection("items")]
            public sealed partial record OtherItem(string Title);
            """, ValidSource, ("items/an-item.yaml", "title: An item\n")),
        new("unsupported-schema", """
            using System.Collections.Generic;
            using KnowledgeBase;

            namespace Demo;

            [Collection("things")]
            public sealed partial record Thing(string Title, Dictionary<string, string> Map, System.Guid Key);

            [Collection("plain")]
            public sealed record NotPartial(string Title);
            """, ("things/a-thing.yaml", "title: A thing\n")),
        new("duplicate-keys", TestSchemas.Demo, ValidSource, ("items/twice.yaml", Item + "\ntitle: Again\nnotes:\n  - text: a\n    text: b\n")),
        new("unsupported-yaml-features", TestSchemas.Demo, ValidSource,
            ("items/anchors.yaml", Item.Replace("title: An item", "title: &name An item\nsummary: *name", System.StringComparison.Ordinal)),
            ("items/tagged.yaml", Item.Replace("count: 1", "count: !!str 1", System.StringComparison.Ordinal)),
            ("items/two-documents.yaml", Item + "\n---\ntitle: Second\n"),
            ("items/complex-key.yaml", Item + "\n? [a, b]\n: value\n")),
        new("content-limits", TestSchemas.Demo, ValidSource,
            ("items/deep.yaml", Item + "\ntags: " + new string('[', 40) + new string(']', 40) + "\n")),
        new("several-errors-in-one-file", TestSchemas.Demo, ValidSource, ("items/many.yaml", """
            titel: Misspelt
            flag: yes
            count: 1
            big: 1
            amount: 1
            ratio: 1
            date: 2025-02-30
            colour: red
            source: nowhere
            """)),
    }.ToDictionary(entry => entry.Name);

    public static IEnumerable<string> Names => All.Keys.Order(System.StringComparer.Ordinal);
}

/// <summary>A schema and content files that should produce diagnostics.</summary>
internal sealed record DiagnosticCase(string Name, string Schema, params (string Path, string Text)[] Files);
