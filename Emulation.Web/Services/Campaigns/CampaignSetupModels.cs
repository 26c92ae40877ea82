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
}

/// <summary>A title a campaign offers and its quota, a percent of the quota's base (see <c>CampaignQuotas</c>).</summary>
public sealed record OfferedTitleSetup(Title Title, decimal? QuotaPercent);

public sealed record PledgedPerson(string PersonCode, Title Title);
