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

    /// <summary>
    /// One page of the campaign's units with their pledge's and results' statuses, grouped by bloc (blocs by name in
    /// the reader's culture, units by id), and the counts over every unit; null when there is no such campaign. By
    /// default every unit on one page. <paramref name="awaitingOnly"/> keeps the units with something submitted and
    /// not reviewed yet. A page past the last is the last.
    /// </summary>
    public async Task<ProgressBoard?> ProgressAsync(Actor actor, int campaignId, int page = 0, int pageSize = int.MaxValue,
        bool awaitingOnly = false)
    {
        actor.RequirePolicy(Policies.FollowProgress);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        await using var db = await factory.CreateDbContextAsync(actor);
        // The deadlines only: the campaign's criteria and titles (included with it by default) are not shown here.
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId)
            .Select(c => new { c.PledgeDeadline, c.ResultsDeadline }).SingleOrDefaultAsync();
        if (campaign is null)
        {
            return null;
        }

        // Counted per bloc in SQL, so that a page reads its own rows, not a province's thousand; the blocs are put in
        // order here, as the database would sort their names by bytes, not as the reader's language does.
        var blocs = (await Rows(db, campaignId)
                .GroupBy(r => new { r.BlocId, r.BlocName })
                .Select(g => new BlocProgress(g.Key.BlocId, g.Key.BlocName, g.Count(),
                    g.Count(r => r.PledgeStatus == SubmissionStatus.Submitted || r.ResultStatus == SubmissionStatus.Submitted),
                    g.Count(r => r.PledgeStatus == SubmissionStatus.Submitted || r.PledgeStatus == SubmissionStatus.Accepted),
                    g.Count(r => r.ResultStatus == SubmissionStatus.Submitted || r.ResultStatus == SubmissionStatus.Accepted)))
                .ToListAsync())
            .OrderBy(b => b.Name, StringComparer.CurrentCulture).ThenBy(b => b.BlocId).ToList();
        var shown = blocs.Sum(b => b.Shown(awaitingOnly));
        page = Math.Clamp(page, 0, Math.Max(0, (shown - 1) / pageSize));
        var (onPage, skip) = BlocsOnPage(blocs, awaitingOnly, (long)page * pageSize, pageSize);
        var ids = onPage.Select(b => b.BlocId).ToList();
        List<ProgressRow> rows = onPage.Count == 0 ? [] : await Rows(db, campaignId)
            .Where(r => ids.Contains(r.BlocId) && (!awaitingOnly
                || r.PledgeStatus == SubmissionStatus.Submitted || r.ResultStatus == SubmissionStatus.Submitted))
            .ToListAsync();
        var order = ids.Select((id, i) => (id, i)).ToDictionary(b => b.id, b => b.i);
        return new ProgressBoard([.. rows.OrderBy(r => order[r.BlocId]).ThenBy(r => r.UnitId).Skip(skip).Take(pageSize)
                .Select(r => new UnitProgress(r.UnitId, r.UnitName, r.BlocName,
                    r.PledgeStatus ?? SubmissionStatus.Draft, r.PledgeSubmittedAt,
                    Submittable.IsLate(r.PledgeSubmittedAt, campaign.PledgeDeadline, OfficeTime.Offset),
                    r.ResultStatus ?? SubmissionStatus.Draft, r.ResultSubmittedAt,
                    Submittable.IsLate(r.ResultSubmittedAt, campaign.ResultsDeadline, OfficeTime.Offset),
                    r.ResultReturnReason ?? r.PledgeReturnReason))],
            page, shown, blocs.Sum(b => b.Units), blocs.Sum(b => b.PledgesIn), blocs.Sum(b => b.ResultsIn));
    }

    /// <summary>The blocs (in order) holding rows <paramref name="start"/> to start + size, and the rows of the first to skip.</summary>
    private static (IReadOnlyList<BlocProgress> Blocs, int Skip) BlocsOnPage(IReadOnlyList<BlocProgress> blocs,
        bool awaitingOnly, long start, int size)
    {
        var onPage = new List<BlocProgress>();
        var skip = 0;
        long before = 0;
        foreach (var bloc in blocs)
        {
            var rows = bloc.Shown(awaitingOnly);
            if (rows > 0 && before + rows > start && before < start + size)
            {
                if (onPage.Count == 0)
                {
                    skip = (int)(start - before);
                }

                onPage.Add(bloc);
            }

            before += rows;
        }

        return (onPage, skip);
    }

    /// <summary>Each unit of the campaign's blocs with its pledge's and results' statuses, one left join each.</summary>
    private static IQueryable<ProgressRow> Rows(EmulationDbContext db, int campaignId) =>
        from m in db.BlocMembers.AsNoTracking().Where(m => m.CampaignId == campaignId)
        join u in db.Units on m.UnitId equals u.Id
        join b in db.Blocs on m.BlocId equals b.Id
        from p in db.Pledges.Where(p => p.CampaignId == campaignId && p.UnitId == m.UnitId).DefaultIfEmpty()
        from r in db.UnitResults.Where(r => r.CampaignId == campaignId && r.UnitId == m.UnitId).DefaultIfEmpty()
        select new ProgressRow
        {
            UnitId = u.Id,
            UnitName = u.Name,
            BlocId = b.Id,
            BlocName = b.Name,
            PledgeStatus = p == null ? null : (SubmissionStatus?)p.Status,
            PledgeSubmittedAt = p == null ? null : p.SubmittedAt,
            PledgeReturnReason = p == null ? null : p.ReturnReason,
            ResultStatus = r == null ? null : (SubmissionStatus?)r.Status,
            ResultSubmittedAt = r == null ? null : r.SubmittedAt,
            ResultReturnReason = r == null ? null : r.ReturnReason,
        };

    private sealed class ProgressRow
    {
        public int UnitId { get; init; }
        public required string UnitName { get; init; }
        public int BlocId { get; init; }
        public required string BlocName { get; init; }
        public SubmissionStatus? PledgeStatus { get; init; }
        public DateTimeOffset? PledgeSubmittedAt { get; init; }
        public string? PledgeReturnReason { get; init; }
        public SubmissionStatus? ResultStatus { get; init; }
        public DateTimeOffset? ResultSubmittedAt { get; init; }
        public string? ResultReturnReason { get; init; }
    }

    /// <summary>A bloc's units, those awaiting review, and the pledges and results submitted or accepted among them.</summary>
    private sealed record BlocProgress(int BlocId, string Name, int Units, int Awaiting, int PledgesIn, int ResultsIn)
    {
        public int Shown(bool awaitingOnly) => awaitingOnly ? Awaiting : Units;
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
