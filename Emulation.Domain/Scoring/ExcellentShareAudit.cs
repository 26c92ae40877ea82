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
/// <remarks>Made on every evaluation, so the people's ratings are counted in one pass into each unit's tally.</remarks>
public static class ExcellentShareAudit
{
    public static IReadOnlyList<DomainError> Problems(EvaluationInput input, RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(rules);
        var rule = rules.ExcellentShare;
        var people = ReadOnlyLists.AsSpan(input.People);
        if (rule.Scope == QuotaScope.Campaign)
        {
            var all = new ExcellentShareTally();
            foreach (var person in people)
            {
                if (RatingIn(person, input.Year) is { } rating)
                {
                    all.Add(rating);
                }
            }

            var agency = ExcellentShare.Check(all, rule);
            return agency.IsWithinCap ? [] : [ResultErrors.ExcellentShareExceeded(agency)];
        }

        UnitInput[] units = [.. input.Units.OrderBy(u => u.UnitId)];
        var position = new Dictionary<int, int>(units.Length);
        for (int i = 0; i < units.Length; i++)
        {
            position.TryAdd(units[i].UnitId, i);
        }

        var tallies = new ExcellentShareTally[units.Length];
        foreach (var person in people)
        {
            if (position.TryGetValue(person.UnitId, out int i) && RatingIn(person, input.Year) is { } rating)
            {
                tallies[i].Add(rating);
            }
        }

        var problems = new List<DomainError>();
        for (int i = 0; i < units.Length; i++)
        {
            var own = units[i].YearRatings.FirstOrDefault(r => r.Year == input.Year && r.InheritedFrom is null)?.Rating;
            var verdict = ExcellentShare.Check(tallies[position[units[i].UnitId]], rule, own);
            if (!verdict.IsWithinCap)
            {
                problems.Add(ResultErrors.ExcellentShareExceeded(verdict,
                    "unit:" + units[i].UnitId.ToString(CultureInfo.InvariantCulture)));
            }
        }

        return problems;
    }

    /// <summary>The rating of the person's first record of <paramref name="year"/>; null without one.</summary>
    private static QualityRating? RatingIn(PersonInput person, int year)
    {
        foreach (var record in ReadOnlyLists.AsSpan(person.Years))
        {
            if (record.Year == year)
            {
                return record.Rating;
            }
        }

        return null;
    }
}
