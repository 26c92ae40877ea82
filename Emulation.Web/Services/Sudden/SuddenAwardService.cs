using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Domain.Organization;
using Emulation.Domain.Rules;
using Emulation.Domain.Sudden;
using Emulation.Web.Data;
using Emulation.Web.Services.EvidenceFiles;
using Emulation.Web.Services.Organization;
using Emulation.Web.Services.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Emulation.Web.Services.Sudden;

/// <summary>
/// Sudden awards (khen thưởng đột xuất): the union officer (for anyone) or a department head (for the own unit) proposes
/// a person or the collective with the achievement and evidence; the council reviews it when the rule set in force says
/// so; the leadership decides (<see cref="Decisions.DecisionService.IssueSuddenDecisionAsync"/>) or turns it down.
/// </summary>
public sealed class SuddenAwardService(
    IDbContextFactory<EmulationDbContext> factory,
    RuleSetService ruleSets,
    EvidenceStore store,
    IOptions<EvidenceOptions> evidenceOptions,
    TimeProvider clock,
    Inbox.InboxService inbox,
    ILogger<SuddenAwardService> logger)
{
    /// <summary>The forms the caller may propose now, and the units and people they may propose.</summary>
    public async Task<SuddenProposalOptions> OptionsAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.ProposeSudden);
        var rules = await RulesAsync();
        var forms = rules.Sudden.OpenTo(ProposerOf(actor))
            .Where(r => rules.Granting.AgencyDecides(r.Title))
            .Select(r => new SuddenForm(r.Title, Titles.IsCollective(r.Title), r.CouncilReview, r.Article)).ToList();
        await using var db = await factory.CreateDbContextAsync(actor);
        var ownUnit = OwnUnitOf(actor);
        var units = await Recipients(db).Where(u => ownUnit == null || u.Id == ownUnit)
            .OrderBy(u => u.Name).Select(u => new SuddenUnitOption(u.Id, u.Name)).ToListAsync();
        // Someone who died stays proposable: the award is then given posthumously (Posthumous.Article).
        var people = await AgencyRecords.People(db).AsNoTracking().Where(Posthumous.MayBeProposed).Where(p => ownUnit == null || p.UnitId == ownUnit)
            .OrderBy(p => p.FullName).Select(p => new SuddenPersonOption(p.Id, p.FullName, p.Code, p.UnitId)
            {
                Deceased = p.LeaveReason == LeaveReason.Deceased,
            }).ToListAsync();
        return new SuddenProposalOptions(forms, units, people);
    }

    /// <summary>
    /// The agency's open units (the actor's agency's, <see cref="AgencyRecords"/>): the receiving board is another
    /// level's node, never the agency's to reward.
    /// </summary>
    private static IQueryable<Unit> Recipients(EmulationDbContext db) =>
        AgencyRecords.Units(db).AsNoTracking().Where(u => u.ClosedOn == null && u.Kind != UnitKind.ReceivingBoard);

    /// <summary>Opens a proposal; a head proposes only for the own unit and its staff.</summary>
    public async Task<Result<int>> ProposeAsync(Actor actor, SuddenProposalInput input)
    {
        actor.RequirePolicy(Policies.ProposeSudden);
        ArgumentNullException.ThrowIfNull(input);
        if (!actor.Can(Policies.SeeAllUnits))
        {
            actor.RequireEditUnit(input.UnitId);
        }

        await using var db = await factory.CreateDbContextAsync(actor);
        if (!await Recipients(db).AnyAsync(u => u.Id == input.UnitId))
        {
            return Result<int>.Failure(SuddenProposalErrors.UnknownRecipient());
        }

        if (input.PersonId is { } personId &&
            !await db.People.Where(Posthumous.MayBeProposed).AnyAsync(p => p.Id == personId && p.UnitId == input.UnitId))
        {
            return Result<int>.Failure(SuddenProposalErrors.UnknownRecipient());
        }

        if (input.Title is not { } title)
        {
            return Result<int>.Failure(SuddenProposalErrors.FormRequired());
        }

        var rules = await RulesAsync();
        var proposed = SuddenProposal.Propose(input.PersonId, input.UnitId, title, input.Achievement, rules.Sudden,
            rules.Granting, ProposerOf(actor), actor.UserName, clock.GetUtcNow());
        if (!proposed.IsSuccess)
        {
            return Result<int>.Failure(proposed.Errors);
        }

        db.SuddenProposals.Add(proposed.Value);
        await db.SaveChangesAsync();
        logger.LogInformation("{User} proposed sudden award {Id} ({Title})", actor.UserName, proposed.Value.Id, title);
        await inbox.SuddenAwaitingAsync(proposed.Value.Id, actor.UserName);
        return Result<int>.Success(proposed.Value.Id);
    }

    /// <summary>Proposals the caller may see, newest first: every unit's for those who see all, the own unit's for a head.</summary>
    public async Task<IReadOnlyList<SuddenProposalRow>> ListAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.ReadSudden);
        await using var db = await factory.CreateDbContextAsync(actor);
        return await Rows(db, Visible(actor, db.SuddenProposals.AsNoTracking()).OrderByDescending(p => p.Id)).ToListAsync();
    }

    /// <summary>
    /// The proposals <paramref name="actor"/> may see: every unit's of their agency for those who see all (the context
    /// keeps another agency's out, <see cref="EmulationDbContext.CampaignAgencyUnits"/>), the own unit's for a head.
    /// What lies outside is answered as if it did not exist, so that an id tells nobody whether another unit has it.
    /// </summary>
    private static IQueryable<SuddenProposal> Visible(Actor actor, IQueryable<SuddenProposal> proposals)
    {
        var ownUnit = OwnUnitOf(actor);
        return proposals.Where(p => ownUnit == null || p.UnitId == ownUnit);
    }

    /// <summary>The one unit a head works for (-1, none, without one); null for those who see every unit.</summary>
    private static int? OwnUnitOf(Actor actor) => actor.Can(Policies.SeeAllUnits) ? null : actor.UnitId ?? -1;

    /// <summary>
    /// One proposal with its evidence and what the caller may do; null when there is none with that id that the caller
    /// may see (another unit's is the same to a head as one that does not exist).
    /// </summary>
    public async Task<SuddenProposalDetail?> GetAsync(Actor actor, int id)
    {
        actor.RequirePolicy(Policies.ReadSudden);
        await using var db = await factory.CreateDbContextAsync(actor);
        var found = await Visible(actor, db.SuddenProposals.AsNoTracking()).Where(p => p.Id == id).Select(p => new
        {
            Proposal = p,
            DecisionNumber = db.Decisions.Where(d => d.Id == p.DecisionId).Select(d => d.Number).FirstOrDefault(),
            AwardId = db.Awards.Where(a => p.DecisionId != null && a.DecisionId == p.DecisionId)
                .Select(a => (int?)a.Id).FirstOrDefault(),
            Files = db.SuddenEvidence.Where(e => e.ProposalId == p.Id).OrderBy(e => e.Id)
                .Select(e => new EvidenceItem(e.Id, null, e.FileName, e.ContentType, e.SizeBytes, e.UploadedBy, e.UploadedAt))
                .ToList(),
        }).SingleOrDefaultAsync();
        if (found is null)
        {
            return null;
        }

        var p = found.Proposal;
        var row = await Rows(db, db.SuddenProposals.AsNoTracking().Where(x => x.Id == id)).SingleAsync();
        return new SuddenProposalDetail(row, p.PersonId, p.UnitId, p.Achievement, p.Article, p.RejectionReason,
            p.ReviewedBy, found.DecisionNumber, found.AwardId, await EvidenceUploaders.NamedAsync(db, found.Files), evidenceOptions.Value.EvidenceMaxBytes,
            p.AcceptsEvidence && MayProposeFor(actor, p.UnitId),
            p.CouncilReview && p.Status == SuddenProposalStatus.Proposed && actor.Can(Policies.RunCouncilSessions),
            p.AwaitsLeadership && actor.Can(Policies.Approve));
    }

    /// <summary>Attaches an evidence file while the proposal waits; the same store and checks as the results' evidence.</summary>
    public async Task<Result<int>> UploadEvidenceAsync(Actor actor, int proposalId, string fileName, Stream content,
        CancellationToken cancellationToken = default)
    {
        actor.RequirePolicy(Policies.ProposeSudden);
        ArgumentNullException.ThrowIfNull(content);
        await using var db = await factory.CreateDbContextAsync(actor);
        var proposal = await Visible(actor, db.SuddenProposals.AsNoTracking()).SingleOrDefaultAsync(p => p.Id == proposalId, cancellationToken);
        if (proposal is null)
        {
            return Result<int>.Failure(SuddenProposalErrors.NotFound());
        }

        RequireProposeFor(actor, proposal.UnitId);
        var max = evidenceOptions.Value.EvidenceMaxBytes;
        var bytes = await EvidenceService.ReadAtMostAsync(content, max + 1, cancellationToken);
        var key = EvidenceStore.NewKey();
        var attached = SuddenEvidence.Attach(proposal, fileName, EvidenceSniffer.Detect(bytes), bytes.Count, max, key,
            actor.UserName, clock.GetUtcNow());
        if (!attached.IsSuccess)
        {
            return Result<int>.Failure(attached.Errors);
        }

        await store.WriteAsync(key, bytes, cancellationToken);
        try
        {
            db.SuddenEvidence.Add(attached.Value);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // Nothing half-saved: without its row the file would be an orphan nobody can see or delete.
            store.Delete(key);
            throw;
        }

        return Result<int>.Success(attached.Value.Id);
    }

    /// <summary>The evidence file for download, for whoever may see the proposal; null when there is none that they may.</summary>
    public async Task<EvidenceDownload?> OpenEvidenceAsync(Actor actor, int evidenceId)
    {
        actor.RequirePolicy(Policies.ReadSudden);
        await using var db = await factory.CreateDbContextAsync(actor);
        var found = await db.SuddenEvidence.AsNoTracking().Where(e => e.Id == evidenceId)
            .Join(Visible(actor, db.SuddenProposals), e => e.ProposalId, p => p.Id,
                (e, p) => new { e.FileName, e.ContentType, e.StorageKey })
            .SingleOrDefaultAsync();
        if (found is null)
        {
            return null;
        }

        return store.OpenRead(found.StorageKey) is { } stream
            ? new EvidenceDownload(Domain.Results.Evidence.DownloadName(found.FileName, found.ContentType), found.ContentType, stream)
            : null;
    }

    /// <summary>Records the council's opinion (the officer, as the council's standing member); not agreed needs a reason.</summary>
    public async Task<Result> RecordReviewAsync(Actor actor, int proposalId, bool agreed, string? reason)
    {
        actor.RequirePolicy(Policies.RunCouncilSessions);
        var recorded = await ChangeAsync(actor, proposalId, p => p.RecordCouncilReview(agreed, reason, actor.UserName, clock.GetUtcNow()));
        if (recorded.IsSuccess)
        {
            await (agreed ? inbox.SuddenAwaitingAsync(proposalId) : inbox.SuddenRejectedAsync(proposalId, actor.UserName));
        }

        return recorded;
    }

    /// <summary>The leadership turns the proposal down, with a reason.</summary>
    public async Task<Result> RejectAsync(Actor actor, int proposalId, string? reason)
    {
        actor.RequirePolicy(Policies.Approve);
        var rejected = await ChangeAsync(actor, proposalId, p => p.Reject(reason, actor.UserName, clock.GetUtcNow()));
        if (rejected.IsSuccess)
        {
            await inbox.SuddenRejectedAsync(proposalId, actor.UserName);
        }

        return rejected;
    }

    private async Task<Result> ChangeAsync(Actor actor, int proposalId, Func<SuddenProposal, Result> change)
    {
        await using var db = await factory.CreateDbContextAsync(actor);
        var proposal = await db.SuddenProposals.SingleOrDefaultAsync(p => p.Id == proposalId);
        if (proposal is null)
        {
            return Result.Failure(SuddenProposalErrors.NotFound());
        }

        // The council's opinion and the leadership's refusal may cross: the second to save is told, not thrown at.
        var changed = change(proposal);
        return changed.IsSuccess ? await ConcurrencyErrors.SaveUnlessLostRaceAsync(db) : changed;
    }

    private static IQueryable<SuddenProposalRow> Rows(EmulationDbContext db, IQueryable<SuddenProposal> proposals) =>
        proposals.Select(p => new SuddenProposalRow(p.Id,
            p.PersonId == null
                ? db.Units.Where(u => u.Id == p.UnitId).Select(u => u.Name).FirstOrDefault() ?? ""
                : db.People.Where(x => x.Id == p.PersonId).Select(x => x.FullName).FirstOrDefault() ?? "",
            db.Units.Where(u => u.Id == p.UnitId).Select(u => u.Name).FirstOrDefault() ?? "",
            p.Title, p.Status, p.CouncilReview,
            db.Users.Where(u => u.UserName == p.ProposedBy).Select(u => u.FullName).FirstOrDefault() ?? p.ProposedBy,
            p.ProposedAt, p.DecisionId, p.Kind));

    private static SuddenProposer ProposerOf(Actor actor) =>
        actor.IsInRole(Roles.UnionOfficer) ? SuddenProposer.UnionOfficer : SuddenProposer.DepartmentHead;

    private static bool MayProposeFor(Actor actor, int unitId) =>
        actor.IsInRole(Roles.UnionOfficer) || actor.CanEditUnit(unitId);

    private static void RequireProposeFor(Actor actor, int unitId)
    {
        if (!MayProposeFor(actor, unitId))
        {
            throw new AccessDeniedException($"{actor.UserName} may not propose for unit {unitId}.");
        }
    }

    private async Task<RuleSet> RulesAsync()
    {
        var today = OfficeTime.Date(clock.GetUtcNow());
        var rules = await ruleSets.InForceOnAsync(today);
        return rules.IsSuccess ? rules.Value : RuleSetCatalog.All[^1];
    }
}
