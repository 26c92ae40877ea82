using Emulation.Domain.Common;

namespace Emulation.Domain.Rules;

/// <summary>Checks a rule set's data before it is used; an administrator can type anything.</summary>
public static class RuleSetValidator
{
    /// <summary>The longest streak of years a setting may ask for: a working life.</summary>
    public const int MaxYears = 40;

    /// <summary>The longest public consultation, in working days: a quarter of a year.</summary>
    public const int MaxConsultationDays = 60;

    /// <summary>The largest cash multiplier a form may carry (the highest orders carry a few dozen times the base salary).</summary>
    public const decimal MaxMultiplier = 100m;

    public static IReadOnlyList<DomainError> Validate(RuleSet rules)
    {
        var errors = new List<DomainError>();
        if (rules.EffectiveTo is { } to && to < rules.EffectiveFrom)
        {
            errors.Add(RuleSetErrors.InvalidPeriod(rules.Id));
        }

        CheckShare(errors, rules.Council.Quorum, "Council.Quorum");
        CheckShare(errors, rules.Council.DefaultThreshold.ShareOfAllMembers, "Council.DefaultThreshold");
        foreach (var threshold in rules.Council.Thresholds)
        {
            CheckShare(errors, threshold.ShareOfAllMembers, $"Council.Thresholds.{threshold.Title}");
        }

        errors.AddRange(rules.Council.Thresholds
            .Where(t => t.ShareOfAllMembers.Numerator == 0 || rules.Council.Thresholds.Count(o => o.Title == t.Title) > 1)
            .Select(t => t.Title).Distinct().Select(t => RuleSetErrors.InvalidThreshold(t.ToString())));
        errors.AddRange(rules.Council.PublicConsultations.Where(c => c.Days < 0)
            .Select(c => RuleSetErrors.InvalidCount($"Council.PublicConsultations.{c.Title}")));
        errors.AddRange(rules.Council.PublicConsultations
            .Where(c => c.Days > MaxConsultationDays || rules.Council.PublicConsultations.Count(o => o.Title == c.Title) > 1)
            .Select(c => c.Title).Distinct().Select(t => RuleSetErrors.InvalidThreshold(t.ToString())));
        CheckCash(errors, rules.Cash);
        CheckShare(errors, rules.Collectives.AdvancedWorkerShare, "Collectives.AdvancedWorkerShare");
        if (rules.Collectives.AdvancedWorkerShareStrictlyAbove &&
            rules.Collectives.AdvancedWorkerShare.Numerator == rules.Collectives.AdvancedWorkerShare.Denominator)
        {
            // "More than 100%" can never be reached: no collective would ever qualify.
            errors.Add(RuleSetErrors.InvalidShare("Collectives.AdvancedWorkerShareStrictlyAbove"));
        }

        CheckShare(errors, rules.Collectives.ExcellentAdvancedWorkerShare, "Collectives.ExcellentAdvancedWorkerShare");
        var c = rules.Collectives;
        (decimal Value, string Name)[] scorePercents =
        [
            (c.AdvancedMinScorePercent, "Collectives.AdvancedMinScorePercent"),
            (c.ExcellentMinScorePercent, "Collectives.ExcellentMinScorePercent"),
            (c.CommendationMinScorePercent, "Collectives.CommendationMinScorePercent"),
        ];
        errors.AddRange(scorePercents.Where(p => p.Value is < 0m or > 100m).Select(p => RuleSetErrors.InvalidPercent(p.Name)));
        if (c.FlagMinTargetRatio <= 0m)
        {
            errors.Add(RuleSetErrors.InvalidRatio("Collectives.FlagMinTargetRatio"));
        }

        CheckShare(errors, rules.Ranking.WomenCollectiveShare, "Ranking.WomenCollectiveShare");
        foreach (var quota in rules.Quotas)
        {
            if (quota.CapPercent is < 0m or > 100m)
            {
                errors.Add(RuleSetErrors.InvalidQuota(quota.Title.ToString()));
            }
        }

        var share = rules.ExcellentShare;
        if (share.CapPercent is < 0m or > 100m || share.ExceptionalCapPercent is < 0m or > 100m ||
            share.ExceptionalCapPercent < share.CapPercent)
        {
            errors.Add(RuleSetErrors.InvalidExcellentShare());
        }

        if (share.Scope == QuotaScope.PerBloc)
        {
            errors.Add(RuleSetErrors.InvalidScope("ExcellentShare.Scope"));
        }

        if (rules.Cash.RoundUpTo < 0m)
        {
            errors.Add(RuleSetErrors.InvalidCount("Cash.RoundUpTo"));
        }

        if (!rules.YearEnd.IsValid)
        {
            errors.Add(RuleSetErrors.InvalidYearEnd());
        }

        foreach (var rule in rules.Granting.Rules)
        {
            if (rule.ProposedBy > rule.DecidedBy || rules.Granting.Rules.Count(r => r.Title == rule.Title) > 1)
            {
                errors.Add(RuleSetErrors.InvalidGranting(rule.Title.ToString()));
            }
        }

        foreach (var rule in rules.Sudden.Rules)
        {
            if (rule.ProposedBy.Count == 0 || rules.Sudden.Rules.Count(r => r.Title == rule.Title) > 1)
            {
                errors.Add(RuleSetErrors.InvalidSudden(rule.Title.ToString()));
            }
        }

        foreach (var rule in rules.LongService.Rules)
        {
            if (rule.Positions.Count == 0 || rule.RequiredTerms <= 0 || rule.TermMonths <= 0 || !rule.MinShareOfTerm.IsValid ||
                rule.RequiredTermsForWomen is <= 0 || rule.RequiredTermsForWomen > rule.RequiredTerms ||
                rules.LongService.Rules.Count(r => r.Title == rule.Title) > 1)
            {
                errors.Add(RuleSetErrors.InvalidLongService(rule.Title.ToString()));
            }
        }

        var i = rules.Individuals;
        (int Value, string Name)[] counts =
        [
            (i.MinMonthsSinceRecruitment, "Individuals.MinMonthsSinceRecruitment"),
            (i.MinMonthsWorked, "Individuals.MinMonthsWorked"),
            (i.FormerUnitOpinionMinMonths, "Individuals.FormerUnitOpinionMinMonths"),
            (i.ProvincialFighterStreak, "Individuals.ProvincialFighterStreak"),
            (i.MeritFighterStreak, "Individuals.MeritFighterStreak"),
            (i.MeritExcellentStreak, "Individuals.MeritExcellentStreak"),
            (i.MeritInitiatives, "Individuals.MeritInitiatives"),
            (i.CommendationAdvancedWorkerYears, "Individuals.CommendationAdvancedWorkerYears"),
            (i.PrimeMinisterGoodYears, "Individuals.PrimeMinisterGoodYears"),
            (i.PrimeMinisterFighterTitles, "Individuals.PrimeMinisterFighterTitles"),
            (i.LabourOrderGoodYears, "Individuals.LabourOrderGoodYears"),
            (i.LabourOrderExcellentYears, "Individuals.LabourOrderExcellentYears"),
            (i.LabourOrderFighterTitles, "Individuals.LabourOrderFighterTitles"),
            (rules.Collectives.ExcellentMinFighters, "Collectives.ExcellentMinFighters"),
            (rules.Collectives.MeritExcellentStreak, "Collectives.MeritExcellentStreak"),
            (rules.Collectives.MeritExcellentRatingYears, "Collectives.MeritExcellentRatingYears"),
            (rules.Collectives.ThematicFlagMinYears, "Collectives.ThematicFlagMinYears"),
        ];
        errors.AddRange(counts.Where(c => c.Value < 0).Select(c => RuleSetErrors.InvalidCount(c.Name)));
        CheckStreaks(errors, i);
        return errors;
    }

    /// <summary>
    /// The streaks a title needs are at least one year and at most a working life; what is counted within a streak (the
    /// CSTĐCS titles of Art. 73's five good years) fits in it. A negative count is already refused as a count.
    /// </summary>
    private static void CheckStreaks(List<DomainError> errors, IndividualRules i)
    {
        (int Value, string Name)[] streaks =
        [
            (i.ProvincialFighterStreak, "Individuals.ProvincialFighterStreak"),
            (i.MeritFighterStreak, "Individuals.MeritFighterStreak"),
            (i.MeritExcellentStreak, "Individuals.MeritExcellentStreak"),
            (i.PrimeMinisterGoodYears, "Individuals.PrimeMinisterGoodYears"),
            (i.LabourOrderGoodYears, "Individuals.LabourOrderGoodYears"),
        ];
        errors.AddRange(streaks.Where(s => s.Value is < 1 or > MaxYears).Select(s => RuleSetErrors.InvalidStreak(s.Name)));
        (int Value, int Within, string Name)[] within =
        [
            (i.CommendationAdvancedWorkerYears, MaxYears, "Individuals.CommendationAdvancedWorkerYears"),
            (i.PrimeMinisterFighterTitles, i.PrimeMinisterGoodYears, "Individuals.PrimeMinisterFighterTitles"),
            (i.LabourOrderExcellentYears, i.LabourOrderGoodYears, "Individuals.LabourOrderExcellentYears"),
            (i.LabourOrderFighterTitles, i.LabourOrderGoodYears, "Individuals.LabourOrderFighterTitles"),
        ];
        errors.AddRange(within.Where(w => w.Value > w.Within).Select(w => RuleSetErrors.InvalidStreak(w.Name)));
    }

    /// <summary>Multipliers from 0 with two decimals at most, once per title; base salaries in whole đồng above zero, one per day.</summary>
    private static void CheckCash(List<DomainError> errors, CashRules cash)
    {
        errors.AddRange(cash.Multipliers
            .Where(m => m.Multiplier is < 0m or > MaxMultiplier || decimal.Round(m.Multiplier, 2) != m.Multiplier ||
                cash.Multipliers.Count(o => o.Title == m.Title) > 1)
            .Select(m => m.Title).Distinct().Select(t => RuleSetErrors.InvalidMultiplier(t.ToString())));
        errors.AddRange(cash.BaseSalaries
            .Where(b => b.AmountVnd <= 0m || decimal.Truncate(b.AmountVnd) != b.AmountVnd ||
                cash.BaseSalaries.Count(o => o.EffectiveFrom == b.EffectiveFrom) > 1)
            .Select(b => b.EffectiveFrom).Distinct()
            .Select(d => RuleSetErrors.InvalidBaseSalary(d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
    }

    private static void CheckShare(List<DomainError> errors, Fraction share, string name)
    {
        if (!share.IsValid)
        {
            errors.Add(RuleSetErrors.InvalidShare(name));
        }
    }
}
