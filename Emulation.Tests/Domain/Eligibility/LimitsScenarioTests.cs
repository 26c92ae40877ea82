using Emulation.Domain.Awards;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

using static Emulation.Tests.Domain.Eligibility.AdvancedWorkerTests;

namespace Emulation.Tests.Domain.Eligibility;

/// <summary>
/// An examiner's rows at each limit and one step either side, for the parts of DOMAIN.md earlier batches tried least: a
/// year cut by leave, maternity or another agency, the council's ties and quorum, a quota's rounding bloc by bloc, and the
/// cash of a decision on either side of a base-salary change. Decree 152/2025 in force, the evaluated year 2025, unless a
/// row names another rule set.
/// </summary>
[Trait("Category", "Fast")]
public sealed class LimitsScenarioTests
{
    private static readonly RuleSet Decree152 = RuleSetCatalog.Decree152;
    private static readonly RuleSet Decree98 = RuleSetCatalog.Decree98;

    private static Condition ConditionOf(Recommendation verdict, string code) => verdict.Conditions.Single(c => c.Code == code);

    // Decree 90/2020 Art. 2(3) as amended by Decree 48/2023: under six months' working time (maternity counted, Decree
    // 152/2025 Art. 4(5)) is not rated; three months' leave or more caps the rating below "good". Six months at work beside
    // six on leave is six months' working time: rated, and kept under the cap the text writes as "3 to under 6 months".

    [Theory]
    [InlineData(6, 0, 6, QualityRating.Completed, null)]
    [InlineData(6, 0, 6, QualityRating.NotRated, null)]
    [InlineData(6, 0, 6, QualityRating.Good, "staff.absence_caps_rating")]
    [InlineData(6, 0, 6, QualityRating.Excellent, "staff.absence_caps_rating")]
    [InlineData(5, 0, 7, QualityRating.Completed, "staff.too_few_months_to_rate")]
    [InlineData(5, 0, 7, QualityRating.NotRated, null)]
    [InlineData(5, 1, 6, QualityRating.Completed, null)]
    [InlineData(5, 1, 6, QualityRating.Good, "staff.absence_caps_rating")]
    [InlineData(5, 0, 0, QualityRating.Completed, "staff.too_few_months_to_rate")]
    [InlineData(5, 1, 0, QualityRating.Good, null)]
    [InlineData(0, 12, 0, QualityRating.Excellent, null)]
    [InlineData(9, 0, 3, QualityRating.Good, "staff.absence_caps_rating")]
    [InlineData(10, 0, 2, QualityRating.Excellent, null)]
    public void Decree90Art2_3_TheRatingAYearMayCarry_AtEachLimitAndOneStepEitherSide(int worked, int maternity, int leave,
        QualityRating rating, string? refusal)
    {
        var recorded = StaffYearResult.Start(1, 1, 2025)
            .Record(rating, worked, maternity, DisciplineLevel.None, InitiativeLevel.None, leaveMonths: leave);

        Assert.Equal(refusal, recorded.Errors.SingleOrDefault()?.Code);
    }

    [Fact]
    public void Decree90Art2_3_SixMonthsOfLeaveBesideSixAtWork_RatedCompleted_IsNoAdvancedWorker_AndTheCapSaysHowItIsRead()
    {
        var six = Verdict(new PersonBuilder(1).Leave(worked: 6, leave: 6).Rated(QualityRating.Completed), Title.AdvancedWorker);
        var five = Verdict(new PersonBuilder(1).Leave(worked: 7, leave: 5).Rated(QualityRating.Completed), Title.AdvancedWorker);

        Assert.Equal(RecommendationStatus.NotEligible, six.Status);
        Assert.False(ConditionOf(six, "aw.rating").Passed);
        Assert.True(ConditionOf(six, "aw.working_time").Passed);
        var cap = ConditionOf(six, "rating.leave_cap");
        Assert.False(cap.Passed);
        Assert.Equal(LegalArticles.LeaveCapSixMonths, cap.Article);
        Assert.Contains("chưa xác nhận", cap.Article, StringComparison.Ordinal);
        Assert.Equal(LegalArticles.LeaveCap, ConditionOf(five, "rating.leave_cap").Article);
        Assert.StartsWith(LegalArticles.LeaveCap, cap.Article, StringComparison.Ordinal);
        Assert.Equal((Decree152.Id, Decree152.Version), (six.RuleSetId, six.RuleSetVersion));
    }

    [Theory]
    [InlineData(0, 12, RecommendationStatus.Recommended)]
    [InlineData(5, 1, RecommendationStatus.Recommended)]
    [InlineData(5, 0, RecommendationStatus.NotEligible)]
    [InlineData(6, 0, RecommendationStatus.Recommended)]
    public void Decree152Art4_5_MaternityMonthsMakeUpTheSixMonthsOfWorkingTime_AtTheLimit(int worked, int maternity,
        RecommendationStatus expected)
    {
        var verdict = Verdict(new PersonBuilder(1).Woman().Worked(worked, maternity).Rated(QualityRating.Good), Title.AdvancedWorker);

        Assert.Equal(expected, verdict.Status);
        var time = ConditionOf(verdict, "aw.working_time");
        Assert.Equal(expected == RecommendationStatus.Recommended, time.Passed);
        Assert.Equal(Decree152.Articles.WorkingTime, time.Article);
    }

    /// <summary>A year of six months' leave, rated "completed", sits between two excellent years: the Bằng khen's two excellent years break.</summary>
    [Fact]
    public void Decree90Art2_3_AYearOfSixMonthsLeave_BreaksTheTwoExcellentYearsOfTheBangKhen()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiatives(InitiativeLevel.Grassroots, InitiativeLevel.Grassroots)
            .EarlierOnLeave(1, QualityRating.Completed, leave: 6).Earlier(2, QualityRating.Excellent);

        var verdict = Verdict(person, Title.ProvincialCertificateOfMerit);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.Contains(ConditionOf(verdict, "bk.branch").Facts, f => f.Name == "excellentStreak" && f.Value == "1");
    }

    // Law 06/2022 Art. 22: three consecutive CSTĐCS titles. A year spent in another agency keeps the chain when its title is
    // recorded (an award decided by that agency is a merit award like any other); a year left blank breaks it.

    [Theory]
    [InlineData(true, RecommendationStatus.Recommended, "3")]
    [InlineData(false, RecommendationStatus.NotEligible, "1")]
    public void Art22_TheMiddleYearInAnotherAgency_KeepsTheChainOnlyWhenItsTitleIsRecorded(bool recorded, RecommendationStatus expected,
        string streak)
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Provincial)
            .Earlier(2, QualityRating.Excellent).Award(2, Title.GrassrootsEmulationFighter, decision: "30/QĐ-VP");
        person = recorded
            ? person.Earlier(1, QualityRating.Excellent).Award(1, Title.GrassrootsEmulationFighter, decision: "12/QĐ-SYT")
            : person;

        var verdict = Verdict(person, Title.ProvincialEmulationFighter);

        Assert.Equal(expected, verdict.Status);
        var chain = ConditionOf(verdict, "cstdct.fighter_streak");
        Assert.Equal(streak, chain.Facts.Single(f => f.Name == "streak").Value);
        Assert.Equal(LegalArticles.For(Title.ProvincialEmulationFighter), chain.Article);
    }

    // Law 06/2022 Art. 44: the Prime Minister's Bằng khen, then five consecutive years good or better with one excellent and
    // three CSTĐCS titles. Four years after it are one short; a year of maternity leave keeps the five (Decree 152/2025
    // Art. 4(5)); a year of four months' sick leave, rated "completed" under the cap, breaks them (Decree 90/2020 Art. 2(3)).

    [Theory]
    [InlineData(5, "worked", RecommendationStatus.Recommended, "5")]
    [InlineData(4, "worked", RecommendationStatus.NotEligible, "4")]
    [InlineData(5, "maternity", RecommendationStatus.Recommended, "5")]
    [InlineData(5, "sick", RecommendationStatus.NotEligible, "1")]
    public void Art44_FiveGoodYearsAfterThePrimeMinistersBangKhen_AtTheLimit_WithMaternityOrSickLeaveInThem(int priorYearsBack,
        string lastYear, RecommendationStatus expected, string goodYears)
    {
        var person = new PersonBuilder(1).Woman().Rated(QualityRating.Excellent)
            .Earlier(2, QualityRating.Good)
            .Earlier(3, QualityRating.Excellent).Award(3, Title.GrassrootsEmulationFighter)
            .Earlier(4, QualityRating.Excellent).Award(4, Title.GrassrootsEmulationFighter)
            .Award(priorYearsBack, Title.PrimeMinisterCertificateOfMerit, decision: "1500/QĐ-TTg");
        person = lastYear switch
        {
            "maternity" => person.EarlierOnMaternity(1, QualityRating.Good, maternity: 8),
            "sick" => person.EarlierOnLeave(1, QualityRating.Completed, leave: 4),
            _ => person.Earlier(1, QualityRating.Good),
        };

        var verdict = Verdict(person, Title.LabourOrderThirdClass);

        Assert.Equal(expected, verdict.Status);
        var years = ConditionOf(verdict, "streak.good_years");
        Assert.Equal(goodYears, years.Facts.Single(f => f.Name == "count").Value);
        Assert.Equal(LegalArticles.For(Title.LabourOrderThirdClass), years.Article);
    }

    // Decree 98/2023 Art. 30(7), kept by Decree 152/2025: the "yes" votes are counted of all members. A simple majority is
    // more than half, so a tie is no majority; DOMAIN.md gives the chair no casting vote and none is counted.

    [Theory]
    [InlineData(10, 10, 5, 5, 0, false)]
    [InlineData(10, 10, 6, 4, 0, true)]
    [InlineData(9, 9, 4, 4, 1, false)]
    [InlineData(9, 9, 5, 4, 0, true)]
    [InlineData(8, 8, 4, 4, 0, false)]
    [InlineData(8, 6, 5, 1, 0, true)]
    public void Decree98Art30_7_ATieIsNoMajority_AndNoCastingVoteIsCounted(int members, int present, int yes, int no, int abstain,
        bool passed)
    {
        var outcome = CouncilVote.Decide(new BallotTally(members, present, yes, no, abstain), Title.AdvancedWorker, Decree152).Value;

        Assert.Equal(passed, outcome.Passed);
        Assert.Equal(members / 2 + 1, outcome.RequiredYes);
        Assert.True(outcome.Strict);
    }

    [Theory]
    [InlineData(Title.ProvincialEmulationFighter, 10, 9)]
    [InlineData(Title.ProvincialEmulationFighter, 9, 9)]
    [InlineData(Title.GrassrootsEmulationFighter, 10, 8)]
    [InlineData(Title.GrassrootsEmulationFighter, 11, 9)]
    [InlineData(Title.ProvincialEmulationFlag, 10, 8)]
    [InlineData(Title.ExcellentLabourCollective, 10, 6)]
    public void Decree98Art30_7_EachThreshold_AtTheRequiredYesAndOneShort(Title title, int members, int required)
    {
        var at = CouncilVote.Decide(new BallotTally(members, members, required, members - required, 0), title, Decree152).Value;
        var short1 = CouncilVote.Decide(new BallotTally(members, members, required - 1, members - required + 1, 0), title, Decree152).Value;

        Assert.Equal((true, required), (at.Passed, at.RequiredYes));
        Assert.False(short1.Passed);
        Assert.Equal((Decree152.Id, Decree152.Version), (at.RuleSetId, at.RuleSetVersion));
    }

    [Theory]
    [InlineData(9, 6, true)]
    [InlineData(9, 5, false)]
    [InlineData(12, 8, true)]
    [InlineData(12, 7, false)]
    public void Quorum_TwoThirdsOfAllMembers_AtTheLimitAndOneShort(int members, int present, bool met)
    {
        var outcome = CouncilVote.Decide(new BallotTally(members, present, present, 0, 0), Title.AdvancedWorker, Decree152).Value;

        Assert.Equal((met, met), (outcome.QuorumMet, outcome.Passed));
    }

    [Theory]
    [InlineData(10, 8, true)]
    [InlineData(10, 7, false)]
    [InlineData(11, 9, true)]
    [InlineData(11, 8, false)]
    public void Quorum_EightyPercentOfAllMembers_ForAnAwardSession_IsTheProvincesSetting_AtTheLimit(int members, int present, bool met)
    {
        var province = Decree152 with { Council = Decree152.Council with { Quorum = Fraction.FourFifths } };

        var outcome = CouncilVote.Decide(new BallotTally(members, present, present, 0, 0), Title.AdvancedWorker, province).Value;

        Assert.Equal(met, outcome.QuorumMet);
    }

    // Quotas (no national rule; a province's cap, base, scope and rounding are data): 15% of each bloc of ten is 1.5, so two
    // blocs give 2, 4 or 4 awards as the rounding says, while the same 15% over the agency's twenty gives exactly 3.

    [Theory]
    [InlineData(RoundingMode.Down, 1, 3)]
    [InlineData(RoundingMode.Nearest, 2, 3)]
    [InlineData(RoundingMode.Up, 2, 3)]
    public void Quota_FifteenPercent_RoundedBlocByBloc_OrOverTheAgency(RoundingMode rounding, int perBlocOfTen, int overTwenty)
    {
        var cap = new QuotaRule { Title = Title.GrassrootsEmulationFighter, CapPercent = 15m, Rounding = rounding };

        Assert.Equal((perBlocOfTen, overTwenty), (cap.Allowed(10), cap.Allowed(20)));
    }

    [Theory]
    [InlineData(RoundingMode.Down, 1, RecommendationStatus.OverQuota)]
    [InlineData(RoundingMode.Nearest, 2, RecommendationStatus.Recommended)]
    [InlineData(RoundingMode.Up, 2, RecommendationStatus.Recommended)]
    public void Quota_PerBloc_TheSecondOfABlocOfTen_IsWithinOrOverAsTheRoundingSays(RoundingMode rounding, int allowed,
        RecommendationStatus second)
    {
        var input = new InputBuilder();
        for (int unit = 1; unit <= 2; unit++)
        {
            input.Unit(new UnitBuilder(unit, blocId: unit).Members(10, 0));
            for (int i = 1; i <= 10; i++)
            {
                input.Person(new PersonBuilder(((unit - 1) * 10) + i, unit).Rated(QualityRating.Excellent));
            }
        }

        var rules = Decree152 with
        {
            Quotas = [new QuotaRule
            {
                Title = Title.GrassrootsEmulationFighter, CapPercent = 15m, Base = QuotaBase.AdvancedWorkers, Rounding = rounding,
                Scope = QuotaScope.PerBloc, Source = "Quyết định 01/2025/QĐ-UBND",
            }],
        };
        var evaluation = input.Evaluate(rules);

        foreach (int firstOfBloc in new[] { 1, 11 })
        {
            Assert.Equal(RecommendationStatus.Recommended, evaluation.Get(firstOfBloc, firstOfBloc == 1 ? 1 : 2, Title.GrassrootsEmulationFighter).Status);
        }

        var verdict = evaluation.Get(12, 2, Title.GrassrootsEmulationFighter);
        Assert.Equal(second, verdict.Status);
        Assert.Equal((allowed, 10, 2), (verdict.Quota!.Allowed, verdict.Quota.BaseCount, verdict.Quota.ScopeBlocId));
    }

    // Cash: multiple × the base salary in force on the decision date (Decree 98/2023 Art. 53(1)), rounded up to tens of
    // thousands of đồng (Art. 53(2)); the base salary rose from 1,800,000 to 2,340,000 on 1 July 2024 (Decree 73/2024).

    [Theory]
    [InlineData(Title.ProvincialEmulationFlag, "2024-06-30", 14_400_000)]
    [InlineData(Title.ProvincialEmulationFlag, "2024-07-01", 18_720_000)]
    [InlineData(Title.AdvancedLabourCollective, "2024-06-30", 1_440_000)]
    [InlineData(Title.AdvancedLabourCollective, "2024-07-01", 1_880_000)]
    [InlineData(Title.ExcellentLabourCollective, "2024-07-01", 3_510_000)]
    [InlineData(Title.ProvincialEmulationFighter, "2024-07-01", 7_020_000)]
    public void Cash_OnEitherSideOfTheBaseSalaryChange_WithTheRoundingUp(Title title, string decidedOn, int amount)
    {
        var breakdown = Decree98.Cash.Explain(title, DateOnly.Parse(decidedOn, System.Globalization.CultureInfo.InvariantCulture))!;

        Assert.Equal((decimal)amount, breakdown.AmountVnd);
        Assert.Equal(LegalArticles.Decree98TitleCash, breakdown.MultiplierArticle);
    }
}
