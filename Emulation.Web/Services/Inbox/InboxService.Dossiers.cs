using System.Globalization;
using Emulation.Web.Data;
using Emulation.Web.Data.Inbox;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Inbox;

/// <summary>Proposal dossiers between the agency and the receiving board in the same deployment.</summary>
public sealed partial class InboxService
{
    /// <summary>
    /// The appraisers of the board the dossier was sent (or sent again) to, who receive and appraise it; the board's council
    /// members hear of it only when a session on it opens its ballots.
    /// </summary>
    internal Task ProposalReceivedAsync(int proposalId) =>
        SafelyAsync(async db =>
        {
            var proposal = await db.Proposals.AsNoTracking().SingleAsync(p => p.Id == proposalId);
            var appraisers = await OfBoardAsync(db, NotificationKind.ProposalReceived, proposal.ReceivingUnitId);
            var subject = $"{proposal.Number} ({proposal.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)})";
            await WriteAsync(db, appraisers, NotificationKind.ProposalReceived, subject, null, $"board/{proposalId}");
        });

    /// <summary>
    /// The proposing agency's union officers, who amend its documents, and its leadership, who send it again: the receiving
    /// board returned its dossier (<paramref name="detail"/> is the reason) or decided nominees in it.
    /// </summary>
    internal Task ProposalAnsweredAsync(int proposalId, NotificationKind kind, string? detail) =>
        SafelyAsync(async db =>
        {
            var proposal = await db.Proposals.AsNoTracking().SingleAsync(p => p.Id == proposalId);
            var readers = await ReadersWithinAsync(db, kind, await UnitOfCampaignAsync(db, proposal.CampaignId));
            await WriteAsync(db, readers, kind, proposal.Number, detail, $"proposals/{proposal.CampaignId}");
        });
}
