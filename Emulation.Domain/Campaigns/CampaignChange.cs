using System.Globalization;

namespace Emulation.Domain.Campaigns;

/// <summary>A change to a launched campaign's scoring table, applied through <see cref="Campaign.Amend"/>.</summary>
public abstract record CampaignChange
{
    /// <summary>The change as text for the campaign's history.</summary>
    public abstract string Describe(Campaign campaign);
}

/// <summary>Changes one criterion's maximum points.</summary>
public sealed record ChangeMaxPoints(string Code, decimal NewMaxPoints) : CampaignChange
{
    public override string Describe(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var old = campaign.FindCriterion(Code)?.MaxPoints;
        return string.Create(CultureInfo.InvariantCulture, $"{Code}: max {old:0.##} → {NewMaxPoints:0.##}");
    }
}

/// <summary>Adds a criterion to the scoring table.</summary>
public sealed record AddCriterionChange(Criterion Criterion) : CampaignChange
{
    public override string Describe(Campaign campaign) =>
        string.Create(CultureInfo.InvariantCulture, $"+ {Criterion.Code} {Criterion.Name} ({Criterion.Kind}, max {Criterion.MaxPoints:0.##})");
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
