using Emulation.Web.Data;
using Emulation.Web.Data.Auditing;
using Emulation.Web.Services.Organization;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services;

/// <summary>
/// A service opens its unit of work for the actor it was handed: what the context saves is audited under that actor's
/// name. Checking a permission (<see cref="Actor.RequirePolicy"/>) sets nothing; the author is named here, where the
/// data is opened, so a write can never be audited under someone else's check. The context reads only the campaigns of
/// the actor's agency (<see cref="EmulationDbContext.CampaignAgency"/>) and keeps the actor's scope for the service.
/// </summary>
public static class ActorDbContexts
{
    public static async Task<EmulationDbContext> CreateDbContextAsync(this IDbContextFactory<EmulationDbContext> factory,
        Actor actor, CancellationToken cancellationToken = default)
    {
        var db = await factory.CreateDbContextAsync(cancellationToken);
        db.ForgetActor();
        db.Author = actor.ToAuditUser();
        if (!OrganizationScope.KeepsWhole(actor))
        {
            // Another agency's campaigns, and everything reached through one, stay out of what this actor reads.
            var scope = await OrganizationScope.OfAsync(db, actor);
            db.ActorScope = scope;
            db.CampaignAgency = scope.CampaignAgency;
            db.CampaignAgencyUnits = scope.CampaignAgencyUnits;
            if (scope.ReceivingBoard is { } board)
            {
                // Its filters ask, in each query, what was sent to the board: no list is read here.
                db.CampaignAgencyUnits = [];
                db.ReceivingBoard = board;
            }
        }
        else if (OrganizationScope.AwaitsCouncilBinding(actor) && (await OrganizationScope.OfAsync(db, actor)).Tree.Agencies.Any())
        {
            // A council account bound to no agency reads no agency's campaigns until an administrator binds it.
            db.CampaignAgency = OrganizationScope.NoAgency;
            db.CampaignAgencyUnits = [];
        }

        return db;
    }
}
