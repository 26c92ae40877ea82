using Emulation.Domain.Common;
using Emulation.Domain.Pledges;
using Emulation.Web.Data;
using Emulation.Web.Services.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Submissions;

/// <summary>The union officer follows submissions and accepts them or returns them with a reason.</summary>
public sealed class ReviewService(IDbContextFactory<EmulationDbContext> factory, TimeProvider clock,
    SubmissionNotifier notifier, Inbox.InboxService inbox)
{
    public static DomainError NothingToReview() =>
        new("submission.nothing_to_review", "The unit has not submitted this yet.");

    /// <summary>Each unit of the campaign with its pledge's and results' statuses; null when there is no such campaign.</summary>
    public async Task<IReadOnlyList<UnitProgress>?> ProgressAsync(Actor actor, int campaignId)
    {
        actor.RequirePolicy(Policies.FollowProgress);
        await using var db = await factory.CreateDbContextAsync(actor);
        // The deadlines only: the campaign's criteria and titles (included with it by default) are not shown here.
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId)
            .Select(c => new { c.PledgeDeadline, c.ResultsDeadline }).SingleOrDefaultAsync();
        if (campaign is null)
        {
            return null;
        }

        // One read of each unit with its pledge's and results' statuses (left joins), not the lines of a thousand
        // pledges and results, nor three lists matched up here.
        var units = await (
            from m in db.BlocMembers.AsNoTracking().Where(m => m.CampaignId == campaignId)
            join u in db.Units on m.UnitId equals u.Id
            join b in db.Blocs on m.BlocId equals b.Id
            from p in db.Pledges.Where(p => p.CampaignId == campaignId && p.UnitId == m.UnitId).DefaultIfEmpty()
            from r in db.UnitResults.Where(r => r.CampaignId == campaignId && r.UnitId == m.UnitId).DefaultIfEmpty()
            select new
            {
                u.Id,
                u.Name,
                Bloc = b.Name,
                PledgeStatus = p == null ? (SubmissionStatus?)null : p.Status,
                PledgeSubmittedAt = p == null ? null : p.SubmittedAt,
                PledgeReturnReason = p == null ? null : p.ReturnReason,
                ResultStatus = r == null ? (SubmissionStatus?)null : r.Status,
                ResultSubmittedAt = r == null ? null : r.SubmittedAt,
                ResultReturnReason = r == null ? null : r.ReturnReason,
            }).ToListAsync();
        return [.. units.OrderBy(u => u.Bloc).ThenBy(u => u.Id).Select(u => new UnitProgress(u.Id, u.Name, u.Bloc,
            u.PledgeStatus ?? SubmissionStatus.Draft, u.PledgeSubmittedAt,
            Submittable.IsLate(u.PledgeSubmittedAt, campaign.PledgeDeadline, OfficeTime.Offset),
            u.ResultStatus ?? SubmissionStatus.Draft, u.ResultSubmittedAt,
            Submittable.IsLate(u.ResultSubmittedAt, campaign.ResultsDeadline, OfficeTime.Offset),
            u.ResultReturnReason ?? u.PledgeReturnReason))];
    }

    public Task<Result> AcceptAsync(Actor actor, int campaignId, int unitId, SubmissionKind kind) =>
        ReviewAsync(actor, campaignId, unitId, kind, item => item.Accept(actor.UserName, clock.GetUtcNow()));

    public Task<Result> ReturnAsync(Actor actor, int campaignId, int unitId, SubmissionKind kind, string reason) =>
        ReviewAsync(actor, campaignId, unitId, kind, item => item.Return(actor.UserName, clock.GetUtcNow(), reason));

    private async Task<Result> ReviewAsync(Actor actor, int campaignId, int unitId, SubmissionKind kind,
        Func<Submittable, Result> review)
    {
        actor.RequirePolicy(Policies.ManageCampaigns);
        await using var db = await factory.CreateDbContextAsync(actor);
        Submittable? item = kind == SubmissionKind.Pledge
            ? await db.Pledges.SingleOrDefaultAsync(p => p.CampaignId == campaignId && p.UnitId == unitId)
            : await db.UnitResults.SingleOrDefaultAsync(r => r.CampaignId == campaignId && r.UnitId == unitId);
        if (item is null)
        {
            return Result.Failure(NothingToReview());
        }

        var reviewed = review(item);
        if (!reviewed.IsSuccess)
        {
            return reviewed;
        }

        // Another officer's review, or the head's own change, saved since this one read the submission.
        if (await ConcurrencyErrors.SaveAsync(db) is { IsSuccess: false } lost)
        {
            return lost;
        }
        await notifier.PublishAsync(campaignId, CampaignChangeKind.Review, unitId);
        await inbox.SubmissionReviewedAsync(campaignId, unitId, kind,
            item.Status == SubmissionStatus.Returned ? item.ReturnReason : null);

        return reviewed;
    }
}
