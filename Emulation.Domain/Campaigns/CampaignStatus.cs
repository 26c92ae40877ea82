namespace Emulation.Domain.Campaigns;

/// <summary>Lifecycle: Draft → Launched (pledges) → ResultsOpen → Review (scoring, votes, approval) → Closed.</summary>
public enum CampaignStatus
{
    Draft,
    Launched,
    ResultsOpen,
    Review,
    Closed,
}
