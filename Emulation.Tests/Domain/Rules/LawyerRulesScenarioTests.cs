using Emulation.Domain.Awards;
using Emulation.Domain.LongService;
using Emulation.Domain.Organization;
using Emulation.Domain.Rules;

namespace Emulation.Tests.Domain.Rules;

/// <summary>
/// A lawyer's pass over the council's thresholds counted against all members, the cash by the decision date (multiplier ×
/// base salary, rounded up to tens of thousands of đồng), and the long-service terms. Who decides each title, and the
/// article cited, is <see cref="ArithmeticScenarioTests.Law78_80_EachTitle_IsDecidedAndProposedAtItsLevel"/>.
/// </summary>
[Trait("Category", "Fast")]
public sealed class LawyerRulesScenarioTests
{
    private static readonly RuleSet Decree152 = RuleSetCatalog.Decree152;

    // Decree 98/2023 Art. 30(7): thresholds of all members, not of those present.

    [Theory]
    [InlineData(Title.ProvincialEmulationFighter, 11, 10)]
    [InlineData(Title.ProvincialEmulationFighter, 10, 9)]
    [InlineData(Title.GrassrootsEmulationFighter, 11, 9)]
    [InlineData(Title.GrassrootsEmulationFighter, 9, 8)]
    [InlineData(Title.ProvincialEmulationFlag, 7, 6)]
    [InlineData(Title.AdvancedWorker, 10, 6)]
    [InlineData(Title.AdvancedWorker, 9, 5)]
    public void Council_TheYesVotesNeeded_AreCountedOfAllMembers(Title title, int members, int required)
    {
        Assert.Equal((required, members), Decree152.Council.RequiredYes(title, members, recused: 0));
    }

    [Fact]
    public void Council_EightYesOfEightPresent_InACouncilOfEleven_AreNoCstdcs()
    {
        var outcome = CouncilVote.Decide(new BallotTally(11, 8, 8, 0, 0), Title.GrassrootsEmulationFighter, Decree152).Value;

        Assert.False(outcome.Passed);
        Assert.Equal(Decree152.Council.Article, outcome.Article);
    }

    // Cash: the rule set and base salary in force on the decision date.

    private static decimal? PaidOn(DateOnly date, Title title) => RuleSetCatalog.InForce(date).Value.Cash.AmountFor(title, date);

    [Theory]
    [InlineData(Title.AdvancedWorker, 540_000, 710_000)]
    [InlineData(Title.GrassrootsEmulationFighter, 1_800_000, 2_340_000)]
    [InlineData(Title.ProvincialEmulationFighter, 5_400_000, 7_020_000)]
    [InlineData(Title.AdvancedLabourCollective, 1_440_000, 1_880_000)]
    [InlineData(Title.ExcellentLabourCollective, 2_700_000, 3_510_000)]
    [InlineData(Title.ProvincialEmulationFlag, 14_400_000, 18_720_000)]
    [InlineData(Title.CollectiveCertificateOfCommendation, 1_080_000, 1_410_000)]
    public void Cash_TheBaseSalaryChangesOnTheFirstOfJuly2024(Title title, int onThe30thOfJune, int onThe1stOfJuly)
    {
        Assert.Equal(onThe30thOfJune, PaidOn(new DateOnly(2024, 6, 30), title));
        Assert.Equal(onThe1stOfJuly, PaidOn(new DateOnly(2024, 7, 1), title));
    }

    [Fact]
    public void Cash_TheExplanationNamesMultiplierBaseSalaryDecreeAndRounding()
    {
        var breakdown = Decree152.Cash.Explain(Title.AdvancedLabourCollective, new DateOnly(2025, 12, 20))!;

        Assert.Equal(0.8m, breakdown.Multiplier);
        Assert.Equal(1_872_000m, breakdown.ExactVnd);
        Assert.Equal(1_880_000m, breakdown.AmountVnd);
        Assert.Equal("Nghị định 73/2024/NĐ-CP", breakdown.Basis.BaseSalary.Source);
        Assert.Equal(LegalArticles.CashRoundingDecree152, breakdown.Basis.RoundingArticle);
    }

    /// <summary>DOMAIN.md names 2,340,000 đồng (Decree 73/2024) and no later figure: a decision of 2026 still pays on it.</summary>
    [Fact]
    public void Cash_TheLatestBaseSalaryKnown_Is2340000_FromTheFirstOfJuly2024()
    {
        var latest = Decree152.Cash.BaseSalaries.MaxBy(b => b.EffectiveFrom)!;

        Assert.Equal(2_340_000m, latest.AmountVnd);
        Assert.Equal(new DateOnly(2024, 7, 1), latest.EffectiveFrom);
        Assert.Equal(2_340_000m, Decree152.Cash.BaseSalaryOn(new DateOnly(2026, 12, 6))!.AmountVnd);
    }

    /// <summary>What DOMAIN.md leaves open is listed as unconfirmed in both national sets, so the administrator sees it.</summary>
    [Theory]
    [InlineData("retired or died")]
    [InlineData("no bloc scope")]
    [InlineData("latest base salary")]
    [InlineData("Art. 27 has none of its own")]
    [InlineData("a setting apart from Art. 27's")]
    public void RuleSets_WhatDomainLeavesOpen_IsListedAsUnconfirmed(string words)
    {
        foreach (var rules in RuleSetCatalog.All)
        {
            Assert.Contains(rules.UnconfirmedSettings, s => s.Contains(words, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Cash_ACollectivesGiayKhen_IsTwiceAnIndividuals_RoundedOnItsOwn()
    {
        var day = new DateOnly(2025, 12, 20);

        Assert.Equal(710_000m, Decree152.Cash.AmountFor(Title.CertificateOfCommendation, day));
        Assert.Equal(1_410_000m, Decree152.Cash.AmountFor(Title.CollectiveCertificateOfCommendation, day));
    }

    // Long service: two terms of five years in a leading position; a remainder of two thirds of a term counts as one.

    private static LongServiceAssessment LongService(DateOnly from, DateOnly to, DateOnly? left = null, LeaveReason? reason = null) =>
        LongServiceEligibility.Assess(new ServiceHistory(1, 1, [new HeldPosition("Trưởng phòng", from, to)], left, reason, []),
            Decree152.LongService.Rules[0], Decree152, new DateOnly(2025, 12, 31));

    [Theory]
    [InlineData("2016-01-01", "2024-04-30", 100, 2)]
    [InlineData("2016-01-01", "2024-03-31", 99, 1)]
    [InlineData("2016-01-01", "2025-12-31", 120, 2)]
    public void LongService_TheSecondTermCountsFromFortyMonthsOfIt(string from, string to, int months, int terms)
    {
        var assessment = LongService(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(months, assessment.Explanation.TotalMonths);
        Assert.Equal(terms, assessment.Explanation.CountedTerms);
        Assert.Equal(terms >= 2, assessment.IsEligible);
        Assert.Equal(LongServiceRules.DefaultArticle, assessment.Explanation.Article);
        Assert.Equal("VN-ND152-2025 v1", assessment.Explanation.RuleSet);
    }

    [Fact]
    public void LongService_SomeoneWhoDied_IsListedForAPosthumousAward()
    {
        var assessment = LongService(new DateOnly(2014, 1, 1), new DateOnly(2025, 5, 10), new DateOnly(2025, 5, 10), LeaveReason.Deceased);

        Assert.True(assessment.IsEligible);
        Assert.True(assessment.Deceased);
        Assert.False(assessment.Retired);
    }

    [Fact]
    public void LongService_SomeoneWhoResigned_IsNotListed()
    {
        var assessment = LongService(new DateOnly(2014, 1, 1), new DateOnly(2025, 5, 10), new DateOnly(2025, 5, 10), LeaveReason.Resigned);

        Assert.False(assessment.IsEligible);
        Assert.Equal(LongServiceBar.NoLongerServing, assessment.Bar);
    }
}
