using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using KnowledgeBase.Generator.Schema;
using KnowledgeBase.Generator.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Pipeline;

/// <summary>
/// The per-collection entry limit is what the runtime's limit of method slots per type leaves: measured on the
/// compiled type that declares the entries, the generated base record (every method takes a slot but an override;
/// object's four virtual methods take theirs), a collection at its limit takes at most that many slots and at least
/// one fewer (one is kept for a static constructor the type may get). tests/perf/collection-limit.sh builds one at the
/// limit, loads it and reads it.
/// </summary>
public sealed class EntryLimitTests
{
    [Theory]
    [InlineData(TestSchemas.Demo, "Item")]
    [InlineData(TestSchemas.Demo, "Source")]
    public void A_collection_at_its_limit_has_no_more_methods_than_the_runtime_loads(string schema, string record)
    {
        var result = GeneratorHarness.RunOnce(schema, ("sources/a-source.yaml", TestSchemas.SourceYaml), ("items/an-item.yaml", TestSchemas.ItemYaml));
        GeneratorAssert.Compiles(result);
        var collection = result.Collection(record);
        var limit = collection.EntryLimit;

        // The entries are declared on the generated base record (both records are eligible), whose methods decide.
        Assert.Equal(record + "Entries", collection.EntriesBase?.Name);

        // One entry of each collection is compiled: its slots with the limit's entries instead are the at-limit count.
        var atLimit = ObjectVirtualSlots + CompiledSlots(result, "Demo." + collection.EntriesBase!.Name) - 1 + limit;

        Assert.InRange(atLimit, EntryLimits.MaxMethodSlots - 1, EntryLimits.MaxMethodSlots);
    }

    /// <summary>Equals, GetHashCode, ToString and Finalize.</summary>
    private const int ObjectVirtualSlots = 4;

    /// <summary>The type's methods that take a slot of their own: all but overrides (virtual without a new slot).</summary>
    private static int CompiledSlots(GeneratorResult result, string fullName)
    {
        using var image = new System.IO.MemoryStream();
        Assert.True(result.Output.Emit(image).Success);
        image.Position = 0;
        using var pe = new PEReader(image);
        var metadata = pe.GetMetadataReader();
        return metadata.TypeDefinitions
            .Select(metadata.GetTypeDefinition)
            .Single(type => metadata.GetString(type.Namespace) + "." + metadata.GetString(type.Name) == fullName)
            .GetMethods()
            .Select(metadata.GetMethodDefinition)
            .Count(method => (method.Attributes & System.Reflection.MethodAttributes.Virtual) == 0 || (method.Attributes & System.Reflection.MethodAttributes.NewSlot) != 0);
    }
}
