using KnowledgeBase.Generator.Common;

namespace KnowledgeBase.Generator.Schema;

/// <summary>How the compiled data marks whether a field's value is given (see <see cref="FieldPresence.Of"/>).</summary>
internal enum Presence
{
    /// <summary>Required: always written.</summary>
    Always,

    /// <summary>A list that is never null: left out, it is written as empty.</summary>
    EmptyWhenAbsent,

    /// <summary>Optional with no default or a null or default one: <c>1</c> and the value, or <c>0</c>.</summary>
    Flagged,

    /// <summary>
    /// Optional with a value default (<c>= EntryStatus.Current</c>): a bit of the record's mask says whether it is
    /// given, and when it is not, the constructor is called without it, since the generator does not evaluate C#
    /// defaults.
    /// </summary>
    Masked,
}

/// <summary>Which <see cref="Presence"/> a field has: one decision for the data writer and the decoder it must match.</summary>
internal static class FieldPresence
{
    /// <summary>Masked fields one record may have: each set of given ones is a constructor call of its own (2^n).</summary>
    public const int MaxMasked = 6;

    public static Presence Of(FieldModel field) =>
        field.IsRequired ? Presence.Always
        : field.Type.Kind == FieldKind.List && !field.Type.IsNullable ? Presence.EmptyWhenAbsent
        : field.HasValueDefault ? Presence.Masked
        : Presence.Flagged;

    /// <summary>Whether <paramref name="shape"/> has a masked field; a loop, since the data writer asks for every record it writes.</summary>
    public static bool HasMasked(RecordShape shape)
    {
        foreach (var field in shape.Fields)
        {
            if (Of(field) == Presence.Masked)
            {
                return true;
            }
        }

        return false;
    }
}
