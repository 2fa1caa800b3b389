using System;
using KnowledgeBase.Catalog;

namespace KnowledgeBase.Cli.Tests.Infrastructure;

/// <summary>
/// A small, invented knowledge base (Acme and its widgets) that never changes, so output formats can be
/// snapshot-tested without following every edit to the real content. It has what the formats must handle:
/// an id shared by a source and an event, a disputed figure with two values, a figure without a date,
/// a claim with a topic stance, references, citations with quotes and locators, and backlinks.
/// </summary>
public static class Fixture
{
    public static KnowledgeCatalog Catalog { get; } = KnowledgeCatalog.Create(
        sources:
        [
            new Source("Acme Annual Report 2024", "Acme Corp", SourceKind.Report, new DateOnly(2025, 1, 10), ["Jane Doe"], new Uri("https://example.com/acme-report-2024"))
            {
                Id = "acme-annual-report",
            },
            new Source("Acme launches the Widget", "Acme Corp", SourceKind.CompanyPost, new DateOnly(2025, 1, 11)) { Id = "acme-launch" },
            new Source("Widgets, widgets everywhere", "Daily News", SourceKind.NewsArticle, new DateOnly(2025, 1, 12), Notes: "A news story about the launch.")
            {
                Id = "daily-news-story",
            },
        ],
        actors:
        [
            new Actor("Acme Corp", ActorKind.Company, "An invented maker of widgets.", ["Acme"], Citations: [new Citation(new Ref<Source>("acme-annual-report"))]) { Id = "acme" },
            new Actor("Jane Doe", ActorKind.Person, "Acme's invented chief executive.", Affiliation: new Ref<Actor>("acme")) { Id = "jane-doe" },
        ],
        events:
        [
            new Event(
                new DateOnly(2025, 1, 11),
                "Acme launches the Widget",
                "Acme Corp launches its first widget, priced at US$10.",
                [new Ref<Actor>("acme")],
                [new Citation(new Ref<Source>("acme-launch"), "Today we launch the Widget.", "paragraph 1")],
                [new Ref<Topic>("widgets")])
            {
                Id = "acme-launch",
            },
        ],
        figures:
        [
            new Figure(
                "Widgets sold by Acme in 2024",
                Measure.Count,
                FigureKind.Reported,
                Unit.Count,
                [
                    new ReportedValue([new Citation(new Ref<Source>("acme-annual-report"), Locator: "table 2")], Value: 1_200_000m, AsReported: "1.2 million widgets"),
                    new ReportedValue([new Citation(new Ref<Source>("daily-news-story"), "about a million widgets")], Value: 1_000_000m, Qualifier: Qualifier.Approximately),
                ],
                new DateOnly(2025, 1, 12),
                Actor: new Ref<Actor>("acme"),
                Topics: [new Ref<Topic>("widgets")],
                Status: EntryStatus.Disputed,
                StatusReason: "The report and the news story give different numbers.")
            {
                Id = "acme-widget-sales",
            },
            new Figure(
                "Acme revenue",
                Measure.Count,
                FigureKind.Estimate,
                Unit.UsDollars,
                [new ReportedValue([new Citation(new Ref<Source>("daily-news-story"))], Low: 2_000_000_000m, High: 2_500_000_000m)])
            {
                Id = "acme-revenue",
            },
        ],
        claims:
        [
            new Claim(
                "Widgets will replace gadgets within a decade.",
                new Ref<Actor>("jane-doe"),
                new DateOnly(2025, 1, 13),
                [new TopicStance(new Ref<Topic>("widgets"), Stance.Supports)],
                [new Citation(new Ref<Source>("daily-news-story"), "Widgets will win.", "quote box")],
                Quote: "Widgets will win.")
            {
                Id = "doe-widgets-will-win",
            },
        ],
        topics:
        [
            new Topic("Widgets", "Small devices whose future the fixture's claim argues about.", ["gizmos"]) { Id = "widgets" },
        ]);
}
