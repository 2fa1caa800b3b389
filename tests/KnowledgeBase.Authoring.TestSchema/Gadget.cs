using System;
using System.Collections.Generic;

namespace KnowledgeBase.Authoring.TestSchema;

/// <summary>A test-only collection with every field kind the real schema lacks: numbers, booleans, URLs, recursion.</summary>
/// <param name="Name">The gadget's name.</param>
/// <param name="Count">How many there are.</param>
/// <param name="Serial">A long serial number.</param>
/// <param name="Active">Whether it is in use.</param>
/// <param name="Ratio">A ratio.</param>
/// <param name="Homepage">Where to read about it.</param>
/// <param name="Part">Its main part.</param>
/// <param name="Spares">Spare parts.</param>
/// <param name="Note">A note.</param>
/// <param name="Rank">Its rank.</param>
/// <param name="Color">Its colour.</param>
/// <param name="Built">When it was built.</param>
/// <param name="Offset">A negative default.</param>
/// <param name="Scale">A default named by a constant, which only the compiler can evaluate.</param>
[Collection("gadgets")]
public sealed partial record Gadget(
    string Name,
    int Count,
    long Serial,
    bool Active,
    double Ratio,
    Uri Homepage,
    GadgetPart Part,
    IReadOnlyList<GadgetPart> Spares,
    string? Note = null,
    int Rank = 3,
    GadgetColor Color = GadgetColor.DeepBlue,
    DateOnly? Built = null,
    int Offset = -2,
    double Scale = Gadget.DefaultScale)
{
    /// <summary>The scale a gadget has unless it says otherwise.</summary>
    public const double DefaultScale = 0.5;
}

/// <summary>A part, which may hold another part.</summary>
/// <param name="Label">The part's label.</param>
/// <param name="Inner">A part inside it.</param>
/// <param name="Colors">Its colours.</param>
public sealed record GadgetPart(string Label, GadgetPart? Inner = null, IReadOnlyList<GadgetColor>? Colors = null);

/// <summary>A colour.</summary>
public enum GadgetColor
{
    /// <summary>Red.</summary>
    Red,

    /// <summary>A deep blue.</summary>
    DeepBlue,
}
