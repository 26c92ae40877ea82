using System.Globalization;
using Emulation.Domain.Sudden;
using Emulation.Web.Data;
using Emulation.Web.Data.Inbox;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Inbox;

/// <summary>Decisions issued, and the awards outside the campaign (sudden, long service) on their way to one.</summary>
public sealed partial class InboxService
{
    /// <summary>
    /// Each awardee whose account is linked to their person record; and the heads of every unit with an award in the
    /// decision (the unit's own, or its staff's), with how many are the unit's.
    /// </summary>
    internal Task DecisionIssuedAsync(int decisionId) =>
        SafelyAsync(db => TellAwardedAsync(db, db.Awards.Where(a => a.DecisionId == decisionId)));

    /// <summary>
    /// As <see cref="DecisionIssuedAsync"/>, for the awards of <paramref name="nominationIds"/> that a level above granted
    /// by a decision made outside the deployment and recorded here (by the board, or by the agency for a level beyond it).
    /// </summary>
    internal Task AwardsRecordedAsync(IReadOnlyCollection<int> nominationIds) =>
        SafelyAsync(db => TellAwardedAsync(db, db.Awards.Where(a => a.NominationId != null && nominationIds.Contains(a.NominationId.Value))));

    private async Task TellAwardedAsync(EmulationDbContext db, IQueryable<Emulation.Domain.Awards.Award> granted)
    {
        var awards = await granted.AsNoTracking()
            .Select(a => new { a.PersonId, a.UnitId, a.DecisionNumber }).ToListAsync();
        if (awards.Count == 0)
        {
            return;
        }

        var number = awards[0].DecisionNumber;
        var people = awards.Select(a => a.PersonId).OfType<int>().Distinct().ToList();
        var awardees = await Readers(db).Where(u => u.PersonId != null && people.Contains(u.PersonId.Value)).ToListAsync();
        await WriteAsync(db, awardees, NotificationKind.DecisionIssued, number, null, "awards");
        foreach (var unit in awards.GroupBy(a => a.UnitId))
        {
            var heads = await Readers(db).Where(u => u.IsHead && u.UnitId == unit.Key).ToListAsync();
            await WriteAsync(db, heads, NotificationKind.UnitAwarded, number,
                unit.Count().ToString(CultureInfo.InvariantCulture), $"profile/unit/{unit.Key}");
        }
    }

    /// <summary>
    /// Whoever the sudden or long-service proposal waits for now: the union officers of its unit's agency while the
    /// council's opinion is due (none of them when one of them proposed it: they record it themselves), the leadership once
    /// it may be decided.
    /// </summary>
    internal Task SuddenAwaitingAsync(int proposalId, string? proposedBy = null) =>
        SafelyAsync(async db =>
        {
            var proposal = await db.SuddenProposals.AsNoTracking().SingleAsync(p => p.Id == proposalId);
            var readers = await InRoleWithinAsync(db, proposal.AwaitsLeadership ? Roles.Leadership : Roles.UnionOfficer,
                proposal.UnitId);
            await WriteAsync(db, [.. readers.Where(r => r.UserName != proposedBy)], NotificationKind.SuddenAwaiting,
                await SuddenSubjectAsync(db, proposal), TitleName(proposal), $"sudden/{proposalId}");
        });

    /// <summary>
    /// The one who proposed it, unless they turned it down themselves (<paramref name="by"/>): the council or the
    /// leadership turned the proposal down, with the reason.
    /// </summary>
    internal Task SuddenRejectedAsync(int proposalId, string by) =>
        SafelyAsync(async db =>
        {
            var proposal = await db.SuddenProposals.AsNoTracking().SingleAsync(p => p.Id == proposalId);
            var proposer = await Readers(db).Where(u => u.UserName == proposal.ProposedBy && u.UserName != by).ToListAsync();
            await WriteAsync(db, proposer, NotificationKind.SuddenRejected, await SuddenSubjectAsync(db, proposal),
                proposal.RejectionReason, $"sudden/{proposalId}");
        });

    /// <summary>Who is proposed, and for which title: "Nguyễn Văn A – Giấy khen", or the unit's name for a collective.</summary>
    private static async Task<string> SuddenSubjectAsync(EmulationDbContext db, SuddenProposal proposal) =>
        proposal.PersonId is { } person
            ? await db.People.Where(p => p.Id == person).Select(p => p.FullName).SingleAsync()
            : await db.Units.Where(u => u.Id == proposal.UnitId).Select(u => u.Name).SingleAsync();

    private static string TitleName(SuddenProposal proposal) =>
        InboxText.Format($"Enum.Title.{proposal.Title}", InboxText.Vietnamese);
}
