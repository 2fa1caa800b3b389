using Microsoft.CodeAnalysis;

namespace KnowledgeBase.Generator.Tests.LiveDiagnostics;

/// <summary>A small project with content errors of several kinds: the starting state of the live tests.</summary>
internal static class LiveFixture
{
    public const string Schema = """
        using System;
        using System.Collections.Immutable;
        using KnowledgeBase;

        namespace Demo;

        [Collection("people")]
        public sealed partial record Person(string Name, DateOnly Born, Ref<Person>? Mentor = null);

        [Collection("broken")]
        public record NotPartial(string Name);
        """;

    public const string Ada = "/repo/content/people/ada.yaml";
    public const string Bad = "/repo/content/people/bad.yaml";
    public const string Carl = "/repo/content/people/carl.yaml";
    public const string Paris = "/repo/content/places/paris.yaml";

    /// <summary>Fresh file instances each time, so no two tests share a file's read count.</summary>
    public static LiveProject Project(string assemblyName = "Live") => LiveProject.Create(
        Schema,
        [
            new CountingText(Ada, "name: Ada\nborn: 1815-12-10\n"),
            new CountingText(Bad, "name: Bad\nborn: 10 December 1815\nmentor: adda\nnickname: B\n"),
            new CountingText(Carl, "name: Carl\nborn: 1777-04-30\nmentor: bad\n"),
            new CountingText(Paris, "name: Paris\n"),
        ],
        assemblyName);

    /// <summary>An analyzer with drivers of its own, so parallel tests never share one.</summary>
    public static KnowledgeBase.Generator.LiveDiagnostics.LiveContentDiagnosticsAnalyzer NewAnalyzer(int capacity = 4) =>
        new(new KnowledgeBase.Generator.LiveDiagnostics.ProjectDriverCache(capacity));

    public static int Reads(this AdditionalText file) => ((CountingText)file).Reads;
}
