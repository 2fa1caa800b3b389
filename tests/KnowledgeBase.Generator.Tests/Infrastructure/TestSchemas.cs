namespace KnowledgeBase.Generator.Tests.Infrastructure;

/// <summary>Small schemas that exercise every supported field type without the real domain's size.</summary>
internal static class TestSchemas
{
    public const string Demo = """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using KnowledgeBase;

        namespace Demo;

        public enum Colour { Red, DarkBlue }

        public sealed record Note(string Text, int? Page = null);

        [Collection("sources")]
        public sealed partial record Source([EntryTitle] string Title, DateOnly Published, Uri? Url = null);

        [Collection("items")]
        public sealed partial record Item(
            [EntryTitle] string Title,
            bool Flag,
            int Count,
            long Big,
            decimal Amount,
            double Ratio,
            DateOnly Date,
            Colour Colour,
            [CitedSource] Ref<Source> Source,
            ImmutableArray<string> Tags = default,
            IReadOnlyList<Note>? Notes = null,
            ImmutableArray<Ref<Item>> Related = default,
            [EntrySummary] string? Summary = null,
            Colour? Shade = null,
            Uri? Link = null,
            [Standing] EntryStatus Status = EntryStatus.Current,
            [ReplacedBy] Ref<Item>? SupersededBy = null,
            [StandingReason] string? StatusReason = null);
        """;

    /// <summary>A valid source entry, for items to refer to.</summary>
    public const string SourceYaml = """
        title: A source
        published: 2025-01-20
        """;

    /// <summary>A valid item entry using every field type, referring to <c>sources/a-source</c>.</summary>
    public const string ItemYaml = """
        title: "An item with \"quotes\""
        flag: true
        count: 42
        big: 9000000000
        amount: 593.7
        ratio: 0.5
        date: 2025-01-27
        colour: dark-blue
        source: a-source
        tags:
          - one
          - two
        notes:
          - text: A note
            page: 3
        summary: Line one
        shade: red
        link: https://example.org/page
        """;
}
