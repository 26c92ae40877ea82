namespace Emulation.Web.Data;

/// <summary>
/// A dossier as sent: the rows of the proposals table read as a view, past every query filter. A receiving board's
/// context sees a campaign when a dossier of it was sent to the board (<see cref="EmulationDbContext.ReceivingBoard"/>);
/// the campaign's filter cannot ask the proposals themselves, whose filter asks the campaigns (EF Core does not break a
/// cycle of query filters: it recurses until the stack overflows). Read only; never written, never migrated.
/// </summary>
public sealed class SentDossier
{
    public int Id { get; private set; }
    public int CampaignId { get; private set; }
    public int? ReceivingUnitId { get; private set; }
}
