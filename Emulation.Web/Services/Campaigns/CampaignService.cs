using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Campaigns;

/// <summary>Union officers design and steer campaigns; everyone signed in may read them.</summary>
public sealed class CampaignService(IDbContextFactory<EmulationDbContext> factory, TimeProvider clock)
{
    public async Task<IReadOnlyList<CampaignSummary>> ListAsync(Actor actor)
    {
        actor.Require(Roles.All.ToArray());
        await using var db = await factory.CreateDbContextAsync();
        var campaigns = await db.Campaigns.AsNoTracking()
            .OrderByDescending(c => c.Year).ThenByDescending(c => c.Id)
            .Select(c => new CampaignSummary(c.Id, c.Name, c.Year, c.Kind, c.Status, c.Criteria.Count,
                c.PledgeDeadline, c.ResultsDeadline))
            .ToListAsync();
        return campaigns;
    }

    public async Task<CampaignDetail?> GetAsync(Actor actor, int campaignId)
    {
        actor.Require(Roles.All.ToArray());
        await using var db = await factory.CreateDbContextAsync();
        var campaign = await db.Campaigns.AsNoTracking().AsSplitQuery()
            .Include(c => c.Transitions)
            .SingleOrDefaultAsync(c => c.Id == campaignId);
        return campaign is null ? null : ToDetail(campaign);
    }

    public async Task<Result<int>> CreateDraftAsync(Actor actor, CampaignDraftInput input)
    {
        actor.Require(Roles.UnionOfficer);
        var draft = Campaign.Draft(input.Name, input.Year, input.Kind,
            input.PledgeDeadline is { } p ? DateOnly.FromDateTime(p) : null,
            input.ResultsDeadline is { } r ? DateOnly.FromDateTime(r) : null);
        if (!draft.IsSuccess)
        {
            return Result<int>.Failure(draft.Errors);
        }

        await using var db = await factory.CreateDbContextAsync();
        db.Campaigns.Add(draft.Value);
        await db.SaveChangesAsync();
        return Result<int>.Success(draft.Value.Id);
    }

    public async Task<Result> AddCriterionAsync(Actor actor, int campaignId, CriterionInput input)
    {
        actor.Require(Roles.UnionOfficer);
        await using var db = await factory.CreateDbContextAsync();
        var campaign = await db.Campaigns.SingleAsync(c => c.Id == campaignId);
        var criterion = input.Kind switch
        {
            CriterionKind.Bonus => Criterion.Bonus(input.Code, input.Name, input.PointsPerUnit, input.MaxPoints, input.UnitOfMeasure),
            CriterionKind.Penalty => Criterion.Penalty(input.Code, input.Name, input.PointsPerUnit, input.MaxPoints, input.UnitOfMeasure),
            _ => Criterion.Scored(input.Code, input.Name, input.Group, input.MaxPoints, input.UnitOfMeasure, input.Method),
        };
        var added = campaign.AddCriterion(criterion);
        if (added.IsSuccess)
        {
            await db.SaveChangesAsync();
        }

        return added;
    }

    public async Task<Result> RemoveCriterionAsync(Actor actor, int campaignId, string code)
    {
        actor.Require(Roles.UnionOfficer);
        await using var db = await factory.CreateDbContextAsync();
        var campaign = await db.Campaigns.SingleAsync(c => c.Id == campaignId);
        var removed = campaign.RemoveCriterion(code);
        if (removed.IsSuccess)
        {
            await db.SaveChangesAsync();
        }

        return removed;
    }

    public async Task<Result> MoveAsync(Actor actor, int campaignId, CampaignStep step)
    {
        actor.Require(Roles.UnionOfficer);
        await using var db = await factory.CreateDbContextAsync();
        var campaign = await db.Campaigns.Include(c => c.Transitions).SingleAsync(c => c.Id == campaignId);
        var now = clock.GetUtcNow();
        var moved = step switch
        {
            CampaignStep.Launch => campaign.Launch(actor.UserName, now),
            CampaignStep.OpenResults => campaign.OpenResults(actor.UserName, now),
            CampaignStep.StartReview => campaign.StartReview(actor.UserName, now),
            _ => campaign.Close(actor.UserName, now),
        };
        if (moved.IsSuccess)
        {
            await db.SaveChangesAsync();
        }

        return moved;
    }

    private static CampaignDetail ToDetail(Campaign c) => new(
        new CampaignSummary(c.Id, c.Name, c.Year, c.Kind, c.Status, c.Criteria.Count, c.PledgeDeadline, c.ResultsDeadline),
        [.. c.Criteria.OrderBy(x => x.Id).Select(x => new CriterionView(x.Code, x.Name, x.Group, x.Kind, x.Method,
            x.MaxPoints, x.Weight, x.UnitOfMeasure, x.PointsPerUnit, x.NeedsTarget))],
        [.. c.Transitions.OrderBy(t => t.Id).Select(t => new TransitionView(t.From, t.To, t.By, t.At))]);
}
