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
                await OpenForBoardAsync(db, board, cancellationToken);
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

    /// <summary>
    /// A receiving board's account reads an agency's work only as the dossiers sent to the board carry it: those dossiers,
    /// their campaigns and their nominees' units are read once here, before the context filters by them; no agency's
    /// records by unit (sudden proposals, profiles).
    /// </summary>
    private static async Task OpenForBoardAsync(EmulationDbContext db, int board, CancellationToken cancellationToken)
    {
        var sent = await db.Proposals.AsNoTracking().Where(p => p.ReceivingUnitId == board)
            .Select(p => new { p.Id, p.CampaignId }).ToListAsync(cancellationToken);
        var proposals = sent.Select(p => p.Id).ToList();
        db.BoardUnits = await db.Nominations.AsNoTracking()
            .Where(n => n.ProposalId != null && proposals.Contains(n.ProposalId.Value)).Select(n => n.UnitId).Distinct()
            .ToListAsync(cancellationToken);
        db.BoardProposals = proposals;
        db.BoardCampaigns = [.. sent.Select(p => p.CampaignId).Distinct()];
        db.CampaignAgencyUnits = [];
        db.ReceivingBoard = board;
    }
}
