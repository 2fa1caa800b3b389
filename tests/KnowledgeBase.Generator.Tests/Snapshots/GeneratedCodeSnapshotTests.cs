using KnowledgeBase.Generator.Tests.Infrastructure;
using KnowledgeBase.Testing;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Snapshots;

/// <summary>
/// The generated C# for small inputs, one snapshot file per generated source, so a change to the emitter shows
/// in review as a diff of the code consumers compile against.
/// </summary>
public sealed class GeneratedCodeSnapshotTests
{
    private const string Source = """
        title: A source
        published: 2025-01-20
        """;

    [Fact]
    public void Every_field_type() =>
        Snapshot.Verify(GeneratedSources.Of(GeneratorHarness.RunOnce(
            TestSchemas.Demo,
            ("sources/a-source.yaml", TestSchemas.SourceYaml),
            ("items/every-field.yaml", TestSchemas.ItemYaml))));

    [Fact]
    public void Optional_fields_absent() =>
        Snapshot.Verify(GeneratedSources.Of(GeneratorHarness.RunOnce(
            TestSchemas.Demo,
            ("sources/a-source.yaml", Source),
            ("items/bare.yaml", """
                title: Only the required fields
                flag: false
                count: -12
                big: 0
                amount: 0
                ratio: 5.576e6
                date: 2024-02-29
                colour: Red
                source: a-source
                """))));

    [Fact]
    public void References_between_entries_and_a_superseded_entry() =>
        Snapshot.Verify(GeneratedSources.Of(GeneratorHarness.RunOnce(
            TestSchemas.Demo,
            ("sources/a-source.yaml", Source),
            ("items/new-item.yaml", """
                title: The replacement
                flag: true
                count: 2
                big: 2
                amount: 2
                ratio: 2
                date: 2025-02-01
                colour: red
                source: a-source
                related:
                  - old-item
                  - new-item
                """),
            ("items/old-item.yaml", """
                title: The original
                flag: true
                count: 1
                big: 1
                amount: 1
                ratio: 1
                date: 2025-01-01
                colour: red
                source: a-source
                related: [new-item]
                status: superseded
                supersededBy: new-item
                statusReason: A later report corrected the count.
                """))));

    [Fact]
    public void Nested_records_lists_and_enum_spellings() =>
        Snapshot.Verify(GeneratorSources("items/nested.yaml", """
            title: Nested
            flag: true
            count: 1
            big: 1
            amount: 1.50
            ratio: 0.25
            date: 2025-01-27
            colour: darkBlue
            shade: DARK-BLUE
            source: a-source
            tags: [first, "second, with a comma", '3']
            notes:
              - text: With a page
                page: 7
              - text: Without a page
            """));

    [Fact]
    public void Ids_that_are_keywords_or_start_with_a_digit() =>
        Snapshot.Verify(GeneratedSources.Of(GeneratorHarness.RunOnce(
            TestSchemas.Demo,
            ("sources/class.yaml", Source),
            ("sources/namespace.yaml", Source),
            ("sources/2025-annual-report.yaml", Source),
            ("sources/static-void.yaml", Source))));

    [Fact]
    public void Escaping_of_quotes_backslashes_newlines_unicode_and_xml() =>
        Snapshot.Verify(GeneratorSources("items/escaping.yaml", """
            title: "Quotes \" and ' and a backslash \\ and a tab\there"
            flag: true
            count: 1
            big: 1
            amount: 1
            ratio: 1
            date: 2025-01-27
            colour: red
            source: a-source
            summary: |
              Line one with <xml> & "entities" */ /* and a ``` fence.
              Line two: “curly quotes”, café, 深度求索, 🚀.
            tags:
              - "a line separator\u2028here, a nul \0 and a delete \x7F"
              - "{braces} and $dollar and #hash"
            link: https://example.org/a?b=c&d=%22e%22
            """));

    private static System.Collections.Generic.IEnumerable<SnapshotTarget> GeneratorSources(string path, string yaml) =>
        GeneratedSources.Of(GeneratorHarness.RunOnce(TestSchemas.Demo, ("sources/a-source.yaml", Source), (path, yaml)));
}
