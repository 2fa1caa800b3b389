using System;

namespace KnowledgeBase.Perf;

/// <summary>An empty program that prints one line: the startup every .NET program pays, for reference.</summary>
internal static class Hello
{
    private static int Main()
    {
        Console.WriteLine("hello");
        return 0;
    }
}
