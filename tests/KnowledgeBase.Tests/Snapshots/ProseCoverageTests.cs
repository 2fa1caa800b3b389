using System;
using System.Collections;
using System.Linq;
using System.Reflection;
using System.Text;
using KnowledgeBase.Rendering;
using Xunit;

namespace KnowledgeBase.Tests.Snapshots;

/// <summary>
/// The prose document shows every field: a field added to the schema but not to the renderer would silently
/// drop out of review, so every entry's section must show each of its fields that has a value.
/// </summary>
public sealed class ProseCoverageTests
{
    [Fact]
    public void Every_field_with_a_value_is_shown_in_its_entry_section()
    {
        var document = KnowledgeBaseMarkdown.Render();
        var checkedFields = 0;
        foreach (var type in typeof(Actor).Assembly.GetTypes().Where(type => type.GetCustomAttribute<CollectionAttribute>() is not null))
        {
            var folder = type.GetCustomAttribute<CollectionAttribute>()!.Folder;
            var fields = type.GetConstructors().MaxBy(constructor => constructor.GetParameters().Length)!.GetParameters();
            foreach (IEntry entry in (IEnumerable)type.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!)
            {
                var section = Section(document, folder + "/" + entry.Id);
                foreach (var field in fields.Where(field => HasValue(type.GetProperty(field.Name!)!.GetValue(entry))))
                {
                    Assert.True(
                        section.Contains("\n- " + Label(field.Name!) + ":", StringComparison.Ordinal),
                        $"{folder}/{entry.Id}: the field '{field.Name}' has a value but the prose document does not show it; render it in src/KnowledgeBase/Rendering.");
                    checkedFields++;
                }
            }
        }

        Assert.True(checkedFields > 0, "No collection entry was found to check.");
    }

    private static string Section(string document, string heading)
    {
        var start = document.IndexOf("\n### " + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "No section for " + heading);
        var end = document.IndexOf("\n#", start + 1, StringComparison.Ordinal);
        return end < 0 ? document[start..] : document[start..end];
    }

    private static bool HasValue(object? value) => value switch
    {
        null => false,
        IEnumerable sequence and not string => IsNonEmpty(sequence),
        _ => true,
    };

    // A default ImmutableArray throws when enumerated; the renderer treats it as empty, and so does this check.
    private static bool IsNonEmpty(IEnumerable sequence)
    {
        try
        {
            return sequence.GetEnumerator().MoveNext();
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    // The renderer labels a field by its member name in words: "SupersededBy" is "Superseded by".
    private static string Label(string name)
    {
        var label = new StringBuilder();
        foreach (var character in name)
        {
            label.Append(label.Length > 0 && char.IsUpper(character) ? " " + char.ToLowerInvariant(character) : character.ToString());
        }

        return label.ToString();
    }
}
