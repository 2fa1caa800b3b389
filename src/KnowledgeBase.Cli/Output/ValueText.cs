using System.Linq;
using KnowledgeBase.Catalog;

namespace KnowledgeBase.Cli.Output;

/// <summary>Field values as one line of text for people (<c>kb show</c>).</summary>
internal static class ValueText
{
    /// <summary>A value on one line; references as <c>id (Title)</c>; nested records as <c>key: value</c> pairs.</summary>
    public static string Format(FieldValue value, KnowledgeCatalog catalog) => value switch
    {
        TextValue text => text.Text.ReplaceLineEndings(" "),
        NumberValue number => Quantity.Number(number.Number),
        BoolValue flag => flag.Flag ? "yes" : "no",
        DateValue date => TextLayout.Date(date.Date),
        EnumValue name => name.Name,
        UriValue uri => uri.Uri.AbsoluteUri,
        RefValue reference => Reference(reference.Target, catalog),
        ListValue list => string.Join("; ", list.Items.Select(item => Format(item, catalog))),
        ObjectValue nested => string.Join(", ", nested.Fields
            .Where(field => !field.Value.IsEmpty && field.Name != "citations")
            .Select(field => field.Name + ": " + Format(field.Value, catalog))),
        _ => string.Empty,
    };

    /// <summary>A reference as its id with the target's title: <c>nvidia (Nvidia)</c>.</summary>
    public static string Reference(EntryKey target, KnowledgeCatalog catalog) =>
        target.Id + " (" + catalog.TitleOf(target) + ")";
}
