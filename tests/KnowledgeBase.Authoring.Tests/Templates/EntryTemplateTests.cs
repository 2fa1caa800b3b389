using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KnowledgeBase.Metadata;
using KnowledgeBase.Authoring.Templates;
using KnowledgeBase.Authoring.TestSchema;
using KnowledgeBase.Authoring.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Authoring.Tests.Templates;

/// <summary>A new entry's template lists every required field to fill in and every optional one, commented out.</summary>
public sealed partial class EntryTemplateTests
{
    public static TheoryData<string> Collections => new(Repo.Collections.Select(collection => collection.Name));

    [Theory]
    [MemberData(nameof(Collections))]
    public void The_template_holds_exactly_the_required_fields_each_still_empty(string folder)
    {
        var collection = Repo.Find(folder)!;
        var yaml = YamlAsJson.Read(EntryTemplate.Render(collection, "new-entry"))!.AsObject();

        Assert.Equal(collection.Record.Fields.Where(field => field.IsRequired).Select(field => field.Key), yaml.Select(pair => pair.Key));
        Assert.All(yaml.Where(pair => pair.Value is not JsonArray), pair => Assert.Null(pair.Value));
    }

    [Theory]
    [MemberData(nameof(Collections))]
    public void The_schema_flags_each_unfilled_field_and_nothing_else(string folder)
    {
        var collection = Repo.Find(folder)!;
        var errors = SchemaValidator.Errors(collection, EntryTemplate.Render(collection, "new-entry"));

        Assert.NotEmpty(errors);
        Assert.All(errors, error => Assert.DoesNotContain("not allowed", error, System.StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Uncommenting_every_optional_field_gives_a_file_with_every_field()
    {
        var collection = Authoring.Collections.Find(ContentMetadata.Of(typeof(Gadget).Assembly), "gadgets")!;
        var template = EntryTemplate.Render(collection, "new-gadget");

        var root = YamlAsJson.Read(Uncomment(template))!.AsObject();

        Assert.Equal(collection.Record.Fields.Select(field => field.Key), root.Select(pair => pair.Key));
        Assert.Equal("deep-blue", (string)root["color"]!);
        Assert.Equal(3, (int)root["rank"]!);
        var part = root["part"]!.AsObject();
        Assert.Equal(["label", "inner", "colors"], part.Select(pair => pair.Key));
        Assert.Equal(["label", "inner", "colors"], root["spares"]![0]!.AsObject().Select(pair => pair.Key));
    }

    [Fact]
    public void The_header_names_the_entry_and_each_field_says_what_it_holds()
    {
        var template = EntryTemplate.Render(Repo.Find("events")!, "nvidia-falls");

        Assert.StartsWith("# New entry 'nvidia-falls' of content/events (Event): Something that happened on a given day.\n", template, System.StringComparison.Ordinal);
        Assert.Contains("\ndate:  # required. The day it happened. A date written yyyy-MM-dd.\n", template, System.StringComparison.Ordinal);
        Assert.Contains("\n  - source:  # required. The cited source. The id of an entry in content/sources.\n", template, System.StringComparison.Ordinal);
        Assert.Contains("\n# status: current  # The entry's standing. One of: current, disputed, superseded, retracted.\n", template, System.StringComparison.Ordinal);
    }

    /// <summary>Removes one <c># </c> after the indentation from every field line, until none is left (nested blocks are commented twice).</summary>
    private static string Uncomment(string template)
    {
        var lines = template.Split('\n').Where(line => !line.StartsWith("# New entry", System.StringComparison.Ordinal)).ToList();
        lines = lines.Skip(2).ToList();
        bool changed;
        do
        {
            changed = false;
            for (var i = 0; i < lines.Count; i++)
            {
                var match = CommentedField().Match(lines[i]);
                if (match.Success)
                {
                    lines[i] = match.Groups[1].Value + match.Groups[2].Value;
                    changed = true;
                }
            }
        }
        while (changed);

        return string.Join("\n", lines);
    }

    [GeneratedRegex(@"^(\s*)# ((?:\s*[a-zA-Z]+:|\s*-).*)$")]
    private static partial Regex CommentedField();
}
