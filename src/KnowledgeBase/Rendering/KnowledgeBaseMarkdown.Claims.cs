using System.Linq;

namespace KnowledgeBase.Rendering;

public static partial class KnowledgeBaseMarkdown
{
    private static void WriteClaim(MarkdownWriter writer, Claim claim)
    {
        writer.Field("Statement", claim.Statement);
        writer.Field("Held by", Prose.Reference(claim.HeldBy));
        writer.Field("Date", Prose.Date(claim.Date));
        writer.Field(
            "Topics",
            claim.Topics.IsDefault ? [] : claim.Topics.Select(stance => Prose.Enum(stance.Stance) + ": " + Prose.Reference(stance.Topic)));
        writer.Field("Quote", claim.Quote is null ? null : Prose.Quoted(claim.Quote));
        writer.Field(
            "Relations",
            claim.Relations.IsDefault ? [] : claim.Relations.Select(relation => Prose.Enum(relation.Kind) + ": " + Prose.Reference(relation.Claim)));
        writer.Field("Citations", Citations(claim.Citations));
        WriteStatus(writer, claim.Status, Prose.Reference(claim.SupersededBy, Prose.Reference), claim.StatusReason);
    }
}
