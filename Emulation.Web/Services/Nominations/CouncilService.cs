using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Nominations;

/// <summary>The nominations the council sees; sessions and ballots are run by <see cref="Council.CouncilSessionService"/>.</summary>
public sealed class CouncilService(IDbContextFactory<EmulationDbContext> factory)
{
    public static DomainError NothingSelected() => new("ballot.nothing_selected", "Select at least one nomination.");

    public async Task<IReadOnlyList<NominationView>> ListAsync(Actor actor, int campaignId)
    {
        actor.RequirePolicy(Policies.ReadEvaluation);
        await using var db = await factory.CreateDbContextAsync(actor);
        return await NominationQueries.ListAsync(db, campaignId);
    }

    /// <summary>One nomination by its id with its campaign; null when there is none.</summary>
    public async Task<NominationView?> GetAsync(Actor actor, int nominationId)
    {
        actor.RequirePolicy(Policies.ReadEvaluation);
        await using var db = await factory.CreateDbContextAsync(actor);
        return await NominationQueries.GetAsync(db, nominationId);
    }

    /// <summary>The council's size: every account holding the council member role.</summary>
    public async Task<int> CouncilSizeAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.ReadEvaluation);
        await using var db = await factory.CreateDbContextAsync(actor);
        return await CountCouncilAsync(db);
    }

    private static Task<int> CountCouncilAsync(EmulationDbContext db) =>
        db.UserRoles.CountAsync(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.CouncilMember));
}
