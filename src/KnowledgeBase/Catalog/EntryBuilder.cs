using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using KnowledgeBase.Shared;

namespace KnowledgeBase.Catalog;

/// <summary>
/// Collects an entry's fields in schema order while recording, as a side effect, the references, citations
/// and searchable text they contain. The per-collection mappings call it with typed values, so no reflection
/// is involved and a schema change shows up as a compile error in one mapping. Without a view (see
/// <see cref="CatalogEntry"/>) it keeps only the outline: references and citations, no fields or search text.
/// </summary>
internal class FieldsBuilder
{
    private readonly List<CatalogField> _fields = [];

    private protected FieldsBuilder(EntryBuilder? root, string path)
    {
        Root = root ?? (EntryBuilder)this;
        Path = path;
    }

    private protected EntryBuilder Root { get; }

    private protected string Path { get; }

    internal ImmutableArray<CatalogField> BuildFields() => [.. _fields];

    // Plain values (text, numbers, dates, URIs, enums) only make fields and search text, so an outline skips them
    // before spending anything on them; references and citations are kept either way.
    public FieldsBuilder Text(string name, string? value, SearchRole? role = null)
    {
        if (!Root.WithView)
        {
            return this;
        }

        if (value is not null && role is { } searchRole)
        {
            Root.AddSearchText(searchRole, Qualify(name), value);
        }

        return Add(name, value is null ? FieldValue.Absent : new TextValue(value));
    }

    public FieldsBuilder Texts(string name, ImmutableArray<string> values, SearchRole? role = null)
    {
        if (!Root.WithView)
        {
            return this;
        }

        var items = ImmutableArray.CreateBuilder<FieldValue>();
        foreach (var value in values.OrEmpty())
        {
            if (role is { } searchRole)
            {
                Root.AddSearchText(searchRole, Qualify(name), value);
            }

            items.Add(new TextValue(value));
        }

        return Add(name, new ListValue(items.ToImmutable()));
    }

    public FieldsBuilder Number(string name, decimal? value) =>
        !Root.WithView ? this : Add(name, value is { } number ? new NumberValue(number) : FieldValue.Absent);

    public FieldsBuilder Date(string name, DateOnly? value) =>
        !Root.WithView ? this : Add(name, value is { } date ? new DateValue(date) : FieldValue.Absent);

    public FieldsBuilder Uri(string name, Uri? value) =>
        !Root.WithView ? this : Add(name, value is null ? FieldValue.Absent : new UriValue(value));

    public FieldsBuilder Enum<TEnum>(string name, TEnum value)
        where TEnum : struct, System.Enum =>
        !Root.WithView ? this : Add(name, new EnumValue(EnumName(value)));

    public FieldsBuilder Ref<T>(string name, Ref<T> value, string? label = null)
        where T : class, IEntry<T> =>
        Ref(name, (Ref<T>?)value, label);

    public FieldsBuilder Ref<T>(string name, Ref<T>? value, string? label = null)
        where T : class, IEntry<T>
    {
        if (value is not { } reference)
        {
            return Add(name, FieldValue.Absent);
        }

        var key = new EntryKey(T.CollectionName, reference.Id);
        Root.AddReference(label ?? Qualify(name), key);
        return Add(name, new RefValue(key));
    }

    public FieldsBuilder Refs<T>(string name, ImmutableArray<Ref<T>> values)
        where T : class, IEntry<T>
    {
        var items = ImmutableArray.CreateBuilder<FieldValue>();
        foreach (var reference in values.OrEmpty())
        {
            var key = new EntryKey(T.CollectionName, reference.Id);
            Root.AddReference(Qualify(name), key);
            items.Add(new RefValue(key));
        }

        return Add(name, new ListValue(items.ToImmutable()));
    }

    public FieldsBuilder Objects<T>(string name, ImmutableArray<T> values, Action<FieldsBuilder, T> describe)
    {
        var items = ImmutableArray.CreateBuilder<FieldValue>();
        foreach (var value in values.OrEmpty())
        {
            var nested = new NestedBuilder(Root, Qualify(name));
            describe(nested, value);
            items.Add(new ObjectValue(nested.BuildFields()));
        }

        return Add(name, new ListValue(items.ToImmutable()));
    }

    /// <summary>A list of citations; <paramref name="context"/> says what they support when it is not the whole entry.</summary>
    public FieldsBuilder Citations(string name, ImmutableArray<Citation> citations, string? context = null)
    {
        return Objects(name, citations, (nested, citation) =>
        {
            Root.AddCitation(new CatalogCitation(context, citation.Source.Id, citation.Quote, citation.Locator));
            nested.Add("source", new RefValue(new EntryKey(Source.CollectionName, citation.Source.Id)));
            nested.Text("quote", citation.Quote, SearchRole.Quote);
            nested.Text("locator", citation.Locator);
        });
    }

    public FieldsBuilder Derived(string name, FieldValue value) => Add(new CatalogField(name, value, IsDerived: true));

    private FieldsBuilder Add(string name, FieldValue value) => Add(new CatalogField(name, value));

    private FieldsBuilder Add(CatalogField field)
    {
        if (Root.WithView)
        {
            _fields.Add(field);
        }

        return this;
    }

    private string Qualify(string name) => Path.Length == 0 ? name : Path + "." + name;

    /// <summary>The enum member as YAML spells it: <c>AiModel</c> is <c>ai-model</c>.</summary>
    internal static string EnumName<TEnum>(TEnum value)
        where TEnum : struct, System.Enum =>
        EnumSpelling.ToKebabCase(value.ToString());

    private sealed class NestedBuilder(EntryBuilder root, string path) : FieldsBuilder(root, path);
}

/// <summary>Builds one entry's outline, and its view when asked; see <see cref="FieldsBuilder"/>.</summary>
internal sealed class EntryBuilder : FieldsBuilder
{
    private readonly List<CatalogReference> _references = [];
    private readonly List<CatalogCitation> _citations = [];
    private readonly List<SearchText> _searchTexts = [];
    private (string Title, DateOnly? Date, EntryStatus Status, string? Text)? _summary;

    public EntryBuilder(bool withView)
        : base(null, string.Empty)
    {
        WithView = withView;
    }

    /// <summary>Whether fields and search text are kept, not only the outline.</summary>
    internal bool WithView { get; }

    internal EntryOutline Outline => _summary is { } summary
        ? new EntryOutline(summary.Title, summary.Date, summary.Status, summary.Text, [.. _references], [.. _citations])
        : throw new InvalidOperationException("The entry's mapping never called " + nameof(Summary) + ".");

    internal EntryView View => new(BuildFields(), [.. _searchTexts]);

    /// <summary>The three status fields every collection ends with.</summary>
    public EntryBuilder Standing<T>(EntryStatus status, Ref<T>? supersededBy, string? reason)
        where T : class, IEntry<T>
    {
        Enum("status", status);
        Ref("supersededBy", supersededBy);
        Text("statusReason", reason, SearchRole.Text);
        return this;
    }

    /// <summary>What every entry has, whatever its collection calls it.</summary>
    public void Summary(string title, DateOnly? date, EntryStatus status, string? text) => _summary = (title, date, status, text);

    internal void AddReference(string field, EntryKey target) => _references.Add(new CatalogReference(field, target));

    internal void AddCitation(CatalogCitation citation) => _citations.Add(citation);

    internal void AddSearchText(SearchRole role, string field, string text) => _searchTexts.Add(new SearchText(role, field, text));
}

/// <summary>Treats a default (absent) <see cref="ImmutableArray{T}"/> as empty, as the content rules mean it.</summary>
internal static class ImmutableArrayExtensions
{
    public static ImmutableArray<T> OrEmpty<T>(this ImmutableArray<T> values) => values.IsDefault ? [] : values;
}
