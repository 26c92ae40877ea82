using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Council;
using Emulation.Domain.Pledges;
using Emulation.Domain.Proposals;
using Emulation.Domain.Sudden;
using Emulation.Web.Data;
using Emulation.Web.Services.Rules;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Home;

/// <summary>
/// The home page's "what needs me now", one read per role. Each sends a fixed number of queries however many
/// campaigns, units and nominations there are (<c>HomeQueryBudgetTests</c>).
/// </summary>
public sealed class HomeService(IDbContextFactory<EmulationDbContext> factory, TimeProvider clock, RuleSetService ruleSets)
{
    private static readonly CampaignStatus[] Collecting = [CampaignStatus.Launched, CampaignStatus.ResultsOpen];

    /// <summary>Today in the office's time zone, the day deadlines are counted in.</summary>
    public DateOnly Today => OfficeTime.Date(clock.GetUtcNow());

    public async Task<OfficerHome> OfficerAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.ManageCampaigns);
        await using var db = await factory.CreateDbContextAsync(actor);
        var campaigns = await db.Campaigns.AsNoTracking().Where(c => c.Status != CampaignStatus.Closed)
            .OrderByDescending(c => c.Year).ThenByDescending(c => c.Id)
            .Select(c => new { c.Id, c.Name, c.Status, c.PledgeDeadline, c.ResultsDeadline })
            .ToListAsync();
        var collecting = campaigns.Where(c => Collecting.Contains(c.Status)).Select(c => c.Id).ToList();
        var today = Today;
        // Each campaign's own units (those in its blocs) that are late or were returned, picked out by the database:
        // a province's thousand units and their pledges and results are not read to find the few flagged.
        var flagged = await (
            from m in db.BlocMembers.AsNoTracking()
            where collecting.Contains(m.CampaignId)
            join u in db.Units on m.UnitId equals u.Id
            join c in db.Campaigns on m.CampaignId equals c.Id
            let status = c.Status == CampaignStatus.Launched
                ? db.Pledges.Where(p => p.CampaignId == m.CampaignId && p.UnitId == m.UnitId)
                    .Select(p => (SubmissionStatus?)p.Status).FirstOrDefault()
                : db.UnitResults.Where(r => r.CampaignId == m.CampaignId && r.UnitId == m.UnitId)
                    .Select(r => (SubmissionStatus?)r.Status).FirstOrDefault()
            let deadline = c.Status == CampaignStatus.Launched ? c.PledgeDeadline : c.ResultsDeadline
            where status == SubmissionStatus.Returned
                || ((status == null || status == SubmissionStatus.Draft) && deadline < today)
            orderby u.Name
            select new { m.CampaignId, u.Id, u.Name, Returned = status == SubmissionStatus.Returned })
            .ToListAsync();
        var pledgesWaiting = await db.Pledges.AsNoTracking()
            .Where(p => collecting.Contains(p.CampaignId) && p.Status == SubmissionStatus.Submitted)
            .GroupBy(p => p.CampaignId).Select(g => new { CampaignId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.CampaignId, g => g.Count);
        var resultsWaiting = await db.UnitResults.AsNoTracking()
            .Where(r => collecting.Contains(r.CampaignId) && r.Status == SubmissionStatus.Submitted)
            .GroupBy(r => r.CampaignId).Select(g => new { CampaignId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.CampaignId, g => g.Count);
        var proposed = await db.Nominations.AsNoTracking()
            .Where(n => n.Status == NominationStatus.Proposed)
            .GroupBy(n => n.CampaignId).Select(g => new { CampaignId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.CampaignId, g => g.Count);
        var withOpenSession = await db.CouncilSessions.AsNoTracking()
            .Where(s => s.Status == CouncilSessionStatus.Open && s.ProposalId == null).Select(s => s.CampaignId).ToListAsync();

        var rows = campaigns.Select(c =>
        {
            var kind = c.Status == CampaignStatus.Launched ? SubmissionKind.Pledge : SubmissionKind.Results;
            var flags = !collecting.Contains(c.Id)
                ? []
                : flagged.Where(u => u.CampaignId == c.Id)
                    .Select(u => new UnitFlag(u.Id, u.Name, kind, u.Returned ? UnitFlagKind.Returned : UnitFlagKind.Late))
                    .ToList();
            var waiting = !collecting.Contains(c.Id)
                ? 0
                : pledgesWaiting.GetValueOrDefault(c.Id) + resultsWaiting.GetValueOrDefault(c.Id);
            return new OfficerCampaign(c.Id, c.Name, c.Status, NextDeadline(c.Status, c.PledgeDeadline, c.ResultsDeadline),
                waiting, flags);
        }).ToList();
        var toOpen = campaigns
            .Where(c => c.Status == CampaignStatus.Review && proposed.ContainsKey(c.Id) && !withOpenSession.Contains(c.Id))
            .Select(c => new SessionToOpen(c.Id, c.Name, proposed[c.Id]))
            .ToList();
        return new OfficerHome(rows, toOpen);
    }

    /// <summary>
    /// The head's own unit in each campaign taking pledges or results that it takes part in (is in one of the campaign's
    /// blocs, as the officer's list counts it), with its staff's personal pledges.
    /// </summary>
    public async Task<IReadOnlyList<HeadCampaign>> HeadAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.EnterUnitResults);
        if (actor.UnitId is not { } unitId)
        {
            return [];
        }

        await using var db = await factory.CreateDbContextAsync(actor);
        actor.RequireSeeUnit(db, unitId);
        var campaigns = await db.Campaigns.AsNoTracking()
            .Where(c => Collecting.Contains(c.Status) && db.BlocMembers.Any(m => m.CampaignId == c.Id && m.UnitId == unitId))
            .OrderByDescending(c => c.Year).ThenByDescending(c => c.Id)
            .Select(c => new
            {
                c.Id, c.Name, c.Status, c.PledgeDeadline, c.ResultsDeadline,
                Pledge = db.Pledges.Where(p => p.CampaignId == c.Id && p.UnitId == unitId)
                    .Select(p => new { p.Status, p.ReturnReason }).FirstOrDefault(),
                Result = db.UnitResults.Where(r => r.CampaignId == c.Id && r.UnitId == unitId)
                    .Select(r => new { r.Status, r.ReturnReason }).FirstOrDefault(),
                Staff = db.People.Count(p => p.UnitId == unitId && p.LeftOn == null),
                StaffPledged = db.Set<PersonalPledge>().Count(pp => pp.CampaignId == c.Id
                    && db.People.Any(p => p.Id == pp.PersonId && p.UnitId == unitId && p.LeftOn == null)),
            })
            .ToListAsync();
        return [.. campaigns.Select(c => new HeadCampaign(c.Id, c.Name, c.Status, unitId,
            c.Pledge?.Status ?? SubmissionStatus.Draft, c.PledgeDeadline,
            c.Result?.Status ?? SubmissionStatus.Draft, c.ResultsDeadline,
            c.Result?.Status == SubmissionStatus.Returned ? c.Result.ReturnReason
                : c.Pledge?.Status == SubmissionStatus.Returned ? c.Pledge.ReturnReason : null,
            c.Staff, c.StaffPledged))];
    }

    /// <summary>Open sessions the member sits on; the count of their own ballots, never how anyone voted.</summary>
    public async Task<IReadOnlyList<OpenBallot>> CouncilAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.Vote);
        await using var db = await factory.CreateDbContextAsync(actor);
        var userName = actor.UserName;
        return await db.CouncilSessions.AsNoTracking()
            .Where(s => s.Status == CouncilSessionStatus.Open && s.ProposalId == null && s.Members.Any(m => m.UserName == userName))
            .OrderBy(s => s.HeldOn).ThenBy(s => s.Id)
            .Join(db.Campaigns, s => s.CampaignId, c => c.Id, (s, c) => new OpenBallot(s.Id, s.CampaignId, c.Name,
                s.HeldOn, s.Agenda.Count, s.Participations.Count(b => b.MemberUserName == userName)))
            .ToListAsync();
    }

    /// <summary>
    /// Campaigns with nominations the council passed that nobody has decided yet, split as the approval page splits
    /// them under the rule set in force: those the agency's own decision takes, and those a higher level decides, which
    /// wait to be sent up in a dossier (counted as approvals, they led to an approval page with nothing to approve).
    /// </summary>
    public async Task<IReadOnlyList<AwaitingApproval>> LeadershipAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.Approve);
        var granting = await ruleSets.GrantingOnAsync(Today);
        await using var db = await factory.CreateDbContextAsync(actor);
        var waiting = db.Nominations.Where(n => n.Status == NominationStatus.Passed && n.ProposalId == null);
        var campaigns = await db.Campaigns.AsNoTracking()
            .Where(c => waiting.Any(n => n.CampaignId == c.Id))
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.Name, Titles = waiting.Where(n => n.CampaignId == c.Id).Select(n => n.Title).ToList() })
            .ToListAsync();
        return [.. campaigns.Select(c => new AwaitingApproval(c.Id, c.Name,
            c.Titles.Count(granting.AgencyDecides), c.Titles.Count(t => !granting.AgencyDecides(t))))];
    }

    /// <summary>Sudden-award proposals waiting for the leadership's decision (the council's opinion given, where asked).</summary>
    public async Task<int> SuddenAwaitingAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.Approve);
        await using var db = await factory.CreateDbContextAsync(actor);
        return await db.SuddenProposals.CountAsync(AwaitsLeadership);
    }

    /// <summary>
    /// Of <paramref name="among"/>, the sudden-award proposals still waiting for the actor's step: the leadership's
    /// decision (as <see cref="SuddenAwaitingAsync"/> counts them), or for the others the council's opinion.
    /// </summary>
    public async Task<IReadOnlyList<int>> SuddenWaitingAsync(Actor actor, IReadOnlyCollection<int> among)
    {
        actor.RequirePolicy(Policies.ReadSudden);
        await using var db = await factory.CreateDbContextAsync(actor);
        var proposals = db.SuddenProposals.Where(p => among.Contains(p.Id));
        return await (actor.Can(Policies.Approve) ? proposals.Where(AwaitsLeadership) : proposals.Where(AwaitsCouncilOpinion))
            .Select(p => p.Id).ToListAsync();
    }

    /// <summary>The domain's <see cref="SuddenProposal.AwaitsLeadership"/>, as the database can ask it.</summary>
    private static readonly System.Linq.Expressions.Expression<Func<SuddenProposal, bool>> AwaitsLeadership =
        p => p.Status == SuddenProposalStatus.Reviewed || (p.Status == SuddenProposalStatus.Proposed && !p.CouncilReview);

    private static readonly System.Linq.Expressions.Expression<Func<SuddenProposal, bool>> AwaitsCouncilOpinion =
        p => p.Status == SuddenProposalStatus.Proposed && p.CouncilReview;

    /// <summary>
    /// The dossiers with the actor's board (sent to it, not returned nor decided), oldest first, each at the board's
    /// next step: appraise, close its council's session, or issue the decision on the nominees its council passed.
    /// </summary>
    public async Task<IReadOnlyList<BoardDossierStep>> BoardAsync(Actor actor)
    {
        var board = actor.RequireBoard(Policies.Appraise);
        await using var db = await factory.CreateDbContextAsync(actor);
        var dossiers = await db.Proposals.AsNoTracking()
            .Where(p => p.ReceivingUnitId == board && p.Status == ProposalStatus.Sent)
            .Select(p => new
            {
                p.Id, p.Number, p.Date, p.SentAt,
                Campaign = db.Campaigns.Where(c => c.Id == p.CampaignId).Select(c => c.Name).FirstOrDefault(),
                Noted = db.AppraisalNotes.Any(n => n.ProposalId == p.Id),
                Waiting = db.Nominations.Where(n => n.ProposalId == p.Id && n.Status == NominationStatus.SentUp).Select(n => n.Id).ToList(),
            })
            .ToListAsync();
        var ids = dossiers.Select(d => d.Id).ToList();
        var sessions = await db.CouncilSessions.AsNoTracking().AsSplitQuery()
            .Where(s => s.ProposalId != null && ids.Contains(s.ProposalId.Value)).ToListAsync();
        // Oldest first, as they arrived; sorted here, since SQLite cannot order by a DateTimeOffset.
        return [.. dossiers.OrderBy(d => d.SentAt).ThenBy(d => d.Id).Select(d =>
        {
            var own = sessions.Where(s => s.ProposalId == d.Id).ToList();
            var open = own.FirstOrDefault(s => s.Status == CouncilSessionStatus.Open);
            var passed = CouncilSession.PassedOnDossier(own, d.SentAt).Count(d.Waiting.Contains);
            var step = open is not null ? BoardStep.CloseSession
                : passed > 0 ? BoardStep.IssueDecision
                : d.Noted ? BoardStep.UnderAppraisal
                : BoardStep.Appraise;
            return new BoardDossierStep(d.Id, d.Number, d.Date, d.Campaign ?? "", d.Waiting.Count, step, open?.Id, passed);
        })];
    }

    /// <summary>Open sessions of the board's council the member sits on; the count of their own ballots, never how anyone voted.</summary>
    public async Task<IReadOnlyList<BoardBallot>> BoardCouncilAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.VoteOnBoard);
        await using var db = await factory.CreateDbContextAsync(actor);
        var userName = actor.UserName;
        return await db.CouncilSessions.AsNoTracking()
            .Where(s => s.Status == CouncilSessionStatus.Open && s.ProposalId != null && s.Members.Any(m => m.UserName == userName))
            .OrderBy(s => s.HeldOn).ThenBy(s => s.Id)
            .Join(db.Proposals, s => s.ProposalId, p => p.Id, (s, p) => new BoardBallot(s.Id, p.Number, s.HeldOn,
                s.Agenda.Count, s.Participations.Count(b => b.MemberUserName == userName)))
            .ToListAsync();
    }

    private static DateOnly? NextDeadline(CampaignStatus status, DateOnly? pledge, DateOnly? results) => status switch
    {
        CampaignStatus.Draft or CampaignStatus.Launched => pledge,
        CampaignStatus.ResultsOpen => results,
        _ => null,
    };
}
