using Emulation.Domain.Awards;
using Emulation.Domain.Organization;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

namespace Emulation.Tests.Domain.Eligibility;

/// <summary>
/// Scenarios a provincial emulation board's appraiser would check, one fact a row, named after it, weighted toward the
/// corrections of the domain notes (DOMAIN.md, last section). Each runs the way the app evaluates a campaign: the rule set in
/// force on 31 December of the campaign's year for the agency's jurisdiction (<c>RuleSetService.InForceForYearAsync</c>), the
/// campaign's quotas applied (<see cref="CampaignQuotas.Apply"/>), then <see cref="CampaignEvaluator.EvaluateValidUnits"/>, as
/// the evaluation snapshots do. A row's people and units are written for 2025 with the test builders and moved, whole, to the
/// campaign year the row names, so a row of 2024 is read under Decree 98/2023 and one of 2025 under Decree 152/2025.
/// </summary>
[Trait("Category", "Fast")]
public sealed class AppraiserScenarioTests
{
    /// <summary>A province's own regulation, derived as the rule-set editor does, in force from 2024 for "QT".</summary>
    private const string Province = "QT";

    /// <summary>
    /// One scenario: the campaign's year, its people and units (written for 2025), the subject and title asked about, the
    /// verdict and the condition that decides it, and the province's changes to the national set when it has its own.
    /// </summary>
    public sealed record Case(int Year, Func<InputBuilder> Input, int? PersonId, int UnitId, Title Title, RecommendationStatus Expected,
        string? Deciding = null, Func<RuleSet, RuleSet>? ProvinceSays = null, string? ExpectedCondition = null);

    private static Case Person(int year, Func<PersonBuilder> person, Title title, RecommendationStatus expected, string? deciding = null,
        Func<RuleSet, RuleSet>? provinceSays = null, string? expectedCondition = null) =>
        new(year, () => new InputBuilder().Person(person()), 1, 1, title, expected, deciding, provinceSays, expectedCondition);

    private static Case Unit(Func<InputBuilder> input, Title title, RecommendationStatus expected, string? deciding = null, int unitId = 1,
        int year = InputBuilder.Year) =>
        new(year, input, null, unitId, title, expected, deciding);

    private static PersonBuilder P() => new(1);

    /// <summary>CSTĐCS (merit) in each year back given, rated excellent; this year rated excellent.</summary>
    private static PersonBuilder Fighter(params int[] yearsBack)
    {
        var person = P().Rated(QualityRating.Excellent);
        foreach (int back in yearsBack)
        {
            person.Earlier(back, QualityRating.Excellent).Award(back, Title.GrassrootsEmulationFighter);
        }

        return person;
    }

    /// <summary>
    /// A prior award of <paramref name="kind"/> five years back, then five years rated good (this one included) with CSTĐCS
    /// (rated excellent) one, two and three years back: Art. 73's and Art. 44's years, whatever the prior award is worth.
    /// </summary>
    private static PersonBuilder FiveYearsAfter(Title prior, AwardKind kind) =>
        P().Earlier(5, QualityRating.Excellent).Award(5, prior, kind)
            .Earlier(4, QualityRating.Good)
            .Earlier(3, QualityRating.Excellent).Award(3, Title.GrassrootsEmulationFighter)
            .Earlier(2, QualityRating.Excellent).Award(2, Title.GrassrootsEmulationFighter)
            .Earlier(1, QualityRating.Excellent).Award(1, Title.GrassrootsEmulationFighter);

    /// <summary>This year and last rated excellent, with a discipline from <paramref name="from"/> to <paramref name="to"/> two years back.</summary>
    private static PersonBuilder ExcellentAfterDiscipline(DateOnly from, DateOnly to) =>
        P().Rated(QualityRating.Excellent).Initiatives(InitiativeLevel.Grassroots, InitiativeLevel.Grassroots)
            .Earlier(1, QualityRating.Excellent).DisciplinedEarlier(2, from, to);

    /// <summary>Unit 1 of ten members: the people listed first (ids from 1), the rest rated as counted.</summary>
    private static InputBuilder Team(int excellent, int good, int completed, Func<UnitBuilder, UnitBuilder>? unit = null,
        params Func<PersonBuilder, PersonBuilder>[] others)
    {
        var input = new InputBuilder();
        int id = 0;
        foreach (var other in others)
        {
            input.Person(other(new PersonBuilder(++id)));
        }

        foreach (var (count, rating) in new[] { (excellent, QualityRating.Excellent), (good, QualityRating.Good), (completed, QualityRating.Completed) })
        {
            for (int i = 0; i < count; i++)
            {
                input.Person(new PersonBuilder(++id).Rated(rating));
            }
        }

        return input.Unit((unit ?? (u => u))(new UnitBuilder(1).Members(id, 0)));
    }

    /// <summary>Two units of one bloc with the same total, every target exceeded, and the members and women given.</summary>
    private static InputBuilder TiedBloc(int firstMembers, int firstWomen, int secondMembers, int secondWomen) => new InputBuilder()
        .Unit(new UnitBuilder(1).Value("KQ1", 120m).Value("KQ2", 8m).Members(firstMembers, firstWomen))
        .Unit(new UnitBuilder(2).Value("KQ1", 120m).Value("KQ2", 8m).Members(secondMembers, secondWomen));

    private static RuleSet OverlapYearCounts(RuleSet rules) =>
        rules with { Individuals = rules.Individuals with { YearOverlappingDisciplineCounts = true } };

    /// <summary>A province capping CSTĐCS at 15 % of Advanced Workers, rounded down, over the whole campaign.</summary>
    private static RuleSet FighterQuota(RuleSet rules) => rules with
    {
        Quotas = [new QuotaRule { Title = Title.GrassrootsEmulationFighter, CapPercent = 15m, Base = QuotaBase.AdvancedWorkers, Source = "QĐ của tỉnh" }],
    };

    private static readonly Dictionary<string, Case> Cases = new()
    {
        // Decree 152/2025 Art. 33(7): the next award's achievement period starts after the previous award's, from 1 July 2025;
        // Decree 98/2023 (campaigns of 2024) has no such clause. The rule set is the one in force on 31 December of the year.
        ["Art33_7_Campaign2024_UnderDecree98_ABangKhenOf2023_LeavesItsYearsCountedAgain"] = Person(2024,
            () => Fighter(1).Initiatives(InitiativeLevel.Grassroots, InitiativeLevel.Grassroots).Award(1, Title.ProvincialCertificateOfMerit),
            Title.ProvincialCertificateOfMerit, RecommendationStatus.Recommended, expectedCondition: "award.period_counted_again"),
        ["Art33_7_Campaign2025_UnderDecree152_ABangKhenOf2024GrantedUnderDecree98_StillStartsThePeriodAfterIt"] = Person(2025,
            () => Fighter(1).Initiatives(InitiativeLevel.Grassroots, InitiativeLevel.Grassroots).Award(1, Title.ProvincialCertificateOfMerit),
            Title.ProvincialCertificateOfMerit, RecommendationStatus.NotEligible, "bk.branch"),
        ["Art33_7_Campaign2025_ABangKhenOf2023_TwoFighterYearsAfterIt_AreAWholeNewPeriod"] = Person(2025,
            () => Fighter(1).Earlier(2, QualityRating.Excellent).Award(2, Title.ProvincialCertificateOfMerit)
                .Initiatives(InitiativeLevel.Grassroots, InitiativeLevel.Grassroots),
            Title.ProvincialCertificateOfMerit, RecommendationStatus.Recommended),
        ["Art33_7_Campaign2025_AProvincialFighterOf2022_ThreeFighterYearsAfterIt_AreAWholeNewPeriod"] = Person(2025,
            () => Fighter(1, 2, 3).Award(3, Title.ProvincialEmulationFighter).Initiative(InitiativeLevel.Provincial),
            Title.ProvincialEmulationFighter, RecommendationStatus.Recommended),
        ["Art33_7_Campaign2025_AProvincialFighterOf2023_LeavesTwoFighterYearsAfterIt"] = Person(2025,
            () => Fighter(1, 2, 3).Award(2, Title.ProvincialEmulationFighter).Initiative(InitiativeLevel.Provincial),
            Title.ProvincialEmulationFighter, RecommendationStatus.NotEligible, "cstdct.fighter_streak"),
        ["Art33_7_Campaign2025_AnExcellentCollectiveBangKhenOf2023_TwoExcellentYearsAfterIt_AreAWholeNewPeriod"] = Unit(
            () => Team(1, 6, 3, u => u.Award(1, Title.ExcellentLabourCollective).Award(2, Title.ExcellentLabourCollective)
                .Award(2, Title.CollectiveProvincialCertificateOfMerit)),
            Title.CollectiveProvincialCertificateOfMerit, RecommendationStatus.Recommended),

        // Decree 152/2025 Art. 4(3) and the notes' last section: sudden, thematic, long-service and resistance awards count
        // neither toward a merit streak nor as the prior award, nor do they start a new achievement period.
        ["Art4_3_AThematicBangKhenLastYear_DoesNotStartANewPeriod"] = Person(2025,
            () => Fighter(1).Initiatives(InitiativeLevel.Grassroots, InitiativeLevel.Grassroots).Award(1, Title.ProvincialCertificateOfMerit, AwardKind.Thematic),
            Title.ProvincialCertificateOfMerit, RecommendationStatus.Recommended),
        ["Art4_3_ASuddenBangKhenLastYear_DoesNotStartANewPeriod"] = Person(2025,
            () => Fighter(1).Initiatives(InitiativeLevel.Grassroots, InitiativeLevel.Grassroots).Award(1, Title.ProvincialCertificateOfMerit, AwardKind.Sudden),
            Title.ProvincialCertificateOfMerit, RecommendationStatus.Recommended),
        ["Art4_3_AResistanceBangKhen_IsNoPriorAwardForThePrimeMinistersBangKhen"] = Person(2025,
            () => FiveYearsAfter(Title.ProvincialCertificateOfMerit, AwardKind.Resistance),
            Title.PrimeMinisterCertificateOfMerit, RecommendationStatus.NotEligible, "prior.merit_award"),
        ["Art4_3_ALongServiceBangKhen_IsNoPriorAwardForThePrimeMinistersBangKhen"] = Person(2025,
            () => FiveYearsAfter(Title.ProvincialCertificateOfMerit, AwardKind.LongService),
            Title.PrimeMinisterCertificateOfMerit, RecommendationStatus.NotEligible, "prior.merit_award"),
        ["Art4_3_AMeritBangKhenFiveYearsBack_IsThePriorAwardForThePrimeMinistersBangKhen"] = Person(2025,
            () => FiveYearsAfter(Title.ProvincialCertificateOfMerit, AwardKind.Merit),
            Title.PrimeMinisterCertificateOfMerit, RecommendationStatus.Recommended),
        ["Art4_3_ASuddenPrimeMinistersBangKhen_IsNoPriorAwardForTheLabourOrder"] = Person(2025,
            () => FiveYearsAfter(Title.PrimeMinisterCertificateOfMerit, AwardKind.Sudden),
            Title.LabourOrderThirdClass, RecommendationStatus.NotEligible, "prior.merit_award"),
        ["Art4_3_AThematicFighterTitleLastYear_IsNoStepOfTheBangKhensTwoFighterYears"] = Person(2025,
            () => P().Rated(QualityRating.Excellent).Initiatives(InitiativeLevel.Grassroots, InitiativeLevel.Grassroots)
                .Earlier(1, QualityRating.Good).Award(1, Title.GrassrootsEmulationFighter, AwardKind.Thematic),
            Title.ProvincialCertificateOfMerit, RecommendationStatus.NotEligible, "bk.branch"),
        ["Art4_3_ASuddenCollectiveBangKhenLastYear_DoesNotStartANewPeriod"] = Unit(
            () => Team(1, 6, 3, u => u.Award(1, Title.ExcellentLabourCollective).Award(1, Title.CollectiveProvincialCertificateOfMerit, AwardKind.Sudden)),
            Title.CollectiveProvincialCertificateOfMerit, RecommendationStatus.Recommended),
        ["Art4_3_ALongServiceExcellentCollectiveLastYear_IsNoStepOfTheCollectiveBangKhen"] = Unit(
            () => Team(1, 6, 3, u => u.Award(1, Title.ExcellentLabourCollective, AwardKind.LongService)),
            Title.CollectiveProvincialCertificateOfMerit, RecommendationStatus.NotEligible, "coll.merit_streak"),

        // Art. 74: "02 sáng kiến" are two recognised initiatives, counted one by one; one that earned a CSTĐCS does not serve again.
        ["Art74_Initiatives_ThisYearsFighterTitleEarnedByItsOnlyInitiative_LeavesOneOfTwo"] = Person(2025,
            () => P().Rated(QualityRating.Good).Initiative(InitiativeLevel.Grassroots)
                .Earlier(1, QualityRating.Excellent, InitiativeLevel.Grassroots).Award(1, Title.GrassrootsEmulationFighter),
            Title.ProvincialCertificateOfMerit, RecommendationStatus.NotEligible, "bk.branch"),
        ["Art74_Initiatives_TwoThisYear_OneEarnsTheFighterTitle_TheOtherAndLastYearsMakeTwo"] = Person(2025,
            () => P().Rated(QualityRating.Good).Initiatives(InitiativeLevel.Grassroots, InitiativeLevel.Grassroots)
                .Earlier(1, QualityRating.Excellent, InitiativeLevel.Grassroots).Award(1, Title.GrassrootsEmulationFighter),
            Title.ProvincialCertificateOfMerit, RecommendationStatus.Recommended),
        ["Art74_Initiatives_FighterTitlesEarnedByExcellentRatings_UseNoInitiative"] = Person(2025,
            () => P().Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Grassroots)
                .Earlier(1, QualityRating.Excellent, InitiativeLevel.Grassroots).Award(1, Title.GrassrootsEmulationFighter),
            Title.ProvincialCertificateOfMerit, RecommendationStatus.Recommended),
        ["Art74_Initiatives_TwoInTheFirstYearAlone_AreTwo"] = Person(2025,
            () => P().Rated(QualityRating.Excellent).EarlierWithInitiatives(1, QualityRating.Excellent, InitiativeLevel.Grassroots, InitiativeLevel.Grassroots),
            Title.ProvincialCertificateOfMerit, RecommendationStatus.Recommended),
        ["Art74_Initiatives_OneThreeYearsBack_IsOutsideTheTwoYears"] = Person(2025,
            () => P().Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Grassroots).Earlier(1, QualityRating.Excellent)
                .Earlier(2, QualityRating.Excellent, InitiativeLevel.Grassroots),
            Title.ProvincialCertificateOfMerit, RecommendationStatus.NotEligible, "bk.branch"),
        ["Art74_Initiatives_AProvinceWideOneCountsAsOneOfTheTwo"] = Person(2025,
            () => P().Rated(QualityRating.Excellent).Initiatives(InitiativeLevel.Grassroots, InitiativeLevel.Provincial).Earlier(1, QualityRating.Excellent),
            Title.ProvincialCertificateOfMerit, RecommendationStatus.Recommended),

        // Leave is not "not yet recruited": months since recruitment are counted to 31 December inclusively; leave is counted
        // against the Decree 90/2020 cap; maternity leave is working time.
        ["Circular01_RecruitedOn1July_OneMonthUnpaidLeave_LeavesFiveMonthsWorked_NotRated"] = Person(2025,
            () => P().RecruitedOn(new DateOnly(2025, 7, 1)).Leave(5, 1),
            Title.AdvancedWorker, RecommendationStatus.NotEligible, "aw.working_time"),
        ["Circular01_RecruitedOn1July_OneMonthMaternity_IsSixMonthsOfWorkingTime"] = Person(2025,
            () => P().Woman().RecruitedOn(new DateOnly(2025, 7, 1)).Worked(5, maternity: 1),
            Title.AdvancedWorker, RecommendationStatus.Recommended),
        ["Decree90Art2_3_RecruitedInFebruary_ThreeMonthsLeave_CapTheRating"] = Person(2025,
            () => P().RecruitedOn(new DateOnly(2025, 2, 1)).Leave(8, 3),
            Title.AdvancedWorker, RecommendationStatus.NotEligible, "rating.leave_cap"),
        ["Decree90Art2_3_RecruitedInApril_NineMonthsWorked_TheThreeMonthsBeforeAreNoLeave"] = Person(2025,
            () => P().Rated(QualityRating.Excellent).RecruitedOn(new DateOnly(2025, 4, 1)).Worked(9),
            Title.GrassrootsEmulationFighter, RecommendationStatus.Recommended),
        ["Circular01_RecruitedOn1July2024_IsAFullMemberOfTheCampaignOf2025"] = Person(2025,
            () => P().RecruitedOn(new DateOnly(2024, 7, 1)),
            Title.AdvancedWorker, RecommendationStatus.Recommended),

        // Decree 152/2025 Art. 4(4): deferred while discipline, inspection or a complaint is pending; after a discipline,
        // achievements count from its end date.
        ["Art4_4_AComplaintPending_DefersTheBangKhen_RatherThanRefusingIt"] = Person(2025,
            () => Fighter(1).Initiatives(InitiativeLevel.Grassroots, InitiativeLevel.Grassroots).Pending(),
            Title.ProvincialCertificateOfMerit, RecommendationStatus.Deferred, "proceedings.none"),
        ["Art4_4_AnInspectionPending_DefersTheProvincialFighter"] = Person(2025,
            () => Fighter(1, 2).Initiative(InitiativeLevel.Provincial).Pending(),
            Title.ProvincialEmulationFighter, RecommendationStatus.Deferred, "proceedings.none"),
        ["Art4_4_ProceedingsPendingOnSomeoneNotEligible_RefuseRatherThanDefer"] = Person(2025,
            () => P().Rated(QualityRating.Completed).Pending(),
            Title.AdvancedWorker, RecommendationStatus.NotEligible, "aw.rating"),
        ["Art4_4_ADisciplineEndingOn29February2024_Keeps2024OutOfTheExcellentYears"] = Person(2025,
            () => ExcellentAfterDiscipline(new DateOnly(2023, 3, 1), new DateOnly(2024, 2, 29)),
            Title.ProvincialCertificateOfMerit, RecommendationStatus.NotEligible, "bk.branch"),
        ["Art4_4_ADisciplineEndingOn29February2024_AProvinceCountingTheYearOfItsEnd"] = Person(2025,
            () => ExcellentAfterDiscipline(new DateOnly(2023, 3, 1), new DateOnly(2024, 2, 29)),
            Title.ProvincialCertificateOfMerit, RecommendationStatus.Recommended, provinceSays: OverlapYearCounts),
        ["Art4_4_ADisciplineEndingOn31December2023_CountsFrom2024"] = Person(2025,
            () => ExcellentAfterDiscipline(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)),
            Title.ProvincialCertificateOfMerit, RecommendationStatus.Recommended),
        ["Art4_4_AMemberPendingWhoDoesNotDecideTheShare_LeavesTheCollectiveRecommended"] = Unit(
            () => Team(0, 7, 2, others: p => p.Pending()),
            Title.AdvancedLabourCollective, RecommendationStatus.Recommended),
        ["Art4_4_TheUnitItselfUnderInspection_DefersItsCollectiveTitle"] = Unit(
            () => Team(0, 8, 2, u => u.Pending()),
            Title.AdvancedLabourCollective, RecommendationStatus.Deferred, "proceedings.none"),

        // Decree 152/2025 Art. 4(5): maternity leave is working time, for the person and for the collective's shares.
        ["Art4_5_AWholeYearOfMaternityLeave_IsAWorkingYear"] = Person(2025,
            () => P().Woman().Worked(0, maternity: 12),
            Title.AdvancedWorker, RecommendationStatus.Recommended),
        ["Art4_5_AMemberOnEightMonthsMaternity_CountsTowardArt28sSeventyPercent"] = Unit(
            () => Team(0, 6, 3, others: p => p.Woman().Worked(4, maternity: 8)),
            Title.AdvancedLabourCollective, RecommendationStatus.Recommended),
        ["Art4_5_AMemberOnMaternity_KeepsArt27sHundredPercentCompleted"] = Unit(
            () => Team(1, 5, 3, others: p => p.Woman().Worked(2, maternity: 10)),
            Title.ExcellentLabourCollective, RecommendationStatus.Recommended),

        // Decree 152/2025 Art. 4(6): on a tie, a woman; a collective with at least 70 % women (a share of all its members).
        ["Art4_6_ATieForTheBlocsLead_TheUnitWithExactlySeventyPercentWomenLeadsAndTakesTheFlag"] = Unit(
            () => TiedBloc(10, 6, 10, 7), Title.ProvincialEmulationFlag, RecommendationStatus.Recommended, unitId: 2),
        ["Art4_6_ATieForTheBlocsLead_SixtyNinePercentWomen_LosesTheLead"] = Unit(
            () => TiedBloc(100, 69, 10, 7), Title.ProvincialEmulationFlag, RecommendationStatus.NotEligible, "flag.bloc_leader"),
        ["Art4_6_ATieForTheBlocsLead_BothAtOrAboveSeventyPercent_TheWomenRuleDecidesNothing"] = Unit(
            () => TiedBloc(10, 7, 10, 9), Title.ProvincialEmulationFlag, RecommendationStatus.Recommended),
        ["Art4_6_ATieForTheBlocsLead_SevenWomenOfElevenIsUnderSeventyPercent_TheLeadStaysWithTheFirst"] = Unit(
            () => TiedBloc(10, 6, 11, 7), Title.ProvincialEmulationFlag, RecommendationStatus.Recommended),
        ["Art4_6_UnderAProvincialQuotaOfOne_TheWomanGoesBeforeTheEqualMan"] = new(2025,
            () => Team(0, 5, 0, null, p => p.Rated(QualityRating.Excellent), p => p.Woman().Rated(QualityRating.Excellent)),
            2, 1, Title.GrassrootsEmulationFighter, RecommendationStatus.Recommended, ProvinceSays: FighterQuota),
        ["Art4_6_UnderAProvincialQuotaOfOne_TheEqualManIsOverTheQuota"] = new(2025,
            () => Team(0, 5, 0, null, p => p.Rated(QualityRating.Excellent), p => p.Woman().Rated(QualityRating.Excellent)),
            1, 1, Title.GrassrootsEmulationFighter, RecommendationStatus.OverQuota, ProvinceSays: FighterQuota),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Scenario(string name)
    {
        var c = Cases[name];
        var input = InYear(c.Input().Build(), c.Year);
        var rules = RulesForCampaignOf(c.Year, c.ProvinceSays);

        var evaluated = CampaignEvaluator.EvaluateValidUnits(input, rules);

        Assert.True(evaluated.IsSuccess, string.Join("; ", evaluated.Errors));
        Assert.Empty(evaluated.Value.SetAside);
        var verdict = evaluated.Value.Get(c.PersonId, c.UnitId, c.Title);
        Assert.Equal(c.Expected, verdict.Status);
        Assert.Equal((rules.Id, rules.Version, LegalArticles.For(c.Title)), (verdict.RuleSetId, verdict.RuleSetVersion, verdict.Article));
        Assert.All(verdict.Conditions, condition => Assert.False(string.IsNullOrWhiteSpace(condition.Article), condition.Code));
        if (c.Expected is RecommendationStatus.Recommended or RecommendationStatus.OverQuota)
        {
            Assert.All(verdict.Conditions, condition => Assert.True(condition.Passed, condition.Code));
        }
        else
        {
            Assert.Contains(verdict.Conditions, condition => condition.Code == c.Deciding && !condition.Passed);
        }

        if (c.ExpectedCondition is { } named)
        {
            Assert.Contains(verdict.Conditions, condition => condition.Code == named);
        }
    }

    [Fact]
    public void TheCampaignYear_ChoosesTheRuleSet_2024UnderDecree98_2025UnderDecree152_AndAProvincesOwnOverBoth()
    {
        Assert.Equal(RuleSetCatalog.Decree98.Id, RulesForCampaignOf(2024).Id);
        Assert.Equal(RuleSetCatalog.Decree152.Id, RulesForCampaignOf(2025).Id);
        Assert.Equal("QT-THU", RulesForCampaignOf(2025, r => r).Id);
    }

    /// <summary>
    /// The rule set a campaign of <paramref name="year"/> is evaluated under, chosen as the app chooses it: the set in force on
    /// 31 December among the national ones and the province's own (derived from the national set in force, as the editor does).
    /// </summary>
    internal static RuleSet RulesForCampaignOf(int year, Func<RuleSet, RuleSet>? provinceSays = null)
    {
        var yearEnd = new DateOnly(year, 12, 31);
        var national = RuleSetCatalog.InForce(RuleSetCatalog.All, yearEnd, Province);
        Assert.True(national.IsSuccess, string.Join("; ", national.Errors));
        RuleSet[] candidates = provinceSays is null
            ? [.. RuleSetCatalog.All]
            : [.. RuleSetCatalog.All, provinceSays(national.Value.DeriveFor(Province, "QT-THU", 1, "Quy định của tỉnh", "Quyết định 01/2025/QĐ-UBND",
                new DateOnly(year, 1, 1)))];
        var inForce = RuleSetCatalog.InForce(candidates, yearEnd, Province);
        Assert.True(inForce.IsSuccess, string.Join("; ", inForce.Errors));
        return CampaignQuotas.Apply(inForce.Value, [], "Phong trào thi đua thường xuyên");
    }

    /// <summary>The campaign written for <see cref="InputBuilder.Year"/> moved whole to <paramref name="year"/>: every year and date.</summary>
    private static EvaluationInput InYear(EvaluationInput input, int year)
    {
        int shift = year - input.Year;
        if (shift == 0)
        {
            return input;
        }

        DateOnly Move(DateOnly day) => day.AddYears(shift);
        AwardRecord MoveAward(AwardRecord a) => a with { Year = a.Year + shift };
        return input with
        {
            Year = year,
            Units = [.. input.Units.Select(u => u with
            {
                Awards = [.. u.Awards.Select(MoveAward)],
                YearRatings = [.. u.YearRatings.Select(r => r with { Year = r.Year + shift })],
            })],
            People = [.. input.People.Select(p => p with
            {
                RecruitedOn = Move(p.RecruitedOn),
                Years = [.. p.Years.Select(y => y with
                {
                    Year = y.Year + shift,
                    DisciplineFrom = y.DisciplineFrom is { } from ? Move(from) : null,
                    DisciplineTo = y.DisciplineTo is { } to ? Move(to) : null,
                })],
                Awards = [.. p.Awards.Select(MoveAward)],
            })],
        };
    }
}
