namespace Emulation.Domain.Campaigns;

/// <summary>
/// A record that hangs on one campaign (a bloc, a pledge, a result, a nomination, a session, a dossier…): whoever may not
/// read the campaign may not read it either.
/// </summary>
public interface ICampaignOwned
{
    int CampaignId { get; }
}
