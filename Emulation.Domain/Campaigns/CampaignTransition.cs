namespace Emulation.Domain.Campaigns;

/// <summary>A recorded lifecycle step: who moved the campaign from one status to another, and when.</summary>
public sealed class CampaignTransition
{
    public const int ByMaxLength = 256;

    private CampaignTransition(CampaignStatus from, CampaignStatus to, string by, DateTimeOffset at)
    {
        From = from;
        To = to;
        By = by;
        At = at;
    }

    public int Id { get; private set; }
    public CampaignStatus From { get; private set; }
    public CampaignStatus To { get; private set; }
    public string By { get; private set; }
    public DateTimeOffset At { get; private set; }

    internal static CampaignTransition Record(CampaignStatus from, CampaignStatus to, string by, DateTimeOffset at) =>
        new(from, to, by, at);
}
