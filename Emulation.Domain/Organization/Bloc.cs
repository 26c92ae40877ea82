using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;

namespace Emulation.Domain.Organization;

/// <summary>
/// An emulation bloc (khối thi đua) of one campaign: units ranked against each other that year. Each campaign keeps its
/// own blocs, so changing them for one year never changes another year's ranking.
/// </summary>
public sealed class Bloc : ICampaignOwned
{
    public const int NameMaxLength = 200;
    public const int CodeMaxLength = 20;

    private Bloc(int campaignId, string name)
    {
        CampaignId = campaignId;
        Name = name;
    }

    public int Id { get; private set; }

    /// <summary>The campaign whose units the bloc ranks.</summary>
    public int CampaignId { get; private set; }

    public string Name { get; private set; }

    /// <summary>A short code for other systems, unique within the campaign; null for blocs created without one.</summary>
    public string? Code { get; private set; }

    public static Bloc Create(int campaignId, string name, string? code = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new Bloc(campaignId, CleanText.Require(name, nameof(Name))) { Code = CleanText.RequireOptional(code, nameof(Code)) };
    }

    /// <summary>The same bloc for another campaign (a new campaign starts from the previous one's blocs).</summary>
    public Bloc CopyFor(int campaignId) => new(campaignId, Name) { Code = Code };

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = CleanText.Require(name, nameof(Name));
    }
}

/// <summary>A unit's place in one campaign's bloc; a unit is in at most one bloc of a campaign.</summary>
public sealed class BlocMember : ICampaignOwned
{
    private BlocMember(int campaignId, int blocId, int unitId)
    {
        CampaignId = campaignId;
        BlocId = blocId;
        UnitId = unitId;
    }

    public int Id { get; private set; }
    public int CampaignId { get; private set; }
    public int BlocId { get; private set; }
    public int UnitId { get; private set; }

    public static BlocMember Create(int campaignId, int blocId, int unitId) => new(campaignId, blocId, unitId);

    public void MoveTo(int blocId) => BlocId = blocId;
}
