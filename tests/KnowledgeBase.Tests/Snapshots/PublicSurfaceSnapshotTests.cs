using System;
using System.Linq;
using System.Reflection;
using System.Text;
using KnowledgeBase.Testing;
using Xunit;

namespace KnowledgeBase.Tests.Snapshots;

/// <summary>
/// The generated members consumers compile against, one line per entry: removing or renaming an entry is a
/// breaking change, and this snapshot puts it in front of the reviewer.
/// </summary>
public sealed class PublicSurfaceSnapshotTests
{
    [Fact]
    public void Generated_members_per_collection_and_id() => Snapshot.Verify(Surface(), "txt");

    [Fact]
    public void Every_collection_of_the_schema_is_listed()
    {
        var surface = Surface();

        foreach (var type in new[] { typeof(Actor), typeof(Claim), typeof(Event), typeof(Figure), typeof(Source), typeof(Topic) })
        {
            Assert.Contains("[" + type.GetCustomAttribute<CollectionAttribute>()!.Folder + "] " + type.FullName + "\n", surface, StringComparison.Ordinal);
        }
    }

    private static string Surface()
    {
        var text = new StringBuilder();
        var collections = typeof(Actor).Assembly.GetTypes()
            .Select(type => (Type: type, Collection: type.GetCustomAttribute<CollectionAttribute>()))
            .Where(pair => pair.Collection is not null)
            .OrderBy(pair => pair.Collection!.Folder, StringComparer.Ordinal);
        foreach (var (type, collection) in collections)
        {
            text.Append('[').Append(collection!.Folder).Append("] ").Append(type.FullName).Append('\n');

            // An entry's member is a static property of the record's own type; All, Get and TryGet are not. It may be
            // declared on the generated {Name}Entries base, and consumers still write Type.Id, so the base is included.
            var entries = type.GetProperties(BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)
                .Where(property => property.PropertyType == type)
                .Select(property => (Id: ((IEntry)property.GetValue(null)!).Id, Property: property))
                .OrderBy(entry => entry.Id, StringComparer.Ordinal);
            foreach (var (id, property) in entries)
            {
                var obsolete = property.GetCustomAttribute<ObsoleteAttribute>();
                text.Append("  ").Append(id).Append(" -> ").Append(type.Name).Append('.').Append(property.Name)
                    .Append(obsolete is null ? string.Empty : " [Obsolete " + obsolete.DiagnosticId + "]").Append('\n');
            }
        }

        return text.ToString();
    }
}
