using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;
using Emulation.Tests.Domain.Scoring;
using Emulation.Web.Services.Evaluation;

namespace Emulation.Tests.Review;

/// <summary>
/// A snapshot made again from the last one after some units changed (<see cref="EvaluationSnapshot.After"/>) carries the
/// parts the last one had made (verdict counts, positions by title and status and by unit, folded names) adjusted for the
/// verdicts decided again; each must equal the part a snapshot made from scratch of the same evaluation gives, round
/// after round, whichever parts the last one had made.
/// </summary>
public sealed class CarriedSnapshotPartsTests
{
    private static readonly Campaign Campaign = Campaign.Draft("Phong trào thi đua", InputBuilder.Year, CampaignKind.Yearly).Value;
    private static readonly Dictionary<int, string> Blocs = [];

    public static TheoryData<string> Quotas => IncrementalEvaluationTests.Quotas;

    [Theory]
    [MemberData(nameof(Quotas))]
    public void After_Reevaluate_CarriesPartsEqualToThoseMadeFromScratch(string quotas)
    {
        var random = new Random(20261207 + quotas.Length);
        var rules = IncrementalEvaluationTests.RulesWith(quotas);
        var input = IncrementalEvaluationTests.Campaign(random);
        var last = Snapshot(input, rules, CampaignEvaluator.Evaluate(input, rules).Value);
        var unitsIndexed = Touch(last, random);
        var carriedByUnit = 0;
        for (int round = 0; round < 40; round++)
        {
            var changed = IncrementalEvaluationTests.Changed(input, random);
            var evaluated = CampaignEvaluator.Reevaluate(last.Evaluation, changed, rules).Value;
            var sameLayout = evaluated.Recommendations.PositionsChangedSince(last.Evaluation.Recommendations) is not null;
            var probe = EvaluationSnapshot.After(last, changed, evaluated, null, DateTimeOffset.UnixEpoch);

            Assert.Equal(Parts(Snapshot(changed, rules, evaluated)), Parts(probe));
            if (unitsIndexed && sameLayout)
            {
                // Positions by unit depend only on the layout: the very arrays are taken over, not made again.
                var unit = evaluated.Recommendations[0].UnitId;
                Assert.Same(last.Verdicts.OfUnit(unit), probe.Verdicts.OfUnit(unit));
                carriedByUnit++;
            }

            var next = EvaluationSnapshot.After(last, changed, evaluated, null, DateTimeOffset.UnixEpoch);
            unitsIndexed = (unitsIndexed && sameLayout) | Touch(next, random);
            (input, last) = (changed, next);
        }

        Assert.True(carriedByUnit > 0);
    }

    [Fact]
    public void PositionsChangedSince_ADifferentLayout_IsNull()
    {
        var random = new Random(11);
        var input = IncrementalEvaluationTests.Campaign(random);
        var evaluation = CampaignEvaluator.Evaluate(input, InputBuilder.Rules).Value;
        var fewer = CampaignEvaluator.Evaluate(input with { People = [.. input.People.Skip(1)] }, InputBuilder.Rules).Value;
        var again = CampaignEvaluator.Evaluate(input, InputBuilder.Rules).Value;

        Assert.Null(fewer.Recommendations.PositionsChangedSince(evaluation.Recommendations));
        Assert.Empty(evaluation.Recommendations.PositionsChangedSince(evaluation.Recommendations)!);
        Assert.Equal(Enumerable.Range(0, again.Recommendations.Count), again.Recommendations.PositionsChangedSince(evaluation.Recommendations)!);
    }

    private static EvaluationSnapshot Snapshot(EvaluationInput input, Emulation.Domain.Rules.RuleSet rules, CampaignEvaluation evaluation) =>
        EvaluationSnapshot.Create(Campaign, input, rules, evaluation, Blocs, DateTimeOffset.UnixEpoch);

    /// <summary>Makes some of the snapshot's parts, as the views of one evaluation would; whether positions by unit were made.</summary>
    private static bool Touch(EvaluationSnapshot s, Random random)
    {
        if (random.Next(3) > 0)
        {
            _ = s.Verdicts.Tallies;
        }

        for (int n = random.Next(4); n > 0; n--)
        {
            _ = s.Verdicts.Matching(Pick<Title?>(random, null, Title.AdvancedWorker, Title.GrassrootsEmulationFighter, Title.AdvancedLabourCollective),
                Pick<RecommendationStatus?>(random, null, RecommendationStatus.Recommended, RecommendationStatus.NotEligible, RecommendationStatus.OverQuota));
        }

        if (random.Next(4) == 0)
        {
            _ = s.Folded;
        }

        var byUnit = random.Next(2) == 0;
        if (byUnit)
        {
            _ = s.Verdicts.OfUnit(1);
        }

        return byUnit;
    }

    private static T Pick<T>(Random random, params T[] items) => items[random.Next(items.Length)];

    /// <summary>Every part that follows the verdicts and names, as text: a difference names its first differing line.</summary>
    private static List<string> Parts(EvaluationSnapshot s)
    {
        var lines = new List<string>();
        lines.AddRange(s.Verdicts.Tallies.Select(t => $"tally {t}"));
        lines.AddRange(s.Titles.Select(t => $"charted {t}"));
        lines.AddRange(s.RecommendedByUnit.OrderBy(u => u.Key).Select(u => $"recommended {u.Key}: {u.Value}"));
        foreach (var title in Enum.GetValues<Title>().Select(t => (Title?)t).Prepend(null))
        {
            foreach (var status in Enum.GetValues<RecommendationStatus>().Select(t => (RecommendationStatus?)t).Prepend(null))
            {
                lines.Add($"matching {title} {status}: {string.Join(",", s.Verdicts.Matching(title, status))}");
            }
        }

        lines.AddRange(s.UnitNames.Keys.Order().Append(0).Select(u => $"unit {u}: {string.Join(",", s.Verdicts.OfUnit(u))}"));
        lines.AddRange(s.Folded.Units.OrderBy(u => u.Key).Select(u => $"folded unit {u.Key} {u.Value}"));
        lines.AddRange(s.Folded.People.Select(p => $"folded person {p.PersonId} {p.Name}"));
        lines.AddRange(s.SetAside.Select(a => $"aside {a.UnitId} {a.PersonId} {a.Name} {a.Problems.Count}"));
        return lines;
    }
}
