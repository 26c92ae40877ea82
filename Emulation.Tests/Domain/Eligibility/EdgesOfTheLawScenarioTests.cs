using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

namespace Emulation.Tests.Domain.Eligibility;

/// <summary>
/// Rows at the edges of DOMAIN.md that earlier batches left thin, each the facts, the outcome with its rule code and the
/// article: a quota of 15 % on a unit of seven under each rounding and who wins a tie at its edge, discipline and
/// proceedings in the year, part-year staff (months worked, maternity leave, leave, recruitment), a transfer within
/// the year, penalty points around the collective thresholds, a prior award that is not a merit award, the rule set in
/// force on the decision's day, and what the agency gives on the spot. The evaluated year is 2025.
/// </summary>
[Trait("Category", "Fast")]
public sealed class EdgesOfTheLawScenarioTests
{
    private static readonly RuleSet Decree152 = RuleSetCatalog.Decree152;

    private static Recommendation Verdict(PersonBuilder person, Title title, RuleSet? rules = null) =>
        new InputBuilder().Person(person).Evaluate(rules ?? Decree152).Get(1, 1, title);

    private static Condition ConditionOf(Recommendation verdict, string code) => Assert.Single(verdict.Conditions, c => c.Code == code);

    /// <summary>Unit 1 with the people listed as its members.</summary>
    private static InputBuilder Team(UnitBuilder unit, params PersonBuilder[] people)
    {
        var input = new InputBuilder().Unit(unit.Members(people.Length, 0));
        foreach (var person in people)
        {
            input.Person(person);
        }

        return input;
    }

    /// <summary>A good rating with a grassroots initiative: an Advanced Worker who is also a CSTĐCS candidate (Art. 23).</summary>
    private static PersonBuilder GoodWithInitiative(int id) => new PersonBuilder(id).Initiative(InitiativeLevel.Grassroots);

    private static RuleSet FighterQuota(RoundingMode rounding, bool womenRule = true) => Decree152 with
    {
        Quotas = [new QuotaRule
        {
            Title = Title.GrassrootsEmulationFighter, CapPercent = 15m, Base = QuotaBase.Headcount, Rounding = rounding,
            Scope = QuotaScope.PerUnit, Source = "Quyết định thi đua của tỉnh (thử nghiệm)",
        }],
        Ranking = Decree152.Ranking with { WomenRuleEnabled = womenRule },
    };

    // Quotas and rounding (DOMAIN "Quotas and rounding": cap, base and rounding are rule-set settings).

    [Theory]
    [InlineData(RoundingMode.Down, 1)]
    [InlineData(RoundingMode.Nearest, 1)]
    [InlineData(RoundingMode.Up, 2)]
    public void Quota_FifteenPercentOfAUnitOfSeven_Is1Point05_RoundedAsTheRuleSetSays(RoundingMode rounding, int allowed)
    {
        var evaluation = Team(new UnitBuilder(1), [.. Enumerable.Range(1, 7).Select(GoodWithInitiative)]).Evaluate(FighterQuota(rounding));

        var verdicts = Enumerable.Range(1, 7).Select(id => evaluation.Get(id, 1, Title.GrassrootsEmulationFighter)).ToList();
        Assert.Equal(allowed, verdicts.Count(v => v.Status == RecommendationStatus.Recommended));
        Assert.Equal(7 - allowed, verdicts.Count(v => v.Status == RecommendationStatus.OverQuota));
        var quota = verdicts[0].Quota!;
        Assert.Equal((7, allowed, rounding), (quota.BaseCount, quota.Allowed, quota.Rounding));
    }

    [Fact]
    public void Quota_ATieAtTheEdge_EqualRatingAndInitiative_GoesToTheWoman_Art4_6()
    {
        var people = Enumerable.Range(1, 7).Select(id => id == 5 ? GoodWithInitiative(id).Woman() : GoodWithInitiative(id)).ToArray();

        var evaluation = Team(new UnitBuilder(1), people).Evaluate(FighterQuota(RoundingMode.Down));

        Assert.Equal(RecommendationStatus.Recommended, evaluation.Get(5, 1, Title.GrassrootsEmulationFighter).Status);
        Assert.Equal(RecommendationStatus.OverQuota, evaluation.Get(1, 1, Title.GrassrootsEmulationFighter).Status);
    }

    [Fact]
    public void Quota_ATieAtTheEdge_WithTheWomenRuleOff_GoesToTheLowerId()
    {
        var people = Enumerable.Range(1, 7).Select(id => id == 5 ? GoodWithInitiative(id).Woman() : GoodWithInitiative(id)).ToArray();

        var evaluation = Team(new UnitBuilder(1), people).Evaluate(FighterQuota(RoundingMode.Down, womenRule: false));

        Assert.Equal(RecommendationStatus.Recommended, evaluation.Get(1, 1, Title.GrassrootsEmulationFighter).Status);
        Assert.Equal(RecommendationStatus.OverQuota, evaluation.Get(5, 1, Title.GrassrootsEmulationFighter).Status);
    }

    [Fact]
    public void Quota_AtTheEdge_AnExcellentRatingGoesBeforeAGoodOneWithAnInitiative_WhoeverIsAWoman()
    {
        var people = Enumerable.Range(1, 7)
            .Select(id => id == 7 ? new PersonBuilder(id).Rated(QualityRating.Excellent) : GoodWithInitiative(id).Woman()).ToArray();

        var evaluation = Team(new UnitBuilder(1), people).Evaluate(FighterQuota(RoundingMode.Down));

        Assert.Equal(RecommendationStatus.Recommended, evaluation.Get(7, 1, Title.GrassrootsEmulationFighter).Status);
        Assert.All(Enumerable.Range(1, 6), id =>
            Assert.Equal(RecommendationStatus.OverQuota, evaluation.Get(id, 1, Title.GrassrootsEmulationFighter).Status));
    }

    // Discipline and proceedings in the year (Decree 90/2020; Law 06/2022 Art. 4(4)).

    [Fact]
    public void Discipline_AReprimandInTheYear_BarsTheAdvancedWorkerTitle()
    {
        var verdict = Verdict(new PersonBuilder(1).Disciplined(DisciplineLevel.Reprimand), Title.AdvancedWorker);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.False(ConditionOf(verdict, "discipline.allowed").Passed);
    }

    [Fact]
    public void Proceedings_UnderReviewInTheYear_DeferTheTitles_NeitherGrantedNorRefused()
    {
        var evaluation = new InputBuilder().Person(new PersonBuilder(1).Rated(QualityRating.Excellent).Pending()).Evaluate();

        foreach (var title in new[] { Title.AdvancedWorker, Title.GrassrootsEmulationFighter })
        {
            var verdict = evaluation.Get(1, 1, title);
            Assert.Equal(RecommendationStatus.Deferred, verdict.Status);
            Assert.False(ConditionOf(verdict, "proceedings.none").Passed);
        }
    }

    [Theory]
    [InlineData(DisciplineLevel.Warning, false)]
    [InlineData(DisciplineLevel.Reprimand, true)]
    public void Art28_AMemberDisciplinedAtWarningOrWorse_BarsTheAdvancedCollective_AReprimandDoesNot(DisciplineLevel level, bool passes)
    {
        var people = Enumerable.Range(1, 10).Select(id => id == 10 ? new PersonBuilder(id).Disciplined(level) : new PersonBuilder(id)).ToArray();

        var verdict = Team(new UnitBuilder(1), people).Evaluate().Get(null, 1, Title.AdvancedLabourCollective);

        Assert.Equal(passes, ConditionOf(verdict, "coll.discipline").Passed);
        Assert.Equal(passes ? RecommendationStatus.Recommended : RecommendationStatus.NotEligible, verdict.Status);
    }

    // Part-year staff: months worked, maternity leave, leave, recruitment (Decree 90/2020 Art. 2; Decree 152/2025 Art. 4(5);
    // Circular 01/2024).

    [Fact]
    public void PartYear_FiveMonthsWorked_IsNotRated_NoAdvancedWorker()
    {
        var verdict = Verdict(new PersonBuilder(1).Worked(5), Title.AdvancedWorker);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.False(ConditionOf(verdict, "aw.working_time").Passed);
    }

    [Fact]
    public void PartYear_SevenMonthsWorkedAndFiveOnMaternityLeave_CountAsAFullYear_AdvancedWorker()
    {
        var verdict = Verdict(new PersonBuilder(1).Worked(7, maternity: 5), Title.AdvancedWorker);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.True(ConditionOf(verdict, "aw.working_time").Passed);
    }

    [Theory]
    [InlineData(3, RecommendationStatus.NotEligible)]
    [InlineData(2, RecommendationStatus.Recommended)]
    public void PartYear_LeaveOfThreeMonthsCapsTheRatingBelowGood_TwoDoNot(int leave, RecommendationStatus status)
    {
        var verdict = Verdict(new PersonBuilder(1).Leave(12 - leave, leave), Title.AdvancedWorker);

        Assert.Equal(status, verdict.Status);
        Assert.Equal(status == RecommendationStatus.Recommended, ConditionOf(verdict, "rating.leave_cap").Passed);
    }

    [Fact]
    public void PartYear_RecruitedOn1August_FiveMonthsToTheYearsEnd_IsNoAdvancedWorker_Circular01()
    {
        var verdict = Verdict(new PersonBuilder(1).RecruitedOn(new DateOnly(2025, 8, 1)).Worked(5), Title.AdvancedWorker);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.False(ConditionOf(verdict, "aw.recruitment").Passed);
    }

    // A person who moved units in the year (Circular 01/2024: the former unit's opinion after six months there).

    [Theory]
    [InlineData(7, false, RecommendationStatus.Deferred)]
    [InlineData(6, false, RecommendationStatus.Deferred)]
    [InlineData(5, false, RecommendationStatus.Recommended)]
    [InlineData(7, true, RecommendationStatus.Recommended)]
    public void Transfer_TheFormerUnitsOpinion_IsAwaitedAfterSixMonthsThere(int monthsThere, bool opinion, RecommendationStatus status)
    {
        var verdict = Verdict(new PersonBuilder(1).TransferredIn(monthsThere, opinion), Title.AdvancedWorker);

        Assert.Equal(status, verdict.Status);
        if (status == RecommendationStatus.Deferred)
        {
            Assert.False(ConditionOf(verdict, "transfer.former_unit_opinion").Passed);
        }
    }

    // Penalty points (điểm trừ) around the collective thresholds: 80 % for Advanced, 90 % for Excellent (rule-set settings).

    /// <summary>Ten members, the first excellent (a CSTĐCS), the rest good; a penalty of 2 points a late report, 10 at most.</summary>
    private static CampaignEvaluation WithLateReports(decimal documents, decimal lateReports)
    {
        var people = Enumerable.Range(1, 10)
            .Select(id => id == 1 ? new PersonBuilder(id).Rated(QualityRating.Excellent) : new PersonBuilder(id)).ToArray();
        return Team(new UnitBuilder(1).Value("KQ1", documents).Value("TRE", lateReports), people)
            .Criterion(Criterion.Penalty("TRE", "Báo cáo trễ hạn", 2m, 10m, "lần"))
            .Evaluate();
    }

    [Fact]
    public void Penalty_FourLateReports_TakeNinetySevenPointsToEightyNine_BelowTheExcellentCollective_StillAdvanced()
    {
        var evaluation = WithLateReports(documents: 95m, lateReports: 4m);

        var excellent = evaluation.Get(null, 1, Title.ExcellentLabourCollective);
        Assert.Equal(RecommendationStatus.NotEligible, excellent.Status);
        Assert.False(ConditionOf(excellent, "coll.score").Passed);
        Assert.Equal(RecommendationStatus.Recommended, evaluation.Get(null, 1, Title.AdvancedLabourCollective).Status);
    }

    [Fact]
    public void Penalty_TwentyLateReports_AreCappedAtTenPoints_NinetyExactlyStillMakesTheExcellentCollective()
    {
        var evaluation = WithLateReports(documents: 100m, lateReports: 20m);

        var excellent = evaluation.Get(null, 1, Title.ExcellentLabourCollective);
        Assert.True(ConditionOf(excellent, "coll.score").Passed);
        Assert.Equal(RecommendationStatus.Recommended, excellent.Status);
    }

    // The prior award a higher merit award requires must be a merit award (Decree 152/2025 Art. 4(3)).

    /// <summary>A provincial Bằng khen of <paramref name="kind"/> in 2019, good years since, CSTĐCS 2022–2024.</summary>
    private static PersonBuilder AfterAProvincialBangKhen(AwardKind kind) =>
        new PersonBuilder(1).FighterFor(3).Earlier(4, QualityRating.Good).Earlier(5, QualityRating.Good)
            .Earlier(6, QualityRating.Good).Award(6, Title.ProvincialCertificateOfMerit, kind);

    [Fact]
    public void Art73_AThematicProvincialBangKhen_IsNoBasisForThePrimeMinistersBangKhen()
    {
        var verdict = Verdict(AfterAProvincialBangKhen(AwardKind.Thematic), Title.PrimeMinisterCertificateOfMerit);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        var prior = ConditionOf(verdict, "prior.merit_award");
        Assert.False(prior.Passed);
        Assert.Equal("1", prior.Facts.Single(f => f.Name == "ignoredNotMerit").Value);
    }

    [Fact]
    public void Art73_AMeritProvincialBangKhen_FiveGoodYearsAndThreeCSTDCS_MakeThePrimeMinistersBangKhen()
    {
        var verdict = Verdict(AfterAProvincialBangKhen(AwardKind.Merit), Title.PrimeMinisterCertificateOfMerit);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.True(ConditionOf(verdict, "prior.merit_award").Passed);
    }

    // The rule set in force on the decision's day, not the campaign's year, pays the cash (base salary by effective date),
    // the product rounded up to tens of thousands of đồng.

    [Fact]
    public void Cash_ADecisionOn10July2025OnThe2024Campaign_PaysUnderDecree152_0Point3Of2340000_RoundedUpTo710000()
    {
        var rules = RuleSetCatalog.InForce(new DateOnly(2025, 7, 10)).Value;

        Assert.Equal("VN-ND152-2025", rules.Id);
        Assert.Equal(710_000m, rules.Cash.AmountFor(Title.AdvancedWorker, new DateOnly(2025, 7, 10)));
    }

    // Sudden awards: the agency gives on the spot only what its head decides (Art. 75; Decree 152/2025 Art. 4(3)).

    [Fact]
    public void Sudden_TheAgencyGivesOnTheSpotOnlyTheGiayKhen_WhichItsHeadDecides_AProvincialBangKhenGoesUp()
    {
        foreach (var rules in RuleSetCatalog.All)
        {
            Assert.Equal([Title.CertificateOfCommendation, Title.CollectiveCertificateOfCommendation],
                rules.Sudden.Rules.Select(r => r.Title).Order());
            Assert.All(rules.Sudden.Rules, r => Assert.True(rules.Granting.AgencyDecides(r.Title)));
            Assert.Null(rules.Sudden.For(Title.ProvincialCertificateOfMerit));
            Assert.Equal(AwardingLevel.ProvincialChairman, rules.Granting.For(Title.ProvincialCertificateOfMerit).DecidedBy);
        }
    }
}
