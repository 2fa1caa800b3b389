using System;
using System.Linq;
using KnowledgeBase.Generator.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Rules;

/// <summary>
/// The rules are declared by attributes, not by type names: another team's schema gets the same checks from the
/// same attributes, and an attribute on a field it cannot apply to is a schema error at that field.
/// </summary>
public sealed class RuleAttributeTests
{
    private const string Library = """
        using System;
        using System.Collections.Immutable;
        using KnowledgeBase;

        namespace Library;

        [Collection("books")]
        [MustBeReferenced]
        public sealed partial record Book(
            string Title,
            [MinItems(2), NotEmpty] ImmutableArray<string> Authors,
            [MaxLength(10)] string? Blurb = null,
            [EntryDate] DateOnly? Written = null);

        [Collection("editions")]
        public sealed partial record Edition(
            Ref<Book> Book,
            [PublishedOn] DateOnly Printed,
            [NotAbove(nameof(Capacity))] int Pages = 0,
            int Capacity = 500,
            [Acyclic] Ref<Edition>? Reprints = null);
        """;

    private const string Book = "title: A book\nauthors:\n  - One\n  - Two\nwritten: 2020-05-01";

    private const string Edition = "book: a-book\nprinted: 2020-06-01";

    [Fact]
    public void A_schema_of_another_domain_gets_the_same_rules_from_the_same_attributes()
    {
        var result = GeneratorHarness.RunOnce(
            Library,
            ("books/a-book.yaml", "title: A book\nauthors:\n  - One\nblurb: Far too long a blurb\nwritten: 2020-05-01"),
            ("books/unread.yaml", "title: Unread\nauthors:\n  - ''\n  - Two"),
            ("editions/first.yaml", "book: a-book\nprinted: 2020-01-01\npages: 600\ncapacity: 500\nreprints: second"),
            ("editions/second.yaml", "book: a-book\nprinted: 2021-01-01\nreprints: first"));

        RealSchema.AssertDiagnostics(
            result,
            "KB0020 Error books/a-book.yaml(3,3)",
            "KB0022 Error books/a-book.yaml(4,8)",
            "KB0021 Error books/unread.yaml(3,5)",
            "KB0028 Warning books/unread.yaml(1,1)",
            "KB0029 Error editions/first.yaml(3,8)",
            "KB0026 Error editions/first.yaml(5,11)",
            "KB0026 Error editions/second.yaml(3,11)");
        Assert.Contains(result.FormattedDiagnostics, line => line.Contains("needs at least 2 items, but has 1 item", StringComparison.Ordinal));
    }

    [Fact]
    public void A_publication_date_rule_works_with_any_field_names()
    {
        var result = GeneratorHarness.RunOnce(
            Library + "\n[Collection(\"reviews\")] public sealed partial record Review([EntryDate] DateOnly On, Ref<Edition> Of);",
            ("books/a-book.yaml", Book),
            ("editions/first.yaml", Edition),
            ("reviews/early.yaml", "on: 2020-07-01\nof: first"));

        RealSchema.AssertDiagnostics(result, "KB0023 Error reviews/early.yaml(2,5)");
    }

    [Theory]
    [InlineData("[MinItems(1)] string Title", "[MinItems] on 'Title' needs a list field")]
    [InlineData("[MaxLength(3)] int Title", "[MaxLength] on 'Title' needs a text field or a list of texts")]
    [InlineData("[EntryDate] string Title", "[EntryDate] on 'Title' needs a DateOnly field of a collection record")]
    [InlineData("[Acyclic] Ref<Other> Title", "[Acyclic] on 'Title' needs a single Ref to the collection record's own type")]
    [InlineData("[NotSelf] string Title", "[NotSelf] on 'Title' needs a Ref<T> field or a list of them")]
    [InlineData("[NotAbove(\"missing\")] int Title", "[NotAbove] on 'title' names 'missing', which is not a field of 'Thing'")]
    public void A_rule_attribute_on_a_field_it_cannot_apply_to_is_KB0013_at_the_schema(string parameter, string expected)
    {
        var schema = $$"""
            using System;
            using KnowledgeBase;

            namespace Misplaced;

            [Collection("others")]
            public sealed partial record Other(string Name);

            [Collection("things")]
            public sealed partial record Thing({{parameter}});
            """;

        var result = GeneratorHarness.RunOnce(schema);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("KB0013", diagnostic.Id);
        Assert.StartsWith("/repo/src/Schema.cs", diagnostic.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.StartsWith(expected, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void RequireOneOf_naming_a_field_the_record_lacks_is_KB0013()
    {
        var result = GeneratorHarness.RunOnce("""
            using KnowledgeBase;

            namespace Misplaced;

            [RequireOneOf("amount", "low hihg")]
            public sealed record Range(decimal? Amount = null, decimal? Low = null, decimal? High = null);

            [Collection("things")]
            public sealed partial record Thing(Range Range);
            """);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("KB0013", diagnostic.Id);
        Assert.Contains("names 'hihg'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_descriptor_has_an_id_in_the_range_reserved_for_content_rules()
    {
        var rules = global::KnowledgeBase.Generator.Common.Descriptors.All.Where(descriptor => descriptor.Category == "KnowledgeBase.Rules").ToList();

        Assert.Equal(12, rules.Count);
        Assert.All(rules, descriptor => Assert.InRange(int.Parse(descriptor.Id[2..], System.Globalization.CultureInfo.InvariantCulture), 20, 39));
    }
}
