using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace KnowledgeBase.Benchmarks.Inspect;

/// <summary>
/// Facts about a compiled knowledge base that decide whether it scales: how full the string heap is (CS8103
/// past 16 MB), the largest method body (the JIT stops optimising methods past about 60,000 bytes of IL) and the
/// type with the most fields (the runtime refuses to load a type with more than <see cref="FieldLimit"/>: a
/// TypeLoadException, "Internal limitation: too many fields", at the first use of that type), and the type with the
/// most methods (the same limit: "contains more methods than the current implementation allows").
/// </summary>
internal static class AssemblyFacts
{
    /// <summary>The #US heap's limit: string tokens address it with 24 bits.</summary>
    private const int UserStringHeapLimit = 1 << 24;

    /// <summary>The CoreCLR type loader's limit on fields per type (its field descriptors count fields in 16 bits).</summary>
    public const int FieldLimit = 65_535;

    public static int Print(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var largest = metadata.MethodDefinitions
            .Select(handle => metadata.GetMethodDefinition(handle))
            .Where(method => method.RelativeVirtualAddress != 0)
            .Select(method => (Name: metadata.GetString(metadata.GetTypeDefinition(method.GetDeclaringType()).Name) + "." + metadata.GetString(method.Name), Size: pe.GetMethodBody(method.RelativeVirtualAddress).Size))
            .OrderByDescending(method => method.Size)
            .First();
        var crowded = metadata.TypeDefinitions
            .Select(handle => metadata.GetTypeDefinition(handle))
            .Select(type => (Name: metadata.GetString(type.Name), Fields: type.GetFields().Count))
            .OrderByDescending(type => type.Fields)
            .First();
        var busiest = metadata.TypeDefinitions
            .Select(handle => metadata.GetTypeDefinition(handle))
            .Select(type => (Name: metadata.GetString(type.Name), Methods: type.GetMethods().Count))
            .OrderByDescending(type => type.Methods)
            .First();
        var strings = metadata.GetHeapSize(HeapIndex.UserString);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"assembly {new FileInfo(path).Length / 1048576.0:0.0} MB; string heap {strings / 1048576.0:0.00} MB of 16 MB ({100.0 * strings / UserStringHeapLimit:0.0}%); {metadata.MethodDefinitions.Count} methods, largest {largest.Name} {largest.Size} bytes of IL; most fields: {crowded.Name} {crowded.Fields} of {FieldLimit}; most methods: {busiest.Name} {busiest.Methods} of {FieldLimit}"));
        return 0;
    }
}
