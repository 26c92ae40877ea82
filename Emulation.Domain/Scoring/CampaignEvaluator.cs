using Emulation.Domain.Common;
using Emulation.Domain.Rules;

namespace Emulation.Domain.Scoring;

/// <summary>The engine's façade: validate, then score, rank and recommend. Pure and deterministic.</summary>
public static class CampaignEvaluator
{
    /// <summary>
    /// Validates the input and the rule set (coded errors naming the item) and evaluates. Never throws for bad
    /// user data; the result does not depend on the order of criteria, units or people.
    /// </summary>
    public static Result<CampaignEvaluation> Evaluate(EvaluationInput input, RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(rules);
        // The same errors in the same order as RuleSetValidator then InputValidator. The people, checked last, are
        // checked by the run as it reads each one into its record, so their histories are read while still in cache.
        var errors = new List<DomainError>(RuleSetValidator.Validate(rules));
        var unitIds = InputValidator.ValidateAllButPeople(input, errors);
        if (errors.Count > 0)
        {
            InputValidator.ValidatePeople(input, unitIds.Contains, errors);
            return Result<CampaignEvaluation>.Failure(errors);
        }

        var evaluation = EvaluationRun.Run(input, rules, errors);
        return evaluation is null
            ? Result<CampaignEvaluation>.Failure(errors)
            : Result<CampaignEvaluation>.Success(WithAudit(evaluation, ExcellentShareAudit.Problems(input, rules)));
    }

    /// <summary><paramref name="evaluation"/> with the units over the cap on excellent ratings named; itself when there are none.</summary>
    private static CampaignEvaluation WithAudit(CampaignEvaluation evaluation, IReadOnlyList<DomainError> problems) =>
        problems.Count == 0 ? evaluation : new CampaignEvaluation(evaluation.Year, evaluation.RuleSetId,
            evaluation.RuleSetVersion, evaluation.UnitScores, evaluation.Rankings, evaluation.Recommendations)
        {
            SetAside = evaluation.SetAside,
            ExcellentShareProblems = problems,
            Basis = evaluation.Basis,
        };

    /// <summary>
    /// What <see cref="EvaluateValidUnits"/> answers for <paramref name="input"/>, made from <paramref name="last"/> when the
    /// input differs from the one it was made of only in some units' figures (a reload of the units whose pledge or
    /// results changed): those units are scored, their blocs ranked and their people decided again, and every other
    /// score, rank and verdict is kept (<see cref="EvaluationRun.Rerun"/>). Otherwise, or when a changed unit's data is
    /// invalid, the whole input is evaluated.
    /// </summary>
    public static Result<CampaignEvaluation> Reevaluate(CampaignEvaluation last, EvaluationInput input, RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(last);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(rules);
        if (last.Basis is { } basis && basis.DiffersOnlyInUnits(input, rules))
        {
            // The rule set, criteria, tie-breaks and people are those already validated; the units are checked again.
            var errors = new List<DomainError>();
            InputValidator.ValidateAllButPeople(input, errors);
            if (errors.Count == 0 && EvaluationRun.Rerun(basis, input, rules) is { } evaluation)
            {
                // The audit reads the people's ratings and the units' own: it stands while no unit's ratings changed.
                return Result<CampaignEvaluation>.Success(WithAudit(evaluation, basis.KeepsYearRatings(input)
                    ? last.ExcellentShareProblems
                    : ExcellentShareAudit.Problems(input, rules)));
            }
        }

        return EvaluateValidUnits(input, rules);
    }

    /// <summary>
    /// Evaluates the units and people whose data is valid and sets aside each unit (with its people) or person whose
    /// data is not, listing its errors in <see cref="CampaignEvaluation.SetAside"/>: one unit's bad value is that
    /// unit's problem and never blocks the ranking of the others. Errors in the rule set, the scoring table or the
    /// tie-breaks concern every unit and still refuse the whole evaluation.
    /// </summary>
    public static Result<CampaignEvaluation> EvaluateValidUnits(EvaluationInput input, RuleSet rules)
    {
        // Valid input, the usual case, is evaluated at once, its people checked once, as the run reads them; refused,
        // it names every error as the validators report them, and the bad units and people are set aside from those.
        var whole = Evaluate(input, rules);
        var errors = whole.Errors;
        if (whole.IsSuccess || errors.Any(e => SetAsideSubject.SubjectOf(e) is null))
        {
            return whole;
        }

        var badUnits = new Dictionary<int, List<DomainError>>();
        var badPeople = new Dictionary<int, List<DomainError>>();
        foreach (var error in errors)
        {
            var (unitId, personId) = SetAsideSubject.SubjectOf(error)!.Value;
            var byId = unitId is not null ? badUnits : badPeople;
            var id = unitId ?? personId!.Value;
            if (!byId.TryGetValue(id, out var list))
            {
                byId.Add(id, list = []);
            }

            list.Add(error);
        }

        var valid = input with
        {
            Units = [.. input.Units.Where(u => !badUnits.ContainsKey(u.UnitId))],
            People = [.. input.People.Where(p => !badPeople.ContainsKey(p.PersonId) && !badUnits.ContainsKey(p.UnitId))],
        };
        var evaluated = Evaluate(valid, rules);
        if (!evaluated.IsSuccess)
        {
            return evaluated;
        }

        List<SetAsideSubject> setAside =
        [
            .. badUnits.OrderBy(u => u.Key).Select(u => new SetAsideSubject(u.Key, null, u.Value)),
            .. badPeople.OrderBy(p => p.Key).Select(p => new SetAsideSubject(
                input.People.FirstOrDefault(i => i.PersonId == p.Key)?.UnitId, p.Key, p.Value)),
        ];
        var evaluation = evaluated.Value;
        return Result<CampaignEvaluation>.Success(new CampaignEvaluation(evaluation.Year, evaluation.RuleSetId,
            evaluation.RuleSetVersion, evaluation.UnitScores, evaluation.Rankings, evaluation.Recommendations)
        {
            SetAside = setAside,
            ExcellentShareProblems = evaluation.ExcellentShareProblems,
        });
    }

    /// <summary>
    /// Evaluates twice, under <paramref name="baseline"/> and under the changes (either may be null to keep the
    /// baseline's), and reports who gains or loses which title and which units change rank.
    /// </summary>
    public static Result<WhatIfReport> WhatIf(EvaluationInput input, RuleSet baseline, RuleSet? changedRules,
        IReadOnlyList<Campaigns.Criterion>? changedCriteria)
    {
        var before = Evaluate(input, baseline);
        if (!before.IsSuccess)
        {
            return Result<WhatIfReport>.Failure(before.Errors);
        }

        var changedInput = changedCriteria is null ? input : input with { Criteria = changedCriteria };
        var after = Evaluate(changedInput, changedRules ?? baseline);
        if (!after.IsSuccess)
        {
            return Result<WhatIfReport>.Failure(after.Errors);
        }

        return Result<WhatIfReport>.Success(WhatIfComparer.Compare(before.Value, after.Value));
    }
}
