using System.Globalization;

using Emulation.Domain.Common;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;

namespace Emulation.Domain.Scoring;

/// <summary>
/// The units whose ratings of the evaluated year exceed the cap on excellent ratings (<see cref="ExcellentShareRule"/>),
/// e.g. entered before the rule or under another rule set. Reported to the officer beside the evaluation, each as its
/// unit's problem (<c>unit:7</c>; the agency's, with no item, when the rule counts per agency); no eligibility changes.
/// </summary>
public static class ExcellentShareAudit
{
    public static IReadOnlyList<DomainError> Problems(EvaluationInput input, RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(rules);
        var rule = rules.ExcellentShare;
        var ratingsByUnit = input.People
            .Select(p => (p.UnitId, Year: p.Years.FirstOrDefault(y => y.Year == input.Year)))
            .Where(p => p.Year is not null)
            .ToLookup(p => p.UnitId, p => p.Year!.Rating);
        if (rule.Scope == QuotaScope.Campaign)
        {
            var agency = ExcellentShare.Check(ratingsByUnit.SelectMany(unit => unit), rule);
            return agency.IsWithinCap ? [] : [ResultErrors.ExcellentShareExceeded(agency)];
        }

        var problems = new List<DomainError>();
        foreach (var unit in input.Units.OrderBy(u => u.UnitId))
        {
            var own = unit.YearRatings.FirstOrDefault(r => r.Year == input.Year && r.InheritedFrom is null)?.Rating;
            var verdict = ExcellentShare.Check(ratingsByUnit[unit.UnitId], rule, own);
            if (!verdict.IsWithinCap)
            {
                problems.Add(ResultErrors.ExcellentShareExceeded(verdict,
                    "unit:" + unit.UnitId.ToString(CultureInfo.InvariantCulture)));
            }
        }

        return problems;
    }
}
