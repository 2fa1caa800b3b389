using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using KnowledgeBase.Package.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Package.Tests;

/// <summary>`dotnet pack` output, and a fresh project that installs it from a folder feed the way the README says.</summary>
public sealed class PackageTests(PackedPackages packages) : IClassFixture<PackedPackages>
{
    [Fact]
    public void The_generator_package_is_an_analyzer_with_yamldotnet_beside_it_and_no_library()
    {
        using var package = ZipFile.OpenRead(packages.GeneratorPackage);
        var entries = package.Entries.Select(entry => entry.FullName).ToList();

        Assert.Contains("analyzers/dotnet/cs/KnowledgeBase.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/YamlDotNet.dll", entries);
        Assert.Contains("build/KnowledgeBase.Generator.props", entries);
        Assert.Contains("build/KnowledgeBase.Generator.targets", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, entry => entry.StartsWith("lib/", StringComparison.Ordinal));

        var metadata = Nuspec(package);
        Assert.Equal("true", Element(metadata, "developmentDependency"));
        Assert.Equal("README.md", Element(metadata, "readme"));
        Assert.Null(metadata.Elements().FirstOrDefault(element => element.Name.LocalName == "dependencies"));
    }

    [Fact]
    public void The_abstractions_package_holds_the_runtime_library_and_the_same_version()
    {
        using var package = ZipFile.OpenRead(packages.AbstractionsPackage);
        var entries = package.Entries.Select(entry => entry.FullName).ToList();

        Assert.Contains("lib/net10.0/KnowledgeBase.Abstractions.dll", entries);
        Assert.Contains("lib/net10.0/KnowledgeBase.Abstractions.xml", entries);
        Assert.Contains("README.md", entries);
        Assert.Equal(packages.Version, Element(Nuspec(package), "version"));
    }

    [Fact]
    public void A_fresh_project_builds_runs_and_prints_its_entries_and_a_bad_entry_fails_its_build_at_the_yaml_line()
    {
        var consumer = new Consumer(packages);
        consumer.Create();

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        var run = consumer.Run();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            [
                "The Dispossessed by Ursula K. Le Guin (born 1929), published 1974-05-01",
                "subtitle: none",
                "authors: ursula-le-guin",
                "found: True",
                "obsolete: The entry 'first-draft' is superseded by 'anarres': Said better",
                "metadata: note; title headline; citations evidence; replaced by replacedBy",
            ],
            run.Output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));

        // The schema's own names give the same doc comments as this repository's: title, summary, cited sources.
        var docs = File.ReadAllText(Path.Combine(consumer.Directory, "bin", "Debug", "net10.0", "Library.xml"));
        // The entry is declared on the generated NoteEntries base; the IDE shows this doc for Note.Anarres.
        Assert.Contains("<member name=\"P:Library.NoteEntries.Anarres\">", docs, StringComparison.Ordinal);
        Assert.Contains("<summary>Anarres has no owners</summary>", docs, StringComparison.Ordinal);
        Assert.Contains("<para>The novel's moon has no property.</para>", docs, StringComparison.Ordinal);
        Assert.Contains("<para>Sources: <c>the-dispossessed</c>.</para>", docs, StringComparison.Ordinal);

        consumer.Write("content/books/the-left-hand-of-darkness.yaml", "title: The Left Hand of Darkness\nauthor: ursula-leguin\npublished: March 1969\n");
        consumer.Write("content/notes/uncited.yaml", "headline: Nothing cited\nbody: No evidence.\nevidence: []\n");
        consumer.Write("content/notes/long-words.yaml", "headline: Too long\nbody: A long quote.\nevidence:\n  - from: the-dispossessed\n    words: words that go on for far longer than forty characters\n");
        consumer.Write("UsesOld.cs", "namespace Library;\n\npublic static class UsesOld\n{\n    public static string Headline => Note.FirstDraft.Headline;\n}\n");
        var broken = consumer.Build();

        Assert.True(broken.ExitCode != 0, broken.ToString());
        var file = Path.Combine(consumer.Directory, "content", "books", "the-left-hand-of-darkness.yaml");
        Assert.Contains($"{file}(2,9): error KB0008: The field 'author' refers to 'ursula-leguin', but the collection 'authors' has no such entry; did you mean 'ursula-le-guin'?", broken.Output, StringComparison.Ordinal);
        Assert.Contains($"{file}(3,12): error KB0006", broken.Output, StringComparison.Ordinal);
        Assert.Equal(1, Occurrences(broken.Output, $"{file}(2,9): error KB0008"));

        // The citation rules and [Obsolete] follow the schema's attributes, whatever the fields are called.
        Assert.Contains($"{Path.Combine(consumer.Directory, "content", "notes", "uncited.yaml")}(3,11): error KB", broken.Output, StringComparison.Ordinal);
        Assert.Contains($"{Path.Combine(consumer.Directory, "content", "notes", "long-words.yaml")}(5,12): error KB", broken.Output, StringComparison.Ordinal);
        var usesOld = $"{Path.Combine(consumer.Directory, "UsesOld.cs")}(5,";
        var obsolete = "error KB0100: 'NoteEntries.FirstDraft' is obsolete: 'The entry 'first-draft' is superseded by 'anarres': Said better'";
        Assert.True(broken.Output.Contains(usesOld, StringComparison.Ordinal) && broken.Output.Contains(obsolete, StringComparison.Ordinal), broken.ToString());

        // What an IDE's design-time build turns on: the package's analyzer reports the same error as well.
        var live = consumer.Build("-p:KnowledgeBaseLiveDiagnostics=true");
        Assert.True(live.ExitCode != 0, live.ToString());
        Assert.Equal(2, Occurrences(live.Output, $"{file}(2,9): error KB0008"));
    }

    /// <summary>How often the compiler reported <paramref name="value"/>, not counting MSBuild's closing summary that repeats every error.</summary>
    private static int Occurrences(string output, string value)
    {
        var summary = output.IndexOf("Build FAILED", StringComparison.Ordinal);
        var text = summary < 0 ? output : output[..summary];
        return (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;
    }

    private static XElement Nuspec(ZipArchive package)
    {
        using var stream = package.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream).Root!.Elements().Single(element => element.Name.LocalName == "metadata");
    }

    private static string? Element(XElement metadata, string name) =>
        metadata.Elements().FirstOrDefault(element => element.Name.LocalName == name)?.Value;
}
