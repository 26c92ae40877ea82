using Emulation.Domain.Rules;

namespace Emulation.Domain.Scoring;

/// <summary>
/// What an evaluation was made from and of, kept with it so that the next one can start from it
/// (<see cref="CampaignEvaluator.Reevaluate"/>): the input and rule set it read, the people's and units' records in
/// id order, and the ranking. Only an evaluation of the whole input (nothing set aside) has one.
/// </summary>
internal sealed record EvaluationBasis(EvaluationInput Input, RuleSet Rules, PersonRecord[] People, UnitFacts[] Units,
    IReadOnlyList<RankedUnit> Rankings)
{
    /// <summary>
    /// Whether <paramref name="input"/> differs from <see cref="Input"/> only in some units' figures, under the same rules:
    /// the same people, criteria, tie-breaks, year and titles (the same objects), and the same units in the same order and
    /// blocs, of which those not the same object changed. The people were read and validated against these units already.
    /// </summary>
    public bool DiffersOnlyInUnits(EvaluationInput input, RuleSet rules)
    {
        var kept = Input;
        if (!ReferenceEquals(rules, Rules) || !ReferenceEquals(input.People, kept.People) ||
            !ReferenceEquals(input.Criteria, kept.Criteria) || !ReferenceEquals(input.TieBreaks, kept.TieBreaks) ||
            !ReferenceEquals(input.Titles, kept.Titles) || input.Year != kept.Year ||
            input.ReferenceDate != kept.ReferenceDate || input.ThematicCampaignYears != kept.ThematicCampaignYears ||
            input.Units.Count != kept.Units.Count)
        {
            return false;
        }

        for (int i = 0; i < input.Units.Count; i++)
        {
            var (now, before) = (input.Units[i], kept.Units[i]);
            if (now.UnitId != before.UnitId || now.BlocId != before.BlocId)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether every unit of <paramref name="input"/> keeps its collective ratings: the excellent-share audit then stands.</summary>
    public bool KeepsYearRatings(EvaluationInput input)
    {
        for (int i = 0; i < input.Units.Count; i++)
        {
            if (!ReferenceEquals(input.Units[i].YearRatings, Input.Units[i].YearRatings))
            {
                return false;
            }
        }

        return true;
    }
}
