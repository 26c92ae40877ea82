using CsCheck;

using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

namespace Emulation.Tests.Domain.Properties;

/// <summary>Properties of the rules issue #15 corrected, each named after its article.</summary>
[Trait("Category", "Fast")]
public sealed class LawPropertyTests
{
    private static readonly RuleSet Rules = InputBuilder.Rules;

    /// <summary>A person with three years of random ratings, each year with zero to two grassroots initiatives, maybe CSTĐCS.</summary>
    private static readonly Gen<PersonBuilder> History =
        Gen.Select(Gen.Enum<QualityRating>().Array[3], Gen.Int[0, 2].Array[3], Gen.Bool.Array[3])
            .Select(t =>
            {
                var (ratings, initiatives, fighters) = t;
                var p = new PersonBuilder(1).Rated(ratings[0]).Initiatives([.. Enumerable.Repeat(InitiativeLevel.Grassroots, initiatives[0])]);
                for (int back = 1; back < 3; back++)
                {
                    p.EarlierWithInitiatives(back, ratings[back], [.. Enumerable.Repeat(InitiativeLevel.Grassroots, initiatives[back])]);
                    if (fighters[back])
                    {
                        p.Award(back, Title.GrassrootsEmulationFighter);
                    }
                }

                return p;
            });

    private static RecommendationStatus Status(PersonBuilder person, Title title, RuleSet rules) =>
        new InputBuilder().Person(person).Evaluate(rules).Get(1, 1, title).Status;

    [Fact]
    public void Law74_InitiativesServingOnce_IsNeverMoreLenient()
    {
        var lenient = Rules with { Individuals = Rules.Individuals with { InitiativeServesOnce = false } };
        History.Sample(person =>
            Status(person, Title.ProvincialCertificateOfMerit, Rules) != RecommendationStatus.Recommended ||
            Status(person, Title.ProvincialCertificateOfMerit, lenient) == RecommendationStatus.Recommended, iter: 300);
    }

    [Fact]
    public void Law74_AnotherInitiativeThisYear_NeverTakesTheBangKhenAway()
    {
        History.Sample(person =>
        {
            bool before = Status(person, Title.ProvincialCertificateOfMerit, Rules) == RecommendationStatus.Recommended;
            var current = person.Build().Years.Single(y => y.Year == InputBuilder.Year);
            person.Initiatives([.. current.Initiatives, InitiativeLevel.Grassroots]);
            return !before || Status(person, Title.ProvincialCertificateOfMerit, Rules) == RecommendationStatus.Recommended;
        }, iter: 300);
    }

    [Fact]
    public void Decree152Art33_7_APreviousAward_NeverGrantsTheNextOne()
    {
        Gen.Select(History, Gen.Int[1, 3], Gen.OneOf(Gen.Const(Title.ProvincialCertificateOfMerit), Gen.Const(Title.PrimeMinisterCertificateOfMerit)))
            .Sample((person, back, form) =>
            {
                bool without = Status(person, Title.ProvincialCertificateOfMerit, Rules) == RecommendationStatus.Recommended;
                person.Award(back, form);
                return without || Status(person, Title.ProvincialCertificateOfMerit, Rules) != RecommendationStatus.Recommended;
            }, iter: 300);
    }

    [Fact]
    public void Decree152Art4_4_ADisciplinaryPeriod_NeverGrantsATitle()
    {
        Gen.Select(History, Gen.Int[0, 400], Gen.OneOf(Gen.Const(Title.AdvancedWorker), Gen.Const(Title.ProvincialCertificateOfMerit), Gen.Const(Title.CertificateOfCommendation)))
            .Sample((person, days, title) =>
            {
                bool without = Status(person, title, Rules) == RecommendationStatus.Recommended;
                var from = new DateOnly(InputBuilder.Year - 3, 6, 1);
                person.DisciplinedEarlier(3, from, from.AddDays(days + 180));
                return without || Status(person, title, Rules) != RecommendationStatus.Recommended;
            }, iter: 300);
    }

    [Fact]
    public void Decree90Art2_3_WithoutLeave_SixMonthsOrMoreMayBeRatedAnything()
    {
        Gen.Select(Gen.Int[6, 12], Gen.Enum<QualityRating>())
            .Sample((worked, rating) =>
                StaffYearResult.Start(1, 1, 2026).Record(rating, worked, 0, DisciplineLevel.None, InitiativeLevel.None).IsSuccess,
                iter: 200);
    }

    [Fact]
    public void Decree90Art2_3_ThreeToSixMonthsOfLeave_NeverRatedGoodOrAbove()
    {
        Gen.Select(Gen.Int[3, 5], Gen.Int[0, 3], Gen.OneOf(Gen.Const(QualityRating.Good), Gen.Const(QualityRating.Excellent)))
            .Sample((leave, maternity, rating) =>
                !StaffYearResult.Start(1, 1, 2026).Record(rating, 12 - leave - maternity, maternity, DisciplineLevel.None,
                    InitiativeLevel.None, leaveMonths: leave).IsSuccess,
                iter: 200);
    }

    [Fact]
    public void Circular01_MonthsSinceRecruitment_CountTheReferenceDay()
    {
        Gen.Select(Gen.Int[1, 12], Gen.Int[1, 28]).Sample((month, day) =>
        {
            var recruited = new DateOnly(InputBuilder.Year, month, day);
            var verdict = new InputBuilder().Person(new PersonBuilder(1).RecruitedOn(recruited)).Evaluate().Get(1, 1, Title.AdvancedWorker);
            int months = int.Parse(verdict.Conditions.Single(c => c.Code == "aw.recruitment").Facts[1].Value,
                System.Globalization.CultureInfo.InvariantCulture);

            // Counted to the day after 31 December: a recruitment on the 1st of a month counts that whole month.
            return months == 12 - month + (day == 1 ? 1 : 0);
        }, iter: 300);
    }

    [Fact]
    public void Law26_1a_StrictTargets_AreNeverMoreLenient()
    {
        var lenient = Rules with { Collectives = Rules.Collectives with { FlagTargetsStrictlyExceeded = false } };
        EngineGenerators.Input.Sample(input =>
        {
            var strict = CampaignEvaluator.Evaluate(input, Rules).Value;
            var loose = CampaignEvaluator.Evaluate(input, lenient).Value;
            return input.Units.All(u => strict.Get(null, u.UnitId, Title.ProvincialEmulationFlag).Status != RecommendationStatus.Recommended ||
                loose.Get(null, u.UnitId, Title.ProvincialEmulationFlag).Status == RecommendationStatus.Recommended);
        }, iter: 200);
    }

    [Fact]
    public void AnUnreportedBonusOrPenalty_ScoresAsZero_AndIsNeverMissing()
    {
        Gen.Select(Gen.Int[1, 10], Gen.Int[1, 50], Gen.Bool).Sample((perUnit, cap, bonus) =>
        {
            var criterion = bonus ? Criterion.Bonus("T", "T", perUnit, cap, "lần") : Criterion.Penalty("P", "P", perUnit, cap, "lần");
            var empty = CriterionScorer.Score(criterion, null, null);
            return empty.Status == LineStatus.NotReported && empty.Points == CriterionScorer.Score(criterion, 0m, null).Points;
        }, iter: 200);
    }
}
