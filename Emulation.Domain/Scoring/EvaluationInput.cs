using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;

namespace Emulation.Domain.Scoring;

/// <summary>Everything the engine needs to evaluate one campaign year; it holds no reference to storage.</summary>
public sealed record EvaluationInput(
    int Year,
    IReadOnlyList<Criterion> Criteria,
    IReadOnlyList<UnitInput> Units,
    IReadOnlyList<PersonInput> People)
{
    /// <summary>Ranking tie-breaks after the total, in order; the unit id is always the last, deterministic step.</summary>
    public IReadOnlyList<TieBreakStep> TieBreaks { get; init; } = [TieBreakStep.WomenRule];

    /// <summary>The date months since recruitment are counted to; 31 December of <see cref="Year"/> when null.</summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>
    /// For a thematic campaign, how many years it has run at this review; null for a yearly campaign. Art. 26(2) offers
    /// the Emulation Flag to the leaders of a thematic campaign of three years or more.
    /// </summary>
    public int? ThematicCampaignYears { get; init; }

    /// <summary>
    /// The titles the campaign may give (<see cref="Campaign.OffersFor"/> its kind); null for every title. The others are
    /// still decided, for what depends on them (a collective's share of Advanced Workers), but never recommended: a
    /// thematic campaign does not put a yearly emulation title to the council.
    /// </summary>
    public IReadOnlySet<Title>? Titles { get; init; }

    public DateOnly EffectiveReferenceDate => ReferenceDate ?? new DateOnly(Year, 12, 31);
}
