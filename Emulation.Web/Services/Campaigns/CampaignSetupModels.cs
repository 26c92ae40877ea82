using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;

namespace Emulation.Web.Services.Campaigns;

public sealed record BlocSetup(string Code, string Name, IReadOnlyList<string> UnitCodes);

/// <summary>A whole campaign as another system sends it: table, bonus and penalty items, and its blocs.</summary>
public sealed record CampaignSetup(string Code, string Name, int Year, CampaignKind Kind, IReadOnlyList<BlocSetup> Blocs,
    IReadOnlyList<Criterion> Criteria);

public sealed record PledgedPerson(string PersonCode, Title Title);
