using System;
using System.Globalization;
using System.Linq;
using KnowledgeBase.Rendering;
using KnowledgeBase.Testing;
using Xunit;

namespace KnowledgeBase.Tests.Snapshots;

/// <summary>
/// The whole knowledge base as prose. A content pull request changes this snapshot, and its diff is the
/// reviewer's plain-language view of which facts changed.
/// </summary>
public sealed class ProseSnapshotTests
{
    [Fact]
    public void Knowledge_base_as_prose() => Snapshot.Verify(KnowledgeBaseMarkdown.Render(), "md");

    [Fact]
    public void Every_entry_of_every_collection_has_its_own_section()
    {
        var document = KnowledgeBaseMarkdown.Render();
        string[] headings =
        [
            .. Actor.All.Select(entry => Actor.CollectionName + "/" + entry.Id),
            .. Claim.All.Select(entry => Claim.CollectionName + "/" + entry.Id),
            .. Event.All.Select(entry => Event.CollectionName + "/" + entry.Id),
            .. Figure.All.Select(entry => Figure.CollectionName + "/" + entry.Id),
            .. Source.All.Select(entry => Source.CollectionName + "/" + entry.Id),
            .. Topic.All.Select(entry => Topic.CollectionName + "/" + entry.Id),
        ];

        Assert.NotEmpty(headings);
        Assert.All(headings, heading => Assert.Contains("\n### " + heading + "\n", document, StringComparison.Ordinal));
        Assert.Equal(headings.Length, document.Split('\n').Count(line => line.StartsWith("### ", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_document_does_not_depend_on_the_current_culture()
    {
        var invariant = RenderIn(CultureInfo.InvariantCulture);

        Assert.Equal(invariant, RenderIn(CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal(invariant, RenderIn(CultureInfo.GetCultureInfo("fr-FR")));
    }

    private static string RenderIn(CultureInfo culture)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
            return KnowledgeBaseMarkdown.Render();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
        }
    }
}
