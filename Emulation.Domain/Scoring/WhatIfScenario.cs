using Emulation.Domain.Common;
using Emulation.Domain.Rules;

namespace Emulation.Domain.Scoring;

/// <summary>
/// A set of changes tried in a sandbox: applied to copies of the campaign's input and rule set, evaluated beside the
/// baseline, and compared verdict by verdict. Pure: nothing is stored and the originals are not touched.
/// </summary>
public sealed record WhatIfScenario(IReadOnlyList<WhatIfChange> Changes)
{
    /// <summary>The changed copies, or coded errors naming the unit, person, criterion or share that does not fit.</summary>
    public Result<(EvaluationInput Input, RuleSet Rules)> Apply(EvaluationInput input, RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(rules);
        if (Changes.Count == 0)
        {
            return Result<(EvaluationInput, RuleSet)>.Failure(WhatIfErrors.NoChanges());
        }

        var units = input.Units.ToDictionary(u => u.UnitId);
        var people = input.People.ToDictionary(p => p.PersonId);
        var quotas = rules.Quotas;
        var errors = new List<DomainError>();
        foreach (var change in Changes)
        {
            switch (change)
            {
                case UnitValueChange value:
                    ApplyValue(value, input, units, errors);
                    break;
                case PersonRatingChange rating:
                    ApplyRating(rating, input.Year, people, errors);
                    break;
                case QuotaChange quota:
                    quotas = ApplyQuota(quota, quotas, errors);
                    break;
                default:
                    throw new ArgumentException($"Unknown what-if change {change.GetType().Name}.", nameof(input));
            }
        }

        if (errors.Count > 0)
        {
            return Result<(EvaluationInput, RuleSet)>.Failure(errors);
        }

        var changedInput = input with
        {
            Units = [.. input.Units.Select(u => units[u.UnitId])],
            People = [.. input.People.Select(p => people[p.PersonId])],
        };
        return Result<(EvaluationInput, RuleSet)>.Success((changedInput, rules with { Quotas = quotas }));
    }

    /// <summary>Evaluates the baseline and the sandbox and lists every verdict that differs, with both explanations.</summary>
    public Result<WhatIfOutcome> Run(EvaluationInput input, RuleSet rules)
    {
        var baseline = CampaignEvaluator.EvaluateValidUnits(input, rules);
        if (!baseline.IsSuccess)
        {
            return Result<WhatIfOutcome>.Failure(baseline.Errors);
        }

        return Run(baseline.Value, input, rules);
    }

    /// <summary>As <see cref="Run(EvaluationInput, RuleSet)"/>, reusing a baseline already evaluated from the same input.</summary>
    public Result<WhatIfOutcome> Run(CampaignEvaluation baseline, EvaluationInput input, RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        var applied = Apply(input, rules);
        if (!applied.IsSuccess)
        {
            return Result<WhatIfOutcome>.Failure(applied.Errors);
        }

        // Units set aside for invalid data stay aside in the sandbox; a change that makes another unit's data invalid is refused.
        var sandbox = CampaignEvaluator.EvaluateValidUnits(applied.Value.Input, applied.Value.Rules);
        if (!sandbox.IsSuccess)
        {
            return Result<WhatIfOutcome>.Failure(sandbox.Errors);
        }

        var newlyInvalid = sandbox.Value.SetAside
            .Where(s => !baseline.SetAside.Any(b => b.UnitId == s.UnitId && b.PersonId == s.PersonId))
            .SelectMany(s => s.Errors).ToList();
        if (newlyInvalid.Count > 0)
        {
            return Result<WhatIfOutcome>.Failure(newlyInvalid);
        }

        var ranks = WhatIfComparer.Compare(baseline, sandbox.Value).RankChanges;
        return Result<WhatIfOutcome>.Success(new WhatIfOutcome(RecommendationDiffer.Diff(baseline, sandbox.Value), ranks));
    }

    private static void ApplyValue(UnitValueChange change, EvaluationInput input, Dictionary<int, UnitInput> units,
        List<DomainError> errors)
    {
        if (!units.TryGetValue(change.UnitId, out var unit))
        {
            errors.Add(WhatIfErrors.UnknownUnit(change.UnitId));
            return;
        }

        if (!input.Criteria.Any(c => c.Code == change.CriterionCode))
        {
            errors.Add(WhatIfErrors.UnknownCriterion(change.CriterionCode));
            return;
        }

        var values = unit.Values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        if (change.Value is { } value)
        {
            values[change.CriterionCode] = value;
        }
        else
        {
            values.Remove(change.CriterionCode);
        }

        units[change.UnitId] = unit with { Values = values };
    }

    private static void ApplyRating(PersonRatingChange change, int year, Dictionary<int, PersonInput> people,
        List<DomainError> errors)
    {
        if (!people.TryGetValue(change.PersonId, out var person) || !person.Years.Any(y => y.Year == year))
        {
            errors.Add(WhatIfErrors.UnknownPerson(change.PersonId));
            return;
        }

        people[change.PersonId] = person with
        {
            Years = [.. person.Years.Select(y => y.Year == year ? y with { Rating = change.Rating } : y)],
        };
    }

    private static IReadOnlyList<QuotaRule> ApplyQuota(QuotaChange change, IReadOnlyList<QuotaRule> quotas, List<DomainError> errors)
    {
        if (change.CapPercent is not { } cap)
        {
            return [.. quotas.Where(q => q.Title != change.Title)];
        }

        if (cap is < 0m or > 100m)
        {
            errors.Add(WhatIfErrors.BadShare(cap));
            return quotas;
        }

        return CampaignQuotas.Capped(quotas, change.Title, cap, "what-if");
    }
}
