using Emulation.Domain.Awards;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

namespace Emulation.Tests.Domain.Eligibility;

/// <summary>
/// Collective scenarios written from the domain notes alone (DOMAIN.md), one legal fact a row, each row named by its article:
/// unit 1 of bloc 1 with the members listed, the title asked about, the verdict expected and the condition that decides it.
/// Every verdict names the rule set, its version and the title's article.
/// </summary>
[Trait("Category", "Fast")]
public sealed class NotesCollectiveScenarioTests
{
    private static readonly RuleSet Decree152 = RuleSetCatalog.Decree152;

    public sealed record Case(Func<InputBuilder> Input, Title Title, RecommendationStatus Expected, string? Deciding = null,
        RuleSet? Rules = null, int UnitId = 1);

    /// <summary>Unit 1 with as many members as people listed (plus <paramref name="unlisted"/>), rated as given, ids from 1.</summary>
    private static InputBuilder Team(int excellent, int good, int completed, Func<UnitBuilder, UnitBuilder>? unit = null,
        int unlisted = 0, params Func<PersonBuilder, PersonBuilder>[] others)
    {
        var input = new InputBuilder();
        int id = 0;
        foreach (var (count, rating) in new[] { (excellent, QualityRating.Excellent), (good, QualityRating.Good), (completed, QualityRating.Completed) })
        {
            for (int i = 0; i < count; i++)
            {
                input.Person(new PersonBuilder(++id).Rated(rating));
            }
        }

        foreach (var other in others)
        {
            input.Person(other(new PersonBuilder(++id)));
        }

        var builder = new UnitBuilder(1).Members(id + unlisted, 0);
        return input.Unit((unit ?? (u => u))(builder));
    }

    private static PersonBuilder Recruit(PersonBuilder p) =>
        p.RecruitedOn(new DateOnly(2025, 10, 1)).Worked(3).Rated(QualityRating.NotRated);

    private static PersonBuilder Warned(PersonBuilder p) => p.Rated(QualityRating.NotCompleted).Disciplined(DisciplineLevel.Warning);

    private static PersonBuilder Demoted(PersonBuilder p) => p.Rated(QualityRating.NotCompleted).Disciplined(DisciplineLevel.Demotion);

    private static PersonBuilder ReprimandedButEnteredGood(PersonBuilder p) => p.Rated(QualityRating.Good).Disciplined(DisciplineLevel.Reprimand);

    private static PersonBuilder Reprimanded(PersonBuilder p) => p.Rated(QualityRating.NotCompleted).Disciplined(DisciplineLevel.Reprimand);

    private static InputBuilder Bloc(Func<UnitBuilder, UnitBuilder> first, Func<UnitBuilder, UnitBuilder> second) =>
        new InputBuilder().Unit(first(new UnitBuilder(1))).Unit(second(new UnitBuilder(2)));

    private static UnitBuilder Exceeding(UnitBuilder u) => u.Value("KQ1", 120m).Value("KQ2", 8m);

    private static RuleSet WithCollectives(CollectiveRules collectives) => Decree152 with { Collectives = collectives };

    private static readonly Dictionary<string, Case> Cases = new()
    {
        // Law 06/2022 Art. 28 (Tập thể lao động tiên tiến): tasks done well, ≥ 70% Advanced Workers, nobody warned or worse.
        ["Art28_SevenOfTenAdvancedWorkers_IsExactlySeventyPercent"] = new(() => Team(0, 7, 3), Title.AdvancedLabourCollective, RecommendationStatus.Recommended),
        ["Art28_SixOfTenAdvancedWorkers_IsShort"] = new(() => Team(0, 6, 4), Title.AdvancedLabourCollective, RecommendationStatus.NotEligible, "coll.advanced_share"),
        ["Art28_TwoOfThreeInASmallUnit_IsUnderSeventyPercent"] = new(() => Team(0, 2, 1), Title.AdvancedLabourCollective, RecommendationStatus.NotEligible, "coll.advanced_share"),
        ["Art28_ThreeOfThreeInASmallUnit"] = new(() => Team(0, 3, 0), Title.AdvancedLabourCollective, RecommendationStatus.Recommended),
        ["Art28_AMemberWarned_BarsTheCollective"] = new(() => Team(0, 8, 1, others: Warned), Title.AdvancedLabourCollective, RecommendationStatus.NotEligible, "coll.discipline"),
        ["Art28_AMemberDemoted_BarsTheCollective"] = new(() => Team(0, 8, 1, others: Demoted), Title.AdvancedLabourCollective, RecommendationStatus.NotEligible, "coll.discipline"),
        ["Art28_AMemberReprimanded_IsBelowWarning_AndDoesNotBar"] = new(() => Team(0, 8, 1, others: Reprimanded), Title.AdvancedLabourCollective, RecommendationStatus.Recommended),
        ["Art28_TasksDoneWell_ScoreUnderEightyPercent_IsNot"] = new(() => Team(0, 10, 0, u => u.Value("KQ1", 60m)), Title.AdvancedLabourCollective, RecommendationStatus.NotEligible, "coll.score"),
        ["Art28_TwoRecruitsNotRated_CountInTheBase_SevenOfTen"] = new(() => Team(0, 7, 1, others: [Recruit, Recruit]), Title.AdvancedLabourCollective, RecommendationStatus.Recommended),
        ["Art28_TwoRecruitsNotRated_CountInTheBase_SixOfTenIsShort"] = new(() => Team(0, 6, 2, others: [Recruit, Recruit]), Title.AdvancedLabourCollective, RecommendationStatus.NotEligible, "coll.advanced_share"),
        ["Art28_TwoRecruitsNotRated_LeftOutByTheSetting_SixOfEight"] = new(() => Team(0, 6, 2, others: [Recruit, Recruit]), Title.AdvancedLabourCollective, RecommendationStatus.Recommended, Rules: WithCollectives(new CollectiveRules { AdvancedShareCountsMembersNotRated = false })),
        ["Art28_TenDeclaredSevenListed_TheUnlistedCountInTheBase"] = new(() => Team(0, 7, 0, unlisted: 3), Title.AdvancedLabourCollective, RecommendationStatus.Recommended),
        ["Art28_TenDeclaredSixListed_TheUnlistedCountInTheBase"] = new(() => Team(0, 6, 0, unlisted: 4), Title.AdvancedLabourCollective, RecommendationStatus.NotEligible, "coll.advanced_share"),
        ["Art28_AUnitWithNoMembers_IsNoCollectiveOfAdvancedWorkers"] = new(() => new InputBuilder().Unit(new UnitBuilder(1).Members(0, 0)), Title.AdvancedLabourCollective, RecommendationStatus.NotEligible, "coll.advanced_share"),
        ["Art28_Decree152Art4_4_TheSeventhAdvancedWorkerDeferred_DefersTheCollective"] = new(() => Team(0, 6, 3, others: p => p.Pending()), Title.AdvancedLabourCollective, RecommendationStatus.Deferred, "coll.members_deferred"),
        ["Art28_AProvinceReadingMoreThanHalf_FiveOfTenIsNotMoreThanHalf"] = new(() => Team(0, 5, 5), Title.AdvancedLabourCollective, RecommendationStatus.NotEligible, "coll.advanced_share", WithCollectives(new CollectiveRules { AdvancedWorkerShare = Fraction.Half, AdvancedWorkerShareStrictlyAbove = true })),
        ["Art28_AProvinceReadingMoreThanHalf_SixOfTen"] = new(() => Team(0, 6, 4), Title.AdvancedLabourCollective, RecommendationStatus.Recommended, Rules: WithCollectives(new CollectiveRules { AdvancedWorkerShare = Fraction.Half, AdvancedWorkerShareStrictlyAbove = true })),

        // Art. 27 (Tập thể lao động xuất sắc): tasks done excellently, 100% completed, ≥ 70% Advanced Workers, ≥ 1 CSTĐCS.
        ["Art27_AllCompleted_SevenAdvanced_OneFighter"] = new(() => Team(1, 6, 3), Title.ExcellentLabourCollective, RecommendationStatus.Recommended),
        ["Art27_OneMemberNotCompleted_IsShortOfAHundredPercent"] = new(() => Team(1, 7, 1, others: p => p.Rated(QualityRating.NotCompleted)), Title.ExcellentLabourCollective, RecommendationStatus.NotEligible, "coll.all_completed"),
        ["Art27_Decree90_AReprimandedMemberEnteredAsGood_DidNotComplete"] = new(() => Team(1, 7, 1, others: ReprimandedButEnteredGood), Title.ExcellentLabourCollective, RecommendationStatus.NotEligible, "coll.all_completed"),
        ["Art27_NoFighterAmongTheMembers_IsNot"] = new(() => Team(0, 7, 3), Title.ExcellentLabourCollective, RecommendationStatus.NotEligible, "coll.fighters"),
        ["Art27_SixOfTenAdvancedWorkers_IsShort"] = new(() => Team(1, 5, 4), Title.ExcellentLabourCollective, RecommendationStatus.NotEligible, "coll.advanced_share"),
        ["Art27_ScoreExactlyNinetyPercent_IsDoneExcellently"] = new(() => Team(1, 6, 3, u => u.Value("CN", 0m)), Title.ExcellentLabourCollective, RecommendationStatus.Recommended),
        ["Art27_ScoreEightyEightPercent_IsNot"] = new(() => Team(1, 6, 3, u => u.Value("KQ1", 80m)), Title.ExcellentLabourCollective, RecommendationStatus.NotEligible, "coll.score"),
        ["Art27_Decree152Art4_4_TheOnlyFighterDeferred_DefersTheCollective"] = new(() => Team(0, 7, 2, others: p => p.Rated(QualityRating.Excellent).Pending()), Title.ExcellentLabourCollective, RecommendationStatus.Deferred, "coll.members_deferred"),
        ["Art27_AUnitWithNoMembers_IsNot"] = new(() => new InputBuilder().Unit(new UnitBuilder(1).Members(0, 0)), Title.ExcellentLabourCollective, RecommendationStatus.NotEligible, "coll.advanced_share"),

        // Art. 26 (Cờ thi đua của UBND tỉnh): the leader of its bloc, every target exceeded; thematic campaigns of ≥ 3 years.
        ["Art26_TheBlocLeader_ExceedingEveryTarget"] = new(() => Bloc(Exceeding, u => u), Title.ProvincialEmulationFlag, RecommendationStatus.Recommended),
        ["Art26_TheSecondOfTheBloc_IsNoLeader"] = new(() => Bloc(Exceeding, u => u), Title.ProvincialEmulationFlag, RecommendationStatus.NotEligible, "flag.bloc_leader", UnitId: 2),
        ["Art26_1a_TheBlocLeader_MeetingTargetsExactly_HasNotExceededThem"] = new(() => Bloc(u => u.Value("KQ1", 120m), u => u), Title.ProvincialEmulationFlag, RecommendationStatus.NotEligible, "flag.targets"),
        ["Art26_AUnitInNoBloc_IsNoBlocLeader"] = new(() => new InputBuilder().Unit(Exceeding(new UnitBuilder(1, blocId: null))), Title.ProvincialEmulationFlag, RecommendationStatus.NotEligible, "flag.bloc_leader"),
        ["Art26_2_AThematicCampaignOfThreeYears_FlagsItsLeader"] = new(() => Bloc(u => u.Value("KQ1", 110m), u => u).Thematic(3), Title.ProvincialEmulationFlag, RecommendationStatus.Recommended),
        ["Art26_2_AThematicCampaignOfTwoYears_FlagsNobody"] = new(() => Bloc(u => u.Value("KQ1", 110m), u => u).Thematic(2), Title.ProvincialEmulationFlag, RecommendationStatus.NotEligible, "flag.thematic"),

        // Art. 74(2) (Bằng khen, collective): two consecutive years excellent or Tập thể lao động xuất sắc.
        ["Art74_ExcellentCollectiveLastYearAndThisYear"] = new(() => Team(1, 6, 3, u => u.Award(1, Title.ExcellentLabourCollective)), Title.CollectiveProvincialCertificateOfMerit, RecommendationStatus.Recommended),
        ["Art74_ExcellentCollectiveThisYearOnly_AndNoRatingLastYear"] = new(() => Team(1, 6, 3), Title.CollectiveProvincialCertificateOfMerit, RecommendationStatus.NotEligible, "coll.merit_streak"),
        ["Art74_RatedExcellentLastYear_AndTasksDoneExcellentlyThisYear"] = new(() => Team(0, 7, 3, u => u.RatedIn(1, QualityRating.Excellent)), Title.CollectiveProvincialCertificateOfMerit, RecommendationStatus.Recommended),
        ["Art74_RatedGoodLastYear_BreaksTheExcellentYears"] = new(() => Team(0, 7, 3, u => u.RatedIn(1, QualityRating.Good)), Title.CollectiveProvincialCertificateOfMerit, RecommendationStatus.NotEligible, "coll.merit_streak"),
        ["Art74_Decree152Art4_3_AThematicExcellentCollectiveLastYear_DoesNotCount"] = new(() => Team(1, 6, 3, u => u.Award(1, Title.ExcellentLabourCollective, AwardKind.Thematic)), Title.CollectiveProvincialCertificateOfMerit, RecommendationStatus.NotEligible, "coll.merit_streak"),
        ["Art74_Decree152Art33_7_ABangKhenForLastYear_StartsTheCountAfterIt"] = new(() => Team(1, 6, 3, u => u.Award(1, Title.ExcellentLabourCollective).Award(1, Title.CollectiveProvincialCertificateOfMerit)), Title.CollectiveProvincialCertificateOfMerit, RecommendationStatus.NotEligible, "coll.merit_streak"),
        ["Art74_Decree98_ABangKhenForLastYear_LastYearServesAgain"] = new(() => Team(1, 6, 3, u => u.Award(1, Title.ExcellentLabourCollective).Award(1, Title.CollectiveProvincialCertificateOfMerit)), Title.CollectiveProvincialCertificateOfMerit, RecommendationStatus.Recommended, Rules: RuleSetCatalog.Decree98),

        // Art. 75 (Giấy khen, collective): tasks done well, nobody warned or worse.
        ["Art75_TasksDoneWell_NobodyDisciplined"] = new(() => Team(0, 5, 5), Title.CollectiveCertificateOfCommendation, RecommendationStatus.Recommended),
        ["Art75_AMemberWarned_BarsTheCollective"] = new(() => Team(0, 5, 4, others: Warned), Title.CollectiveCertificateOfCommendation, RecommendationStatus.NotEligible, "coll.discipline"),
        ["Art75_ScoreUnderEightyPercent_IsNot"] = new(() => Team(0, 5, 5, u => u.Value("KQ1", 60m)), Title.CollectiveCertificateOfCommendation, RecommendationStatus.NotEligible, "coll.score"),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Scenario(string name)
    {
        var c = Cases[name];
        var rules = c.Rules ?? Decree152;

        var verdict = c.Input().Evaluate(rules).Get(null, c.UnitId, c.Title);

        Assert.Equal(c.Expected, verdict.Status);
        Assert.Equal((rules.Id, rules.Version, LegalArticles.For(c.Title)), (verdict.RuleSetId, verdict.RuleSetVersion, verdict.Article));
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
