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
        return evaluation is null ? Result<CampaignEvaluation>.Failure(errors) : Result<CampaignEvaluation>.Success(evaluation);
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
