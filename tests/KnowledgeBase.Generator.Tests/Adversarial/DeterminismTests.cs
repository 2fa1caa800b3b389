using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using KnowledgeBase.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Adversarial;

/// <summary>
/// The same content gives byte-identical generated code and the same diagnostics on any machine: whatever
/// the culture (tr-TR's dotted and dotless i, de-DE's decimal comma) and whatever order the files arrive in.
/// </summary>
public sealed class DeterminismTests
{
    private static readonly string[] Cultures = ["", "tr-TR", "de-DE"];

    /// <summary>Values a culture could change: decimals, exponents, dates, an enum spelled with 'i', ids with 'i'.</summary>
    private static readonly (string Path, string Text)[] CultureSensitive =
    [
        ("sources/a-source.yaml", TestSchemas.SourceYaml),
        ("items/istanbul-item.yaml", TestSchemas.ItemYaml.Replace("amount: 593.7", "amount: -1234567.891", StringComparison.Ordinal).Replace("ratio: 0.5", "ratio: 5.576e6", StringComparison.Ordinal)),
        ("items/item-iii.yaml", TestSchemas.ItemYaml.Replace("colour: dark-blue", "colour: DARK-BLUE", StringComparison.Ordinal).Replace("big: 9000000000", "big: -9000000000", StringComparison.Ordinal)),
        ("items/invalid-item.yaml", TestSchemas.ItemYaml.Replace("ratio: 0.5", "ratio: 0,5", StringComparison.Ordinal).Replace("colour: dark-blue", "colour: d\u0131rk-blue", StringComparison.Ordinal)),
    ];

    [Fact]
    public void The_real_content_generates_byte_identical_code_under_every_culture_and_file_order()
    {
        var (schema, content) = RealContent();
        Assert.NotEmpty(content);
        var compilation = ContentRun.Compile([.. schema]);

        var expected = Output(compilation, content, Cultures[0]);
        Assert.NotEmpty(expected.Sources);

        foreach (var culture in Cultures)
        {
            AssertSame(expected, Output(compilation, content, culture), culture);
            AssertSame(expected, Output(compilation, [.. content.AsEnumerable().Reverse()], culture), culture + ", reversed");
        }
    }

    [Fact]
    public void Culture_sensitive_values_generate_byte_identical_code_and_messages_under_every_culture_and_file_order()
    {
        var compilation = ContentRun.Compile(TestSchemas.Demo);
        var content = CultureSensitive.Select(file => (file.Path, SourceText.From(file.Text, Encoding.UTF8))).ToList();

        var expected = Output(compilation, content, Cultures[0]);
        // Numbers are compiled as invariant text whatever the culture: no group separators, "." as decimal point.
        Assert.Contains(expected.Sources, source => source.Contains("-1234567.891;", StringComparison.Ordinal));
        Assert.Contains(expected.Sources, source => source.Contains("5576000;", StringComparison.Ordinal));
        Assert.Equal(2, expected.Diagnostics.Count(diagnostic => diagnostic.Contains("invalid-item", StringComparison.Ordinal)));

        foreach (var culture in Cultures)
        {
            AssertSame(expected, Output(compilation, content, culture), culture);
            AssertSame(expected, Output(compilation, [.. content.AsEnumerable().Reverse()], culture), culture + ", reversed");
        }
    }

    /// <summary>Runs the generator with <paramref name="culture"/> as the current culture (restored after), returning its output sorted by hint name.</summary>
    private static (List<string> Sources, List<string> Diagnostics) Output(Compilation compilation, IReadOnlyList<(string Path, SourceText Text)> content, string culture)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var run = ContentRun.Run(compilation, content);
            Assert.Empty(run.Failures());
            return (
                [.. run.Result.GeneratedSources.OrderBy(source => source.HintName, StringComparer.Ordinal).Select(source => source.HintName + "\n" + source.SourceText)],
                [.. run.Diagnostics.Select(diagnostic => diagnostic.ToString()).Order(StringComparer.Ordinal)]);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
        }
    }

    private static void AssertSame((List<string> Sources, List<string> Diagnostics) expected, (List<string> Sources, List<string> Diagnostics) actual, string what)
    {
        Assert.True(expected.Sources.SequenceEqual(actual.Sources, StringComparer.Ordinal), "Generated code differs under " + what);
        Assert.True(expected.Diagnostics.SequenceEqual(actual.Diagnostics, StringComparer.Ordinal), "Diagnostics differ under " + what);
    }

    /// <summary>The repository's schema sources and every content file, as they are in this clone.</summary>
    private static (string[] Schema, List<(string Path, SourceText Text)> Content) RealContent()
    {
        var schema = Directory.GetFiles(Path.Combine(RealRepository.Root, "src", "KnowledgeBase", "Schema"), "*.cs").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        return (schema, RealRepository.ContentFiles());
    }
}
