using System.Collections.Generic;
using System.IO;

namespace KnowledgeBase.Package.Tests.Infrastructure;

/// <summary>
/// A brand-new project that installs the packages from the folder feed, as the package README tells a new user:
/// its own collections, two YAML entries and a reference between them. Its package cache is its own, so a stale
/// copy of the same version in the machine's cache can never stand in for the freshly packed one.
/// </summary>
internal sealed class Consumer
{
    private readonly PackedPackages packages;

    public Consumer(PackedPackages packages)
    {
        this.packages = packages;
        Directory = System.IO.Directory.CreateDirectory(Path.Combine(packages.Root, "consumer")).FullName;
        Environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(packages.Root, "packages") };
    }

    public string Directory { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    public void Create()
    {
        // Stops MSBuild's search for Directory.Build.props / Directory.Packages.props in the folders above.
        Write("Directory.Build.props", "<Project>\n  <PropertyGroup>\n    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>\n  </PropertyGroup>\n</Project>\n");
        Write("Directory.Packages.props", "<Project />\n");
        Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packages.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local">
                  <package pattern="KnowledgeBase.*" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        Write("Library.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <NoWarn>$(NoWarn);CS1591</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="KnowledgeBase.Abstractions" Version="{packages.Version}" />
                <PackageReference Include="KnowledgeBase.Generator" Version="{packages.Version}">
                  <PrivateAssets>all</PrivateAssets>
                  <IncludeAssets>runtime; build; native; contentfiles; analyzers; buildtransitive</IncludeAssets>
                </PackageReference>
              </ItemGroup>
            </Project>
            """);
        // Its own names for every convention: a headline, a body, an evidence list citing books, a replacement.
        Write("Schema.cs", """
            using System.Collections.Immutable;
            using KnowledgeBase;

            namespace Library;

            [Collection("authors")]
            public sealed partial record Author([EntryTitle] string Name, int Born);

            [Collection("books")]
            public sealed partial record Book([EntryTitle] string Title, Ref<Author> Author, DateOnly Published, string? Subtitle = null);

            public sealed record Evidence([CitedSource] Ref<Book> From, [CitedQuote, MaxLength(40)] string? Words = null);

            [Collection("notes")]
            public sealed partial record Note(
                [EntryTitle] string Headline,
                [EntrySummary] string Body,
                [Citations, MinItems(1)] ImmutableArray<Evidence> Evidence,
                [Standing] EntryStatus Standing = EntryStatus.Current,
                [ReplacedBy] Ref<Note>? ReplacedBy = null,
                [StandingReason] string? Why = null);
            """);
        Write("Program.cs", """
            using System.Reflection;
            using KnowledgeBase.Metadata;
            using Library;

            var book = Book.TheDispossessed;
            Console.WriteLine($"{book.Title} by {book.Author.Value.Name} (born {book.Author.Value.Born}), published {book.Published:yyyy-MM-dd}");
            Console.WriteLine($"subtitle: {book.Subtitle ?? "none"}");
            Console.WriteLine($"authors: {string.Join(", ", Author.All.Select(author => author.Id))}");
            Console.WriteLine($"found: {Book.TryGet("the-dispossessed", out var found) && found == book}");
            Console.WriteLine($"obsolete: {typeof(Note).GetProperty("FirstDraft", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)!.GetCustomAttribute<ObsoleteAttribute>()!.Message}");
            var notes = ContentMetadata.Of(typeof(Note).Assembly).Find("notes")!;
            Console.WriteLine($"metadata: {notes.Singular}; title {notes.Record.WithRole(FieldRoles.Title)!.Key}; citations {notes.Record.WithRole(FieldRoles.Citations)!.Key}; replaced by {notes.Record.WithRole(FieldRoles.ReplacedBy)!.Key}");
            """);
        Write("content/authors/ursula-le-guin.yaml", "name: Ursula K. Le Guin\nborn: 1929\n");
        Write("content/books/the-dispossessed.yaml", "title: The Dispossessed\nauthor: ursula-le-guin\npublished: 1974-05-01\n");
        Write("content/notes/anarres.yaml", "headline: Anarres has no owners\nbody: The novel's moon has no property.\nevidence:\n  - from: the-dispossessed\n    words: an ambiguous utopia\n");
        Write("content/notes/first-draft.yaml", "headline: An early note\nbody: Replaced.\nevidence:\n  - from: the-dispossessed\nstanding: superseded\nreplacedBy: anarres\nwhy: Said better\n");
    }

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
    }

    public ProcessResult Build(params string[] properties) =>
        Dotnet.Run(Directory, Environment, ["build", "-nodeReuse:false", .. properties]);

    public ProcessResult Run() => Dotnet.Run(Directory, Environment, Path.Combine(Directory, "bin", "Debug", "net10.0", "Library.dll"));
}
