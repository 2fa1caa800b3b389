using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using KnowledgeBase.Generator.Binding;
using KnowledgeBase.Generator.Diagnostics;
using KnowledgeBase.Generator.Model;
using KnowledgeBase.Generator.Yaml;

namespace KnowledgeBase.Generator.Index;

/// <summary>How much text one entry puts into the compiled assembly's string literals (an upper bound).</summary>
internal sealed record EntryText(string CollectionType, string Id, string Path, int Characters)
{
    public static EntryText? Of(BoundEntry entry, CancellationToken cancellationToken) =>
        entry.CollectionType is null || entry.Identifier is null
            ? null
            : new EntryText(entry.CollectionType, entry.Id, entry.Path, entry.Id.Length + (entry.ObsoleteMessage?.Length ?? 0) + Measure(entry.Value));

    /// <summary>The string-heap characters of every expression the value emits (escaped, so never less than the strings); long text goes to UTF-8 data instead.</summary>
    private static int Measure(ValueNode? value)
    {
        if (value is null)
        {
            return 0;
        }

        var total = value.Kind == ValueKind.Expression ? Emit.Utf8Literals.HeapCharacters(value.Text) : 0;
        foreach (var item in value.Items)
        {
            total += Measure(item);
        }

        return total;
    }
}

/// <summary>
/// C# keeps every string literal of an assembly in one metadata heap of 16 MB; content past it fails the
/// compiler with CS8103 at some generated line, a hostile pull request needing only a few files that each
/// keep every per-file limit. Entries are counted in collection and id order; once the budget is spent,
/// every later entry is built as a stub (no literals) and gets KB0045 at its file, so the build fails on
/// the content that caused it, whatever order files arrive in.
/// </summary>
internal sealed record TextBudget(EquatableArray<string> OverBudgetPaths, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static TextBudget Build(ImmutableArray<EntryText?> entries, CancellationToken cancellationToken)
    {
        var total = 0L;
        var over = new List<string>();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var entry in entries
            .Where(entry => entry is not null)
            .Select(entry => entry!)
            .OrderBy(entry => entry.CollectionType, System.StringComparer.Ordinal)
            .ThenBy(entry => entry.Id, System.StringComparer.Ordinal)
            .ThenBy(entry => entry.Path, System.StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (over.Count == 0 && total + entry.Characters <= ContentLimits.MaxTextCharacters)
            {
                total += entry.Characters;
                continue;
            }

            over.Add(entry.Path);
            diagnostics.Add(DiagnosticInfo.Create(
                Descriptors.TextBudgetExceeded,
                LocationInfo.StartOfFile(entry.Path),
                entry.Id,
                total.ToString(CultureInfo.InvariantCulture),
                ContentLimits.MaxTextCharacters.ToString(CultureInfo.InvariantCulture)));
        }

        over.Sort(System.StringComparer.Ordinal);
        return new TextBudget(over.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}
