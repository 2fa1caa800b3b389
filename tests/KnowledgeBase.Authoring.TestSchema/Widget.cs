using System.Collections.Generic;

namespace KnowledgeBase.Authoring.TestSchema;

/// <summary>A test-only collection with a default of every scalar kind and the rules a field declares on itself.</summary>
/// <param name="Label">Its label: not blank, at most 12 characters.</param>
/// <param name="Tags">Its tags: at least one, none blank.</param>
/// <param name="Fragile">Whether it breaks.</param>
/// <param name="Batch">A long batch number.</param>
/// <param name="Price">An exact price.</param>
/// <param name="Weight">A measured weight.</param>
/// <param name="Maker">Who made it.</param>
/// <param name="Color">Its colour.</param>
/// <param name="Nothing">Optional, with no default but null.</param>
[Collection("widgets")]
public sealed partial record Widget(
    [NotEmpty, MaxLength(12)] string Label,
    [MinItems(1), NotEmpty] IReadOnlyList<string> Tags,
    bool Fragile = true,
    long Batch = 7_000_000_000,
    decimal Price = 9.50m,
    double Weight = 1.25,
    string Maker = "unknown",
    GadgetColor Color = GadgetColor.Red,
    string? Nothing = null);
