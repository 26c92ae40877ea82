using Emulation.Domain.Awards;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

namespace Emulation.Tests.Domain.Eligibility;

/// <summary>
/// Scenarios written from the domain notes alone (DOMAIN.md, its last section over the first), one legal fact a row, each
/// row named by its article: the person's year in <see cref="InputBuilder.Year"/> (2025), the title asked about, the
/// verdict expected and the condition that must decide it. Every verdict must name the rule set, its version and the
/// title's article; a verdict other than "recommended" must show the deciding condition failed, and a recommendation
/// must show every condition passed.
/// </summary>
[Trait("Category", "Fast")]
public sealed class NotesIndividualScenarioTests
{
    private static readonly RuleSet Decree152 = RuleSetCatalog.Decree152;
    private static readonly RuleSet Decree98 = RuleSetCatalog.Decree98;

    /// <summary>One scenario: the person (and, when it matters, the unit), the title, the verdict and what decides it.</summary>
    public sealed record Case(Func<PersonBuilder> Person, Title Title, RecommendationStatus Expected, string? Deciding = null,
        RuleSet? Rules = null, Func<UnitBuilder>? Unit = null);

    private static PersonBuilder P() => new(1);

    /// <summary>A person rated excellent this year who was CSTĐCS (merit, rated excellent) in each year back given.</summary>
    private static PersonBuilder FighterIn(params int[] yearsBack)
    {
        var person = P().Rated(QualityRating.Excellent);
        foreach (int back in yearsBack)
        {
            person.Earlier(back, QualityRating.Excellent).Award(back, Title.GrassrootsEmulationFighter);
        }

        return person;
    }

    /// <summary>
    /// A provincial Bằng khen (merit) for the year <paramref name="awardBack"/> years back, then every later year rated good,
    /// with a CSTĐCS (rated excellent) in the years back listed in <paramref name="fighterYearsBack"/>; this year good.
    /// </summary>
    private static PersonBuilder AfterPrior(Title prior, int awardBack, QualityRating thisYear, params int[] fighterYearsBack)
    {
        var person = P().Rated(thisYear).Earlier(awardBack, QualityRating.Excellent).Award(awardBack, prior);
        for (int back = 1; back < awardBack; back++)
        {
            bool fighter = fighterYearsBack.Contains(back);
            person.Earlier(back, fighter ? QualityRating.Excellent : QualityRating.Good);
            if (fighter)
            {
                person.Award(back, Title.GrassrootsEmulationFighter);
            }
        }

        return person;
    }

    private static UnitBuilder UnitMissingATarget() => new UnitBuilder(1).Value("KQ1", 90m);

    private static RuleSet With(IndividualRules individuals) => Decree152 with { Individuals = individuals };

    private static readonly Dictionary<string, Case> Cases = new()
    {
        // Law 06/2022 Art. 24 (Lao động tiên tiến): rated good or excellent; Decree 90/2020 on working time and leave.
        ["Art24_RatedGood_FullYear_IsAnAdvancedWorker"] = new(() => P(), Title.AdvancedWorker, RecommendationStatus.Recommended),
        ["Art24_RatedExcellent_IsAnAdvancedWorker"] = new(() => P().Rated(QualityRating.Excellent), Title.AdvancedWorker, RecommendationStatus.Recommended),
        ["Art24_RatedCompleted_IsNot"] = new(() => P().Rated(QualityRating.Completed), Title.AdvancedWorker, RecommendationStatus.NotEligible, "aw.rating"),
        ["Art24_RatedNotCompleted_IsNot"] = new(() => P().Rated(QualityRating.NotCompleted), Title.AdvancedWorker, RecommendationStatus.NotEligible, "aw.rating"),
        ["Art24_Decree90_NotRated_IsNot"] = new(() => P().Rated(QualityRating.NotRated), Title.AdvancedWorker, RecommendationStatus.NotEligible, "aw.rating"),
        ["Art24_Decree90_WorkedExactlySixMonths_IsRated"] = new(() => P().Worked(6), Title.AdvancedWorker, RecommendationStatus.Recommended),
        ["Art24_Decree90_WorkedFiveMonths_IsNotRated"] = new(() => P().Worked(5), Title.AdvancedWorker, RecommendationStatus.NotEligible, "aw.working_time"),
        ["Art24_Decree152Art4_5_FiveMonthsWorkedAndFourOfMaternity_AreNineMonths"] = new(() => P().Worked(5, maternity: 4), Title.AdvancedWorker, RecommendationStatus.Recommended),
        ["Art24_Decree152Art4_5_SixMonthsOfMaternity_DoNotCapTheRating"] = new(() => P().Rated(QualityRating.Excellent).Worked(6, maternity: 6), Title.AdvancedWorker, RecommendationStatus.Recommended),
        ["Art24_Circular01Art1_5_NineMonthsOfStateSentTraining_CountAsWorkingTime"] = new(() => P().Worked(3, maternity: 9), Title.AdvancedWorker, RecommendationStatus.Recommended),
        ["Art24_Decree90Art2_3_SickLeaveOfExactlyThreeMonths_CapsTheRatingBelowGood"] = new(() => P().Leave(9, 3), Title.AdvancedWorker, RecommendationStatus.NotEligible, "rating.leave_cap"),
        ["Art24_Decree90Art2_3_LeaveOfTwoMonths_LeavesTheRating"] = new(() => P().Leave(10, 2), Title.AdvancedWorker, RecommendationStatus.Recommended),
        ["Art24_Decree90Art2_3_LeaveOfFiveMonths_RatedExcellent_IsStillCapped"] = new(() => P().Rated(QualityRating.Excellent).Leave(7, 5), Title.AdvancedWorker, RecommendationStatus.NotEligible, "rating.leave_cap"),
        ["Art24_Decree90_LeaveOfSevenMonths_LeavesTooLittleWorkingTime"] = new(() => P().Leave(5, 7), Title.AdvancedWorker, RecommendationStatus.NotEligible, "aw.working_time"),
        ["Art24_Circular01_RecruitedOn1July_IsSixMonthsCountedInclusively"] = new(() => P().RecruitedOn(new DateOnly(2025, 7, 1)).Worked(6), Title.AdvancedWorker, RecommendationStatus.Recommended),
        ["Art24_Circular01_RecruitedOn2July_IsUnderSixMonths"] = new(() => P().RecruitedOn(new DateOnly(2025, 7, 2)).Worked(6), Title.AdvancedWorker, RecommendationStatus.NotEligible, "aw.recruitment"),
        ["Art24_Circular01_RecruitedInOctober_IsNotEligible"] = new(() => P().RecruitedOn(new DateOnly(2025, 10, 1)).Worked(3), Title.AdvancedWorker, RecommendationStatus.NotEligible, "aw.recruitment"),
        ["Art24_Circular01_TransferredAfterSixMonthsThere_WaitsForTheFormerUnitsOpinion"] = new(() => P().TransferredIn(6, opinionReceived: false), Title.AdvancedWorker, RecommendationStatus.Deferred, "transfer.former_unit_opinion"),
        ["Art24_Circular01_TransferredAfterSixMonthsThere_WithTheOpinion_IsReviewed"] = new(() => P().TransferredIn(6, opinionReceived: true), Title.AdvancedWorker, RecommendationStatus.Recommended),
        ["Art24_Circular01_TransferredAfterFiveMonthsThere_NeedsNoOpinion"] = new(() => P().TransferredIn(5, opinionReceived: false), Title.AdvancedWorker, RecommendationStatus.Recommended),
        ["Art24_Decree90_Reprimanded_IsRatedNotCompleted_NoTitle"] = new(() => P().Disciplined(DisciplineLevel.Reprimand), Title.AdvancedWorker, RecommendationStatus.NotEligible, "discipline.allowed"),
        ["Art24_Decree90_Warned_NoTitle"] = new(() => P().Disciplined(DisciplineLevel.Warning), Title.AdvancedWorker, RecommendationStatus.NotEligible, "discipline.allowed"),
        ["Art24_Decree90_Demoted_NoTitle"] = new(() => P().Disciplined(DisciplineLevel.Demotion), Title.AdvancedWorker, RecommendationStatus.NotEligible, "discipline.allowed"),
        ["Art24_Decree90_Dismissed_NoTitle"] = new(() => P().Disciplined(DisciplineLevel.Dismissal), Title.AdvancedWorker, RecommendationStatus.NotEligible, "discipline.allowed"),
        ["Art24_Decree152Art4_4_ProceedingsPending_IsDeferred"] = new(() => P().Pending(), Title.AdvancedWorker, RecommendationStatus.Deferred, "proceedings.none"),
        ["Art24_Decree152Art4_4_ADisciplineOfLastYearEndingInMay_ReachesIntoThisYear"] = new(() => P().DisciplinedEarlier(1, new DateOnly(2024, 6, 1), new DateOnly(2025, 5, 31)), Title.AdvancedWorker, RecommendationStatus.NotEligible, "discipline.period_ended"),
        ["Art24_Decree152Art4_4_ADisciplineEndingOn31December_LeavesThisYearClear"] = new(() => P().DisciplinedEarlier(1, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), Title.AdvancedWorker, RecommendationStatus.Recommended),
        ["Art24_Decree90_RetiredOn1JulyAfterSixMonthsWorked_IsReviewed"] = new(() => P().Worked(6), Title.AdvancedWorker, RecommendationStatus.Recommended),
        ["Art24_Decree90_DiedAfterFiveMonthsWorked_IsNotRated"] = new(() => P().Worked(5), Title.AdvancedWorker, RecommendationStatus.NotEligible, "aw.working_time"),

        // Art. 23 (Chiến sĩ thi đua cơ sở): an Advanced Worker rated excellent, or with a recognised grassroots initiative.
        ["Art23_AdvancedWorkerRatedExcellent_IsAFighter"] = new(() => P().Rated(QualityRating.Excellent), Title.GrassrootsEmulationFighter, RecommendationStatus.Recommended),
        ["Art23_RatedGoodWithAGrassrootsInitiative_IsAFighter"] = new(() => P().Initiative(InitiativeLevel.Grassroots), Title.GrassrootsEmulationFighter, RecommendationStatus.Recommended),
        ["Art23_RatedGoodWithoutAnInitiative_IsNot"] = new(() => P(), Title.GrassrootsEmulationFighter, RecommendationStatus.NotEligible, "cstdcs.excellent_or_initiative"),
        ["Art23_RatedCompletedWithAProvincialInitiative_IsNoAdvancedWorker"] = new(() => P().Rated(QualityRating.Completed).Initiative(InitiativeLevel.Provincial), Title.GrassrootsEmulationFighter, RecommendationStatus.NotEligible, "cstdcs.advanced_worker"),
        ["Art23_Circular01_ExcellentButRecruitedInAugust_IsNoAdvancedWorker"] = new(() => P().Rated(QualityRating.Excellent).RecruitedOn(new DateOnly(2025, 8, 1)).Worked(6), Title.GrassrootsEmulationFighter, RecommendationStatus.NotEligible, "cstdcs.advanced_worker"),
        ["Art23_Decree90_ExcellentWithFourMonthsSickLeave_IsNoAdvancedWorker"] = new(() => P().Rated(QualityRating.Excellent).Leave(8, 4), Title.GrassrootsEmulationFighter, RecommendationStatus.NotEligible, "cstdcs.advanced_worker"),
        ["Art23_Decree90_ExcellentButReprimanded_IsNoAdvancedWorker"] = new(() => P().Rated(QualityRating.Excellent).Disciplined(DisciplineLevel.Reprimand), Title.GrassrootsEmulationFighter, RecommendationStatus.NotEligible, "cstdcs.advanced_worker"),
        ["Art23_Decree152Art4_4_ExcellentWithAComplaintPending_IsDeferred"] = new(() => P().Rated(QualityRating.Excellent).Pending(), Title.GrassrootsEmulationFighter, RecommendationStatus.Deferred, "proceedings.none"),
        ["Art23_Decree152Art4_5_ExcellentAfterSevenMonthsMaternity_IsAFighter"] = new(() => P().Rated(QualityRating.Excellent).Worked(5, maternity: 7), Title.GrassrootsEmulationFighter, RecommendationStatus.Recommended),

        // Art. 22 (Chiến sĩ thi đua cấp tỉnh): three consecutive CSTĐCS titles and an initiative applied province-wide.
        ["Art22_TheThirdConsecutiveFighterTitle_WithAProvincialInitiative"] = new(() => FighterIn(1, 2).Initiative(InitiativeLevel.Provincial), Title.ProvincialEmulationFighter, RecommendationStatus.Recommended),
        ["Art22_TheProvincialInitiativeTwoYearsAgo_IsWithinTheThreeYears"] = new(() => FighterIn(1).Earlier(2, QualityRating.Excellent, InitiativeLevel.Provincial).Award(2, Title.GrassrootsEmulationFighter), Title.ProvincialEmulationFighter, RecommendationStatus.Recommended),
        ["Art22_TheProvincialInitiativeThreeYearsAgo_IsOutsideTheThreeYears"] = new(() => FighterIn(1, 2).Earlier(3, QualityRating.Good, InitiativeLevel.Provincial), Title.ProvincialEmulationFighter, RecommendationStatus.NotEligible, "initiative.level"),
        ["Art22_TwoConsecutiveTitles_AreOneShort"] = new(() => FighterIn(1).Initiative(InitiativeLevel.Provincial), Title.ProvincialEmulationFighter, RecommendationStatus.NotEligible, "cstdct.fighter_streak"),
        ["Art22_AGrassrootsInitiativeOnly_IsNotProvinceWide"] = new(() => FighterIn(1, 2).Initiative(InitiativeLevel.Grassroots), Title.ProvincialEmulationFighter, RecommendationStatus.NotEligible, "initiative.level"),
        ["Art22_TheThirdTitleByAProvincialInitiative_RatedGood"] = new(() => FighterIn(1, 2).Rated(QualityRating.Good).Initiative(InitiativeLevel.Provincial), Title.ProvincialEmulationFighter, RecommendationStatus.Recommended),
        ["Art22_ABrokenChain_AGoodYearWithoutTheTitle_RestartsTheCount"] = new(() => FighterIn(2, 3).Earlier(1, QualityRating.Good).Initiative(InitiativeLevel.Provincial), Title.ProvincialEmulationFighter, RecommendationStatus.NotEligible, "cstdct.fighter_streak"),
        ["Art22_Decree152Art4_3_AThematicFighterTitleInTheChain_DoesNotCount"] = new(() => FighterIn(2).Earlier(1, QualityRating.Excellent).Award(1, Title.GrassrootsEmulationFighter, AwardKind.Thematic).Initiative(InitiativeLevel.Provincial), Title.ProvincialEmulationFighter, RecommendationStatus.NotEligible, "cstdct.fighter_streak"),
        ["Art22_ARevokedFighterTitleInTheChain_DoesNotCount"] = new(() => FighterIn(2).Earlier(1, QualityRating.Excellent).Award(1, Title.GrassrootsEmulationFighter, revoked: true).Initiative(InitiativeLevel.Provincial), Title.ProvincialEmulationFighter, RecommendationStatus.NotEligible, "cstdct.fighter_streak"),
        ["Art22_Decree90_DisciplinedThisYear_EndsTheChain"] = new(() => FighterIn(1, 2).Initiative(InitiativeLevel.Provincial).Disciplined(DisciplineLevel.Reprimand), Title.ProvincialEmulationFighter, RecommendationStatus.NotEligible, "cstdct.fighter_streak"),
        ["Art22_Decree152Art33_7_TheFourthYearAfterAProvincialFighter_StartsANewCount"] = new(() => FighterIn(1, 2, 3).Initiative(InitiativeLevel.Provincial).Award(1, Title.ProvincialEmulationFighter), Title.ProvincialEmulationFighter, RecommendationStatus.NotEligible, "cstdct.fighter_streak"),
        ["Art22_Decree98_WithoutArt33_7_TheFourthYearCountsTheOldTitlesAgain"] = new(() => FighterIn(1, 2, 3).Initiative(InitiativeLevel.Provincial).Award(1, Title.ProvincialEmulationFighter), Title.ProvincialEmulationFighter, RecommendationStatus.Recommended, Rules: Decree98),

        // Art. 74 (Bằng khen của Chủ tịch UBND tỉnh, individual).
        ["Art74_TwoConsecutiveFighterTitles_AndTwoInitiatives"] = new(() => FighterIn().Earlier(1, QualityRating.Excellent, InitiativeLevel.Grassroots).Award(1, Title.GrassrootsEmulationFighter).Initiative(InitiativeLevel.Grassroots), Title.ProvincialCertificateOfMerit, RecommendationStatus.Recommended),
        ["Art74_TwoConsecutiveFighterTitles_NoInitiative_InitiativeClauseBindsBoth"] = new(() => FighterIn(1), Title.ProvincialCertificateOfMerit, RecommendationStatus.NotEligible, "bk.branch"),
        ["Art74_TwoConsecutiveFighterTitles_NoInitiative_InitiativeClauseBindsExcellentYearsOnly"] = new(() => FighterIn(1), Title.ProvincialCertificateOfMerit, RecommendationStatus.Recommended, Rules: With(new IndividualRules { MeritInitiativeClause = MeritInitiativeClause.BindsExcellentYearsOnly })),
        ["Art74_TwoYearsExcellent_TwoInitiativesThisYear_CountOneByOne"] = new(() => P().Rated(QualityRating.Excellent).Initiatives(InitiativeLevel.Grassroots, InitiativeLevel.Grassroots).Earlier(1, QualityRating.Excellent), Title.ProvincialCertificateOfMerit, RecommendationStatus.Recommended),
        ["Art74_TwoYearsExcellent_OneInitiative_IsOneShort"] = new(() => P().Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Grassroots).Earlier(1, QualityRating.Excellent), Title.ProvincialCertificateOfMerit, RecommendationStatus.NotEligible, "bk.branch"),
        ["Art74_MoHAGuidance_InitiativesThatMadeTheFighterTitles_DoNotServeAgain"] = new(() => P().Initiative(InitiativeLevel.Grassroots).Earlier(1, QualityRating.Good, InitiativeLevel.Grassroots).Award(1, Title.GrassrootsEmulationFighter), Title.ProvincialCertificateOfMerit, RecommendationStatus.NotEligible, "bk.branch"),
        ["Art74_Decree90_LastYearExcellentWithFourMonthsLeave_ServesAsCompleted"] = new(() => P().Rated(QualityRating.Excellent).Initiatives(InitiativeLevel.Grassroots, InitiativeLevel.Grassroots).EarlierOnLeave(1, QualityRating.Excellent, 4), Title.ProvincialCertificateOfMerit, RecommendationStatus.NotEligible, "bk.branch"),
        ["Art74_Decree152Art4_5_LastYearExcellentWithSixMonthsMaternity_Counts"] = new(() => P().Rated(QualityRating.Excellent).Initiatives(InitiativeLevel.Grassroots, InitiativeLevel.Grassroots).EarlierOnMaternity(1, QualityRating.Excellent, 6), Title.ProvincialCertificateOfMerit, RecommendationStatus.Recommended),
        ["Art74_Decree152Art33_7_ABangKhenForLastYear_LeavesOnlyThisYear"] = new(() => FighterIn().Initiatives(InitiativeLevel.Grassroots, InitiativeLevel.Grassroots).Earlier(1, QualityRating.Excellent).Award(1, Title.GrassrootsEmulationFighter).Award(1, Title.ProvincialCertificateOfMerit), Title.ProvincialCertificateOfMerit, RecommendationStatus.NotEligible, "bk.branch"),
        ["Art74_Decree98_ABangKhenForLastYear_LastYearServesAgain"] = new(() => FighterIn().Initiatives(InitiativeLevel.Grassroots, InitiativeLevel.Grassroots).Earlier(1, QualityRating.Excellent).Award(1, Title.GrassrootsEmulationFighter).Award(1, Title.ProvincialCertificateOfMerit), Title.ProvincialCertificateOfMerit, RecommendationStatus.Recommended, Rules: Decree98),
        ["Art74_Decree152Art4_4_ADisciplineLastYear_BreaksTheExcellentYears"] = new(() => P().Rated(QualityRating.Excellent).Initiatives(InitiativeLevel.Grassroots, InitiativeLevel.Grassroots).DisciplinedEarlier(1), Title.ProvincialCertificateOfMerit, RecommendationStatus.NotEligible, "bk.branch"),

        // Art. 73 (Bằng khen của Thủ tướng): a provincial Bằng khen, then five consecutive years good or better with three CSTĐCS.
        ["Art73_ProvincialBangKhenFiveYearsAgo_ThenFiveGoodYearsWithThreeFighterTitles"] = new(() => AfterPrior(Title.ProvincialCertificateOfMerit, 5, QualityRating.Good, 1, 2, 3), Title.PrimeMinisterCertificateOfMerit, RecommendationStatus.Recommended),
        ["Art73_ProvincialBangKhenFourYearsAgo_LeavesOnlyFourFollowingYears"] = new(() => AfterPrior(Title.ProvincialCertificateOfMerit, 4, QualityRating.Good, 1, 2, 3), Title.PrimeMinisterCertificateOfMerit, RecommendationStatus.NotEligible, "streak.good_years"),
        ["Art73_TwoFighterTitlesInTheFiveYears_AreOneShort"] = new(() => AfterPrior(Title.ProvincialCertificateOfMerit, 5, QualityRating.Good, 1, 2), Title.PrimeMinisterCertificateOfMerit, RecommendationStatus.NotEligible, "streak.fighter_titles"),
        ["Art73_Decree152Art4_3_ASuddenBangKhenBesideTheMeritOne_ChangesNothing"] = new(() => AfterPrior(Title.ProvincialCertificateOfMerit, 5, QualityRating.Good, 1, 2, 3).Award(5, Title.ProvincialCertificateOfMerit, AwardKind.Sudden), Title.PrimeMinisterCertificateOfMerit, RecommendationStatus.Recommended),
        ["Art73_Decree152Art4_3_OnlyASuddenProvincialBangKhen_IsNoPriorAward"] = new(() => P().Earlier(1, QualityRating.Excellent).Award(1, Title.GrassrootsEmulationFighter).Earlier(2, QualityRating.Excellent).Award(2, Title.GrassrootsEmulationFighter).Earlier(3, QualityRating.Excellent).Award(3, Title.GrassrootsEmulationFighter).Earlier(4, QualityRating.Good).Earlier(5, QualityRating.Good).Award(5, Title.ProvincialCertificateOfMerit, AwardKind.Sudden), Title.PrimeMinisterCertificateOfMerit, RecommendationStatus.NotEligible, "prior.merit_award"),
        ["Art73_ACompletedYearInTheFive_BreaksTheChain"] = new(() => P().Earlier(5, QualityRating.Excellent).Award(5, Title.ProvincialCertificateOfMerit).Earlier(4, QualityRating.Excellent).Award(4, Title.GrassrootsEmulationFighter).Earlier(3, QualityRating.Completed).Earlier(2, QualityRating.Excellent).Award(2, Title.GrassrootsEmulationFighter).Earlier(1, QualityRating.Excellent).Award(1, Title.GrassrootsEmulationFighter), Title.PrimeMinisterCertificateOfMerit, RecommendationStatus.NotEligible, "streak.good_years"),
        ["Art73_ThisYearRatedCompleted_EndsTheChain"] = new(() => AfterPrior(Title.ProvincialCertificateOfMerit, 5, QualityRating.Completed, 1, 2, 3), Title.PrimeMinisterCertificateOfMerit, RecommendationStatus.NotEligible, "streak.good_years"),

        // Art. 44 (Huân chương Lao động hạng Ba): the Prime Minister's Bằng khen, then five years good, one excellent, three CSTĐCS.
        ["Art44_PrimeMinistersBangKhen_ThenFiveGoodYearsWithExcellentAndThreeFighterTitles"] = new(() => AfterPrior(Title.PrimeMinisterCertificateOfMerit, 5, QualityRating.Good, 1, 2, 3), Title.LabourOrderThirdClass, RecommendationStatus.Recommended),
        ["Art44_WithoutThePrimeMinistersBangKhen_IsNotEligible"] = new(() => AfterPrior(Title.ProvincialCertificateOfMerit, 5, QualityRating.Good, 1, 2, 3), Title.LabourOrderThirdClass, RecommendationStatus.NotEligible, "prior.merit_award"),
        ["Art44_ThreeFighterTitlesByInitiative_NoExcellentYear"] = new(() => P().Earlier(5, QualityRating.Excellent).Award(5, Title.PrimeMinisterCertificateOfMerit).Earlier(4, QualityRating.Good).Earlier(3, QualityRating.Good, InitiativeLevel.Grassroots).Award(3, Title.GrassrootsEmulationFighter).Earlier(2, QualityRating.Good, InitiativeLevel.Grassroots).Award(2, Title.GrassrootsEmulationFighter).Earlier(1, QualityRating.Good, InitiativeLevel.Grassroots).Award(1, Title.GrassrootsEmulationFighter), Title.LabourOrderThirdClass, RecommendationStatus.NotEligible, "streak.excellent_years"),

        // Art. 75 (Giấy khen): completes tasks well, with an achievement (the unit's targets met, or an initiative).
        ["Art75_RatedGood_InAUnitThatMetItsTargets"] = new(() => P(), Title.CertificateOfCommendation, RecommendationStatus.Recommended),
        ["Art75_RatedGood_InAUnitShortOfATarget_WithoutAnInitiative"] = new(() => P(), Title.CertificateOfCommendation, RecommendationStatus.NotEligible, "gk.achievement", Unit: UnitMissingATarget),
        ["Art75_RatedGood_InAUnitShortOfATarget_WithAnInitiative"] = new(() => P().Initiative(InitiativeLevel.Grassroots), Title.CertificateOfCommendation, RecommendationStatus.Recommended, Unit: UnitMissingATarget),
        ["Art75_RatedCompleted_IsNot"] = new(() => P().Rated(QualityRating.Completed), Title.CertificateOfCommendation, RecommendationStatus.NotEligible, "gk.rating"),
        ["Art75_Decree90_Reprimanded_IsNot"] = new(() => P().Disciplined(DisciplineLevel.Reprimand), Title.CertificateOfCommendation, RecommendationStatus.NotEligible, "discipline.allowed"),
        ["Art75_Decree90_ThreeMonthsLeave_CapsTheRating"] = new(() => P().Leave(9, 3), Title.CertificateOfCommendation, RecommendationStatus.NotEligible, "rating.leave_cap"),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Scenario(string name)
    {
        var c = Cases[name];
        var rules = c.Rules ?? Decree152;
        var input = new InputBuilder().Person(c.Person());
        if (c.Unit is not null)
        {
            input.Unit(c.Unit());
        }

        var verdict = input.Evaluate(rules).Get(1, 1, c.Title);

        Assert.Equal(c.Expected, verdict.Status);
        Assert.Equal((rules.Id, rules.Version, LegalArticles.For(c.Title)), (verdict.RuleSetId, verdict.RuleSetVersion, verdict.Article));
        Assert.Equal($"{rules.Id} v{rules.Version}", verdict.Explanation.RuleSet);
        Assert.All(verdict.Conditions, condition => Assert.False(string.IsNullOrWhiteSpace(condition.Article), condition.Code));
        if (c.Expected == RecommendationStatus.Recommended)
        {
            Assert.All(verdict.Conditions, condition => Assert.True(condition.Passed, condition.Code));
        }
        else
        {
            Assert.Contains(verdict.Conditions, condition => condition.Code == c.Deciding && !condition.Passed);
        }
    }
}
