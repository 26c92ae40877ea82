using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;

namespace Emulation.Domain.Pledges;

/// <summary>
/// A title a unit registers to strive for in a campaign (đăng ký danh hiệu): for the unit itself when
/// <see cref="PersonId"/> is null, otherwise for one of its people.
/// </summary>
public sealed class PledgedTitle : ICampaignOwned
{
    private PledgedTitle(int campaignId, int unitId, int? personId, Title title)
    {
        CampaignId = campaignId;
        UnitId = unitId;
        PersonId = personId;
        Title = title;
    }

    public int Id { get; private set; }
    public int CampaignId { get; private set; }
    public int UnitId { get; private set; }
    public int? PersonId { get; private set; }
    public Title Title { get; private set; }

    public static PledgedTitle ForUnit(int campaignId, int unitId, Title title) => new(campaignId, unitId, null, title);

    public static PledgedTitle ForPerson(int campaignId, int unitId, int personId, Title title) =>
        new(campaignId, unitId, personId, title);
}
