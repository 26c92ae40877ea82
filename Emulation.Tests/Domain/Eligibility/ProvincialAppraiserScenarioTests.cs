using Emulation.Domain.Awards;
using Emulation.Domain.LongService;
using Emulation.Domain.Organization;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

namespace Emulation.Tests.Domain.Eligibility;

/// <summary>
/// Rows an appraiser of the provincial emulation board (Ban Thi đua – Khen thưởng, Sở Nội vụ) checks a dossier against,
/// each named after the fact it checks: boundaries of the 70 % and 100 % shares with members who joined in the year,
/// disciplinary periods ending mid-year, maternity leave across a year end, the Bằng khen's initiative clause under
/// both readings, a collective's Giấy khen cash, a nominee transferred during the streak, the rule-set change of
/// 1 July 2025, posthumous awards and a unit whose results are not submitted. The evaluated year is 2025.
/// </summary>
[Trait("Category", "Fast")]
public sealed class ProvincialAppraiserScenarioTests
{
    private static readonly RuleSet Decree152 = RuleSetCatalog.Decree152;
    private static readonly RuleSet Decree98 = RuleSetCatalog.Decree98;

    private static RuleSet Reading(MeritInitiativeClause clause) =>
        Decree152 with { Individuals = Decree152.Individuals with { MeritInitiativeClause = clause } };

    private static Recommendation Verdict(PersonBuilder person, Title title, RuleSet? rules = null, int unitId = 1) =>
        new InputBuilder().Unit(new UnitBuilder(unitId)).Person(person).Evaluate(rules ?? Decree152).Get(1, unitId, title);

    private static Condition ConditionOf(Recommendation verdict, string code) => Assert.Single(verdict.Conditions, c => c.Code == code);

    /// <summary>Unit 1 with the people listed (ids from 1) as its members.</summary>
    private static InputBuilder Team(params PersonBuilder[] people)
    {
        var input = new InputBuilder().Unit(new UnitBuilder(1).Members(people.Length, 0));
        foreach (var person in people)
        {
            input.Person(person);
        }

        return input;
    }

    private static IEnumerable<PersonBuilder> Rated(int count, QualityRating rating, int firstId) =>
        Enumerable.Range(firstId, count).Select(id => new PersonBuilder(id).Rated(rating));

    private static PersonBuilder JoinedOn(int id, DateOnly day, int worked) => new PersonBuilder(id).RecruitedOn(day).Worked(worked);

    // Shares at their exact boundary, with members who joined during the year.

    [Fact]
    public void Art28_Circular01_AMemberRecruitedOn1JulyRatedGood_IsTheSeventhAdvancedWorkerOfTen_ExactlySeventyPercent()
    {
        var input = Team([.. Rated(6, QualityRating.Good, 1), JoinedOn(7, new DateOnly(2025, 7, 1), 6), .. Rated(3, QualityRating.Completed, 8)]);

        var verdict = input.Evaluate().Get(null, 1, Title.AdvancedLabourCollective);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.True(ConditionOf(verdict, "coll.advanced_share").Passed);
    }

    [Fact]
    public void Art28_Circular01_AMemberRecruitedOn2JulyRatedGood_IsNoAdvancedWorker_SixOfTenIsShort()
    {
        var input = Team([.. Rated(6, QualityRating.Good, 1), JoinedOn(7, new DateOnly(2025, 7, 2), 5), .. Rated(3, QualityRating.Completed, 8)]);

        var evaluation = input.Evaluate();

        Assert.Equal(RecommendationStatus.NotEligible, evaluation.Get(7, 1, Title.AdvancedWorker).Status);
        var verdict = evaluation.Get(null, 1, Title.AdvancedLabourCollective);
        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.False(ConditionOf(verdict, "coll.advanced_share").Passed);
    }

    [Fact]
    public void Art27_AMemberRecruitedOn1JulyRatedCompleted_KeepsTheHundredPercentCompleted()
    {
        var joined = JoinedOn(10, new DateOnly(2025, 7, 1), 6).Rated(QualityRating.Completed);
        var input = Team([.. Rated(1, QualityRating.Excellent, 1), .. Rated(6, QualityRating.Good, 2), .. Rated(2, QualityRating.Completed, 8), joined]);

        var verdict = input.Evaluate().Get(null, 1, Title.ExcellentLabourCollective);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.True(ConditionOf(verdict, "coll.all_completed").Passed);
    }

    [Fact]
    public void Art27_AMemberRatedNotCompletedAfterJoiningMidYear_BreaksTheHundredPercent()
    {
        var joined = JoinedOn(10, new DateOnly(2025, 6, 1), 7).Rated(QualityRating.NotCompleted);
        var input = Team([.. Rated(1, QualityRating.Excellent, 1), .. Rated(6, QualityRating.Good, 2), .. Rated(2, QualityRating.Completed, 8), joined]);

        var verdict = input.Evaluate().Get(null, 1, Title.ExcellentLabourCollective);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.False(ConditionOf(verdict, "coll.all_completed").Passed);
    }

    // A disciplinary period ending mid-year: the achievement period restarts after it (Decree 152/2025 Art. 4(4)).

    /// <summary>CSTĐCS in 2023, reprimanded from 10 January to 9 July 2024, rated excellent in 2025.</summary>
    private static PersonBuilder DisciplinedMid2024() =>
        new PersonBuilder(1).Rated(QualityRating.Excellent)
            .Earlier(2, QualityRating.Excellent).Award(2, Title.GrassrootsEmulationFighter)
            .DisciplinedEarlier(1, new DateOnly(2024, 1, 10), new DateOnly(2024, 7, 9));

    [Fact]
    public void Art4_4_ADisciplineEndingOn9July2024_LeavesThe2025FighterTitle()
    {
        var verdict = Verdict(DisciplinedMid2024(), Title.GrassrootsEmulationFighter);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
    }

    [Fact]
    public void Art4_4_ADisciplineEndingOn9July2024_RestartsTheBangKhenStreak_The2023FighterTitleNoLongerCounts()
    {
        var verdict = Verdict(DisciplinedMid2024(), Title.ProvincialCertificateOfMerit, Reading(MeritInitiativeClause.BindsExcellentYearsOnly));

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        var branch = ConditionOf(verdict, "bk.branch");
        Assert.False(branch.Passed);
        Assert.Equal("1", branch.Facts.Single(f => f.Name == "fighterStreak").Value);
    }

    // Maternity leave across a year end is working time in both years (Decree 152/2025 Art. 4(5)).

    [Fact]
    public void Art4_5_MaternityFromOctober2024ToMarch2025_BothYearsCount_TwoFighterTitlesMakeTheBangKhen()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Worked(9, maternity: 3)
            .EarlierOnMaternity(1, QualityRating.Excellent, 3).Award(1, Title.GrassrootsEmulationFighter);

        var evaluation = new InputBuilder().Person(person).Evaluate(Reading(MeritInitiativeClause.BindsExcellentYearsOnly));

        Assert.Equal(RecommendationStatus.Recommended, evaluation.Get(1, 1, Title.GrassrootsEmulationFighter).Status);
        Assert.Equal(RecommendationStatus.Recommended, evaluation.Get(1, 1, Title.ProvincialCertificateOfMerit).Status);
    }

    // Law 06/2022 Art. 74: whatever the reading of the initiative clause, the excellent-years branch needs its initiatives.

    [Theory]
    [InlineData(MeritInitiativeClause.BindsBothBranches)]
    [InlineData(MeritInitiativeClause.BindsExcellentYearsOnly)]
    public void Art74_TwoExcellentYearsWithoutAFighterTitleLastYear_NoInitiative_FailUnderBothReadings(MeritInitiativeClause clause)
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Earlier(1, QualityRating.Excellent);

        var verdict = Verdict(person, Title.ProvincialCertificateOfMerit, Reading(clause));

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        var branch = ConditionOf(verdict, "bk.branch");
        Assert.Equal(("2", "0", clause.ToString()), (branch.Facts.Single(f => f.Name == "excellentStreak").Value,
            branch.Facts.Single(f => f.Name == "initiatives").Value, branch.Facts.Single(f => f.Name == "initiativeClause").Value));
    }

    // A nominee transferred between units during the streak: the record follows the person.

    [Fact]
    public void Art74_TransferredToUnit2In2025_TheFighterTitleOf2024InUnit1_CountsInTheStreak()
    {
        var person = new PersonBuilder(1, unitId: 2).Rated(QualityRating.Excellent)
            .Earlier(1, QualityRating.Excellent).Award(1, Title.GrassrootsEmulationFighter);
        var input = new InputBuilder().Unit(new UnitBuilder(1)).Unit(new UnitBuilder(2)).Person(person);

        var verdict = input.Evaluate(Reading(MeritInitiativeClause.BindsExcellentYearsOnly)).Get(1, 2, Title.ProvincialCertificateOfMerit);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
    }

    // Cash: a collective's Giấy khen is twice an individual's, on the base salary of the decision's day.

    [Theory]
    [InlineData("2024-06-30", 540_000, 1_080_000)]
    [InlineData("2024-07-01", 710_000, 1_410_000)]
    public void Cash_Decree98_ACollectivesGiayKhen_IsTwiceAnIndividuals_OnEitherSideOfTheBaseSalaryChange(string day, int individual, int collective)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal((decimal)individual, Decree98.Cash.AmountFor(Title.CertificateOfCommendation, date));
        Assert.Equal((decimal)collective, Decree98.Cash.AmountFor(Title.CollectiveCertificateOfCommendation, date));
    }

    // The rule-set change of 1 July 2025 inside a council's year: the same threshold, cited from the set in force.

    [Theory]
    [InlineData("2025-06-30", "VN-ND98-2023", 5, false)]
    [InlineData("2025-06-30", "VN-ND98-2023", 6, true)]
    [InlineData("2025-07-01", "VN-ND152-2025", 5, false)]
    [InlineData("2025-07-01", "VN-ND152-2025", 6, true)]
    public void RuleSetChange1July2025_ACSTDCSVoteOfSeven_IsDecidedUnderTheSetInForce_EightyPercentEitherSide(string day, string ruleSet,
        int yes, bool passed)
    {
        var rules = RuleSetCatalog.InForce(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).Value;

        var outcome = CouncilVote.Decide(new BallotTally(7, 7, yes, 7 - yes, 0), Title.GrassrootsEmulationFighter, rules).Value;

        Assert.Equal((ruleSet, passed, 6), (outcome.RuleSetId, outcome.Passed, outcome.RequiredYes));
        Assert.StartsWith("Nghị định 98/2023/NĐ-CP Điều 30 khoản 7", outcome.Article, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleSetChange1July2025_AFighterTitleOf2024UnderDecree98_CountsInA2025BangKhenUnderDecree152()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent)
            .Earlier(1, QualityRating.Excellent).Award(1, Title.GrassrootsEmulationFighter, decision: "12/QĐ-VP (2024, Nghị định 98)");

        var verdict = Verdict(person, Title.ProvincialCertificateOfMerit, Reading(MeritInitiativeClause.BindsExcellentYearsOnly));

        Assert.Equal((RecommendationStatus.Recommended, "VN-ND152-2025"), (verdict.Status, verdict.RuleSetId));
    }

    // Posthumous awards (truy tặng).

    private static CampaignEvaluation WithDeath(PersonBuilder person, DateOnly died, RuleSet? rules = null)
    {
        var input = new InputBuilder().Person(person).Build();
        input = input with { People = [input.People[0] with { DiedOn = died }] };
        var evaluated = CampaignEvaluator.Evaluate(input, rules ?? Decree152);
        Assert.True(evaluated.IsSuccess, string.Join("; ", evaluated.Errors));
        return evaluated.Value;
    }

    [Fact]
    public void Posthumous_DiedOn15OctoberAfterNineMonths_IsAnAdvancedWorker_GivenPosthumously_WithItsArticle()
    {
        var verdict = WithDeath(new PersonBuilder(1).Worked(9), new DateOnly(2025, 10, 15)).Get(1, 1, Title.AdvancedWorker);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        var posthumous = ConditionOf(verdict, "award.posthumous");
        Assert.True(posthumous.Passed);
        Assert.Equal((Posthumous.Article, "2025-10-15"), (posthumous.Article, posthumous.Facts.Single().Value));
    }

    [Fact]
    public void Posthumous_ThisYearsFighterTitleGivenPosthumously_CountsTowardTheBangKhenOfTheSameYear()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Worked(9)
            .Earlier(1, QualityRating.Excellent).Award(1, Title.GrassrootsEmulationFighter);

        var verdict = WithDeath(person, new DateOnly(2025, 10, 15), Reading(MeritInitiativeClause.BindsExcellentYearsOnly))
            .Get(1, 1, Title.ProvincialCertificateOfMerit);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.True(ConditionOf(verdict, "award.posthumous").Passed);
    }

    [Fact]
    public void Posthumous_ThePersonAlive_CarriesNoPosthumousCondition()
    {
        var verdict = Verdict(new PersonBuilder(1), Title.AdvancedWorker);

        Assert.DoesNotContain(verdict.Conditions, c => c.Code == "award.posthumous");
    }

    private static readonly HeldPosition TwoTerms = new("Trưởng phòng", new DateOnly(2014, 1, 1), new DateOnly(2024, 12, 31));

    private static LongServiceAssessment LongService(LongServiceRule rule, DateOnly? left, LeaveReason? reason, Gender gender = Gender.Male,
        HeldPosition? held = null) =>
        LongServiceEligibility.Assess(new ServiceHistory(1, 1, [held ?? TwoTerms], left, reason, []) { Gender = gender }, rule, Decree152,
            new DateOnly(2025, 12, 31));

    [Fact]
    public void LongService_DiedWhileServing_IsListedAsRetireesAre_GivenPosthumously_WithTheArticle()
    {
        var assessment = LongService(Decree152.LongService.Rules[0], new DateOnly(2024, 12, 31), LeaveReason.Deceased);

        Assert.True(assessment.IsEligible);
        Assert.True(assessment.Deceased);
        Assert.Equal((new DateOnly(2024, 12, 31), Posthumous.Article), (assessment.Explanation.DiedOn, assessment.Explanation.PosthumousArticle));
    }

    [Fact]
    public void LongService_AProvinceListingNoDeceased_LeavesThemOut_ButStillListsRetirees()
    {
        var rule = Decree152.LongService.Rules[0] with { IncludesDeceased = false };

        Assert.Equal(LongServiceBar.NoLongerServing, LongService(rule, new DateOnly(2024, 12, 31), LeaveReason.Deceased).Bar);
        Assert.True(LongService(rule, new DateOnly(2024, 12, 31), LeaveReason.Retired).IsEligible);
    }

    [Fact]
    public void LongService_AWomansShorterRequirement_OneTermSuffices_AndTheExplanationNamesItsProvision()
    {
        var rule = Decree152.LongService.Rules[0] with { RequiredTermsForWomen = 1, WomenArticle = "Quyết định 12/2026/QĐ-UBND Điều 9" };
        var oneTerm = new HeldPosition("Phó Trưởng phòng", new DateOnly(2019, 1, 1), new DateOnly(2024, 12, 31));

        var woman = LongService(rule, null, null, Gender.Female, oneTerm);
        var man = LongService(rule, null, null, Gender.Male, oneTerm);

        Assert.True(woman.IsEligible);
        Assert.EndsWith("; Quyết định 12/2026/QĐ-UBND Điều 9", woman.Explanation.Article, StringComparison.Ordinal);
        Assert.False(man.IsEligible);
    }

    // A unit whose results are not submitted: its head's ratings are a draft.

    [Fact]
    public void UnsubmittedResults_TheStaffsTitlesWait_WithTheReasonFailed_AndNoneIsRecommended()
    {
        var unit = new UnitBuilder(1).Build() with { ResultsSubmitted = false };
        var evaluation = new InputBuilder().Unit(unit).Person(new PersonBuilder(1).Rated(QualityRating.Excellent)).Evaluate();

        foreach (var title in new[] { Title.AdvancedWorker, Title.GrassrootsEmulationFighter })
        {
            var verdict = evaluation.Get(1, 1, title);
            Assert.Equal(RecommendationStatus.Deferred, verdict.Status);
            Assert.False(ConditionOf(verdict, "unit.results_submitted").Passed);
        }

        Assert.DoesNotContain(evaluation.Recommendations, r => r.Status == RecommendationStatus.Recommended && r.PersonId is not null);
    }

    // The unconfirmed catalogue lists what DOMAIN.md leaves open, in both national sets.

    [Theory]
    [InlineData("women", null)]
    [InlineData("posthumously", null)]
    [InlineData("two-initiative clause", null)]
    [InlineData("no national cap", null)]
    [InlineData("4/5 for award sessions", null)]
    [InlineData("Council vote thresholds carried over", "VN-ND152-2025")]
    public void Catalogue_WhatTheDomainNotesLeaveOpen_IsListedAsUnconfirmed(string words, string? only)
    {
        foreach (var rules in RuleSetCatalog.All.Where(r => only is null || r.Id == only))
        {
            Assert.Contains(rules.UnconfirmedSettings, s => s.Contains(words, StringComparison.Ordinal));
        }
    }
}
