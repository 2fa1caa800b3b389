using System.Linq;
using KnowledgeBase.Catalog;
using KnowledgeBase.Cli.Output;

namespace KnowledgeBase.Cli.Export;

/// <summary>
/// The whole knowledge base as one JSON object: a property per collection (sources, actors, events, figures,
/// claims, topics), each an array of entries sorted by id. An entry is <c>id</c> followed by every field under
/// its YAML key: dates ISO strings, numbers JSON numbers, enums their YAML names, references the target's id,
/// nested records objects, absent optional fields null, absent lists []. Figures also carry the derived
/// <c>isDisputed</c> and <c>spread</c> ({low, high}).
/// </summary>
internal static class JsonExport
{
    public static string Render(KnowledgeCatalog catalog) => Json.ToText(json =>
    {
        json.WriteStartObject();
        foreach (var collection in CollectionInfo.All)
        {
            json.WriteStartArray(collection.Name);
            foreach (var entry in catalog.InCollection(collection.Name).OrderBy(entry => entry.Id, System.StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("id", entry.Id);
                Json.FieldProperties(json, entry.Fields);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }) + "\n";
}
