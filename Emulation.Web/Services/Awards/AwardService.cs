using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Web.Data;
using Emulation.Web.Services.Audit;
using Emulation.Web.Services.Decisions;
using Emulation.Web.Services.Nominations;
using Emulation.Web.Services.Rules;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Awards;

/// <summary>
/// Leadership approves or rejects what the council passed and the agency may grant; approved nominations become awards.
/// What a higher level decides goes up through <see cref="Proposals.ProposalService"/>.
/// </summary>
public sealed class AwardService(IDbContextFactory<EmulationDbContext> factory, TimeProvider clock, DecisionService decisions,
    RefusalLog refusals, RuleSetService ruleSets)
{
    public async Task<IReadOnlyList<NominationView>> ListForDecisionAsync(Actor actor, int campaignId)
    {
        actor.RequirePolicy(Policies.Approve);
        await using var db = await factory.CreateDbContextAsync(actor);
        var granting = await ruleSets.GrantingOnAsync(OfficeTime.Date(clock.GetUtcNow()));
        var listed = await NominationQueries.ListAsync(db, campaignId, q => q.Where(n => n.ProposalId == null && (
            n.Status == NominationStatus.Passed || n.Status == NominationStatus.Approved ||
            n.Status == NominationStatus.Rejected)));
        return [.. listed.Where(n => granting.AgencyDecides(n.Title))];
    }

    /// <summary>Approves the selected nominations under one new decision (see <see cref="DecisionService"/>).</summary>
    public async Task<Result> ApproveAsync(Actor actor, int campaignId, IReadOnlyCollection<int> nominationIds,
        DecisionInput decision)
    {
        var issued = await decisions.IssueAwardDecisionAsync(actor, campaignId, nominationIds, decision);
        return issued.IsSuccess ? Result.Success() : Result.Failure(issued.Errors);
    }

    public async Task<Result> RejectAsync(Actor actor, int campaignId, IReadOnlyCollection<int> nominationIds, string reason)
    {
        actor.RequirePolicy(Policies.Approve);
        var scope = new RefusalScope(campaignId, nominationIds);
        if (nominationIds.Count == 0)
        {
            return Result.Failure(await refusals.RecordAsync(actor, "decision", "reject", [CouncilService.NothingSelected()], scope));
        }

        await using var db = await factory.CreateDbContextAsync(actor);
        var nominations = await db.Nominations
            .Where(n => n.CampaignId == campaignId && nominationIds.Contains(n.Id)).ToListAsync();
        var now = clock.GetUtcNow();
        var errors = nominations.SelectMany(n => n.Reject(actor.UserName, now, reason).Errors).ToList();
        if (errors.Count > 0)
        {
            return Result.Failure(await refusals.RecordAsync(actor, "decision", "reject", [.. errors.DistinctBy(e => e.Code)], scope));
        }

        // A nomination decided or withdrawn by someone else since it was read keeps their outcome.
        var saved = await ConcurrencyErrors.SaveAsync(db);
        return saved.IsSuccess ? saved : Result.Failure(await refusals.RecordAsync(actor, "decision", "reject", saved.Errors, scope));
    }
}
