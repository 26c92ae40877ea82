using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Domain.Organization;
using Emulation.Domain.Proposals;
using Emulation.Domain.Rules;
using Emulation.Web.Data;
using Emulation.Web.Data.Inbox;
using Emulation.Web.Services.Audit;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Proposals;

/// <summary>A dossier in the receiving board's inbox.</summary>
public sealed record BoardInboxRow(int Id, string Number, DateOnly Date, ProposalStatus Status, bool UnderAppraisal,
    string Agency, string Campaign, DateTimeOffset SentAt, IReadOnlyList<string> Nominees);

/// <summary>A dossier as the receiving board works on it: the letter, the nominees, the notes, the issuer it decides as.</summary>
public sealed record BoardDossier(ProposalView Proposal, string Agency, string Campaign, string SentBy,
    DateTimeOffset SentAt, string DefaultIssuer)
{
    /// <summary>The decisions the board issued on the dossier in this deployment (after its council's vote).</summary>
    public IReadOnlyList<BoardDecisionView> Decisions { get; init; } = [];

    /// <summary>The body the deciding level's decisions are issued under (their header), e.g. "UBND tỉnh Quảng Trị".</summary>
    public string DecisionIssuer { get; init; } = "";
}

/// <summary>A decision the board issued on a dossier: its number, date, and how many awards it grants.</summary>
public sealed record BoardDecisionView(int Id, string Number, DateOnly Date, int Awards);

/// <summary>
/// The receiving level in this deployment (the provincial emulation board, Ban Thi đua – Khen thưởng of the Sở Nội vụ):
/// its appraisers receive the dossiers addressed to their own board, write an appraisal note per nominee, return a
/// dossier for amendment with reasons, and record the deciding level's outcome — the same outcome recording as the
/// agency's by-hand path (<see cref="ProposalService"/>), so the award carries its real issuer and counts in every later
/// eligibility check. A dossier addressed elsewhere does not exist for them.
/// <para>
/// Or the board puts the dossier to its own council (<see cref="Council.CouncilSessionService.OpenOnProposalAsync"/>,
/// a secret ballot of the board's council members) and issues the deciding level's decision on the nominees it passed
/// (<see cref="IssueDecisionAsync"/>): a real decision of this deployment, with its verification codes and signed PDF.
/// The by-hand path stays for decisions made on paper.
/// </para>
/// </summary>
public sealed class ReceivingBoardService(
    IDbContextFactory<EmulationDbContext> factory,
    TimeProvider clock,
    ProposalService proposals,
    Decisions.DecisionService decisions,
    RefusalLog refusals,
    Inbox.InboxService inbox)
{
    private const string Area = "proposal";

    /// <summary>The dossiers sent to the actor's board, newest first.</summary>
    public async Task<IReadOnlyList<BoardInboxRow>> InboxAsync(Actor actor)
    {
        var board = actor.RequireBoard(Policies.Appraise);
        await using var db = await factory.CreateDbContextAsync(actor);
        var rows = await db.Proposals.AsNoTracking().Where(p => p.ReceivingUnitId == board)
            .Select(p => new
            {
                p.Id,
                p.Number,
                p.Date,
                p.Status,
                p.SentAt,
                Campaign = db.Campaigns.Where(c => c.Id == p.CampaignId).Select(c => c.Name).FirstOrDefault(),
                Agency = db.Units.Where(u => u.Id == db.Campaigns.Where(c => c.Id == p.CampaignId).Select(c => c.AgencyId).FirstOrDefault())
                    .Select(u => u.Name).FirstOrDefault(),
                Noted = db.AppraisalNotes.Any(n => n.ProposalId == p.Id),
            })
            .ToListAsync();
        // Newest first; sorted here, since SQLite cannot order by a DateTimeOffset.
        rows = [.. rows.OrderByDescending(r => r.SentAt).ThenByDescending(r => r.Id)];
        var ids = rows.Select(r => r.Id).ToList();
        var nominees = await db.Nominations.AsNoTracking()
            .Where(n => n.ProposalId != null && ids.Contains(n.ProposalId.Value) && n.Status != NominationStatus.Withdrawn)
            .OrderBy(n => n.Title).ThenBy(n => n.UnitId).ThenBy(n => n.PersonId)
            .Select(n => new
            {
                n.ProposalId,
                Name = db.People.Where(p => p.Id == n.PersonId).Select(p => p.FullName).FirstOrDefault()
                    ?? db.Units.Where(u => u.Id == n.UnitId).Select(u => u.Name).FirstOrDefault(),
            })
            .ToListAsync();
        var agency = rows.Any(r => r.Agency is null) ? await AgencyNameAsync(db) : "";
        return [.. rows.Select(r => new BoardInboxRow(r.Id, r.Number, r.Date, r.Status, r.Status == ProposalStatus.Sent && r.Noted,
            r.Agency ?? agency, r.Campaign ?? "", r.SentAt, [.. nominees.Where(n => n.ProposalId == r.Id).Select(n => n.Name ?? "")]))];
    }

    /// <summary>A dossier sent to the actor's board; null when there is none such (addressed elsewhere, or no dossier).</summary>
    public async Task<BoardDossier?> DossierAsync(Actor actor, int proposalId)
    {
        var board = actor.RequireBoard(Policies.Appraise);
        await using var db = await factory.CreateDbContextAsync(actor);
        // Tracked, for its version (a shadow property, which a query without tracking does not read).
        var p = await db.Proposals.SingleOrDefaultAsync(p => p.Id == proposalId && p.ReceivingUnitId == board);
        if (p is null)
        {
            return null;
        }

        var nominees = await proposals.NomineesAsync(db, db.Nominations.Where(n => n.ProposalId == proposalId));
        var notes = await ProposalService.AppraisalNotesAsync(db, [proposalId]);
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == p.CampaignId)
            .Select(c => new { c.Name, Agency = db.Units.Where(u => u.Id == c.AgencyId).Select(u => u.Name).FirstOrDefault() }).SingleAsync();
        var sentBy = await db.Users.AsNoTracking().Where(u => u.UserName == p.SentBy).Select(u => u.FullName).FirstOrDefaultAsync();
        var boardName = await db.Units.AsNoTracking().Where(u => u.Id == board).Select(u => u.Name).SingleAsync();
        var view = new ProposalView(p.Id, p.Number, p.Date, p.DecidedBy, p.Recipient, p.Status, p.ReturnReason, p.Resent, nominees)
        {
            Board = boardName,
            Notes = notes.GetValueOrDefault(p.Id) ?? [],
            Version = db.VersionOf(p),
        };
        var issued = await db.Decisions.AsNoTracking().Where(d => d.ProposalId == proposalId).OrderBy(d => d.Id)
            .Select(d => new BoardDecisionView(d.Id, d.Number, d.Date, db.Awards.Count(a => a.DecisionId == d.Id)))
            .ToListAsync();
        return new BoardDossier(view, campaign.Agency ?? await AgencyNameAsync(db), campaign.Name, sentBy ?? p.SentBy, p.SentAt,
            proposals.DefaultIssuer(p.DecidedBy))
        {
            Decisions = issued,
            DecisionIssuer = decisions.ProvincialIssuerName,
        };
    }

    /// <summary>Writes the board's appraisal note on one nominee of a dossier sent to it (not on one the agency withdrew).</summary>
    public async Task<Result> AppraiseAsync(Actor actor, int proposalId, int nominationId, string? text)
    {
        var board = actor.RequireBoard(Policies.Appraise);
        await using var db = await factory.CreateDbContextAsync(actor);
        var proposal = await db.Proposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == proposalId && p.ReceivingUnitId == board);
        var nominee = proposal is null ? null
            : await db.Nominations.AsNoTracking().SingleOrDefaultAsync(n => n.Id == nominationId && n.ProposalId == proposalId);
        Result outcome;
        if (proposal is null)
        {
            outcome = Result.Failure(ProposalErrors.NotForThisBoard());
        }
        else if (nominee is null)
        {
            outcome = Result.Failure(ProposalErrors.NotInProposal());
        }
        else
        {
            var note = proposal.Appraise(nominee, text, actor.UserName, clock.GetUtcNow());
            if (note.IsSuccess)
            {
                db.AppraisalNotes.Add(note.Value);
                await db.SaveChangesAsync();
            }

            outcome = note.IsSuccess ? Result.Success() : Result.Failure(note.Errors);
        }

        await RecordIfRefusedAsync(actor, "appraise", outcome.Errors, proposalId, [nominationId]);
        return outcome;
    }

    /// <summary>
    /// Returns a dossier sent to the board for amendment, with its reasons; the agency's officers are told. With
    /// <paramref name="versionRead"/> it is refused if the dossier changed since that version.
    /// </summary>
    public async Task<Result> ReturnAsync(Actor actor, int proposalId, string? reason, Guid? versionRead = null)
    {
        var board = actor.RequireBoard(Policies.Appraise);
        if (await NotSentToAsync(actor, proposalId, board) is { } notOurs)
        {
            return notOurs;
        }

        var outcome = await proposals.ReturnCoreAsync(actor, proposalId, reason, p => ForThisBoard(p, board), versionRead);
        if (outcome.IsSuccess)
        {
            await inbox.ProposalAnsweredAsync(proposalId, NotificationKind.ProposalReturned, reason?.Trim());
        }

        return outcome;
    }

    /// <summary>
    /// Records the deciding level's outcome for nominees of a dossier sent to the board: granted under its decision
    /// (number, date, issuer), or not granted with the reason. The agency's officers are told. With
    /// <paramref name="versionRead"/> it is refused if the dossier changed since that version.
    /// </summary>
    public async Task<Result> DecideAsync(Actor actor, int proposalId, IReadOnlyCollection<int> nominationIds,
        ProposalOutcomeInput input, Guid? versionRead = null)
    {
        var board = actor.RequireBoard(Policies.Appraise);
        if (await NotSentToAsync(actor, proposalId, board) is { } notOurs)
        {
            return notOurs;
        }

        var outcome = await proposals.RecordOutcomeCoreAsync(actor, proposalId, nominationIds, input, p => ForThisBoard(p, board),
            versionRead);
        if (outcome.IsSuccess)
        {
            var detail = input.Granted
                ? $"{nominationIds.Count} khen thưởng theo Quyết định số {input.DecisionNumber?.Trim()}"
                : $"{nominationIds.Count} không khen thưởng: {input.Reason?.Trim()}";
            await inbox.ProposalAnsweredAsync(proposalId, NotificationKind.ProposalDecided, detail);
        }

        return outcome;
    }

    /// <summary>
    /// Issues the deciding level's decision (e.g. the provincial chairman's) on nominees of a dossier sent to the board that
    /// the board's council passed: number, date, signer typed by the board; each award names the level's issuer
    /// (<see cref="ProposalService.DefaultIssuer"/>) and counts in every later eligibility check. The proposing agency is
    /// told; the decision's PDF is signed as the agency's are. Issuing again, or for a nominee the council failed, is refused.
    /// </summary>
    public async Task<Result<int>> IssueDecisionAsync(Actor actor, int proposalId, IReadOnlyCollection<int> nominationIds,
        Awards.DecisionInput input)
    {
        var board = actor.RequireBoard(Policies.Appraise);
        await using var db = await factory.CreateDbContextAsync(actor);
        var level = await db.Proposals.AsNoTracking().Where(p => p.Id == proposalId && p.ReceivingUnitId == board)
            .Select(p => (AwardingLevel?)p.DecidedBy).SingleOrDefaultAsync();
        if (level is null)
        {
            var refused = Result<int>.Failure(ProposalErrors.NotForThisBoard());
            await RecordIfRefusedAsync(actor, "issue", refused.Errors, proposalId, nominationIds);
            return refused;
        }

        var issued = await decisions.IssueOnProposalAsync(actor, proposalId, board, nominationIds, input,
            proposals.DefaultIssuer(level.Value));
        if (issued.IsSuccess)
        {
            await inbox.ProposalAnsweredAsync(proposalId, NotificationKind.ProposalDecided,
                $"{nominationIds.Count} khen thưởng theo Quyết định số {Emulation.Domain.Decisions.Decision.NormalizeNumber(input.DecisionNumber).Value}");
        }

        return issued;
    }


    /// <summary>
    /// The refusal, recorded, when <paramref name="proposalId"/> names no dossier sent to <paramref name="board"/>: the
    /// board's context does not read another's, and it is answered as the dossier of another board is everywhere.
    /// </summary>
    private async Task<Result?> NotSentToAsync(Actor actor, int proposalId, int board)
    {
        await using var db = await factory.CreateDbContextAsync(actor);
        if (await db.Proposals.AnyAsync(p => p.Id == proposalId && p.ReceivingUnitId == board))
        {
            return null;
        }

        var refused = Result.Failure(ProposalErrors.NotForThisBoard());
        await RecordIfRefusedAsync(actor, "answer", refused.Errors, proposalId, []);
        return refused;
    }

    private static Result ForThisBoard(Proposal proposal, int board) =>
        proposal.ReceivingUnitId == board ? Result.Success() : Result.Failure(ProposalErrors.NotForThisBoard());

    /// <summary>The deployment's agency, for a dossier of a campaign that names none (made before agencies were told apart).</summary>
    private static async Task<string> AgencyNameAsync(EmulationDbContext db) =>
        await db.Units.AsNoTracking().Agency().Select(u => u.Name)
            .FirstOrDefaultAsync() ?? "";

    private async Task RecordIfRefusedAsync(Actor actor, string action, IReadOnlyList<DomainError> errors, int proposalId, IReadOnlyCollection<int> nominationIds)
    {
        if (errors.Count > 0)
        {
            await refusals.RecordAsync(actor, Area, action, errors,
                new RefusalScope(null, nominationIds, Reference: proposalId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
