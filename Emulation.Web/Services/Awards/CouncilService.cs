using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Web.Data;
using Emulation.Web.Services.Rules;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Awards;

/// <summary>The emulation council's vote on nominations, decided against all of the council's members.</summary>
public sealed class CouncilService(IDbContextFactory<EmulationDbContext> factory, TimeProvider clock, RuleSetService ruleSets)
{
    public static DomainError NothingSelected() => new("ballot.nothing_selected", "Select at least one nomination.");

    public async Task<IReadOnlyList<NominationView>> ListAsync(Actor actor, int campaignId)
    {
        actor.Require(Roles.CouncilMember, Roles.UnionOfficer, Roles.Leadership);
        await using var db = await factory.CreateDbContextAsync();
        return await NominationQueries.ListAsync(db, campaignId);
    }

    /// <summary>The council's size: every account holding the council member role.</summary>
    public async Task<int> CouncilSizeAsync(Actor actor)
    {
        actor.Require(Roles.CouncilMember, Roles.UnionOfficer, Roles.Leadership);
        await using var db = await factory.CreateDbContextAsync();
        return await CountCouncilAsync(db);
    }

    /// <summary>Records one counted ballot for each selected nomination, all or nothing.</summary>
    public async Task<Result> RecordBallotAsync(Actor actor, int campaignId, IReadOnlyCollection<int> nominationIds,
        BallotInput ballot)
    {
        actor.Require(Roles.CouncilMember);
        if (nominationIds.Count == 0)
        {
            return Result.Failure(NothingSelected());
        }

        await using var db = await factory.CreateDbContextAsync();
        var campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == campaignId);
        var rules = await ruleSets.InForceForYearAsync(campaign.Year);
        if (!rules.IsSuccess)
        {
            return Result.Failure(rules.Errors);
        }

        var tally = new BallotTally(await CountCouncilAsync(db), ballot.Present, ballot.Yes, ballot.No, ballot.Abstain);
        var nominations = await db.Nominations
            .Where(n => n.CampaignId == campaignId && nominationIds.Contains(n.Id)).ToListAsync();
        var now = clock.GetUtcNow();
        var errors = new List<DomainError>();
        foreach (var nomination in nominations)
        {
            var outcome = CouncilVote.Decide(tally, nomination.Title, rules.Value);
            if (!outcome.IsSuccess)
            {
                return Result.Failure(outcome.Errors);
            }

            errors.AddRange(nomination.RecordBallot(tally, outcome.Value.Passed, outcome.Value.ExplanationVi,
                actor.UserName, now).Errors);
        }

        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        await db.SaveChangesAsync();
        return Result.Success();
    }

    private static Task<int> CountCouncilAsync(EmulationDbContext db) =>
        db.UserRoles.CountAsync(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.CouncilMember));
}
