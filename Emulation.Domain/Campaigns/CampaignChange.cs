using System.Globalization;

namespace Emulation.Domain.Campaigns;

/// <summary>A change to a launched campaign's scoring table, applied through <see cref="Campaign.Amend"/>.</summary>
public abstract record CampaignChange
{
    /// <summary>Separates the kind of a recorded change from its facts (<see cref="Describe"/>).</summary>
    public const char Separator = '|';

    /// <summary>
    /// The change as data for the campaign's history: its kind and its facts separated by <see cref="Separator"/>
    /// (numbers invariant, a name last), worded in the reader's language by the web layer.
    /// </summary>
    public abstract string Describe(Campaign campaign);
}

/// <summary>Changes one criterion's maximum points.</summary>
public sealed record ChangeMaxPoints(string Code, decimal NewMaxPoints) : CampaignChange
{
    public override string Describe(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        // The history names the criterion by its own code, however the change spelt it.
        var criterion = campaign.FindCriterion(Code);
        return string.Create(CultureInfo.InvariantCulture,
            $"max{Separator}{criterion?.Code ?? Code}{Separator}{criterion?.MaxPoints:0.##}{Separator}{NewMaxPoints:0.##}");
    }
}

/// <summary>Adds a criterion to the scoring table.</summary>
public sealed record AddCriterionChange(Criterion Criterion) : CampaignChange
{
    public override string Describe(Campaign campaign) =>
        string.Create(CultureInfo.InvariantCulture,
            $"add{Separator}{Criterion.Code}{Separator}{Criterion.Kind}{Separator}{Criterion.MaxPoints:0.##}{Separator}{Criterion.Name}");
}

/// <summary>
/// A change to the blocs the campaign ranks its units in (a bloc added, renamed or removed, a unit moved). Blocs belong
/// to the organisation, so nothing in the campaign changes but its history: after launch the change needs a reason,
/// like any amendment, because it changes who is ranked against whom.
/// </summary>
public sealed record ChangeBlocs(string Description) : CampaignChange
{
    public override string Describe(Campaign campaign) => "blocs: " + Description;
}
