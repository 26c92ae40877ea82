using System.Globalization;

using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

namespace Emulation.Tests.Domain.Scoring;

/// <summary>
/// <see cref="CampaignEvaluator.Reevaluate"/> after some units' figures change gives, field by field, what a whole
/// evaluation of the same input gives, round after round, each starting from the last reevaluation (as the kept
/// evaluation of a campaign is reloaded).
/// </summary>
[Trait("Category", "Fast")]
public sealed class IncrementalEvaluationTests
{
    private const int Units = 36;
    private const int People = 300;

    public static TheoryData<string> Quotas => ["none", "per unit", "per bloc", "collective over the campaign", "individual over the campaign"];

    [Theory]
    [MemberData(nameof(Quotas))]
    public void Reevaluate_AfterUnitsChange_GivesTheWholeEvaluation(string quotas)
    {
        var random = new Random(20261206 + quotas.Length);
        var rules = RulesWith(quotas);
        var input = Campaign(random);
        var last = CampaignEvaluator.Evaluate(input, rules).Value;
        for (int round = 0; round < 30; round++)
        {
            var changed = Changed(input, random);
            var incremental = CampaignEvaluator.Reevaluate(last, changed, rules);
            var whole = CampaignEvaluator.EvaluateValidUnits(changed, rules);

            Assert.Equal(whole.IsSuccess, incremental.IsSuccess);
            Assert.Equal(Described(whole.Value), Described(incremental.Value));
            if (quotas != "individual over the campaign" && whole.Value.SetAside.Count == 0 && last.SetAside.Count == 0)
            {
                AssertKeptThePeopleOfUnchangedUnits(last, incremental.Value, input, changed, quotas == "per bloc");
            }

            (input, last) = (changed, incremental.Value);
        }
    }

    [Fact]
    public void Reevaluate_WhenThePeopleChanged_EvaluatesTheWholeInput()
    {
        var random = new Random(7);
        var input = Campaign(random);
        var last = CampaignEvaluator.Evaluate(input, InputBuilder.Rules).Value;
        var fewer = input with { People = [.. input.People.Skip(1)] };

        var again = CampaignEvaluator.Reevaluate(last, fewer, InputBuilder.Rules).Value;

        Assert.Equal(Described(CampaignEvaluator.Evaluate(fewer, InputBuilder.Rules).Value), Described(again));
        Assert.DoesNotContain(again.Recommendations, r => r.PersonId == input.People[0].PersonId);
    }

    /// <summary>
    /// Recommendations compare by their subject's record: the people of units that did not change (outside a changed
    /// unit's bloc under a quota per bloc) keep the very records of the last evaluation, so nothing was decided again.
    /// </summary>
    private static void AssertKeptThePeopleOfUnchangedUnits(CampaignEvaluation last, CampaignEvaluation now,
        EvaluationInput before, EvaluationInput after, bool blocQuota)
    {
        var changedUnits = after.Units.Where((u, i) => !ReferenceEquals(u, before.Units[i])).ToList();
        var changedBlocs = changedUnits.Select(u => u.BlocId).ToHashSet();
        var blocOf = after.Units.ToDictionary(u => u.UnitId, u => u.BlocId);
        int people = after.People.Count * 7;
        int kept = 0;
        for (int i = 0; i < people; i++)
        {
            var r = now.Recommendations[i];
            bool redone = changedUnits.Any(u => u.UnitId == r.UnitId) || (blocQuota && changedBlocs.Contains(blocOf[r.UnitId]));
            Assert.Equal(!redone, r.Equals(last.Recommendations[i]));
            kept += redone ? 0 : 1;
        }

        Assert.True(changedUnits.Count == 0 || kept > 0);
    }

    internal static RuleSet RulesWith(string quotas) => quotas switch
    {
        "per unit" => InputBuilder.Rules with
        {
            Quotas = [new QuotaRule { Title = Title.GrassrootsEmulationFighter, CapPercent = 40m, Base = QuotaBase.AdvancedWorkers, Scope = QuotaScope.PerUnit }],
        },
        "per bloc" => InputBuilder.Rules with
        {
            Quotas =
            [
                new QuotaRule { Title = Title.AdvancedWorker, CapPercent = 70m, Base = QuotaBase.Headcount, Scope = QuotaScope.PerBloc, Rounding = RoundingMode.Nearest },
                new QuotaRule { Title = Title.GrassrootsEmulationFighter, CapPercent = 30m, Scope = QuotaScope.PerBloc },
            ],
        },
        "collective over the campaign" => InputBuilder.Rules with
        {
            Quotas = [new QuotaRule { Title = Title.AdvancedLabourCollective, CapPercent = 50m, Scope = QuotaScope.Campaign }],
        },
        "individual over the campaign" => InputBuilder.Rules with
        {
            Quotas = [new QuotaRule { Title = Title.GrassrootsEmulationFighter, CapPercent = 15m, Base = QuotaBase.AdvancedWorkers, Scope = QuotaScope.Campaign }],
        },
        _ => InputBuilder.Rules,
    };

    /// <summary>Units in four blocs and none, with few distinct totals (ties), and people with six years of history.</summary>
    internal static EvaluationInput Campaign(Random random)
    {
        var units = new UnitInput[Units];
        for (int u = 0; u < Units; u++)
        {
            var unit = new UnitBuilder(u + 1, u % 9 == 8 ? null : (u % 4) + 1).Members(10, random.Next(11));
            if (random.Next(3) == 0)
            {
                unit.RatedIn(1, QualityRating.Excellent).RatedIn(2, QualityRating.Excellent).Award(1, Title.ExcellentLabourCollective);
            }

            units[u] = Figures(unit.Build(), random, mayBeInvalid: false) with { ResultsSubmitted = random.Next(5) > 0 };
        }

        var people = new PersonInput[People];
        for (int p = 0; p < People; p++)
        {
            var person = new PersonBuilder(p + 1, random.Next(Units) + 1)
                .Rated(Pick(random, QualityRating.Excellent, QualityRating.Good, QualityRating.Good, QualityRating.Completed, QualityRating.NotCompleted))
                .Initiative(Pick(random, InitiativeLevel.None, InitiativeLevel.None, InitiativeLevel.Grassroots, InitiativeLevel.Provincial));
            for (int back = 1; back <= 6; back++)
            {
                person.Earlier(back, Pick(random, QualityRating.Excellent, QualityRating.Good, QualityRating.Good, QualityRating.Completed),
                    random.Next(3) == 0 ? InitiativeLevel.Grassroots : InitiativeLevel.None);
                if (random.Next(3) == 0)
                {
                    person.Award(back, Title.GrassrootsEmulationFighter, random.Next(8) == 0 ? AwardKind.Thematic : AwardKind.Merit);
                }
            }

            person = random.Next(4) == 0 ? person.Woman() : person;
            person = random.Next(30) == 0 ? person.Pending() : person;
            people[p] = person.Build();
        }

        return new EvaluationInput(InputBuilder.Year, InputBuilder.StandardCriteria(), units, people);
    }

    /// <summary>The input with one to five units' figures changed, as a reload of those units reads them.</summary>
    internal static EvaluationInput Changed(EvaluationInput input, Random random)
    {
        var units = input.Units.ToArray();
        for (int n = random.Next(1, 6); n > 0; n--)
        {
            int at = random.Next(units.Length);
            units[at] = Figures(units[at], random, mayBeInvalid: true) with
            {
                ResultsSubmitted = random.Next(4) > 0,
                ProceedingsPending = random.Next(10) == 0,
                YearRatings = random.Next(10) == 0 ? [new UnitYearRating(InputBuilder.Year, QualityRating.Excellent)] : units[at].YearRatings,
            };
        }

        return input with { Units = units };
    }

    /// <summary>New targets and results from a few values, so that totals often tie; now and then an invalid target.</summary>
    private static UnitInput Figures(UnitInput unit, Random random, bool mayBeInvalid) => unit with
    {
        Targets = new Dictionary<string, decimal> { ["KQ1"] = mayBeInvalid && random.Next(40) == 0 ? -1m : 100m, ["KQ2"] = 10m },
        Values = new Dictionary<string, decimal>
        {
            ["KQ1"] = Pick(random, 50m, 100m, 120m),
            ["KQ2"] = Pick(random, 10m, 20m),
            ["CN"] = random.Next(2),
        },
    };

    private static T Pick<T>(Random random, params T[] items) => items[random.Next(items.Length)];

    /// <summary>Everything an evaluation answers, in its order, as text: a difference names its first differing line.</summary>
    private static List<string> Described(CampaignEvaluation evaluation)
    {
        var lines = new List<string> { $"{evaluation.Year} {evaluation.RuleSetId} {evaluation.RuleSetVersion}" };
        foreach (var s in evaluation.UnitScores)
        {
            lines.Add(Invariant($"score {s.UnitId} {s.UnitName} {s.BlocId} {s.Total} {s.ScoredMaximum} {s.PercentOfMaximum} {s.MissingCount} {s.LowestTargetRatio}"));
            lines.AddRange(s.Lines.Select(l => Invariant($"  {l.Code} {l.Value} {l.Target} {l.AchievementRatio} {l.Points} {l.MaxPoints} {l.Status}")));
        }

        foreach (var r in evaluation.Rankings)
        {
            lines.Add(Invariant($"rank {r.UnitId} {r.BlocId} {r.Rank} {r.Total} ") +
                string.Join(", ", r.TieBreaks.Select(t => Invariant($"{t.OtherUnitId}/{t.Total}/{t.Ahead}/{t.DecidedBy}/{t.WomenShare}"))));
        }

        foreach (var r in evaluation.Recommendations)
        {
            lines.Add(Invariant($"verdict {r.PersonId} {r.UnitId} {r.SubjectName} {r.Title} {r.Status} {r.RuleSetId} {r.RuleSetVersion} {r.Article} {r.CashMultiplier} {r.Quota}"));
            lines.AddRange(r.Conditions.Select(c => $"  {c.Code} {c.Passed} {c.Article} " + string.Join(", ", c.Facts.Select(f => $"{f.Name}={f.Value}"))));
        }

        lines.AddRange(evaluation.SetAside.Select(s => $"aside {s.UnitId} {s.PersonId} {string.Join(", ", s.Errors)}"));
        lines.AddRange(evaluation.ExcellentShareProblems.Select(p => $"excellent share {p}"));
        return lines;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
