using CsCheck;

using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

namespace Emulation.Tests.Domain.Properties;

[Trait("Category", "Fast")]
public sealed class EnginePropertyTests
{
    private static readonly Gen<Criterion> HigherIsBetter = Gen.OneOf(
        Gen.Int[1, 100].Select(max => Criterion.Scored("P", "P", "G", max, "x")),
        Gen.Int[1, 100].Select(max => Criterion.Scored("B", "B", "G", max, "x", ScoringMethod.Bands,
            bands: [new ScoreBand(0.5m, 0.25m), new ScoreBand(0.9m, 0.75m), new ScoreBand(1.1m, 1m)])),
        Gen.Select(Gen.Int[1, 10], Gen.Int[1, 50]).Select(t => Criterion.Bonus("T", "T", t.Item1, t.Item2, "lần")));

    [Fact]
    public void RaisingAResult_NeverLowersItsScore()
    {
        Gen.Select(HigherIsBetter, Gen.Decimal[0m, 1000m], Gen.Decimal[0m, 500m], Gen.Decimal[0.01m, 1000m])
            .Sample((criterion, value, raise, target) =>
                CriterionScorer.Score(criterion, value + raise, target).Points >= CriterionScorer.Score(criterion, value, target).Points,
                iter: 2000);
    }

    [Fact]
    public void LoweringALowerIsBetterResult_NeverLowersItsScore()
    {
        var criterion = Criterion.Scored("L", "L", "G", 30m, "x", direction: CriterionDirection.LowerIsBetter);
        Gen.Select(Gen.Decimal[0m, 1000m], Gen.Decimal[0m, 500m], Gen.Decimal[0m, 100m])
            .Sample((value, drop, target) =>
                CriterionScorer.Score(criterion, Math.Max(0m, value - drop), target).Points >= CriterionScorer.Score(criterion, value, target).Points,
                iter: 2000);
    }

    [Fact]
    public void AQuota_IsNeverExceeded()
    {
        Gen.Select(EngineGenerators.Input, Gen.Int[0, 100], Gen.Enum<RoundingMode>(), Gen.Enum<QuotaScope>(), Gen.Enum<QuotaBase>())
            .Sample((input, cap, rounding, scope, quotaBase) =>
            {
                var quota = new QuotaRule { Title = Title.GrassrootsEmulationFighter, CapPercent = cap, Rounding = rounding, Scope = scope, Base = quotaBase };
                var eval = CampaignEvaluator.Evaluate(input, InputBuilder.Rules with { Quotas = [quota] }).Value;
                var fighters = eval.Recommendations.Where(r => r.Title == Title.GrassrootsEmulationFighter && r.Quota is not null).ToList();
                foreach (var group in fighters.GroupBy(r => (r.Quota!.ScopeUnitId, r.Quota.ScopeBlocId)))
                {
                    int recommended = group.Count(r => r.Status == RecommendationStatus.Recommended);
                    Assert.True(recommended <= group.First().Quota!.Allowed);
                    Assert.True(recommended <= quota.Allowed(group.First().Quota!.BaseCount));
                }
            }, iter: 300);
    }

    [Fact]
    public void Outcome_DoesNotDependOnInputOrder()
    {
        EngineGenerators.Input
            .SelectMany(input => Gen.Select(Gen.Shuffle(input.Units.ToArray()), Gen.Shuffle(input.People.ToArray()),
                Gen.Shuffle(input.Criteria.ToArray()),
                (units, people, criteria) => (input, shuffled: input with { Units = units, People = people, Criteria = criteria })))
            .Sample(pair =>
            {
                var rules = InputBuilder.Rules with
                {
                    Quotas = [new QuotaRule { Title = Title.AdvancedWorker, CapPercent = 60m, Rounding = RoundingMode.Nearest }],
                };
                Assert.Equal(Fingerprint(CampaignEvaluator.Evaluate(pair.input, rules).Value),
                    Fingerprint(CampaignEvaluator.Evaluate(pair.shuffled, rules).Value));
            }, iter: 200);
    }

    [Fact]
    public void Status_AgreesWithTheExplainedConditions()
    {
        EngineGenerators.Input.Sample(input =>
        {
            foreach (var r in CampaignEvaluator.Evaluate(input, InputBuilder.Rules).Value.Recommendations)
            {
                // A collective also waits (Decree 152/2025 Art. 4(4)) when it qualifies only with members' deferred titles.
                static bool IsDeferral(Condition c) => c.Code is "proceedings.none" or "coll.members_deferred";
                bool eligible = r.Conditions.Where(c => !IsDeferral(c)).All(c => c.Passed);
                bool pending = r.Conditions.Any(c => IsDeferral(c) && !c.Passed);
                var expected = !eligible ? RecommendationStatus.NotEligible
                    : pending ? RecommendationStatus.Deferred : RecommendationStatus.Recommended;
                Assert.Equal(expected, r.Status);
            }
        }, iter: 200);
    }

    private static string Fingerprint(CampaignEvaluation eval) =>
        string.Join("|", eval.UnitScores.Select(s => $"{s.UnitId}:{s.Total}")) + "#" +
        string.Join("|", eval.Rankings.Select(r => $"{r.UnitId}:{r.BlocId}:{r.Rank}:" +
            string.Join(",", r.TieBreaks.Select(t => $"{t.OtherUnitId}/{t.Total}/{t.Ahead}/{t.DecidedBy}/{t.WomenShare}")))) + "#" +
        string.Join("|", eval.Recommendations.Select(r => $"{r.PersonId}:{r.UnitId}:{r.Title}:{r.Status}:{r.Quota?.Position}"));
}
