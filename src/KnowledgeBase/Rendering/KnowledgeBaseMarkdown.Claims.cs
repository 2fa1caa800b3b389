using System.Linq;

namespace KnowledgeBase.Rendering;

public static partial class KnowledgeBaseMarkdown
{
    private static void WriteClaim(MarkdownWriter writer, Claim claim)
    {
        writer.Field(nameof(Claim.Statement), claim.Statement);
        writer.Field(nameof(Claim.HeldBy), Prose.Reference(claim.HeldBy));
        writer.Field(nameof(Claim.Date), Prose.Date(claim.Date));
        writer.Field(
            nameof(Claim.Topics),
            claim.Topics.IsDefault ? [] : claim.Topics.Select(stance => Prose.Enum(stance.Stance) + ": " + Prose.Reference(stance.Topic)));
        writer.Field(nameof(Claim.Quote), claim.Quote is null ? null : Prose.Quoted(claim.Quote));
        writer.Field(
            nameof(Claim.Relations),
            claim.Relations.IsDefault ? [] : claim.Relations.Select(relation => Prose.Enum(relation.Kind) + ": " + Prose.Reference(relation.Claim)));
        writer.Field(nameof(Claim.Citations), Citations(claim.Citations));
        WriteStatus(writer, claim.Status, Prose.Reference(claim.SupersededBy, Prose.Reference), claim.StatusReason);
    }
}
