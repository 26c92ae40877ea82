using Emulation.Domain.Common;
using Emulation.Domain.Pledges;
using Emulation.Web.Data;
using Emulation.Web.Services.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Submissions;

/// <summary>The union officer follows submissions and accepts them or returns them with a reason.</summary>
public sealed class ReviewService(IDbContextFactory<EmulationDbContext> factory, TimeProvider clock,
    SubmissionNotifier notifier, Inbox.InboxService? inbox = null)
{
    public static DomainError NothingToReview() =>
        new("submission.nothing_to_review", "The unit has not submitted this yet.");

    public async Task<IReadOnlyList<UnitProgress>> ProgressAsync(Actor actor, int campaignId)
    {
        actor.RequirePolicy(Policies.FollowProgress);
        await using var db = await factory.CreateDbContextAsync(actor);
        var campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == campaignId);
        var units = await db.BlocMembers.AsNoTracking().Where(m => m.CampaignId == campaignId)
            .Join(db.Units, m => m.UnitId, u => u.Id, (m, u) => new { u.Id, u.Name, m.BlocId })
            .Join(db.Blocs, u => u.BlocId, b => b.Id, (u, b) => new { u.Id, u.Name, Bloc = b.Name })
            .ToListAsync();
        // Only the figures the list shows: the lines of a thousand pledges and results are not read.
        var pledges = await db.Pledges.AsNoTracking().Where(p => p.CampaignId == campaignId)
            .Select(p => new Submitted(p.UnitId, p.Status, p.SubmittedAt, p.ReturnReason)).ToDictionaryAsync(p => p.UnitId);
        var results = await db.UnitResults.AsNoTracking().Where(r => r.CampaignId == campaignId)
            .Select(r => new Submitted(r.UnitId, r.Status, r.SubmittedAt, r.ReturnReason)).ToDictionaryAsync(r => r.UnitId);
        return [.. units.OrderBy(u => u.Bloc).ThenBy(u => u.Id).Select(u =>
        {
            var pledge = pledges.GetValueOrDefault(u.Id);
            var result = results.GetValueOrDefault(u.Id);
            return new UnitProgress(u.Id, u.Name, u.Bloc,
                pledge?.Status ?? SubmissionStatus.Draft, pledge?.SubmittedAt,
                Submittable.IsLate(pledge?.SubmittedAt, campaign.PledgeDeadline, OfficeTime.Offset),
                result?.Status ?? SubmissionStatus.Draft, result?.SubmittedAt,
                Submittable.IsLate(result?.SubmittedAt, campaign.ResultsDeadline, OfficeTime.Offset),
                result?.ReturnReason ?? pledge?.ReturnReason);
        })];
    }

    private sealed record Submitted(int UnitId, SubmissionStatus Status, DateTimeOffset? SubmittedAt, string? ReturnReason);

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

        await db.SaveChangesAsync();
        await notifier.PublishAsync(campaignId, CampaignChangeKind.Review, unitId);
        if (inbox is not null)
        {
            await inbox.SubmissionReviewedAsync(campaignId, unitId, kind,
                item.Status == SubmissionStatus.Returned ? item.ReturnReason : null);
        }

        return reviewed;
    }
}
