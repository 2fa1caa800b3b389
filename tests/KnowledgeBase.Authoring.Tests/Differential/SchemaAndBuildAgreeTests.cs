using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Json.Schema;
using KnowledgeBase.Authoring.JsonSchemas;
using KnowledgeBase.Authoring.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KnowledgeBase.Authoring.Tests.Differential;

/// <summary>
/// The differential test: every one-error mutation of real content (<see cref="MutationCorpus"/>) gets the same
/// verdict from the JSON Schema an editor validates with (YAML read as the YAML language server types it) and from
/// the generator. What JSON Schema cannot say is listed in <see cref="OutOfScope"/>, each with the reason.
/// </summary>
public sealed class SchemaAndBuildAgreeTests
{
    /// <summary>Diagnostics no mutation here can agree on, because a JSON Schema sees one file's values and nothing else.</summary>
    public static readonly IReadOnlyDictionary<string, string> OutOfScope = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["KB0001"] = "malformed YAML: the editor's parser reports it, not the schema",
        ["KB0002"] = "an empty file: the schema sees null, the build a file",
        ["KB0003"] = "a root that is not a mapping: covered by type object, but YAML-level",
        ["KB0009"] = "the id is the file name, which a schema never sees",
        ["KB0010"] = "an id colliding with another id or a C# member: needs the other files and the record",
        ["KB0011"] = "a folder no collection claims: no schema is mapped to it",
        ["KB0012"] = "two records claiming one folder: a C# error",
        ["KB0013"] = "an unsupported record: a C# error",
        ["KB0014"] = "a duplicate key: the editor's YAML parser reports it, JSON has no duplicates",
        ["KB0015"] = "anchors, aliases, tags, several documents: YAML features the JSON view erases",
        ["KB0016"] = "file size limit",
        ["KB0023"] = "a cited source's date: needs the source entry",
        ["KB0026"] = "a cycle of supersededBy: needs the other entries",
        ["KB0027"] = "an entry referring to itself: needs the file name",
        ["KB0028"] = "an actor or topic nobody refers to: needs every other entry",
        ["KB0029"] = "low above high ([NotAbove]): draft-07 cannot compare two values",
        ["KB0030"] = "exactly one of value or low and high ([RequireOneOf]): not written into the schemas yet",
        ["KB0031"] = "a percentage's range ([RangeWhen]): not written into the schemas yet",
        ["KB0040"] = "encoding: below YAML",
        ["KB0041"] = "characters YAML forbids: below YAML",
        ["KB0042"] = "bidirectional controls: a warning about text that is valid",
        ["KB0043"] = "entries per collection: a limit across files",
        ["KB0044"] = "a generator bug",
        ["KB0045"] = "compiled data per assembly: a limit across files",
        ["KB0046"] = "nesting depth limit",
        ["KB0047"] = "values per file limit",
        ["KB0048"] = "one value's length limit",
        ["KB0008 existence"] = "a reference to an id that does not exist (the id's shape is in scope: the corpus writes ids no entry can have)",
        ["number notation"] = "a number's notation: the schema sees the value YAML read, so 0x1F, 0o17, 1e3 or 12.0 in a whole-number field and .inf or .nan pass it; the build reads decimal notation only and no infinity or NaN",
        ["URL syntax"] = "a URL past its scheme: the schema checks the scheme (the shared pattern), the build also has System.Uri parse the rest (https://exa mple.org)",
        ["trailing line break"] = "a quoted value ending in a line break: ECMAScript's $ refuses it where .NET's (JsonSchema.Net) accepts it; the build refuses it",
    };

    private static readonly Dictionary<string, JsonSchema> Schemas = Repo.Collections.ToDictionary(
        collection => collection.Name,
        collection => JsonSchema.FromText(CollectionJsonSchema.Write(collection)),
        StringComparer.Ordinal);

    [Fact]
    public void The_committed_content_builds_without_a_diagnostic()
    {
        Assert.Empty(BuildVerdict.Instance.CommittedDiagnostics.Select(diagnostic => diagnostic.ToString()));
    }

    [Fact]
    public void The_schema_and_the_build_give_every_mutation_the_same_verdict()
    {
        var corpus = MutationCorpus.All().ToList();
        var disagreements = new List<string>();
        foreach (var mutation in corpus)
        {
            var folder = mutation.Path[..mutation.Path.IndexOf('/', StringComparison.Ordinal)];
            var schemaErrors = SchemaValidator.Errors(Schemas[folder], YamlAsJson.Read(mutation.Yaml));
            var diagnostics = BuildVerdict.Instance.Diagnostics(mutation.Path, mutation.Yaml);
            var ids = diagnostics.Select(diagnostic => diagnostic.Id).Distinct().Order(StringComparer.Ordinal).ToList();
            var schemaSays = schemaErrors.Count == 0;
            var buildSays = diagnostics.Count == 0;
            if (schemaSays != mutation.Valid || buildSays != mutation.Valid || (mutation.ExpectedId is { } id && !ids.Contains(id)))
            {
                disagreements.Add(
                    $"{mutation.Path} {mutation.Rule}: expected {(mutation.Valid ? "valid" : "invalid, " + mutation.ExpectedId)}; "
                    + $"schema: {(schemaSays ? "valid" : string.Join(" | ", schemaErrors.Take(2)))}; "
                    + $"build: {(buildSays ? "valid" : string.Join(" | ", diagnostics.Take(2).Select(diagnostic => diagnostic.Id + " " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture))))}");
            }
        }

        Assert.True(corpus.Count > 150, $"Only {corpus.Count} mutations: the corpus lost its generated part.");
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {corpus.Count} mutations:\n" + string.Join("\n", disagreements));
    }

    [Fact]
    public void Every_diagnostic_is_either_in_the_corpus_or_listed_as_out_of_scope()
    {
        var releases = Directory.GetFiles(Path.Combine(Repo.Root, "src", "KnowledgeBase.Generator"), "AnalyzerReleases.*.md");
        var ids = releases.SelectMany(file => Regex.Matches(File.ReadAllText(file), @"^(KB\d{4}) \|", RegexOptions.Multiline).Select(match => match.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        var covered = MutationCorpus.All().Select(mutation => mutation.ExpectedId).OfType<string>().ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(ids);
        Assert.Empty(ids.Where(id => !covered.Contains(id) && !OutOfScope.ContainsKey(id)).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(covered, OutOfScope.ContainsKey);
    }
}
