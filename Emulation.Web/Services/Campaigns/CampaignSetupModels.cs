using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;

namespace Emulation.Web.Services.Campaigns;

public sealed record BlocSetup(string Code, string Name, IReadOnlyList<string> UnitCodes);

/// <summary>A whole campaign as another system sends it: table, bonus and penalty items, and its blocs.</summary>
public sealed record CampaignSetup(string Code, string Name, int Year, CampaignKind Kind, IReadOnlyList<BlocSetup> Blocs,
    IReadOnlyList<Criterion> Criteria)
{
    /// <summary>The titles offered, each with its optional quota; none by default.</summary>
    public IReadOnlyList<OfferedTitleSetup> Titles { get; init; } = [];

    /// <summary>The last day to pledge; a launch needs it.</summary>
    public DateOnly? PledgeDeadline { get; init; }

    /// <summary>The last day to report results; a launch needs it.</summary>
    public DateOnly? ResultsDeadline { get; init; }

    /// <summary>A thematic or period campaign's first day; its launch needs it.</summary>
    public DateOnly? StartsOn { get; init; }

    /// <summary>A thematic or period campaign's last day, in its year; its launch needs it.</summary>
    public DateOnly? EndsOn { get; init; }
}

/// <summary>A title a campaign offers and its quota, a percent of the quota's base (see <c>CampaignQuotas</c>).</summary>
public sealed record OfferedTitleSetup(Title Title, decimal? QuotaPercent);

public sealed record PledgedPerson(string PersonCode, Title Title);

/// <summary>A unit as the bloc editor shows it.</summary>
public sealed record BlocUnit(int Id, string Name);

public sealed record BlocView(int Id, string Name, IReadOnlyList<BlocUnit> Units);

/// <summary>The blocs a campaign ranks its units in, and the units in none; the status says whether a change needs a reason.</summary>
public sealed record CampaignBlocs(Emulation.Domain.Campaigns.CampaignStatus Status, IReadOnlyList<BlocView> Blocs,
    IReadOnlyList<BlocUnit> Unassigned);

/// <summary>One change to the blocs, made from the campaign designer.</summary>
public abstract record BlocEdit
{
    public sealed record Add(string Name) : BlocEdit;

    public sealed record Rename(int BlocId, string Name) : BlocEdit;

    public sealed record Remove(int BlocId) : BlocEdit;

    /// <summary>Moves a unit into a bloc, or out of every bloc (null).</summary>
    public sealed record MoveUnit(int UnitId, int? BlocId) : BlocEdit;
}
