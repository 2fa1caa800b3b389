using System.IO;
using System.Linq;
using System.Reflection;
using KnowledgeBase.Authoring.JsonSchemas;
using KnowledgeBase.Metadata;
using KnowledgeBase.Catalog;

namespace KnowledgeBase.Authoring.Tests.Infrastructure;

/// <summary>The clone these tests were built from, and its compiled schema.</summary>
internal static class Repo
{
    public static string Root { get; } = typeof(Repo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "RepoRoot").Value!;

    public static string Content => Path.Combine(Root, "content");

    public static Assembly SchemaAssembly => typeof(Event).Assembly;

    /// <summary>The schema as the generator describes it in the assembly's metadata.</summary>
    public static ContentMetadata Schema { get; } = ContentMetadata.Of(SchemaAssembly);

    /// <summary>The collections, by folder.</summary>
    public static CollectionMetadata[] Collections { get; } = Authoring.Collections.ByFolder(Schema);

    public static CollectionMetadata? Find(string name) => Authoring.Collections.Find(Schema, name);

    /// <summary>The compiled entries' ids and titles, as <c>kb schema</c> reads them.</summary>
    public static EntryIds Ids { get; } = EntryIds.Of(KnowledgeCatalog.Current.Entries.Select(entry => new EntryId(entry.Collection, entry.Id, entry.Title)));
}
