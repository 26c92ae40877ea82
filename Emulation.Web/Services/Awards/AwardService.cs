using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Web.Data;
using Emulation.Web.Services.Audit;
using Emulation.Web.Services.Decisions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Awards;

/// <summary>Leadership approves or rejects what the council passed; approved nominations become awards.</summary>
public sealed class AwardService(IDbContextFactory<EmulationDbContext> factory, TimeProvider clock, DecisionService decisions,
    RefusalLog refusals)
{
    public async Task<IReadOnlyList<NominationView>> ListForDecisionAsync(Actor actor, int campaignId)
    {
        actor.Require(Roles.Leadership);
        await using var db = await factory.CreateDbContextAsync();
        return await NominationQueries.ListAsync(db, campaignId, q => q.Where(n =>
            n.Status == NominationStatus.Passed || n.Status == NominationStatus.Approved ||
            n.Status == NominationStatus.Rejected));
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
        actor.Require(Roles.Leadership);
        var scope = new RefusalScope(campaignId, nominationIds);
        if (nominationIds.Count == 0)
        {
            return Result.Failure(await refusals.RecordAsync(actor, "decision", "reject", [CouncilService.NothingSelected()], scope));
        }

        await using var db = await factory.CreateDbContextAsync();
        var nominations = await db.Nominations
            .Where(n => n.CampaignId == campaignId && nominationIds.Contains(n.Id)).ToListAsync();
        var now = clock.GetUtcNow();
        var errors = nominations.SelectMany(n => n.Reject(actor.UserName, now, reason).Errors).ToList();
        if (errors.Count > 0)
        {
            return Result.Failure(await refusals.RecordAsync(actor, "decision", "reject", [.. errors.DistinctBy(e => e.Code)], scope));
        }

        await db.SaveChangesAsync();
        return Result.Success();
    }

    public async Task<IReadOnlyList<AwardView>> ListAwardsAsync(Actor actor, int? year)
    {
        actor.Require(Roles.All.ToArray());
        await using var db = await factory.CreateDbContextAsync();
        var query = db.Awards.AsNoTracking();
        if (year is { } y)
        {
            query = query.Where(a => a.Year == y);
        }

        var rows = await query
            .OrderByDescending(a => a.Year).ThenBy(a => a.Title).ThenBy(a => a.UnitId).ThenBy(a => a.Id)
            .Select(a => new AwardView(a.Id,
                a.PersonId == null
                    ? a.UnitNameAtDecision
                    : db.People.Where(p => p.Id == a.PersonId).Select(p => p.FullName).FirstOrDefault() ?? "",
                a.UnitNameAtDecision, a.Year, a.Title, a.Kind, a.DecisionNumber, a.DecisionDate, a.IssuerName,
                db.Decisions.Where(d => d.Id == a.DecisionId).Select(d => d.SignerName).FirstOrDefault()))
            .ToListAsync();
        return rows;
    }
}
