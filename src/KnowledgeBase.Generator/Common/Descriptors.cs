using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace KnowledgeBase.Generator.Common;

/// <summary>
/// Every diagnostic the generator reports. Ids are stable and listed in AnalyzerReleases.*.md;
/// a new rule takes the next free id and never reuses a retired one.
/// </summary>
internal static class Descriptors
{
    private const string Content = "KnowledgeBase.Content";
    private const string Schema = "KnowledgeBase.Schema";
    private const string Rules = "KnowledgeBase.Rules";

    public static readonly DiagnosticDescriptor MalformedYaml = Error(
        "KB0001", Content, "Malformed YAML", "The YAML is malformed: {0}");

    public static readonly DiagnosticDescriptor EmptyFile = Error(
        "KB0002", Content, "Empty content file", "The file '{0}' is empty: an entry needs at least its required fields ({1})");

    public static readonly DiagnosticDescriptor RootNotMapping = Error(
        "KB0003", Content, "Entry is not a mapping", "An entry must be a YAML mapping of field names to values, but this file holds a {0}");

    public static readonly DiagnosticDescriptor UnknownKey = Error(
        "KB0004", Content, "Unknown field", "'{0}' is not a field of {1}{2}");

    public static readonly DiagnosticDescriptor MissingField = Error(
        "KB0005", Content, "Missing required field", "{0} requires the field '{1}' ({2}), which is {3}");

    public static readonly DiagnosticDescriptor WrongValue = Error(
        "KB0006", Content, "Value of the wrong type", "The field '{0}' expects {1}, but the value is {2}");

    public static readonly DiagnosticDescriptor UnknownEnumValue = Error(
        "KB0007", Content, "Unknown enum value", "'{0}' is not a valid value for '{1}'; valid values are: {2}");

    public static readonly DiagnosticDescriptor DanglingReference = Error(
        "KB0008", Content, "Reference to an entry that does not exist", "The field '{0}' refers to '{1}', but the collection '{2}' has no such entry{3}");

    public static readonly DiagnosticDescriptor IdNotKebabCase = Error(
        "KB0009", Content, "Entry id is not lower kebab-case", "The file name '{0}' is not a valid entry id: ids are lower kebab-case (letters a-z, digits, single hyphens between words), for example '{1}'");

    public static readonly DiagnosticDescriptor IdentifierCollision = Error(
        "KB0010", Content, "Entry id collides", "The id '{0}' becomes the C# member '{1}', which {2}; rename the file");

    public static readonly DiagnosticDescriptor UnclaimedFolder = Error(
        "KB0011", Content, "No collection for this folder", "No collection claims the folder '{0}'; known folders are: {1}");

    public static readonly DiagnosticDescriptor FolderClaimedTwice = Error(
        "KB0012", Schema, "Two collections claim one folder", "The folder '{0}' is claimed by both {1} and {2}; each folder belongs to one collection");

    public static readonly DiagnosticDescriptor UnsupportedSchema = Error(
        "KB0013", Schema, "Unsupported collection schema", "{0}");

    public static readonly DiagnosticDescriptor DuplicateKey = Error(
        "KB0014", Content, "Duplicate field", "The field '{0}' appears more than once in this mapping");

    public static readonly DiagnosticDescriptor UnsupportedYaml = Error(
        "KB0015", Content, "Unsupported YAML feature", "{0} are not supported in content files: {1}");

    // Each content limit has its own id, so a build log or an editor's filter says which bound was hit.
    public static readonly DiagnosticDescriptor ContentLimit = Error(
        "KB0016", Content, "Content file too large", "The file is refused because {0}");

    public static readonly DiagnosticDescriptor NestingLimit = Error(
        "KB0046", Content, "Content nested too deeply", "The file is refused because {0}");

    public static readonly DiagnosticDescriptor NodeLimit = Error(
        "KB0047", Content, "Too many values in one file", "The file is refused because {0}");

    public static readonly DiagnosticDescriptor ScalarLimit = Error(
        "KB0048", Content, "Value too long", "The file is refused because {0}");

    // Hostile or broken content (issue 6): see the README's "Limits and hostile content".
    public static readonly DiagnosticDescriptor NotUtf8 = Error(
        "KB0040", Content, "Content file is not UTF-8", "The file is not valid UTF-8: {0}; save it as UTF-8");

    public static readonly DiagnosticDescriptor ForbiddenCharacter = Error(
        "KB0041", Content, "Character not allowed in a YAML file", "The file holds the character {0}, which a YAML file must not contain; remove it, or inside double quotes write it as an escape such as \\x00");

    public static readonly DiagnosticDescriptor BidiControl = Warning(
        "KB0042", Content, "Bidirectional control character in content", "The file holds the invisible bidirectional control character {0}, which can make text display in another order than it is read (Trojan Source, CVE-2021-42574); generated code escapes it, but check the text around it");

    public static readonly DiagnosticDescriptor TooManyEntries = Error(
        "KB0043", Content, "Too many entries in one collection", "The collection '{0}' already has {1} entries, the most it can hold (the runtime loads no type with more than 65,535 methods, and each entry's member is one of the type that declares them), so the entry '{2}' is left out");

    public static readonly DiagnosticDescriptor GeneratorFailure = Error(
        "KB0044", Content, "The generator failed", "The generator failed while {0} ({1}); everything else still generates. This is a bug in KnowledgeBase.Generator: please report it with the content that caused it");

    public static readonly DiagnosticDescriptor TextBudgetExceeded = Error(
        "KB0045", Content, "Content exceeds the data one assembly can hold", "The entry '{0}' is built as a stub: the entries before it already hold up to {1} bytes of compiled data and the budget is {2}; shorten or remove content");

    // Content rules (issue 3): declared by attributes on the schema, see KnowledgeBase.Abstractions/Rules.
    public static readonly DiagnosticDescriptor TooFewItems = Error(
        "KB0020", Rules, "Too few items", "The field '{0}' needs at least {1}, but has {2}");

    public static readonly DiagnosticDescriptor EmptyText = Error(
        "KB0021", Rules, "Empty text", "The field '{0}' is empty; give the text or leave the field out");

    public static readonly DiagnosticDescriptor TextTooLong = Error(
        "KB0022", Rules, "Text too long", "The field '{0}' has {1} characters, more than its limit of {2}");

    public static readonly DiagnosticDescriptor PublishedBeforeEntry = Error(
        "KB0023", Rules, "Source published before the entry's date", "'{0}' was published on {1}, before this entry's date {2}: a source cannot report what had not happened yet; cite a later source or correct the date");

    public static readonly DiagnosticDescriptor RequiredWhen = Error(
        "KB0024", Rules, "Field required by another field's value", "The field '{0}' is required when '{1}' is {2}");

    public static readonly DiagnosticDescriptor AllowedWhen = Error(
        "KB0025", Rules, "Field not allowed with another field's value", "The field '{0}' is only allowed when '{1}' is {2}");

    public static readonly DiagnosticDescriptor ReferenceCycle = Error(
        "KB0026", Rules, "References form a cycle", "The field '{0}' forms a cycle: {1}");

    public static readonly DiagnosticDescriptor SelfReference = Error(
        "KB0027", Rules, "Entry refers to itself", "The field '{0}' refers to this entry itself ('{1}')");

    public static readonly DiagnosticDescriptor UnreferencedEntry = Warning(
        "KB0028", Rules, "Entry not used by any other entry", "The entry '{0}' of '{1}' is not referred to by any other entry; refer to it or remove it");

    public static readonly DiagnosticDescriptor ValueAboveOther = Error(
        "KB0029", Rules, "Value above its upper bound", "The field '{0}' ({1}) must not be greater than '{2}' ({3})");

    public static readonly DiagnosticDescriptor AlternativesNotMet = Error(
        "KB0030", Rules, "Not exactly one of the alternative fields", "{0} needs exactly one of {1}, but {2}");

    public static readonly DiagnosticDescriptor OutOfRange = Error(
        "KB0031", Rules, "Value out of range", "The field '{0}' is {1}, outside {2} to {3}, the range allowed when '{4}' is {5}");

    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById = typeof(Descriptors)
        .GetFields()
        .Select(field => field.GetValue(null))
        .OfType<DiagnosticDescriptor>()
        .ToImmutableDictionary(descriptor => descriptor.Id);

    public static IEnumerable<DiagnosticDescriptor> All => ById.Values.OrderBy(descriptor => descriptor.Id, System.StringComparer.Ordinal);

    public static DiagnosticDescriptor Get(string id) => ById[id];

    private static DiagnosticDescriptor Error(string id, string category, string title, string message) =>
        new(id, title, message, category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static DiagnosticDescriptor Warning(string id, string category, string title, string message) =>
        new(id, title, message, category, DiagnosticSeverity.Warning, isEnabledByDefault: true);
}
