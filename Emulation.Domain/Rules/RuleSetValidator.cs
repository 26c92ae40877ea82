using Emulation.Domain.Common;

namespace Emulation.Domain.Rules;

/// <summary>Checks a rule set's data before it is used; an administrator can type anything.</summary>
public static class RuleSetValidator
{
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

        errors.AddRange(rules.Council.PublicConsultations.Where(c => c.Days < 0)
            .Select(c => RuleSetErrors.InvalidCount($"Council.PublicConsultations.{c.Title}")));
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
        return errors;
    }

    private static void CheckShare(List<DomainError> errors, Fraction share, string name)
    {
        if (!share.IsValid)
        {
            errors.Add(RuleSetErrors.InvalidShare(name));
        }
    }
}
