using System.Collections.Immutable;
using System.Linq;
using KnowledgeBase.Generator.LiveDiagnostics;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KnowledgeBase.Generator.Tests.LiveDiagnostics;

/// <summary>
/// The kept driver gets a new compilation's content files in its own order: Roslyn pairs a re-run's files with the
/// last run's by position when their number is unchanged, so a reordered list would be read as edits.
/// </summary>
public sealed class DriverOrderTests
{
    private static readonly AdditionalText A = new CountingText("/c/a.yaml", "a");
    private static readonly AdditionalText B = new CountingText("/c/b.yaml", "b");
    private static readonly AdditionalText C = new CountingText("/c/c.yaml", "c");

    [Fact]
    public void The_same_files_in_another_order_leave_the_drivers_list_as_it_is()
    {
        ImmutableArray<AdditionalText> current = [A, B, C];

        var next = ProjectDriver.InDriverOrder(current, [C, A, B]);

        Assert.True(next == current, "expected the driver's own array back");
    }

    [Fact]
    public void The_same_order_with_one_file_edited_is_taken_as_it_comes()
    {
        var editedB = new CountingText(B.Path, "b2");

        var next = ProjectDriver.InDriverOrder([A, B, C], [A, editedB, C]);

        Assert.Equal<AdditionalText>([A, editedB, C], next.ToArray());
    }

    [Fact]
    public void An_edited_file_takes_its_predecessors_place()
    {
        var editedB = new CountingText(B.Path, "b2");

        var next = ProjectDriver.InDriverOrder([A, B, C], [C, editedB, A]);

        Assert.Equal<AdditionalText>([A, editedB, C], next.ToArray());
    }

    [Fact]
    public void Removed_files_drop_out_and_new_ones_go_last()
    {
        var d = new CountingText("/c/d.yaml", "d");
        var secondD = new CountingText("/c/d.yaml", "another d");

        var next = ProjectDriver.InDriverOrder([A, B, C], [secondD, d, C, A]);

        Assert.Equal<AdditionalText>([A, C, secondD, d], next.ToArray());
    }
}
