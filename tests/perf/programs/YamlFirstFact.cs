using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KnowledgeBase.Perf;

/// <summary>
/// Time to first fact the way a user without the generator would do it: at startup, deserialise every YAML file
/// of the content folder with YamlDotNet into plain classes of the same shape, index each collection by id,
/// then print the same event's title. Usage: YamlFirstFact CONTENT-DIR EVENT-ID.
/// </summary>
internal static class YamlFirstFact
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithEnumNamingConvention(HyphenatedNamingConvention.Instance)
        .Build();

    private static int Main(string[] args)
    {
        var root = args[0];
        var knowledge = new Knowledge(
            Load<Source>(root, "sources"),
            Load<Actor>(root, "actors"),
            Load<Topic>(root, "topics"),
            Load<Event>(root, "events"),
            Load<Figure>(root, "figures"),
            Load<Claim>(root, "claims"));
        Console.WriteLine(knowledge.Events[args[1]].Title);
        return 0;
    }

    private static Dictionary<string, T> Load<T>(string root, string folder)
    {
        var entries = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(Path.Combine(root, folder), "*.yaml"))
        {
            entries.Add(Path.GetFileNameWithoutExtension(path), Deserializer.Deserialize<T>(File.ReadAllText(path)));
        }

        return entries;
    }
}
