using System.Collections.Immutable;
using System.CommandLine;
using System.Linq;
using KnowledgeBase.Catalog;

namespace KnowledgeBase.Cli.Commands;

/// <summary>Turns what the user typed into entries, collections and topics, or a usage error with suggestions.</summary>
internal static class EntryNames
{
    /// <summary>The <c>&lt;id&gt;</c> argument shared by <c>show</c> and <c>sources</c>.</summary>
    public static Argument<string> IdArgument() => RejectOptions(new Argument<string>("id")
    {
        Description = "An entry id (nvidia) or collection/id (actors/nvidia) when the id exists in several collections.",
    });

    /// <summary>
    /// Makes a misspelt option (<c>kb list --colour</c>) a parse error instead of a value: no id or collection
    /// starts with a dash, and System.CommandLine would otherwise hand the token to the argument.
    /// </summary>
    public static TArgument RejectOptions<TArgument>(TArgument argument)
        where TArgument : Argument
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(token => token.Value.Length > 1 && token.Value[0] == '-'))
            {
                result.AddError($"Unrecognized option '{token.Value}'.");
            }
        });
        return argument;
    }

    /// <summary>Every entry <paramref name="name"/> means; throws a usage error with the closest ids when none.</summary>
    public static ImmutableArray<CatalogEntry> Resolve(KnowledgeCatalog catalog, string name)
    {
        var entries = catalog.Resolve(name);
        if (!entries.IsEmpty)
        {
            return entries;
        }

        var slash = name.IndexOf('/', System.StringComparison.Ordinal);
        if (slash >= 0 && CollectionInfo.Find(name[..slash]) is null)
        {
            throw UnknownCollection(name[..slash]);
        }

        throw CommandException.Usage($"No entry '{name}'." + DidYouMean(catalog.Suggest(name)));
    }

    /// <summary>The collection <paramref name="name"/> means; throws a usage error listing the collections when none.</summary>
    public static CollectionInfo Collection(string name) => CollectionInfo.Find(name) ?? throw UnknownCollection(name);

    /// <summary>Checks that <paramref name="id"/> is an entry of <paramref name="collection"/>; throws a usage error with suggestions when not.</summary>
    public static EntryKey Existing(KnowledgeCatalog catalog, string collection, string id)
    {
        var key = new EntryKey(collection, id);
        if (catalog.TryGet(key, out _))
        {
            return key;
        }

        var ids = catalog.InCollection(collection).Select(entry => entry.Id);
        throw CommandException.Usage($"No {CollectionInfo.Find(collection)?.Singular ?? collection} '{id}'." + DidYouMean(ClosestMatches.Find(id, ids)));
    }

    private static CommandException UnknownCollection(string name)
    {
        var names = CollectionInfo.All.Select(collection => collection.Name);
        return CommandException.Usage(
            $"No collection '{name}'." + DidYouMean(ClosestMatches.Find(name, names)) +
            " Collections: " + string.Join(", ", names) + ".");
    }

    private static string DidYouMean(System.Collections.Generic.IReadOnlyList<string> suggestions) =>
        suggestions.Count == 0 ? string.Empty : " Did you mean " + string.Join(", ", suggestions.Select(suggestion => "'" + suggestion + "'")) + "?";
}
