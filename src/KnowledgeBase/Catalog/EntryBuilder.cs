using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace KnowledgeBase.Catalog;

/// <summary>
/// Collects an entry's fields in schema order while recording, as a side effect, the references, citations
/// and searchable text they contain. <see cref="EntryDescriber"/> calls it for every field the generated metadata
/// describes, so a field added to the schema reaches every reader with no code here. Without a view (see
/// <see cref="CatalogEntry"/>) it keeps only the outline: references and citations, no fields or search text.
/// </summary>
internal class FieldsBuilder
{
    // Made on first use: an outline of tens of thousands of entries keeps no fields, and most entries few links.
    private List<CatalogField>? _fields;

    private protected FieldsBuilder(EntryBuilder? root, string path)
    {
        Root = root ?? (EntryBuilder)this;
        Path = path;
    }

    private protected EntryBuilder Root { get; }

    private protected string Path { get; }

    internal ImmutableArray<CatalogField> BuildFields() => Freeze(_fields);

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

    /// <summary>Whether fields are kept, not only the outline's references and citations.</summary>
    internal bool KeepsView => Root.WithView;

    public FieldsBuilder Value(string name, FieldValue value) => !Root.WithView ? this : Add(name, value);

    public FieldsBuilder Bool(string name, bool? value) =>
        !Root.WithView ? this : Add(name, value is { } flag ? new BoolValue(flag) : FieldValue.Absent);

    public FieldsBuilder Enum(string name, string? yamlName) =>
        !Root.WithView ? this : Add(name, yamlName is null ? FieldValue.Absent : new EnumValue(yamlName));

    /// <summary>A reference; <paramref name="label"/> names it in backlinks when the field's path would not say enough.</summary>
    public FieldsBuilder Ref(string name, string collection, string? id, string? label = null)
    {
        if (id is null)
        {
            return Add(name, FieldValue.Absent);
        }

        var key = new EntryKey(collection, id);
        Root.AddReference(label ?? Qualify(name), key);
        return Add(name, new RefValue(key));
    }

    public FieldsBuilder Refs(string name, string collection, IEnumerable<string> ids)
    {
        // An outline keeps the references only, as Object and Objects do.
        var field = Qualify(name);
        var items = Root.WithView ? ImmutableArray.CreateBuilder<FieldValue>() : null;
        foreach (var id in ids)
        {
            var key = new EntryKey(collection, id);
            Root.AddReference(field, key);
            items?.Add(new RefValue(key));
        }

        return items is null ? this : Add(name, new ListValue(items.ToImmutable()));
    }

    /// <summary>A cited source: a field of the citation, never a reference (backlinks list citations on their own).</summary>
    public FieldsBuilder CitedSource(string name, string collection, string? id) =>
        Add(name, id is null ? FieldValue.Absent : new RefValue(new EntryKey(collection, id)));

    public FieldsBuilder Object(string name, object? value, Action<FieldsBuilder, object> describe)
    {
        if (value is null)
        {
            return Add(name, FieldValue.Absent);
        }

        var nested = new NestedBuilder(Root, Qualify(name));
        describe(nested, value);
        return Root.WithView ? Add(name, new ObjectValue(nested.BuildFields())) : this;
    }

    public FieldsBuilder Objects(string name, IEnumerable<object> values, Action<FieldsBuilder, object> describe)
    {
        // Every item's builder has the same path, so the outline (which keeps no fields) shares one.
        var path = Qualify(name);
        if (!Root.WithView)
        {
            var outline = new NestedBuilder(Root, path);
            foreach (var value in values)
            {
                describe(outline, value);
            }

            return this;
        }

        var items = ImmutableArray.CreateBuilder<FieldValue>();
        foreach (var value in values)
        {
            var nested = new NestedBuilder(Root, path);
            describe(nested, value);
            items.Add(new ObjectValue(nested.BuildFields()));
        }

        return Add(name, new ListValue(items.ToImmutable()));
    }

    /// <summary>Where this builder's fields sit in the entry: <c>values</c> for a reported value's fields, empty at the top.</summary>
    internal string Location => Path;

    internal void Cite(CatalogCitation citation) => Root.AddCitation(citation);

    public FieldsBuilder Derived(string name, FieldValue value) => Add(new CatalogField(name, value, IsDerived: true));

    private FieldsBuilder Add(string name, FieldValue value) => Add(new CatalogField(name, value));

    private FieldsBuilder Add(CatalogField field)
    {
        if (Root.WithView)
        {
            (_fields ??= []).Add(field);
        }

        return this;
    }

    private protected static ImmutableArray<T> Freeze<T>(List<T>? items) => items is null ? [] : [.. items];

    private string Qualify(string name) => Path.Length == 0 ? name : Path + "." + name;

    private sealed class NestedBuilder(EntryBuilder root, string path) : FieldsBuilder(root, path);
}

/// <summary>Builds one entry's outline, and its view when asked; see <see cref="FieldsBuilder"/>.</summary>
internal sealed class EntryBuilder : FieldsBuilder
{
    private List<CatalogReference>? _references;
    private List<CatalogCitation>? _citations;
    private List<SearchText>? _searchTexts;
    private (string Title, DateOnly? Date, EntryStatus Status, string? Text)? _summary;

    public EntryBuilder(bool withView)
        : base(null, string.Empty)
    {
        WithView = withView;
    }

    /// <summary>Whether fields and search text are kept, not only the outline.</summary>
    internal bool WithView { get; }

    internal EntryOutline Outline => _summary is { } summary
        ? new EntryOutline(summary.Title, summary.Date, summary.Status, summary.Text, Freeze(_references), Freeze(_citations))
        : throw new InvalidOperationException("The entry's mapping never called " + nameof(Summary) + ".");

    internal EntryView View => new(BuildFields(), Freeze(_searchTexts));

    /// <summary>What every entry has, whatever its collection calls it.</summary>
    public void Summary(string title, DateOnly? date, EntryStatus status, string? text) => _summary = (title, date, status, text);

    internal void AddReference(string field, EntryKey target) => (_references ??= []).Add(new CatalogReference(field, target));

    internal void AddCitation(CatalogCitation citation) => (_citations ??= []).Add(citation);

    internal void AddSearchText(SearchRole role, string field, string text) => (_searchTexts ??= []).Add(new SearchText(role, field, text));
}

/// <summary>Treats a default (absent) <see cref="ImmutableArray{T}"/> as empty, as the content rules mean it.</summary>
internal static class ImmutableArrayExtensions
{
    public static ImmutableArray<T> OrEmpty<T>(this ImmutableArray<T> values) => values.IsDefault ? [] : values;
}
