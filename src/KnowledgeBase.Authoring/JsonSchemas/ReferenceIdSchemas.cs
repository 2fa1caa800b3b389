using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace KnowledgeBase.Authoring.JsonSchemas;

/// <summary>
/// One definition per collection that a schema's references point into, shared by every field that points there:
/// the collection's ids as an <c>enum</c> with each title beside it (completion shows them), or, past
/// <see cref="EntryIds.ListLimit"/> ids or when ids are not known, only the id pattern.
/// </summary>
internal static class ReferenceIdSchemas
{
    /// <summary>The definition's name: <c>actors-id</c>. A hyphen cannot occur in a record's name, so it never meets a nested record's definition.</summary>
    public static string DefinitionName(string folder) => folder + "-id";

    public static JsonObject Definition(string folder, EntryIds ids)
    {
        var known = ids.InFolder(folder);
        var what = $"The id of an entry in content/{folder}.";
        if (known is null || known.Count > EntryIds.ListLimit)
        {
            var why = known is null
                ? string.Empty
                : string.Create(CultureInfo.InvariantCulture, $" The collection has more than {EntryIds.ListLimit:N0} entries, so its ids are not listed here; the build checks that the entry exists.");
            return new JsonObject
            {
                ["description"] = what + why,
                ["type"] = "string",
                ["pattern"] = Naming.IdPattern,
                ["maxLength"] = Naming.MaxIdLength,
            };
        }

        return new JsonObject
        {
            ["description"] = what,
            ["type"] = "string",
            ["enum"] = new JsonArray(known.Select(entry => (JsonNode)entry.Id).ToArray()),

            // Not JSON Schema: the YAML language server shows these beside each completion and uses the message
            // instead of listing every id when a value is not one of them.
            ["enumDescriptions"] = new JsonArray(known.Select(entry => (JsonNode)(entry.Title ?? string.Empty)).ToArray()),
            ["errorMessage"] = $"Not the id of an entry in content/{folder} (the ids are those `kb schema` last listed; run it after adding an entry).",
        };
    }
}
