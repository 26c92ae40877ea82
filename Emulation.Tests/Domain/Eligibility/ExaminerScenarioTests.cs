using Emulation.Domain.Awards;
using Emulation.Domain.LongService;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

namespace Emulation.Tests.Domain.Eligibility;

/// <summary>
/// Rows a legal examiner tries that earlier batches left out, each the facts, the outcome the law gives and the article:
/// the council's votes with abstentions (an abstention is no "yes", and the share is of all members), long service across
/// a break in tenure, the cash of every title and collective form by the base salary in force on the decision date, and a
/// sudden or thematic Grassroots Emulation Fighter title inside the three of Art. 22. Decree 152/2025 in force, the
/// evaluated year 2025.
/// </summary>
[Trait("Category", "Fast")]
public sealed class ExaminerScenarioTests
{
    private static readonly RuleSet Decree152 = RuleSetCatalog.Decree152;

    // The council (Decree 98/2023 Art. 30(7), carried over by Decree 152/2025): the "yes" votes are counted of all
    // members; abstentions and "no" votes alike are not "yes"; quorum two thirds of all members.

    [Theory]
    [InlineData(Title.GrassrootsEmulationFighter, 10, 10, 8, 0, 2, 8, true)]
    [InlineData(Title.ProvincialEmulationFighter, 10, 10, 8, 0, 2, 9, false)]
    [InlineData(Title.ProvincialEmulationFighter, 10, 10, 9, 0, 1, 9, true)]
    [InlineData(Title.ProvincialEmulationFlag, 10, 10, 7, 0, 3, 8, false)]
    [InlineData(Title.AdvancedWorker, 10, 10, 5, 0, 5, 6, false)]
    [InlineData(Title.AdvancedWorker, 10, 10, 6, 0, 4, 6, true)]
    [InlineData(Title.AdvancedWorker, 10, 7, 6, 0, 1, 6, true)]
    [InlineData(Title.ProvincialCertificateOfMerit, 9, 9, 5, 1, 3, 5, true)]
    public void Decree98Art30_7_Abstentions_AreNoYes_AndTheShareIsOfAllMembers(Title title, int members, int present, int yes,
        int no, int abstain, int required, bool passed)
    {
        var outcome = CouncilVote.Decide(new BallotTally(members, present, yes, no, abstain), title, Decree152).Value;

        Assert.Equal((yes, required, members, passed), (outcome.Yes, outcome.RequiredYes, outcome.Denominator, outcome.Passed));
        Assert.True(outcome.QuorumMet);
        Assert.StartsWith("Nghị định 98/2023/NĐ-CP Điều 30 khoản 7", outcome.Article, StringComparison.Ordinal);
        Assert.Equal((Decree152.Id, Decree152.Version), (outcome.RuleSetId, outcome.RuleSetVersion));
    }

    [Theory]
    [InlineData(Title.GrassrootsEmulationFighter, 3, 3)]
    [InlineData(Title.GrassrootsEmulationFighter, 5, 4)]
    [InlineData(Title.GrassrootsEmulationFighter, 7, 6)]
    [InlineData(Title.ProvincialEmulationFighter, 5, 5)]
    [InlineData(Title.ProvincialEmulationFighter, 7, 7)]
    [InlineData(Title.ProvincialEmulationFighter, 12, 11)]
    [InlineData(Title.ProvincialEmulationFlag, 6, 5)]
    [InlineData(Title.AdvancedWorker, 3, 2)]
    [InlineData(Title.AdvancedWorker, 4, 3)]
    public void Decree98Art30_7_AShareOfASmallCouncil_IsRoundedUpToAWholeMember(Title title, int members, int required)
    {
        Assert.Equal((required, members), Decree152.Council.RequiredYes(title, members, recused: 0));
        Assert.False(CouncilVote.Decide(new BallotTally(members, members, required - 1, 0, members - required + 1), title, Decree152).Value.Passed);
        Assert.True(CouncilVote.Decide(new BallotTally(members, members, required, 0, members - required), title, Decree152).Value.Passed);
    }

    [Theory]
    [InlineData(10, 6)]
    [InlineData(11, 7)]
    public void Quorum_UnanimousBelowTwoThirdsOfAllMembers_DecidesNothing(int members, int present)
    {
        var outcome = CouncilVote.Decide(new BallotTally(members, present, present, 0, 0), Title.AdvancedWorker, Decree152).Value;

        Assert.False(outcome.QuorumMet);
        Assert.False(outcome.Passed);
        Assert.Equal(present + 1, outcome.RequiredPresent);
    }

    // Long service (a rule-set setting, LongServiceRules.DefaultArticle): terms of 60 months in a leading position, a
    // remainder of two thirds of a term (40 months) counting as one. The law is silent on a break in tenure: each
    // continuous period counts on its own, and the explanation says so.

    private static LongServiceAssessment LongService(params HeldPosition[] positions) =>
        LongServiceEligibility.Assess(new ServiceHistory(1, 1, positions, null, null, []), Decree152.LongService.Rules[0],
            Decree152, new DateOnly(2025, 12, 31));

    [Fact]
    public void LongService_TwoPeriodsOfFortyMonthsAcrossABreak_AreTwoTerms_EachCountedApart()
    {
        var assessment = LongService(new HeldPosition("Trưởng phòng", new DateOnly(2016, 1, 1), new DateOnly(2019, 4, 30)),
            new HeldPosition("Trưởng phòng Tổng hợp", new DateOnly(2021, 1, 1), new DateOnly(2024, 4, 30)));

        Assert.Equal([(40, 1), (40, 1)], assessment.Explanation.Periods.Select(p => (p.Months, p.Terms)));
        Assert.True(assessment.Explanation.PeriodsCountedSeparately);
        Assert.True(assessment.IsEligible);
        Assert.Equal(LongServiceRules.DefaultArticle, assessment.Explanation.Article);
    }

    [Fact]
    public void LongService_TwoPeriodsOfThirtyMonthsAcrossABreak_AreNoTerm_ThoughSixtyMonthsInAll()
    {
        var assessment = LongService(new HeldPosition("Phó Trưởng phòng", new DateOnly(2015, 1, 1), new DateOnly(2017, 6, 30)),
            new HeldPosition("Trưởng phòng", new DateOnly(2020, 1, 1), new DateOnly(2022, 6, 30)));

        Assert.Equal((60, 0), (assessment.Explanation.TotalMonths, assessment.Explanation.CountedTerms));
        Assert.True(assessment.Explanation.PeriodsCountedSeparately);
        Assert.False(assessment.IsEligible);
    }

    [Fact]
    public void LongService_APromotionTheNextDay_IsNoBreak_OnePeriodOfAHundredMonthsIsTwoTerms()
    {
        // Thirty months and seventy counted apart would be one term; as one period they are two.
        var assessment = LongService(new HeldPosition("Phó Trưởng phòng", new DateOnly(2016, 1, 1), new DateOnly(2018, 6, 30)),
            new HeldPosition("Trưởng phòng", new DateOnly(2018, 7, 1), new DateOnly(2024, 4, 30)));

        var period = Assert.Single(assessment.Explanation.Periods);
        Assert.Equal((100, 2), (period.Months, period.Terms));
        Assert.False(assessment.Explanation.PeriodsCountedSeparately);
        Assert.True(assessment.IsEligible);
    }

    // Cash (Decree 152/2025 Art. 54 and the collective clause; base salary 2,340,000 đồng, Decree 73/2024, in force on the
    // decision date; rounded up to tens of thousands of đồng): DOMAIN's multiples, each paid by the decision's date.

    [Theory]
    [InlineData(Title.AdvancedWorker, 0.3, 710_000)]
    [InlineData(Title.GrassrootsEmulationFighter, 1.0, 2_340_000)]
    [InlineData(Title.ProvincialEmulationFighter, 3.0, 7_020_000)]
    [InlineData(Title.AdvancedLabourCollective, 0.8, 1_880_000)]
    [InlineData(Title.ExcellentLabourCollective, 1.5, 3_510_000)]
    [InlineData(Title.ProvincialEmulationFlag, 8.0, 18_720_000)]
    [InlineData(Title.CollectiveProvincialCertificateOfMerit, 3.0, 7_020_000)]
    [InlineData(Title.CertificateOfCommendation, 0.3, 710_000)]
    [InlineData(Title.CollectiveCertificateOfCommendation, 0.6, 1_410_000)]
    public void Cash_EachFormsMultiple_OfTheBaseSalaryInForceOnTheDecisionDate(Title title, double multiplier, int amount)
    {
        var breakdown = Decree152.Cash.Explain(title, new DateOnly(2025, 12, 20))!;

        Assert.Equal((decimal)multiplier, breakdown.Multiplier);
        Assert.Equal(2_340_000m, breakdown.Basis.BaseSalary.AmountVnd);
        Assert.Equal(amount, breakdown.AmountVnd);
    }

    [Fact]
    public void Cash_ADecisionOfJune2024_PaysOnTheBaseSalaryThenInForce_NotTheOneOfItsCampaignsYearEnd()
    {
        var june = RuleSetCatalog.Decree98.Cash.Explain(Title.ExcellentLabourCollective, new DateOnly(2024, 6, 30))!;
        var july = RuleSetCatalog.Decree98.Cash.Explain(Title.ExcellentLabourCollective, new DateOnly(2024, 7, 1))!;

        Assert.Equal((1_800_000m, 2_700_000m), (june.Basis.BaseSalary.AmountVnd, june.AmountVnd));
        Assert.Equal((2_340_000m, 3_510_000m), (july.Basis.BaseSalary.AmountVnd, july.AmountVnd));
    }

    // Law 06/2022 Art. 22 with Decree 152/2025 Art. 4(3): a sudden or thematic award is no basis for a merit award, so a
    // CSTĐCS recorded as one is no link of the three consecutive titles.

    [Theory]
    [InlineData(AwardKind.Sudden)]
    [InlineData(AwardKind.Thematic)]
    public void Art22_ASuddenOrThematicFighterTitleLastYear_BreaksTheThreeConsecutiveTitles(AwardKind kind)
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Provincial)
            .Earlier(1, QualityRating.Excellent).Award(1, Title.GrassrootsEmulationFighter, kind)
            .Earlier(2, QualityRating.Excellent).Award(2, Title.GrassrootsEmulationFighter);

        var verdict = new InputBuilder().Person(person).Evaluate(Decree152).Get(1, 1, Title.ProvincialEmulationFighter);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        var streak = verdict.Conditions.Single(c => c.Code == "cstdct.fighter_streak");
        Assert.False(streak.Passed);
        Assert.Equal("1", streak.Facts.Single(f => f.Name == "streak").Value);
    }

    [Fact]
    public void Art22_TheSameThreeYears_AllMeritTitles_MakeTheProvincialFighter()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Provincial)
            .Earlier(1, QualityRating.Excellent).Award(1, Title.GrassrootsEmulationFighter)
            .Earlier(2, QualityRating.Excellent).Award(2, Title.GrassrootsEmulationFighter);

        var verdict = new InputBuilder().Person(person).Evaluate(Decree152).Get(1, 1, Title.ProvincialEmulationFighter);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
    }
}
