using System;
using System.Collections.Generic;
using System.CommandLine;

namespace KnowledgeBase.Cli.Commands;

/// <summary>
/// Every <c>kb</c> command. Adding a command is one new file in this folder with a
/// <c>static Command Create(KbContext context)</c>, plus one line in <see cref="All"/>.
/// </summary>
internal static class CommandRegistry
{
    public static IReadOnlyList<Func<KbContext, Command>> All { get; } =
    [
        ListCommand.Create,
        ShowCommand.Create,
        SearchCommand.Create,
        TimelineCommand.Create,
        SourcesCommand.Create,
        DisputesCommand.Create,
        ExportCommand.Create,
        StatsCommand.Create,
        SchemaCommand.Create,
        NewCommand.Create,
        CheckCommand.Create,
    ];
}
