using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KnowledgeBase.Generator.Schema;

/// <summary>
/// What one syntax tree can contribute to the schema (<see cref="SchemaSources"/>), worked out once per tree:
/// its whole text when it declares schema types, else its declarations without bodies, each with the names it
/// uses, so only those the schema can reach need to be compared.
/// </summary>
internal sealed class TreeShape
{
    private TreeShape(string? whole, IReadOnlyCollection<string> names, IReadOnlyList<TreeDeclaration> declarations, IReadOnlyList<string> namespaces, IReadOnlyList<string> globalUsings)
    {
        Whole = whole;
        Names = names;
        Declarations = declarations;
        Namespaces = namespaces;
        GlobalUsings = globalUsings;
    }

    /// <summary>The tree's part when it counts whole (path, parse options, checksum of its text); null otherwise.</summary>
    public string? Whole { get; }

    /// <summary>Every name a whole tree uses (also with the <c>Attribute</c> suffix C# may add), and its records' base names (<see cref="EntriesBase"/>).</summary>
    public IReadOnlyCollection<string> Names { get; }

    /// <summary>A tree not counted whole: its type and delegate declarations (nested ones inside their outer type).</summary>
    public IReadOnlyList<TreeDeclaration> Declarations { get; }

    /// <summary>Every namespace the tree declares, with each of its prefixes (<c>A</c>, <c>A.B</c>).</summary>
    public IReadOnlyList<string> Namespaces { get; }

    /// <summary>The tree's global using directives as written.</summary>
    public IReadOnlyList<string> GlobalUsings { get; }

    public static TreeShape Of(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var root = tree.GetRoot(cancellationToken);
        var namespaces = new List<string>();
        var declarations = new List<TreeDeclaration>();
        var globalUsings = new List<string>();
        var whole = TypeDeclarations(root).Any(static node => node is RecordDeclarationSyntax or EnumDeclarationSyntax || node.AttributeLists.Count > 0);
        Visit(root, string.Empty, Scope.Empty, tree.FilePath, whole, namespaces, declarations, globalUsings);
        if (!whole)
        {
            return new TreeShape(null, [], declarations, namespaces, globalUsings);
        }

        var part = "tree|" + tree.FilePath + "|" + ParseOptionsPart(tree.Options)
            + "|" + Hex(tree.GetText(cancellationToken).GetChecksum()) + "|" + tree.Length.ToString(CultureInfo.InvariantCulture);
        // The read also looks for a type named like each record's generated base, wherever it is declared.
        var names = NamesIn(root);
        foreach (var record in TypeDeclarations(root).OfType<RecordDeclarationSyntax>())
        {
            names.Add(EntriesBase.NameOf(record.Identifier.ValueText));
        }

        return new TreeShape(part, names, [], namespaces, []);
    }

    /// <summary>
    /// Every type declared in the tree, nested ones too, without looking into members' bodies. A tree declaring a
    /// record, an enum or an attributed type counts whole, and the schema reader looks for collections among them.
    /// </summary>
    public static IEnumerable<BaseTypeDeclarationSyntax> TypeDeclarations(SyntaxNode root) =>
        root.DescendantNodes(static node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax)
            .OfType<BaseTypeDeclarationSyntax>();

    private static void Visit(
        SyntaxNode container,
        string namespaceName,
        Scope scope,
        string path,
        bool whole,
        List<string> namespaces,
        List<TreeDeclaration> declarations,
        List<string> globalUsings)
    {
        var members = container switch
        {
            CompilationUnitSyntax unit => unit.Members,
            BaseNamespaceDeclarationSyntax space => space.Members,
            _ => default,
        };

        // A whole tree counts by its text; of the others, the usings in scope go with each declaration, since they
        // decide what its own names (a constant's initializer) bind to. Worked out once per container.
        if (!whole)
        {
            scope = container switch
            {
                CompilationUnitSyntax unit => scope.With([.. unit.Externs, .. unit.Usings]),
                BaseNamespaceDeclarationSyntax space => scope.With([.. space.Externs, .. space.Usings]),
                _ => scope,
            };
            if (container is CompilationUnitSyntax compilationUnit)
            {
                globalUsings.AddRange(compilationUnit.Usings.Where(static directive => directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword)).Select(Tokens));
            }
        }

        foreach (var member in members)
        {
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax space:
                    var name = namespaceName;
                    foreach (var part in space.Name.ToString().Split('.'))
                    {
                        name = name.Length == 0 ? part.Trim() : name + "." + part.Trim();
                        namespaces.Add(name);
                    }

                    Visit(space, name, scope, path, whole, namespaces, declarations, globalUsings);
                    break;
                case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax when !whole:
                    var identifier = member is BaseTypeDeclarationSyntax type ? type.Identifier : ((DelegateDeclarationSyntax)member).Identifier;
                    var names = NamesIn(member);
                    names.UnionWith(scope.Names);
                    declarations.Add(new TreeDeclaration(identifier.ValueText, path + "|" + namespaceName + "|" + scope.Text + "|" + Tokens(member), [.. names]));
                    break;
                case GlobalStatementSyntax when !whole:
                    // Top-level statements declare the entry point's type; the statements themselves are bodies.
                    declarations.Add(new TreeDeclaration("Program", path + "|top-level statements", []));
                    break;
            }
        }
    }

    /// <summary>The node's tokens outside member bodies, with its directives, one space apart.</summary>
    private static string Tokens(SyntaxNode node)
    {
        var text = new StringBuilder();
        foreach (var token in node.DescendantTokens(static child => !IsBody(child)))
        {
            if (token.ContainsDirectives)
            {
                foreach (var trivia in token.LeadingTrivia.Where(static trivia => trivia.IsDirective))
                {
                    text.Append(trivia.ToString().Trim()).Append('\n');
                }
            }

            text.Append(token.Text).Append(' ');
        }

        return text.ToString();
    }

    /// <summary>A member's body, which no declaration's meaning depends on.</summary>
    private static bool IsBody(SyntaxNode node) => node switch
    {
        ArrowExpressionClauseSyntax => true,
        BlockSyntax { Parent: BaseMethodDeclarationSyntax or AccessorDeclarationSyntax } => true,
        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax } => true,
        _ => false,
    };

    /// <summary>Every identifier under <paramref name="node"/>, doc comments too (crefs), and each with <c>Attribute</c> appended.</summary>
    private static HashSet<string> NamesIn(SyntaxNode node)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var token in node.DescendantTokens(descendIntoTrivia: true))
        {
            if (token.IsKind(SyntaxKind.IdentifierToken))
            {
                names.Add(token.ValueText);
                names.Add(token.ValueText + "Attribute");
            }
        }

        return names;
    }

    /// <summary>The usings and extern aliases in scope at a container: their text and the names they use.</summary>
    private sealed class Scope(string text, HashSet<string> names)
    {
        public static readonly Scope Empty = new(string.Empty, new HashSet<string>(System.StringComparer.Ordinal));

        public string Text { get; } = text;

        public HashSet<string> Names { get; } = names;

        public Scope With(IReadOnlyList<SyntaxNode> directives)
        {
            if (directives.Count == 0)
            {
                return this;
            }

            var names = new HashSet<string>(Names, System.StringComparer.Ordinal);
            foreach (var directive in directives)
            {
                names.UnionWith(NamesIn(directive));
            }

            return new Scope(Text + string.Concat(directives.Select(Tokens)), names);
        }
    }

    private static string Hex(System.Collections.Immutable.ImmutableArray<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length * 2);
        foreach (var value in bytes)
        {
            text.Append(value.ToString("x2", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private static string ParseOptionsPart(ParseOptions options) =>
        options is CSharpParseOptions csharp
            ? csharp.LanguageVersion + "," + csharp.DocumentationMode + "," + csharp.Kind + "," + string.Join(";", csharp.PreprocessorSymbolNames)
            : options.Language + "," + options.DocumentationMode + "," + options.Kind;
}

/// <summary>A type or delegate declared outside the schema trees: its name, its text without bodies (with where it sits), the names it uses.</summary>
internal sealed record TreeDeclaration(string Name, string Text, string[] Names);
