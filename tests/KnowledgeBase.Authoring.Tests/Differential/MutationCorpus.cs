using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KnowledgeBase.Metadata;
using KnowledgeBase.Authoring.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Authoring.Tests.Differential;

/// <summary>
/// One-error mutations of the committed content: for the first entry of every collection, one per field by the
/// field's kind (read from the compiled schema, so a new field is covered without editing this file), plus edits
/// inside nested records of real figures and events.
/// </summary>
internal static class MutationCorpus
{
    private const string Figure = "figures/nvidia-market-value-lost-2025-01-27.yaml";

    public static IEnumerable<Mutation> All() =>
        Repo.Collections.SelectMany(PerField).Concat(Nested());

    private static IEnumerable<Mutation> PerField(CollectionMetadata collection)
    {
        var files = Directory.GetFiles(Path.Combine(Repo.Content, collection.Name), "*.yaml").Order(StringComparer.Ordinal).ToArray();
        var path = collection.Name + "/" + Path.GetFileName(files[0]);
        var other = Path.GetFileNameWithoutExtension(files[1]);
        var yaml = Read(path);

        yield return Mutation.Refused("an unknown key", path, TopLevelKeys.Set(yaml, "unknownKey", "x"), "KB0004");
        foreach (var field in collection.Record.Fields)
        {
            var key = field.Key;
            var present = TopLevelKeys.Has(yaml, key);
            string With(string value) => TopLevelKeys.Set(yaml, key, value);
            string Rule(string what) => $"{key}: {what}";

            if (field.IsRequired && present)
            {
                yield return Mutation.Refused(Rule("left out (required)"), path, TopLevelKeys.Remove(yaml, key), "KB0005");
                yield return Mutation.Refused(Rule("empty (required)"), path, With(string.Empty), "KB0005");
            }

            if (!field.IsRequired && !present && field.Name is not "SupersededBy" and not "StatusReason")
            {
                yield return Mutation.Allowed(Rule("empty (optional)"), path, With(string.Empty));
            }

            if (!present)
            {
                continue;
            }

            var current = TopLevelKeys.Value(yaml, key);
            switch (field.Value.Kind)
            {
                case ValueKind.Text:
                    yield return Mutation.Refused(Rule("plain 1984 (a number to YAML)"), path, With("1984"), "KB0006");
                    yield return Mutation.Refused(Rule("plain true (a boolean to YAML)"), path, With("true"), "KB0006");
                    yield return Mutation.Refused(Rule("plain 1e3 (a number to YAML)"), path, With("1e3"), "KB0006");
                    yield return Mutation.Allowed(Rule("quoted \"1984\""), path, With("\"1984\""));
                    yield return Mutation.Allowed(Rule("plain yes (text in YAML 1.2)"), path, With("yes"));
                    yield return Mutation.Refused(Rule("a list"), path, With("[a, b]"), "KB0006");
                    break;
                case ValueKind.Enum:
                    var member = field.Value.Enum!.Members.Single(value => value.YamlName == current).Name;
                    foreach (var spelling in Spellings(member))
                    {
                        yield return Mutation.Allowed(Rule($"spelled {spelling}"), path, With(spelling));
                    }

                    yield return Mutation.Refused(Rule("not-a-member"), path, With("not-a-member"), "KB0007");
                    yield return Mutation.Refused(Rule("a member with a letter too many"), path, With(current + "s"), "KB0007");
                    yield return Mutation.Refused(Rule("plain 1 (a number to YAML)"), path, With("1"), "KB0007");
                    break;
                case ValueKind.Date:
                    yield return Mutation.Allowed(Rule("quoted date"), path, With($"\"{current}\""));
                    yield return Mutation.Refused(Rule("2025-02-30 (no such day)"), path, With("2025-02-30"), "KB0006");
                    yield return Mutation.Refused(Rule("2025-02-29 (not a leap year)"), path, With("2025-02-29"), "KB0006");
                    yield return Mutation.Refused(Rule("0000-01-01 (no year 0)"), path, With("0000-01-01"), "KB0006");
                    yield return Mutation.Refused(Rule("2025-1-5 (not yyyy-MM-dd)"), path, With("2025-1-5"), "KB0006");
                    yield return Mutation.Refused(Rule("27 January 2025"), path, With("27 January 2025"), "KB0006");
                    yield return Mutation.Refused(Rule("plain 20250127 (a number to YAML)"), path, With("20250127"), "KB0006");
                    break;
                case ValueKind.Uri:
                    yield return Mutation.Allowed(Rule("another absolute URL"), path, With("https://example.org/other?a=b#c"));
                    yield return Mutation.Refused(Rule("no scheme"), path, With("example.org/page"), "KB0006");
                    yield return Mutation.Refused(Rule("a relative path"), path, With("/page"), "KB0006");
                    break;
                case ValueKind.Reference:
                    yield return Mutation.Allowed(Rule("quoted id"), path, With($"\"{current}\""));
                    yield return Mutation.Refused(Rule("an id that is not kebab-case"), path, With("Not_An_Id"), "KB0008");
                    yield return Mutation.Refused(Rule("an id with a trailing hyphen"), path, With(current + "-"), "KB0008");
                    yield return Mutation.Refused(Rule("an id over 120 characters"), path, With(new string('a', 121)), "KB0008");
                    yield return Mutation.Refused(Rule("plain 2024 (a number to YAML)"), path, With("2024"), "KB0006");
                    break;
                case ValueKind.List:
                    yield return Mutation.Refused(Rule("a scalar where a list belongs"), path, With("x"), "KB0006");
                    if (field.Constraints.MinItems is not null)
                    {
                        yield return Mutation.Refused(Rule("[] (MinItems)"), path, With("[]"), "KB0020");
                    }

                    if (field.Value.Element!.Kind == ValueKind.Reference)
                    {
                        yield return Mutation.Refused(Rule("an item that is not an id"), path, With("[Not_An_Id]"), "KB0008");
                    }

                    break;
            }
        }

        if (collection.Record.Fields.Any(field => field.Key == "status"))
        {
            var plain = TopLevelKeys.Remove(TopLevelKeys.Remove(yaml, "statusReason"), "supersededBy");
            foreach (var spelling in Spellings("Superseded"))
            {
                yield return Mutation.Refused($"status: {spelling} without supersededBy and statusReason", path, TopLevelKeys.Set(plain, "status", spelling), "KB0024");
                var replaced = TopLevelKeys.Set(TopLevelKeys.Set(TopLevelKeys.Set(plain, "status", spelling), "supersededBy", other), "statusReason", "replaced");
                yield return Mutation.Allowed($"status: {spelling} with supersededBy and statusReason", path, replaced);
            }

            yield return Mutation.Refused("status: current with supersededBy", path, TopLevelKeys.Set(TopLevelKeys.Set(plain, "status", "current"), "supersededBy", other), "KB0025");
            yield return Mutation.Refused("status: Retracted without statusReason", path, TopLevelKeys.Set(plain, "status", "Retracted"), "KB0024");
            yield return Mutation.Refused("statusReason blank", path, TopLevelKeys.Set(TopLevelKeys.Set(plain, "status", "retracted"), "statusReason", "\"   \""), "KB0021");
        }
    }

    /// <summary>Edits inside nested records: a citation, a reported value.</summary>
    private static IEnumerable<Mutation> Nested()
    {
        const string Value = "  - value: -600000000000\n";
        const string Quote = "        quote: Nvidia lost close to $600 billion in market cap on Monday\n";
        const string Cited = "      - source: cnbc-nvidia-sheds-almost-600-billion\n";
        yield return Edit("value quoted (a number written as text)", Figure, Value, "  - value: \"-600000000000\"\n", "KB0006");
        yield return Edit("value quoted with single quotes", Figure, Value, "  - value: '-600000000000'\n", "KB0006");
        yield return Edit("value in exponent notation", Figure, Value, "  - value: -6.0e11\n", null);
        yield return Edit("value with a plus sign", Figure, "  - value: -589000000000\n", "  - value: +589000000000\n", null);
        yield return Edit("value as a word", Figure, Value, "  - value: six hundred billion\n", "KB0006");
        yield return Edit("value with a thousands separator", Figure, Value, "  - value: -600,000,000,000\n", "KB0006");
        yield return Edit("qualifier spelled Approximately", Figure, "    qualifier: approximately\n", "    qualifier: Approximately\n", null);
        yield return Edit("qualifier spelled AT_MOST", Figure, "    qualifier: approximately\n", "    qualifier: AT_MOST\n", null);
        yield return Edit("qualifier unknown", Figure, "    qualifier: approximately\n", "    qualifier: roughly\n", "KB0007");
        yield return Edit("citation with an unknown key", Figure, Quote, Quote.Replace("quote:", "qoute:", StringComparison.Ordinal), "KB0004");
        yield return Edit("citation without its source", Figure, Cited + Quote, "      - " + Quote.TrimStart(), "KB0005");
        yield return Edit("quote of 300 characters (MaxLength)", Figure, Quote, $"        quote: {new string('a', 300)}\n", null);
        yield return Edit("quote of 301 characters (MaxLength)", Figure, Quote, $"        quote: {new string('a', 301)}\n", "KB0022");
        yield return Edit("quote of 300 characters outside the BMP", Figure, Quote, $"        quote: {string.Concat(Enumerable.Repeat("\U0001D49C", 300))}\n", null);
        yield return Edit("quote of 301 characters outside the BMP", Figure, Quote, $"        quote: {string.Concat(Enumerable.Repeat("\U0001D49C", 301))}\n", "KB0022");
        yield return Edit("quote blank", Figure, Quote, "        quote: \"  \"\n", "KB0021");
        yield return Edit("quote only a next-line character (blank to .NET, not to ECMAScript's \\s)", Figure, Quote, "        quote: \"\\N\"\n", "KB0021");
        yield return Edit("quote only an ideographic space", Figure, Quote, "        quote: \"\\u3000\"\n", "KB0021");
        yield return Edit("quote only a zero-width no-break space (white space to ECMAScript's \\s, not to .NET)", Figure, Quote, "        quote: \"\\uFEFF\"\n", null);
        yield return Edit("quote a number", Figure, Quote, "        quote: 600\n", "KB0006");
        yield return Edit("citations of a value empty (MinItems)", Figure, "    citations:\n" + Cited + Quote, "    citations: []\n", "KB0020");
    }

    /// <summary>Every way of writing <paramref name="member"/> that binding accepts, and so the schema must.</summary>
    private static string[] Spellings(string member)
    {
        var kebab = Naming.ToKebabCase(member);
        return
        [
            kebab,
            char.ToLowerInvariant(member[0]) + member[1..],
            member,
            kebab.Replace('-', '_').ToUpperInvariant(),
            kebab.Replace("-", string.Empty, StringComparison.Ordinal),
            "\"" + kebab + "\"",
        ];
    }

    private static Mutation Edit(string rule, string path, string find, string replace, string? expectedId)
    {
        var yaml = Read(path);
        Assert.Contains(find, yaml, StringComparison.Ordinal);
        var mutated = yaml.Replace(find, replace, StringComparison.Ordinal);
        return expectedId is null ? Mutation.Allowed(rule, path, mutated) : Mutation.Refused(rule, path, mutated, expectedId);
    }

    private static string Read(string path) =>
        File.ReadAllText(Path.Combine(Repo.Content, path)).Replace("\r\n", "\n", StringComparison.Ordinal);
}
