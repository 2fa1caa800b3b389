using System.IO;
using System.Linq;
using System.Reflection;
using KnowledgeBase.Authoring.JsonSchemas;
using KnowledgeBase.Authoring.Shapes;
using KnowledgeBase.Catalog;

namespace KnowledgeBase.Authoring.Tests.Infrastructure;

/// <summary>The clone these tests were built from, and its compiled schema.</summary>
internal static class Repo
{
    public static string Root { get; } = typeof(Repo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "RepoRoot").Value!;

    public static string Content => Path.Combine(Root, "content");

    public static Assembly SchemaAssembly => typeof(Event).Assembly;

    public static ContentSchema Schema { get; } = ContentSchema.Load(SchemaAssembly);

    public static XmlDocumentation Documentation { get; } = XmlDocumentation.For(Schema);

    /// <summary>The compiled entries' ids and titles, as <c>kb schema</c> reads them.</summary>
    public static EntryIds Ids { get; } = EntryIds.Of(KnowledgeCatalog.Current.Entries.Select(entry => new EntryId(entry.Collection, entry.Id, entry.Title)));
}
