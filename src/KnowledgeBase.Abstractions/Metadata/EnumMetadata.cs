using System;
using System.Collections.Immutable;

namespace KnowledgeBase.Metadata;

/// <summary>An enum's members in declaration order.</summary>
/// <param name="Type">The enum type.</param>
/// <param name="Summary">The type's doc summary, when it has one.</param>
/// <param name="Members">Its members.</param>
public sealed record EnumMetadata(Type Type, string? Summary, ImmutableArray<EnumMemberMetadata> Members)
{
    /// <summary>The member whose value is <paramref name="value"/>, or null.</summary>
    /// <param name="value">A boxed value of the enum.</param>
    /// <returns>The member.</returns>
    public EnumMemberMetadata? Find(object value)
    {
        foreach (var member in Members)
        {
            if (member.Value.Equals(value))
            {
                return member;
            }
        }

        return null;
    }
}

/// <summary>One enum member.</summary>
/// <param name="Name">The C# name: <c>AiModel</c>.</param>
/// <param name="YamlName">How content writes it: <c>ai-model</c>.</param>
/// <param name="Summary">Its doc summary, when it has one.</param>
/// <param name="Value">The member's value, boxed.</param>
public sealed record EnumMemberMetadata(string Name, string YamlName, string? Summary, object Value);
