using Emulation.Domain.Awards;
using Emulation.Domain.Rules;
using Emulation.Tests.Domain.Builders;

namespace Emulation.Tests.Domain.Rules;

[Trait("Category", "Fast")]
public sealed class CouncilVoteTests
{
    private static VoteOutcome Decide(BallotTally tally, Title title, RuleSet? rules = null, params BallotChoice[] recused)
    {
        var result = CouncilVote.Decide(tally, title, rules ?? InputBuilder.Rules, recused);
        Assert.True(result.IsSuccess);
        return result.Value;
    }

    [Theory]
    [InlineData(9, true)]
    [InlineData(8, false)]
    public void ProvincialFighter_NeedsNinetyPercentOfAllMembers(int yes, bool passed)
    {
        Assert.Equal(passed, Decide(new BallotTally(10, 10, yes, 10 - yes, 0), Title.ProvincialEmulationFighter).Passed);
    }

    [Fact]
    public void Threshold_CountsAgainstAllMembers_NotThosePresent()
    {
        var outcome = Decide(new BallotTally(10, 8, 8, 0, 0), Title.GrassrootsEmulationFighter);

        Assert.True(outcome.Passed);
        Assert.Equal((10, 8), (outcome.Denominator, outcome.RequiredYes));
        Assert.Equal((10, 8, false), (outcome.CouncilMembers, outcome.Present, outcome.RecusedLeaveDenominator));
        Assert.False(Decide(new BallotTally(10, 8, 7, 0, 1), Title.GrassrootsEmulationFighter).Passed);
    }

    [Theory]
    [InlineData(6, true)]
    [InlineData(5, false)]
    public void OtherTitles_NeedMoreThanHalf(int yes, bool passed)
    {
        Assert.Equal(passed, Decide(new BallotTally(10, 10, yes, 10 - yes, 0), Title.AdvancedWorker).Passed);
    }

    [Theory]
    [InlineData(7, true)]
    [InlineData(6, false)]
    public void Quorum_IsTwoThirdsOfMembers(int present, bool quorum)
    {
        var outcome = Decide(new BallotTally(10, present, present, 0, 0), Title.AdvancedWorker);

        Assert.Equal(quorum, outcome.QuorumMet);
        Assert.Equal(quorum, outcome.Passed);
    }

    [Fact]
    public void Recusal_RemovesTheVoteButKeepsTheDenominator()
    {
        var outcome = Decide(new BallotTally(10, 10, 8, 2, 0), Title.GrassrootsEmulationFighter, null, BallotChoice.Yes);

        Assert.False(outcome.Passed);
        Assert.Equal((7, 10, 1), (outcome.Yes, outcome.Denominator, outcome.Recused));
        Assert.False(outcome.RecusedLeaveDenominator);
    }

    [Fact]
    public void Recusal_WhenTheRuleSetExcludesRecused_ShrinksTheDenominator()
    {
        var rules = InputBuilder.Rules with
        {
            Council = InputBuilder.Rules.Council with { Recusal = RecusalDenominator.AllMembersExceptRecused },
        };

        var tally = new BallotTally(10, 10, 6, 4, 0);

        var excluded = Decide(tally, Title.AdvancedWorker, rules, BallotChoice.Yes);
        var kept = Decide(tally, Title.AdvancedWorker, null, BallotChoice.Yes);

        Assert.Equal((9, 5, true), (excluded.Denominator, excluded.RequiredYes, excluded.Passed));
        Assert.True(excluded.RecusedLeaveDenominator);
        Assert.Equal((10, 6, false), (kept.Denominator, kept.RequiredYes, kept.Passed));
    }

    [Fact]
    public void Outcome_KeepsTheFactsItWasDecidedOn_AndTheRuleSetThatDecided()
    {
        var rules = InputBuilder.Rules;

        var outcome = Decide(new BallotTally(9, 7, 5, 1, 1), Title.AdvancedWorker);

        Assert.Equal((Title.AdvancedWorker, true), (outcome.Title, outcome.Passed));
        Assert.Equal((9, 7, 6, true), (outcome.CouncilMembers, outcome.Present, outcome.RequiredPresent, outcome.QuorumMet));
        Assert.Equal(rules.Council.Quorum, outcome.Quorum);
        Assert.Equal((Fraction.Half, true), (outcome.Share, outcome.Strict)); // more than half
        Assert.Equal((5, 5, 9), (outcome.Yes, outcome.RequiredYes, outcome.Denominator));
        Assert.Equal((0, 0), (outcome.Recused, outcome.Written));
        Assert.Equal((rules.Council.Article, rules.Council.WrittenBallotsArticle),
            (outcome.Article, outcome.WrittenBallotsArticle));
        Assert.Equal((rules.Id, rules.Version), (outcome.RuleSetId, outcome.RuleSetVersion));
    }

    [Fact]
    public void Decide_WithImpossibleTally_FailsWithCode()
    {
        var result = CouncilVote.Decide(new BallotTally(10, 5, 6, 0, 0), Title.AdvancedWorker, InputBuilder.Rules);

        Assert.Equal("ballot.invalid_tally", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Decide_WithRecusedBallotNotCounted_Fails()
    {
        var result = CouncilVote.Decide(new BallotTally(10, 10, 10, 0, 0), Title.AdvancedWorker, InputBuilder.Rules, [BallotChoice.No]);

        Assert.Equal("ballot.invalid_recusal", Assert.Single(result.Errors).Code);
    }
}
