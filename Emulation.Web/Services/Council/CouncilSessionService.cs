using System.Globalization;
using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Council;
using Emulation.Domain.Rules;
using Emulation.Web.Data;
using Emulation.Web.Documents;
using Emulation.Web.Resources;
using Emulation.Web.Services.Audit;
using Emulation.Web.Services.Nominations;
using Emulation.Web.Services.Organization;
using Emulation.Web.Services.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Emulation.Web.Services.Council;

/// <summary>
/// Runs a council session: the union officer (the council's secretary) opens it, marks attendance and closes it;
/// each council member casts their own ballot. Closing decides every nomination through the rule set in force. A session
/// does not open on nominees for a title put to public consultation that were never published, nor while their
/// consultation is still running (<see cref="Consultations.ConsultationService"/>).
/// Refusals are stored (<see cref="RefusalLog"/>).
/// <para>
/// A receiving board's own council meets the same way on the nominees of one dossier sent to it
/// (<see cref="OpenOnProposalAsync"/>, <see cref="CouncilSession.ProposalId"/>): its appraiser runs the session
/// (<see cref="Policies.Appraise"/>), its members (<see cref="Roles.BoardCouncilMember"/>, bound to the board) vote. Every
/// call on a session asks the session's own council (<see cref="RequireAsync"/>): the agency's roles never reach a board's
/// session, a board's users never reach the agency's nor another board's. Closing a board's session records the
/// nominees it failed as not granted; those it passed wait for the deciding level's decision, which the board issues
/// (<see cref="Proposals.ReceivingBoardService.IssueDecisionAsync"/>).
/// </para>
/// </summary>
public sealed class CouncilSessionService(
    IDbContextFactory<EmulationDbContext> factory,
    TimeProvider clock,
    RuleSetService ruleSets,
    IOptions<DocumentOptions> documentOptions,
    CouncilMinutesDocxWriter minutesWriter,
    RefusalLog refusals,
    Inbox.InboxService inbox,
    Submissions.SubmissionNotifier notifier,
    ILogger<CouncilSessionService> logger)
{
    public static DomainError NotFound() => new("council.session_not_found", "There is no such council session.");

    /// <summary>What a caller does in a session: read it, run it (attendance, paper counts, close), vote in it.</summary>
    private enum Right
    {
        Read,
        Run,
        Vote,
    }

    /// <summary>
    /// The members of the actor's agency's council, with the unit they belong to; to an account keeping the whole
    /// deployment (an officer bound to no unit, decision 0013), every agency's council, agency by agency and each member
    /// named with the agency whose sessions seat them (an account bound to no agency sits on none, so is not listed);
    /// to a receiving board's users, the members of their own board's council (<see cref="BoardCouncilAsync"/>).
    /// </summary>
    public async Task<IReadOnlyList<CouncilSeatView>> CouncilAsync(Actor actor)
    {
        if (!actor.Can(Policies.ReadCouncil) && actor.Can(Policies.ReadBoardCouncil))
        {
            return await BoardCouncilAsync(actor);
        }

        actor.RequirePolicy(Policies.ReadCouncil);
        await using var db = await factory.CreateDbContextAsync(actor);
        var all = await db.Units.AsNoTracking().ToListAsync();
        var units = all.ToDictionary(u => u.Id, u => u.Name);
        if (db.CampaignAgency is not null)
        {
            var own = units.GetValueOrDefault(db.CampaignAgency.Value);
            return [.. (await SeatsAsync(db, null, db.CampaignAgency)).Select(s => new CouncilSeatView(s.UserName, s.FullName,
                s.UnitId is { } u ? units.GetValueOrDefault(u) : null, own))];
        }

        var accounts = await CouncilAccountsAsync(db, null);
        var tree = UnitTree.From(all);
        if (!tree.Agencies.Any())
        {
            return [.. accounts.Select(a => a.Seat(null)).Select(s => new CouncilSeatView(s.UserName, s.FullName,
                s.UnitId is { } u ? units.GetValueOrDefault(u) : null, null))];
        }

        return [.. tree.Agencies.OrderBy(a => units.GetValueOrDefault(a), StringComparer.CurrentCulture)
            .SelectMany(agency => accounts.Where(a => a.BoundTo is { } unit && tree.RootOf(unit) == agency).Select(a => a.Seat(agency))
                .Select(s => new CouncilSeatView(s.UserName, s.FullName, s.UnitId is { } u ? units.GetValueOrDefault(u) : null,
                    units.GetValueOrDefault(agency))))];
    }

    /// <summary>The campaign's open session, else its latest closed one; null when the council has not met on it.</summary>
    public async Task<CouncilSessionView?> GetAsync(Actor actor, int campaignId)
    {
        actor.RequirePolicy(Policies.ReadCouncil);
        await using var db = await factory.CreateDbContextAsync(actor);
        var session = await db.CouncilSessions.AsNoTracking().AsSplitQuery()
            .Where(s => s.CampaignId == campaignId && s.ProposalId == null)
            .OrderBy(s => s.Status == CouncilSessionStatus.Open ? 0 : 1).ThenByDescending(s => s.Id)
            .FirstOrDefaultAsync();
        return session is null ? null : await ViewAsync(db, session, actor);
    }

    /// <summary>
    /// Every session of the caller's own council, newest first; only those of <paramref name="campaignId"/> when given.
    /// The agency's roles get the agency's council's sessions; a receiving board's users, their own board's sessions on the
    /// dossiers sent to it, never another board's nor the agency's.
    /// </summary>
    public async Task<IReadOnlyList<CouncilSessionSummary>> ListAsync(Actor actor, int? campaignId = null)
    {
        int? board = actor.Can(Policies.ReadCouncil) ? null : actor.RequireBoard(Policies.ReadBoardCouncil);
        await using var db = await factory.CreateDbContextAsync(actor);
        var query = board is null
            ? db.CouncilSessions.AsNoTracking().AsSplitQuery().Where(s => s.ProposalId == null)
            : db.CouncilSessions.AsNoTracking().AsSplitQuery()
                .Where(s => db.Proposals.Any(p => p.Id == s.ProposalId && p.ReceivingUnitId == board));
        if (campaignId is { } id)
        {
            query = query.Where(s => s.CampaignId == id);
        }

        var sessions = await query.OrderByDescending(s => s.HeldOn).ThenByDescending(s => s.Id).ToListAsync();
        var campaigns = await db.Campaigns.AsNoTracking().Select(c => new { c.Id, c.Name }).ToDictionaryAsync(c => c.Id, c => c.Name);
        return [.. sessions.Select(s => new CouncilSessionSummary(s.Id, s.CampaignId, campaigns.GetValueOrDefault(s.CampaignId, ""),
            s.HeldOn, s.Status, s.Members.Count, s.PresentCount, s.Agenda.Count))];
    }

    /// <summary>One session by its id with its version (the API's ETag); null when there is none.</summary>
    public async Task<CouncilSessionView?> GetSessionAsync(Actor actor, int sessionId)
    {
        await using var db = await factory.CreateDbContextAsync(actor);
        await RequireAsync(db, actor, sessionId, Right.Read);
        var row = await db.CouncilSessions.AsNoTracking().AsSplitQuery().Where(s => s.Id == sessionId)
            .Select(s => new { Session = s, Version = EF.Property<Guid>(s, EmulationDbContext.VersionProperty) })
            .SingleOrDefaultAsync();
        return row is null ? null : await ViewAsync(db, row.Session, actor) with { Version = row.Version };
    }

    public async Task<Result<int>> OpenAsync(Actor actor, int campaignId, OpenSessionInput input)
    {
        actor.RequirePolicy(Policies.RunCouncilSessions);
        await using var db = await factory.CreateDbContextAsync(actor);
        if (!await db.Campaigns.AnyAsync(c => c.Id == campaignId))
        {
            return await RefusedAsync<int>(actor, "open", new RefusalScope(campaignId), CampaignErrors.NotFound());
        }

        if (await db.CouncilSessions.AnyAsync(s => s.CampaignId == campaignId && s.ProposalId == null && s.Status == CouncilSessionStatus.Open))
        {
            return await RefusedAsync<int>(actor, "open", new RefusalScope(campaignId), CouncilErrors.AlreadyOpen());
        }

        var now = clock.GetUtcNow();
        var proposed = await db.Nominations.AsNoTracking()
            .Where(n => n.CampaignId == campaignId && n.Status == NominationStatus.Proposed)
            .OrderBy(n => n.Id).ToListAsync();
        // A nomination whose unit's results were returned waits off the agenda until the unit submits again; with nothing
        // else to vote on, the refusal names the units instead of "nothing to vote on".
        var held = await ReturnedResults.HeldAsync(db, campaignId, proposed);
        var agenda = proposed.Where(n => !held.ContainsKey(n.Id)).ToList();
        if (agenda.Count == 0 && held.Count > 0)
        {
            return await RefusedAsync<int>(actor, "open", new RefusalScope(campaignId, [.. held.Keys]),
                ReturnedResults.Refusals(held));
        }

        var secretary = await db.Users.Where(u => u.UserName == actor.UserName).Select(u => u.FullName).FirstOrDefaultAsync();
        var heldOn = input.HeldOn is { } d ? DateOnly.FromDateTime(d) : OfficeTime.Date(now);
        // The law publishes the list before the council meets: a nominee for a title put to consultation must have been
        // published, and the council meets on them only after the window, neither today nor on a date set before then.
        var today = OfficeTime.Date(now);
        var (year, agency) = await db.Campaigns.Where(c => c.Id == campaignId).Select(c => ValueTuple.Create(c.Year, c.AgencyId)).SingleAsync();
        var rules = await ruleSets.InForceForYearAsync(year);
        var consulted = await Consultations.ConsultationService.CouncilMayMeetAsync(db, campaignId, [.. agenda.Select(n => n.Id)],
            rules.IsSuccess ? rules.Value.Council : null, heldOn < today ? heldOn : today);
        if (!consulted.IsSuccess)
        {
            return await RefusedAsync<int>(actor, "open", new RefusalScope(campaignId, [.. agenda.Select(n => n.Id)]), consulted.Errors);
        }

        var opened = CouncilSession.Open(campaignId, heldOn, await SeatsAsync(db, null, agency), input.ChairUserName,
            string.IsNullOrWhiteSpace(secretary) ? actor.UserName : secretary,
            [.. agenda.Select(CouncilAgendaItem.For)], actor.UserName, now);
        if (!opened.IsSuccess)
        {
            return await RefusedAsync<int>(actor, "open", new RefusalScope(campaignId), opened.Errors);
        }

        db.CouncilSessions.Add(opened.Value);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException e) when (ConcurrencyErrors.IsClash(e))
        {
            // Another officer opened one in the meantime: the database holds one open session per campaign.
            return await RefusedAsync<int>(actor, "open", new RefusalScope(campaignId), CouncilErrors.AlreadyOpen());
        }

        await inbox.BallotOpenedAsync(opened.Value.Id);

        return Result<int>.Success(opened.Value.Id);
    }

    /// <summary>The members of the actor's receiving board's own council.</summary>
    public async Task<IReadOnlyList<CouncilSeatView>> BoardCouncilAsync(Actor actor)
    {
        var board = actor.RequireBoard(Policies.ReadBoardCouncil);
        await using var db = await factory.CreateDbContextAsync(actor);
        var name = await db.Units.AsNoTracking().Where(u => u.Id == board).Select(u => u.Name).SingleOrDefaultAsync();
        return [.. (await SeatsAsync(db, board)).Select(s => new CouncilSeatView(s.UserName, s.FullName, name, name))];
    }

    /// <summary>The sessions of the actor's board's council, open ones first, then newest first.</summary>
    public async Task<IReadOnlyList<BoardSessionSummary>> BoardSessionsAsync(Actor actor)
    {
        var board = actor.RequireBoard(Policies.ReadBoardCouncil);
        await using var db = await factory.CreateDbContextAsync(actor);
        var rows = await db.CouncilSessions.AsNoTracking()
            .Join(db.Proposals.Where(p => p.ReceivingUnitId == board), s => s.ProposalId, p => (int?)p.Id,
                (s, p) => new { s.Id, ProposalId = p.Id, p.Number, s.HeldOn, s.Status, Agenda = s.Agenda.Count })
            .ToListAsync();
        return [.. rows.OrderBy(r => r.Status == CouncilSessionStatus.Open ? 0 : 1).ThenByDescending(r => r.Id)
            .Select(r => new BoardSessionSummary(r.Id, r.ProposalId, r.Number, r.HeldOn, r.Status, r.Agenda))];
    }

    /// <summary>The dossier's open session of the board's council, else its latest closed one; null when it has not met on it.</summary>
    public async Task<CouncilSessionView?> OfProposalAsync(Actor actor, int proposalId)
    {
        var board = actor.RequireBoard(Policies.ReadBoardCouncil);
        await using var db = await factory.CreateDbContextAsync(actor);
        var session = await db.CouncilSessions.AsNoTracking().AsSplitQuery()
            .Where(s => s.ProposalId == proposalId && db.Proposals.Any(p => p.Id == proposalId && p.ReceivingUnitId == board))
            .OrderBy(s => s.Status == CouncilSessionStatus.Open ? 0 : 1).ThenByDescending(s => s.Id)
            .FirstOrDefaultAsync();
        return session is null ? null : await ViewAsync(db, session, actor);
    }

    /// <summary>
    /// The board's appraiser puts the nominees of a dossier sent to the board, still waiting, to the board's own council:
    /// its members are seated, the appraiser keeps the minutes. One open session per dossier; after one closes, another
    /// may open on the nominees still undecided (<see cref="DossierCouncilAsync"/>). Nominees for a title put to public
    /// consultation must have been published by the board since the dossier was last sent, and that window closed
    /// (<see cref="Consultations.ConsultationService.PublishOnProposalAsync"/>, <see cref="Domain.Consultations.Consultation.StandsOnDossier"/>).
    /// </summary>
    public async Task<Result<int>> OpenOnProposalAsync(Actor actor, int proposalId, OpenSessionInput input)
    {
        var board = actor.RequireBoard(Policies.Appraise);
        await using var db = await factory.CreateDbContextAsync(actor);
        var proposal = await db.Proposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == proposalId && p.ReceivingUnitId == board);
        var scope = new RefusalScope(proposal?.CampaignId, Reference: proposalId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (proposal is null)
        {
            return await RefusedAsync<int>(actor, "open_board", scope, Emulation.Domain.Proposals.ProposalErrors.NotForThisBoard());
        }

        var now = clock.GetUtcNow();
        var heldOn = input.HeldOn is { } d ? DateOnly.FromDateTime(d) : OfficeTime.Date(now);
        var onDossier = await OnDossierAsync(db, proposal);
        var agenda = onDossier.Undecided;
        var allowed = onDossier.MayOpen() is { IsSuccess: false } refused ? refused : await ConsultedAsync(db, proposal, agenda, heldOn);
        if (!allowed.IsSuccess)
        {
            return await RefusedAsync<int>(actor, "open_board", scope with { NominationIds = [.. agenda.Select(n => n.Id)] },
                allowed.Errors);
        }

        var secretary = await db.Users.Where(u => u.UserName == actor.UserName).Select(u => u.FullName).FirstOrDefaultAsync();
        var opened = CouncilSession.OpenOnProposal(proposal.CampaignId, proposalId, heldOn, await SeatsAsync(db, board),
            input.ChairUserName, string.IsNullOrWhiteSpace(secretary) ? actor.UserName : secretary,
            [.. agenda.Select(CouncilAgendaItem.For)], actor.UserName, now);
        if (!opened.IsSuccess)
        {
            return await RefusedAsync<int>(actor, "open_board", scope, opened.Errors);
        }

        db.CouncilSessions.Add(opened.Value);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException e) when (ConcurrencyErrors.IsClash(e))
        {
            return await RefusedAsync<int>(actor, "open_board", scope, CouncilErrors.DossierSessionAlreadyOpen());
        }

        await inbox.BallotOpenedAsync(opened.Value.Id);

        return Result<int>.Success(opened.Value.Id);
    }

    /// <summary>
    /// A dossier's sessions of the board's council and its nominees still with the board, read once: what the panel shows
    /// and what a session opened on it would put on its agenda.
    /// </summary>
    private sealed record DossierState(Emulation.Domain.Proposals.Proposal Proposal, List<CouncilSession> Sessions,
        List<Nomination> Waiting)
    {
        /// <summary>The nominees its council passed since the dossier was last sent (<see cref="CouncilSession.PassedOnDossier"/>).</summary>
        public IReadOnlySet<int> Passed { get; } = CouncilSession.PassedOnDossier(Sessions, Proposal.SentAt);

        /// <summary>The nominees a session would put on its agenda: with the board, and not passed since the dossier was last sent.</summary>
        public List<Nomination> Undecided => [.. Waiting.Where(n => !Passed.Contains(n.Id))];

        /// <summary>
        /// Whether the dossier's state lets a session open on it (with the board, none open on it already); the one rule
        /// both <see cref="OpenOnProposalAsync"/> and the panel that offers the step (<see cref="DossierCouncilView.OpenRefusal"/>)
        /// read, before the consultation's (<see cref="ConsultedAsync"/>).
        /// </summary>
        public Result MayOpen() =>
            Proposal.AcceptsOutcome() is { IsSuccess: false } notSent ? notSent
            : Sessions.Any(s => s.Status == CouncilSessionStatus.Open) ? Result.Failure(CouncilErrors.DossierSessionAlreadyOpen())
            : Result.Success();
    }

    /// <summary>Every session on <paramref name="proposal"/>, newest first, and its nominees still with the board, by id.</summary>
    private static async Task<DossierState> OnDossierAsync(EmulationDbContext db, Emulation.Domain.Proposals.Proposal proposal) =>
        new(proposal,
            await db.CouncilSessions.AsNoTracking().AsSplitQuery().Where(s => s.ProposalId == proposal.Id)
                .OrderByDescending(s => s.Id).ToListAsync(),
            await db.Nominations.AsNoTracking().Where(n => n.ProposalId == proposal.Id && n.Status == NominationStatus.SentUp)
                .OrderBy(n => n.Id).ToListAsync());

    /// <summary>
    /// Whether the board's council may meet on <paramref name="agenda"/> of <paramref name="proposal"/> on
    /// <paramref name="heldOn"/>: as for the agency's council, the board publishes the nominees for titles put to
    /// consultation, and its council meets on them only after the window, neither today nor on a date set before then.
    /// </summary>
    private async Task<Result> ConsultedAsync(EmulationDbContext db, Emulation.Domain.Proposals.Proposal proposal,
        IReadOnlyCollection<Nomination> agenda, DateOnly heldOn)
    {
        var today = OfficeTime.Date(clock.GetUtcNow());
        var year = await db.Campaigns.Where(c => c.Id == proposal.CampaignId).Select(c => c.Year).SingleAsync();
        var rules = await ruleSets.InForceForYearAsync(year);
        return await Consultations.ConsultationService.CouncilMayMeetAsync(db, proposal.CampaignId, [.. agenda.Select(n => n.Id)],
            rules.IsSuccess ? rules.Value.Council : null, heldOn < today ? heldOn : today, proposal);
    }

    /// <summary>
    /// The board's council on a dossier sent to the actor's board: every session on it, newest first (closed ones with
    /// their tallies), the nominees it passed that wait for the decision, and those still undecided, on which the
    /// appraiser opens another session. Null when the dossier is not the actor's board's.
    /// </summary>
    public async Task<DossierCouncilView?> DossierCouncilAsync(Actor actor, int proposalId)
    {
        var board = actor.RequireBoard(Policies.ReadBoardCouncil);
        await using var db = await factory.CreateDbContextAsync(actor);
        var proposal = await db.Proposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == proposalId && p.ReceivingUnitId == board);
        if (proposal is null)
        {
            return null;
        }

        var state = await OnDossierAsync(db, proposal);
        var views = new List<CouncilSessionView>();
        foreach (var session in state.Sessions)
        {
            views.Add(await ViewAsync(db, session, actor));
        }

        var undecided = state.Undecided;
        // Why a session cannot open today, for the panel to say instead of offering it; asked only where it would offer it.
        var refusal = undecided.Count > 0 && state.MayOpen().IsSuccess
            ? (await ConsultedAsync(db, proposal, undecided, OfficeTime.Date(clock.GetUtcNow()))).Errors
            : [];
        return new DossierCouncilView(views, [.. state.Waiting.Select(n => n.Id).Where(state.Passed.Contains)],
            [.. undecided.Select(n => n.Id)]) { OpenRefusal = refusal };
    }

    /// <summary>The nominees of <paramref name="proposal"/> its board's council passed since it was last sent (<see cref="CouncilSession.PassedOnDossier"/>).</summary>
    internal static async Task<IReadOnlySet<int>> PassedOnDossierAsync(EmulationDbContext db, Emulation.Domain.Proposals.Proposal proposal) =>
        CouncilSession.PassedOnDossier(await db.CouncilSessions.AsNoTracking().AsSplitQuery()
            .Where(s => s.ProposalId == proposal.Id && s.Status == CouncilSessionStatus.Closed).ToListAsync(), proposal.SentAt);


    /// <summary>
    /// Marks who is present; everyone else on the council is absent. With <paramref name="versionRead"/> (the API's
    /// <c>If-Match</c>) it is refused as a concurrent change if the session was saved since that version.
    /// </summary>
    public Task<Result> SetAttendanceAsync(Actor actor, int sessionId, IReadOnlyCollection<string> present,
        Guid? versionRead = null) =>
        ChangeAsync(actor, sessionId, Right.Run, "attendance", [], session =>
        {
            var errors = session.Members
                .Where(m => m.Present != present.Contains(m.UserName))
                .SelectMany(m => session.MarkAttendance(m.UserName, present.Contains(m.UserName)).Errors)
                .ToList();
            return errors.Count == 0 ? Result.Success() : Result.Failure(errors);
        }, versionRead);

    /// <summary>
    /// The signed-in member's own secret ballot sheet, all or nothing; answers with the receipt code the member keeps (it
    /// is stored nowhere, only sealed into each ballot). With <paramref name="versionRead"/> (the API's <c>If-Match</c>)
    /// it is refused as a concurrent change if the session was saved since that version.
    /// </summary>
    public async Task<Result<BallotReceipt>> VoteAsync(Actor actor, int sessionId, IReadOnlyDictionary<int, BallotChoice> ballots,
        Guid? versionRead = null)
    {
        var receipt = BallotReceipt.New();
        var held = await ResultsReturnedAsync(sessionId, [.. ballots.Keys]);
        var voted = await ChangeAsync(actor, sessionId, Right.Vote, "vote", [.. ballots.Keys], session =>
        {
            if (ballots.Count == 0)
            {
                return Result.Failure(Nominations.CouncilService.NothingSelected());
            }

            if (held.Count > 0)
            {
                return Result.Failure(held);
            }

            var errors = ballots.SelectMany(b => session.Vote(actor.UserName, b.Key, b.Value, receipt).Errors).ToList();
            return errors.Count == 0 ? Result.Success() : Result.Failure(errors.DistinctBy(e => (e.Code, e.Item)));
        }, versionRead);
        var counted = await BallotCountedAsync(sessionId, voted);
        return counted.IsSuccess ? Result<BallotReceipt>.Success(receipt) : Result<BallotReceipt>.Failure(counted.Errors);
    }

    /// <summary>
    /// Refusals for the agency council's <paramref name="nominationIds"/> still to be decided whose unit's results were
    /// returned (<see cref="ReturnedResults"/>): read before the session is changed, told only to whom may change it.
    /// </summary>
    private async Task<IReadOnlyList<DomainError>> ResultsReturnedAsync(int sessionId, IReadOnlyCollection<int> nominationIds)
    {
        await using var db = await factory.CreateDbContextAsync();
        var campaignId = await db.CouncilSessions.Where(s => s.Id == sessionId && s.ProposalId == null)
            .Select(s => (int?)s.CampaignId).SingleOrDefaultAsync();
        if (campaignId is not { } campaign)
        {
            return [];
        }

        var proposed = await db.Nominations.AsNoTracking()
            .Where(n => n.CampaignId == campaign && nominationIds.Contains(n.Id) && n.Status == NominationStatus.Proposed)
            .ToListAsync();
        return await ReturnedResults.RefusalsAsync(db, campaign, proposed);
    }

    /// <summary>
    /// The nominations of the session on which a ballot sealed with the receipt <paramref name="code"/> was counted
    /// (empty when none was): a member confirms their own ballots without anyone learning whose they are. Neither the
    /// code nor the answer is logged or stored; a mistyped code is refused, and not recorded either.
    /// </summary>
    public async Task<Result<IReadOnlyList<int>>> CheckReceiptAsync(Actor actor, int sessionId, string? code)
    {
        await using var db = await factory.CreateDbContextAsync(actor);
        await RequireAsync(db, actor, sessionId, Right.Read);
        if (BallotReceipt.Parse(code) is not { } receipt)
        {
            return Result<IReadOnlyList<int>>.Failure(CouncilErrors.ReceiptInvalid());
        }

        var session = await db.CouncilSessions.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(s => s.Id == sessionId);
        return session is null
            ? Result<IReadOnlyList<int>>.Failure(NotFound())
            : Result<IReadOnlyList<int>>.Success(session.CountedWith(receipt));
    }

    /// <summary>
    /// The secretary (union officer) enters the counts of a nomination the council voted on paper. With
    /// <paramref name="versionRead"/> a session saved since that version is a concurrent change.
    /// </summary>
    public async Task<Result> RecordPaperCountAsync(Actor actor, int sessionId, int nominationId, PaperCount count,
        Guid? versionRead = null)
    {
        var recorded = await ChangeAsync(actor, sessionId, Right.Run, "paper_count", [nominationId],
            session => session.RecordPaperCount(nominationId, count), versionRead);
        return await BallotCountedAsync(sessionId, recorded);
    }

    /// <summary>Open council pages recount, here and on the other instances; the change names no member and no choice.</summary>
    private async Task<Result> BallotCountedAsync(int sessionId, Result outcome)
    {
        if (outcome.IsSuccess)
        {
            await using var db = await factory.CreateDbContextAsync();
            var campaignId = await db.CouncilSessions.Where(s => s.Id == sessionId).Select(s => s.CampaignId).SingleAsync();
            await notifier.PublishAsync(campaignId, Notifications.CampaignChangeKind.Ballot);
        }

        return outcome;
    }

    /// <summary>
    /// The secretary (union officer) records the written ballot of a member absent from the meeting, where the rule set
    /// in force counts written ballots (<see cref="CouncilRules.WrittenBallotsOfAbsentMembers"/>). With
    /// <paramref name="versionRead"/> a session saved since that version is a concurrent change.
    /// </summary>
    public async Task<Result> RecordWrittenBallotAsync(Actor actor, int sessionId, string memberUserName, int nominationId,
        BallotChoice choice, Guid? versionRead = null)
    {
        // The session's council admits the actor in ChangeAsync, before anything changes.
        var council = await CouncilRulesOfSessionAsync(sessionId);
        // The secretary read the paper, so the code would tell them nothing new; it is not handed out.
        var recorded = await ChangeAsync(actor, sessionId, Right.Run, "written_ballot", [nominationId],
            session => session.RecordWrittenBallot(council, memberUserName, nominationId, choice, BallotReceipt.New()), versionRead);
        return await BallotCountedAsync(sessionId, recorded);
    }

    /// <summary>The council rules in force for the session's campaign year; the defaults when there is none.</summary>
    private async Task<CouncilRules> CouncilRulesOfSessionAsync(int sessionId)
    {
        await using var db = await factory.CreateDbContextAsync();
        var year = await db.CouncilSessions.Where(s => s.Id == sessionId)
            .Join(db.Campaigns, s => s.CampaignId, c => c.Id, (_, c) => (int?)c.Year).SingleOrDefaultAsync();
        var rules = year is { } y ? await ruleSets.InForceForYearAsync(y) : null;
        return rules is { IsSuccess: true } ? rules.Value.Council : new CouncilRules();
    }

    /// <summary>
    /// Closes the session: each undecided nomination gets its outcome. With
    /// <paramref name="versionRead"/> (the API's <c>If-Match</c>) a session saved since that version is a concurrent change.
    /// </summary>
    public async Task<Result> CloseAsync(Actor actor, int sessionId, Guid? versionRead = null)
    {
        var closed = await CloseAndTallyAsync(actor, sessionId, versionRead);
        if (closed.IsSuccess)
        {
            await using var db = await factory.CreateDbContextAsync();
            try
            {
                await BallotStorage.RewriteInSealOrderAsync(db);
            }
            catch (System.Data.Common.DbException e)
            {
                // The session is closed and counted; a database that refuses the rewrite (SQL Server without ALTER on
                // the table) must not turn that into an error, but the administrator has to hear of it.
                logger.LogError(e, "The ballots were not rewritten in seal order after session {SessionId} closed", sessionId);
            }
        }

        return closed;
    }

    private async Task<Result> CloseAndTallyAsync(Actor actor, int sessionId, Guid? versionRead)
    {
        await using var db = await factory.CreateDbContextAsync(actor);
        await RequireAsync(db, actor, sessionId, Right.Run);
        var session = await db.CouncilSessions.AsSplitQuery().SingleOrDefaultAsync(s => s.Id == sessionId);
        if (session is null)
        {
            return await RefusedAsync(actor, "close", null, NotFound());
        }

        if (versionRead is { } version)
        {
            db.BumpVersion(session, version);
        }

        var year = await db.Campaigns.Where(c => c.Id == session.CampaignId).Select(c => c.Year).SingleAsync();
        var rules = await ruleSets.InForceForYearAsync(year);
        if (!rules.IsSuccess)
        {
            return await RefusedAsync(actor, "close", new RefusalScope(session.CampaignId), rules.Errors);
        }

        var ids = session.Agenda.Select(a => a.NominationId).ToList();
        var nominations = await db.Nominations.Where(n => ids.Contains(n.Id)).ToDictionaryAsync(n => n.Id);
        if (session.ProposalId is { } proposalId)
        {
            return await CloseOnProposalAsync(db, actor, session, proposalId, rules.Value, nominations);
        }

        // An item whose unit's results were returned since it was put on the agenda is left undecided: it comes back to a
        // later session when the unit submits again (the page marks it, AgendaItemView.ResultsReturned).
        var held = await ReturnedResults.HeldAsync(db, session.CampaignId, [.. nominations.Values]);
        var undecided = nominations.Values.Where(n => n.Status == NominationStatus.Proposed && !held.ContainsKey(n.Id))
            .Select(n => n.Id).ToList();
        var now = clock.GetUtcNow();
        var closed = session.Close(rules.Value, undecided, actor.UserName, now);
        if (!closed.IsSuccess)
        {
            return await RefusedAsync(actor, "close", new RefusalScope(session.CampaignId), closed.Errors);
        }

        var errors = new List<DomainError>();
        foreach (var decision in closed.Value)
        {
            var nomination = nominations[decision.NominationId];
            errors.AddRange(nomination.RecordBallot(decision.Tally, decision.Outcome, actor.UserName, now).Errors);
        }

        if (errors.Count > 0)
        {
            return await RefusedAsync(actor, "close", new RefusalScope(session.CampaignId, ids), errors);
        }

        var saved = await SaveAsync(db, actor, "close", new RefusalScope(session.CampaignId));
        if (saved.IsSuccess && closed.Value.Count(d => d.Outcome.Passed) is > 0 and var passed)
        {
            await inbox.NominationsPassedAsync(session.CampaignId, passed);
        }

        return saved;
    }

    /// <summary>
    /// Closes a board's session on a dossier's nominees still waiting: each one the council failed is recorded as not
    /// granted, with the count and the rule as the reason (the dossier closes when none waits), and the proposing
    /// agency is told; those it passed wait for the deciding level's decision.
    /// </summary>
    private async Task<Result> CloseOnProposalAsync(EmulationDbContext db, Actor actor, CouncilSession session, int proposalId,
        RuleSet rules, Dictionary<int, Nomination> nominations)
    {
        var scope = new RefusalScope(session.CampaignId, [.. nominations.Keys]);
        var undecided = nominations.Values.Where(n => n.Status == NominationStatus.SentUp && n.ProposalId == proposalId)
            .Select(n => n.Id).ToList();
        var now = clock.GetUtcNow();
        var closed = session.Close(rules, undecided, actor.UserName, now);
        if (!closed.IsSuccess)
        {
            return await RefusedAsync(actor, "close", scope, closed.Errors);
        }

        var board = await BoardNameAsync(db, proposalId);
        var failed = closed.Value.Where(d => !d.Outcome.Passed).ToList();
        var errors = new List<DomainError>();
        foreach (var decision in failed)
        {
            var nomination = nominations[decision.NominationId];
            // The refusal is kept as the reason the deciding level would write: in Vietnamese, whoever reads it.
            var reason = Wording.Vietnamese["Council.BoardNotPassed", board ?? "",
                Wording.Vote(Wording.Vietnamese, Wording.VietnameseCulture, decision.Outcome)].Value;
            errors.AddRange(nomination.RecordOutcomeAbove(false, actor.UserName, now, reason).Errors);
        }

        if (errors.Count > 0)
        {
            return await RefusedAsync(actor, "close", scope, errors);
        }

        var proposal = await db.Proposals.SingleAsync(p => p.Id == proposalId);
        proposal.CloseWhenDecided(await db.Nominations.CountAsync(n => n.ProposalId == proposalId &&
            n.Status == NominationStatus.SentUp && !failed.Select(f => f.NominationId).Contains(n.Id)));
        var saved = await SaveAsync(db, actor, "close", scope);
        if (saved.IsSuccess && closed.Value.Count - failed.Count is > 0 and var passed)
        {
            await inbox.BoardNomineesPassedAsync(proposalId, passed);
        }

        if (saved.IsSuccess && failed.Count > 0)
        {
            await inbox.ProposalAnsweredAsync(proposalId, Data.Inbox.NotificationKind.ProposalDecided,
                $"{failed.Count} không khen thưởng: Hội đồng Thi đua – Khen thưởng không thông qua");
        }

        return saved;
    }

    /// <summary>The session's minutes (biên bản) with attendance, quorum and each nomination's ballot; null if no such session.</summary>
    public async Task<CouncilMinutes?> GetMinutesAsync(Actor actor, int sessionId)
    {
        await using var db = await factory.CreateDbContextAsync(actor);
        await RequireAsync(db, actor, sessionId, Right.Read);
        var session = await db.CouncilSessions.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(s => s.Id == sessionId);
        return session is null ? null : await MinutesAsync(db, session);
    }

    /// <summary>
    /// The minutes of the agency's council sessions that decided <paramref name="nominationIds"/> (for each nominee its
    /// latest closed session that counted its ballots), oldest first: what a proposal dossier carries. The caller has
    /// already admitted its reader to the dossier.
    /// </summary>
    internal async Task<IReadOnlyList<CouncilMinutes>> MinutesOfNomineesAsync(EmulationDbContext db, IReadOnlyCollection<int> nominationIds)
    {
        var sessions = await db.CouncilSessions.AsNoTracking().AsSplitQuery()
            .Where(s => s.ProposalId == null && s.Status == CouncilSessionStatus.Closed &&
                s.Agenda.Any(a => nominationIds.Contains(a.NominationId)))
            .ToListAsync();
        var deciding = nominationIds
            .Select(id => sessions.Where(s => s.Agenda.Any(a => a.NominationId == id && a.Outcome is not null))
                .OrderBy(s => s.HeldOn).ThenBy(s => s.Id).LastOrDefault())
            .OfType<CouncilSession>().DistinctBy(s => s.Id).OrderBy(s => s.HeldOn).ThenBy(s => s.Id).ToList();
        var minutes = new List<CouncilMinutes>();
        foreach (var session in deciding)
        {
            minutes.Add(await MinutesAsync(db, session));
        }

        return minutes;
    }

    private async Task<CouncilMinutes> MinutesAsync(EmulationDbContext db, CouncilSession session)
    {
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == session.CampaignId)
            .Select(c => new { c.Name, c.Year }).SingleAsync();
        var rules = await ruleSets.InForceForYearAsync(campaign.Year);
        var council = rules.IsSuccess ? rules.Value.Council : new CouncilRules();
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Id, u => u.Name);
        // A board's council writes its minutes under the board's name.
        var agency = session.ProposalId is { } proposalId
            ? await BoardNameAsync(db, proposalId)
            : await db.Units.AsNoTracking().Agency().Select(u => u.Name).FirstOrDefaultAsync();
        var ids = session.Agenda.Select(a => a.NominationId).ToList();
        var nominations = await db.Nominations.AsNoTracking().Where(n => ids.Contains(n.Id))
            .Select(n => new
            {
                n.Id,
                n.Status,
                Person = db.People.Where(p => p.Id == n.PersonId).Select(p => p.FullName).FirstOrDefault(),
            })
            .ToDictionaryAsync(n => n.Id);
        var rows = session.Agenda.Select((item, i) =>
        {
            // A closed session's items carry the decision counted when it closed; an open one's draft shows what closing
            // would decide now (CouncilSession.OutcomeOf). Either way the ballots are counted by the session alone.
            var outcome = item.Outcome ??
                (rules.IsSuccess && session.OutcomeOf(item.NominationId, rules.Value) is { IsSuccess: true } o ? o.Value : null);
            // Without a rule set to decide by, the draft still shows the ballots cast.
            var count = outcome is null ? session.Count(item.NominationId) : null;
            var nomination = nominations[item.NominationId];
            var result = nomination.Status == NominationStatus.Withdrawn ? "Đã rút đề nghị"
                : outcome is { Passed: true } ? CouncilMinutesDocxWriter.Passed : "Không đạt";
            var unit = units.GetValueOrDefault(item.UnitId, "");
            return new CouncilMinutesRow(i + 1, nomination.Person ?? unit, unit, Wording.TitleName(Wording.Vietnamese, item.Title),
                outcome?.Yes ?? count!.Yes, outcome?.No ?? count!.No, outcome?.Abstain ?? count!.Abstain,
                outcome?.Recused ?? count!.Recused, outcome?.RequiredYes ?? 0, outcome?.Denominator ?? session.Members.Count, result);
        }).ToList();
        return new CouncilMinutes
        {
            AgencyName = agency ?? "",
            Place = documentOptions.Value.Place,
            HeldOn = session.HeldOn,
            CampaignName = campaign.Name,
            ChairName = session.Chair.FullName,
            SecretaryName = session.SecretaryName,
            Members = [.. session.Members.Select(m => new CouncilMinutesMember(m.FullName,
                m.UnitId is { } u ? units.GetValueOrDefault(u) : null, m.Present, m.UserName == session.ChairUserName))],
            RequiredPresent = (int)council.Quorum.MinimumCount(session.Members.Count),
            QuorumShare = council.Quorum.ToString(),
            RuleSetName = rules.IsSuccess ? $"{rules.Value.Name} ({rules.Value.Id} v{rules.Value.Version})" : "",
            Article = council.Article,
            Rows = rows,
            IsDraft = session.Status == CouncilSessionStatus.Open,
        };
    }

    public async Task<DocumentFile?> GetMinutesDocxAsync(Actor actor, int sessionId) =>
        await GetMinutesAsync(actor, sessionId) is { } minutes
            ? new DocumentFile(minutes.FileName(sessionId), DocumentFile.DocxContentType, minutesWriter.Write(minutes))
            : null;

    private async Task<Result> ChangeAsync(Actor actor, int sessionId, Right right, string action, IReadOnlyCollection<int> nominationIds,
        Func<CouncilSession, Result> change, Guid? versionRead = null)
    {
        await using var db = await factory.CreateDbContextAsync(actor);
        await RequireAsync(db, actor, sessionId, right);
        var session = await db.CouncilSessions.AsSplitQuery().SingleOrDefaultAsync(s => s.Id == sessionId);
        if (session is null)
        {
            return await RefusedAsync(actor, action, null, NotFound());
        }

        var version = versionRead ?? db.VersionOf(session);
        var scope = new RefusalScope(session.CampaignId, nominationIds);
        var changed = change(session);
        if (!changed.IsSuccess)
        {
            return await RefusedAsync(actor, action, scope, changed.Errors);
        }

        // Every change goes through the session's version, so a vote cannot slip in beside a close.
        db.BumpVersion(session, version);
        return await SaveAsync(db, actor, action, scope);
    }

    private async Task<Result> SaveAsync(EmulationDbContext db, Actor actor, string action, RefusalScope scope)
    {
        try
        {
            await db.SaveChangesAsync();
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            return await RefusedAsync(actor, action, scope, ConcurrencyErrors.ChangedByOthers());
        }
    }

    private async Task<Result> RefusedAsync(Actor actor, string action, RefusalScope? scope, params IEnumerable<DomainError> errors) =>
        Result.Failure(await refusals.RecordAsync(actor, "council", action, [.. errors], scope));

    private async Task<Result<T>> RefusedAsync<T>(Actor actor, string action, RefusalScope? scope, params IEnumerable<DomainError> errors) =>
        Result<T>.Failure(await refusals.RecordAsync(actor, "council", action, [.. errors], scope));

    /// <summary>The name of the receiving board a dossier was sent to.</summary>
    private static Task<string?> BoardNameAsync(EmulationDbContext db, int proposalId) =>
        db.Proposals.Where(p => p.Id == proposalId)
            .Select(p => db.Units.Where(u => u.Id == p.ReceivingUnitId).Select(u => u.Name).FirstOrDefault()).SingleOrDefaultAsync();

    /// <summary>
    /// Admits <paramref name="actor"/> to <paramref name="right"/> in the session: the agency's council's sessions under
    /// the agency's policies; a board's council's sessions under the board's, and only to users of that board. A session
    /// that does not exist is asked of the agency's policy (the caller then answers "not found").
    /// </summary>
    private static async Task RequireAsync(EmulationDbContext db, Actor actor, int sessionId, Right right)
    {
        var scope = await db.CouncilSessions.AsNoTracking().Where(s => s.Id == sessionId && s.ProposalId != null)
            .Select(s => new { Board = db.Proposals.Where(p => p.Id == s.ProposalId).Select(p => p.ReceivingUnitId).FirstOrDefault() })
            .SingleOrDefaultAsync();
        if (scope is null)
        {
            actor.RequirePolicy(right switch
            {
                Right.Read => Policies.ReadCouncil,
                Right.Run => Policies.RunCouncilSessions,
                _ => Policies.Vote,
            });
            return;
        }

        actor.RequirePolicy(right switch
        {
            Right.Read => Policies.ReadBoardCouncil,
            Right.Run => Policies.Appraise,
            _ => Policies.VoteOnBoard,
        });
        if (scope.Board is null || actor.UnitId != scope.Board)
        {
            throw new AccessDeniedException($"{actor.UserName} does not sit on the council of session {sessionId}'s board.");
        }
    }

    /// <summary>
    /// The council's members: the agency's (<paramref name="board"/> null: the <see cref="Roles.CouncilMember"/> accounts
    /// bound to <paramref name="agency"/>; an account bound to none sits on no agency's council until an administrator
    /// binds it, whatever its person's unit), or a receiving board's (its own
    /// <see cref="Roles.BoardCouncilMember"/> accounts). A campaign of no agency (a deployment with none) seats every
    /// council account. A member bound to the agency itself stands aside only on their own person's unit.
    /// </summary>
    internal static async Task<List<CouncilSeat>> SeatsAsync(EmulationDbContext db, int? board, int? agency = null)
    {
        var accounts = await CouncilAccountsAsync(db, board);
        var tree = agency is null ? null : await UnitTree.LoadAsync(db);
        return [.. accounts.Where(a => tree is null || (a.BoundTo is { } unit && tree.RootOf(unit) == agency)).Select(a => a.Seat(agency))];
    }

    /// <summary>
    /// The accounts of the agency's council role (<paramref name="board"/> null) or of <paramref name="board"/>'s council,
    /// by user name, each with the unit it is bound to and its person's unit.
    /// </summary>
    private static async Task<List<CouncilAccount>> CouncilAccountsAsync(EmulationDbContext db, int? board)
    {
        var role = board is null ? Roles.CouncilMember : Roles.BoardCouncilMember;
        return await db.Users.AsNoTracking()
            .Where(u => (board == null || u.UnitId == board) && db.UserRoles.Any(ur => ur.UserId == u.Id &&
                db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)))
            .OrderBy(u => u.UserName)
            .Select(u => new CouncilAccount(u.UserName!, u.FullName, u.PersonId, u.UnitId,
                db.People.Where(p => p.Id == u.PersonId).Select(p => (int?)p.UnitId).FirstOrDefault()))
            .ToListAsync();
    }

    /// <summary>A council account: the unit it is bound to, and its person's unit.</summary>
    private sealed record CouncilAccount(string UserName, string FullName, int? PersonId, int? BoundTo, int? PersonUnit)
    {
        /// <summary>Its seat on <paramref name="agency"/>'s council: bound to the agency itself, it stands aside only on its person's unit.</summary>
        public CouncilSeat Seat(int? agency) => new(UserName, FullName, PersonId, PersonUnit ?? (BoundTo == agency ? null : BoundTo));
    }

    private async Task<CouncilSessionView> ViewAsync(EmulationDbContext db, CouncilSession session, Actor actor)
    {
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == session.CampaignId)
            .Select(c => new { c.Name, c.Year }).SingleAsync();
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Id, u => u.Name);
        var ids = session.Agenda.Select(a => a.NominationId).ToList();
        var nominations = await db.Nominations.AsNoTracking().Where(n => ids.Contains(n.Id))
            .Select(n => new
            {
                n.Id,
                n.Status,
                n.BallotOutcome,
                n.LegacyBallotExplanation,
                Person = db.People.Where(p => p.Id == n.PersonId).Select(p => p.FullName).FirstOrDefault(),
            })
            .ToDictionaryAsync(n => n.Id);
        var rules = await ruleSets.InForceForYearAsync(campaign.Year);
        var council = rules.IsSuccess ? rules.Value.Council : new CouncilRules();
        var quorum = (int)council.Quorum.MinimumCount(session.Members.Count);
        var me = session.Members.FirstOrDefault(m => m.UserName == actor.UserName);
        var words = Wording.In(CultureInfo.CurrentUICulture);
        var held = session.ProposalId is null && session.Status == CouncilSessionStatus.Open
            ? await ReturnedResults.HeldAsync(db, session.CampaignId, [.. session.Agenda
                .Where(a => nominations[a.NominationId].Status == NominationStatus.Proposed).Select(a => (a.NominationId, a.UnitId))])
            : new Dictionary<int, string>();
        var agenda = session.Agenda.Select(a =>
        {
            var n = nominations[a.NominationId];
            var unit = units.GetValueOrDefault(a.UnitId, "");
            var count = session.Status == CouncilSessionStatus.Closed || a.Paper is not null
                ? session.Count(a.NominationId)
                : session.Count(a.NominationId).WithoutChoices();
            var threshold = council.ThresholdFor(a.Title);
            var (needed, outOf) = council.RequiredYes(a.Title, count.Members, count.Recused);
            return new AgendaItemView(a.NominationId, n.Person ?? unit, unit, a.Title, n.Status, count,
                session.HasVoted(actor.UserName, a.NominationId), me?.IsConflicted(a) ?? false,
                session.Status == CouncilSessionStatus.Closed && session.ProposalId is null
                    ? Wording.Ballot(words, CultureInfo.CurrentCulture, n.BallotOutcome, n.LegacyBallotExplanation)
                    : null)
            {
                Threshold = new ThresholdView(needed, outOf, threshold.ShareOfAllMembers.Numerator,
                    threshold.ShareOfAllMembers.Denominator, threshold.Strict),
                Passed = a.Outcome?.Passed,
                ResultsReturned = held.ContainsKey(a.NominationId),
            };
        }).ToList();
        var seats = session.Members.Select(m => new SessionMemberView(m.UserName, m.FullName,
            m.UnitId is { } u ? units.GetValueOrDefault(u) : null, m.Present, m.UserName == session.ChairUserName)).ToList();
        return new CouncilSessionView(session.Id, session.CampaignId, campaign.Name, session.HeldOn, session.Status,
            session.Chair.FullName, session.SecretaryName, session.Members.Count, session.PresentCount, quorum, seats, agenda,
            me is not null, me?.Present ?? false)
        {
            WrittenBallotsCounted = council.WrittenBallotsOfAbsentMembers,
            ProposalId = session.ProposalId,
        };
    }
}
