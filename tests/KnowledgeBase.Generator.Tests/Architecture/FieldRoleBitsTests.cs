using System;
using KnowledgeBase.Generator.Schema;
using KnowledgeBase.Metadata;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Architecture;

/// <summary>
/// The generator (netstandard2.0) cannot reference the runtime's <see cref="FieldRoles"/>, so it keeps its own
/// <c>FieldRole</c> and generated metadata casts the bits across. The two must name the same roles with the same bits.
/// </summary>
public sealed class FieldRoleBitsTests
{
    [Fact]
    public void Every_role_has_the_same_bit_in_the_generator_and_the_runtime()
    {
        Assert.Equal(Enum.GetNames<FieldRoles>(), Enum.GetNames<FieldRole>());
        foreach (var role in Enum.GetValues<FieldRole>())
        {
            Assert.Equal((int)role, (int)Enum.Parse<FieldRoles>(role.ToString()));
        }
    }
}
