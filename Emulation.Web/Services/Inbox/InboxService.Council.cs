using System.Globalization;
using Emulation.Web.Data;
using Emulation.Web.Data.Inbox;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Inbox;

/// <summary>Council sessions, the agency's and a receiving board's: ballots opened, nominations passed.</summary>
public sealed partial class InboxService
{
    /// <summary>
    /// Every member seated in the session: its ballots are open. An agency's session tells only those of its members
    /// still bound to the agency (an account unbound or moved to another agency since it was seated hears nothing).
    /// </summary>
    internal Task BallotOpenedAsync(int sessionId) =>
        SafelyAsync(async db =>
        {
            var session = await db.CouncilSessions.AsNoTracking().Where(s => s.Id == sessionId)
                .Select(s => new { s.CampaignId, s.ProposalId, s.HeldOn, Members = s.Members.Select(m => m.UserName).ToList() })
                .SingleAsync();
            var campaign = await CampaignNameAsync(db, session.CampaignId);
            var members = await Readers(db).Where(u => session.Members.Contains(u.UserName)).ToListAsync();
            if (session.ProposalId is null)
            {
                var audience = await Audience.LoadAsync(db);
                members = await LessCouncilAwaitingBindingAsync(db, audience,
                    audience.WithinTreeOf(members, await UnitOfCampaignAsync(db, session.CampaignId)));
            }

            var subject = $"{DateText(session.HeldOn)} – {campaign}";
            // A board's council votes on its own page; the agency's on the campaign's council page.
            var link = session.ProposalId is null ? $"council/{session.CampaignId}" : $"board/council/{sessionId}";
            await WriteAsync(db, members, NotificationKind.BallotOpened, subject, null, link);
        });

    /// <summary>The leadership of the campaign's agency: a council session closed with nominations passed, which wait for their decision.</summary>
    internal Task NominationsPassedAsync(int campaignId, int passed) =>
        SafelyAsync(async db =>
        {
            var campaign = await CampaignNameAsync(db, campaignId);
            var leaders = await ReadersWithinAsync(db, NotificationKind.NominationsPassed,
                await UnitOfCampaignAsync(db, campaignId));
            await WriteAsync(db, leaders, NotificationKind.NominationsPassed, campaign,
                passed.ToString(CultureInfo.InvariantCulture), $"approval/{campaignId}");
        });

    /// <summary>
    /// The appraisers of the board the dossier was sent to: its council closed a session passing <paramref name="passed"/>
    /// nominees, on whom the board issues (or records) the deciding level's decision. The agency hears only the outcome.
    /// </summary>
    internal Task BoardNomineesPassedAsync(int proposalId, int passed) =>
        SafelyAsync(async db =>
        {
            var proposal = await db.Proposals.AsNoTracking().Where(p => p.Id == proposalId)
                .Select(p => new { p.Number, p.ReceivingUnitId }).SingleAsync();
            await WriteAsync(db, await OfBoardAsync(db, NotificationKind.BoardNomineesPassed, proposal.ReceivingUnitId),
                NotificationKind.BoardNomineesPassed, proposal.Number, passed.ToString(CultureInfo.InvariantCulture),
                $"board/{proposalId}");
        });

    /// <summary>
    /// <paramref name="readers"/> less the council accounts that sit on no council: bound to no unit in a deployment with
    /// agencies, they await an administrator's binding (decision 0013, <see cref="Organization.OrganizationScope.AwaitsCouncilBinding(Actor)"/>)
    /// and hear of no agency's sessions or reviews.
    /// </summary>
    private static async Task<List<Reader>> LessCouncilAwaitingBindingAsync(EmulationDbContext db, Audience audience, List<Reader> readers)
    {
        var unbound = readers.Where(r => r.UnitId is null).Select(r => r.Id).ToList();
        if (unbound.Count == 0 || !audience.HasAgencies)
        {
            return readers;
        }

        var roles = await db.UserRoles.AsNoTracking().Where(ur => unbound.Contains(ur.UserId))
            .Select(ur => new { ur.UserId, Role = db.Roles.Where(r => r.Id == ur.RoleId).Select(r => r.Name).FirstOrDefault() })
            .ToListAsync();
        var awaiting = roles.GroupBy(x => x.UserId)
            .Where(held => Organization.OrganizationScope.AwaitsCouncilBinding(held.Select(x => x.Role ?? ""), bound: false))
            .Select(held => held.Key).ToHashSet(StringComparer.Ordinal);
        return [.. readers.Where(r => !awaiting.Contains(r.Id))];
    }
}
