using System;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Rules;

/// <summary>A claim does not relate to itself, a topic is not related to itself, an actor is not its own affiliation.</summary>
public sealed class SelfReferenceRuleTests
{
    [Fact]
    public void A_claim_relation_to_the_claim_itself_is_KB0027()
    {
        var result = RealSchema.Run(("claims/a-claim.yaml", RealSchema.Valid["claims/a-claim.yaml"] + "\nrelations:\n  - kind: contradicts\n    claim: a-claim"));

        var message = Assert.Single(RealSchema.AssertDiagnostics(result, "KB0027 Error claims/a-claim.yaml(13,12)"));
        Assert.Equal("The field 'claim' refers to this entry itself ('a-claim')", message);
    }

    [Fact]
    public void A_relation_to_another_claim_is_accepted()
    {
        var result = RealSchema.Run(
            ("claims/a-claim.yaml", RealSchema.Valid["claims/a-claim.yaml"] + "\nrelations:\n  - kind: responds-to\n    claim: other-claim"),
            ("claims/other-claim.yaml", RealSchema.Valid["claims/a-claim.yaml"]));

        Assert.Empty(result.FormattedDiagnostics);
    }

    [Fact]
    public void A_topic_related_to_itself_is_KB0027_at_that_item()
    {
        var result = RealSchema.Run(("topics/a-topic.yaml", RealSchema.Valid["topics/a-topic.yaml"] + "\nrelated:\n  - a-topic"));

        RealSchema.AssertDiagnostics(result, "KB0027 Error topics/a-topic.yaml(4,5)");
    }

    [Fact]
    public void An_actor_affiliated_with_itself_is_KB0027()
    {
        var result = RealSchema.Run(("actors/an-actor.yaml", RealSchema.Valid["actors/an-actor.yaml"] + "\naffiliation: an-actor"));

        RealSchema.AssertDiagnostics(result, "KB0027 Error actors/an-actor.yaml(3,14)");
    }
}
