using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Pledges;
using Emulation.Web.Data;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Organization;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Staff;

/// <summary>
/// What a member of staff (cán bộ, công chức, viên chức, người lao động) does for themselves: read who they are, register
/// their personal emulation pledge (<see cref="PersonalPledge"/>) and follow their own nominations; and what their
/// department head reads of it (the unit's personal pledges). A member of staff acts only on the person record their
/// account is linked to (<see cref="Actor.PersonId"/>); nothing here names another person to them.
/// </summary>
public sealed class StaffService(IDbContextFactory<EmulationDbContext> factory, TimeProvider clock)
{
    /// <summary>How many recent campaigns the pledge page lists.</summary>
    public const int RecentCampaigns = 5;


    /// <summary>The signed-in member of staff's person record; null when the account is not linked to one.</summary>
    public async Task<StaffSelf?> GetSelfAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.OwnRecord);
        if (actor.PersonId is not { } personId)
        {
            return null;
        }

        await using var db = await factory.CreateDbContextAsync(actor);
        return await db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new StaffSelf(p.Id, p.FullName, p.Position,
                db.Units.Where(u => u.Id == p.UnitId).Select(u => u.Name).Single(), p.LeftOn))
            .SingleOrDefaultAsync();
    }

    /// <summary>
    /// The recent launched campaigns, each with one's own pledge in it (if any): those still taking pledges first, so
    /// newer campaigns that no longer take them never push an open one off the page, then the newest.
    /// </summary>
    public async Task<IReadOnlyList<OwnPledgeView>> GetPledgesAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.OwnRecord);
        if (actor.PersonId is not { } personId)
        {
            return [];
        }

        await using var db = await factory.CreateDbContextAsync(actor);
        // The statuses the campaign's own gate opens to pledges, so that the query asks the rule rather than restating it.
        var pledging = Enum.GetValues<CampaignStatus>().Where(s => s.AcceptsPledges()).ToList();
        // An account of staff is bound to no unit: its person's unit says whose campaigns it reads, never another agency's.
        var unit = await db.People.Where(p => p.Id == personId).Select(p => (int?)p.UnitId).SingleOrDefaultAsync();
        var agency = unit is { } u ? (await OrganizationScope.OfAsync(db, actor)).AgencyAbove(u) : null;
        var campaigns = await db.Campaigns.AsNoTracking().Where(c => c.Status != CampaignStatus.Draft && (agency == null || c.AgencyId == null || c.AgencyId == agency))
            .OrderByDescending(c => pledging.Contains(c.Status)).ThenByDescending(c => c.Year).ThenByDescending(c => c.Id)
            .Take(RecentCampaigns).ToListAsync();
        var ids = campaigns.Select(c => c.Id).ToList();
        var pledges = await db.Set<PersonalPledge>().AsNoTracking()
            .Where(p => p.PersonId == personId && ids.Contains(p.CampaignId))
            .Select(p => new { Pledge = p, Version = EF.Property<Guid>(p, EmulationDbContext.VersionProperty) })
            .ToDictionaryAsync(p => p.Pledge.CampaignId);
        var inPost = await db.People.AnyAsync(p => p.Id == personId && p.LeftOn == null);
        var takingPart = unit is { } own ? await CampaignParticipation.TakenPartInAsync(db, own, ids) : [];
        return [.. campaigns.Select(c =>
        {
            var read = pledges.GetValueOrDefault(c.Id);
            var pledge = read?.Pledge;
            var takesPart = takingPart.Contains(c.Id);
            return new OwnPledgeView(c.Id, c.Name, c.Year, c.Status, c.PledgeDeadline,
                inPost && takesPart && PersonalPledge.Open(c).IsSuccess,
                PersonalPledge.ChoicesIn(c), pledge?.Title, pledge?.Commitment, pledge?.ChangedAt)
            {
                TakesPart = takesPart,
                Version = read?.Version,
            };
        })];
    }

    /// <summary>
    /// Registers or changes the personal pledge of <paramref name="personId"/>, who must be the caller: another
    /// person's pledge is refused (<see cref="AccessDeniedException"/>). The campaign's rules are the domain's
    /// (<see cref="PersonalPledge.Register"/>). With <paramref name="versionRead"/> (the pledge's version the caller
    /// read, <see cref="OwnPledgeView.Version"/>), a pledge saved since from another tab is a clash rather than
    /// overwritten; with <paramref name="expectNew"/> (the caller found no pledge), so is one registered meanwhile.
    /// </summary>
    public async Task<Result> SavePledgeAsync(Actor actor, int campaignId, int personId, Title title, string? commitment,
        Guid? versionRead = null, bool expectNew = false)
    {
        actor.RequireOwnPerson(personId);
        await using var db = await factory.CreateDbContextAsync(actor);
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == campaignId);
        if (campaign is null)
        {
            return Result.Failure(CampaignErrors.NotFound());
        }

        // Who has left keeps the pledges they made, but makes no new one (their account may stay, to read their record).
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.UnitId, p.LeftOn }).SingleOrDefaultAsync();
        if (person is not { LeftOn: null })
        {
            return Result.Failure(PersonalPledgeErrors.PersonLeft());
        }

        var now = clock.GetUtcNow();
        var pledge = await db.Set<PersonalPledge>().SingleOrDefaultAsync(p => p.CampaignId == campaignId && p.PersonId == personId);
        if (pledge is null)
        {
            var registered = PersonalPledge.Register(campaign, personId, title, commitment, now);
            if (!registered.IsSuccess)
            {
                return Result.Failure(registered.Errors);
            }

            db.Add(registered.Value);
        }
        else
        {
            if (expectNew || db.ChangedSinceRead(pledge, versionRead))
            {
                return Result.Failure(ConcurrencyErrors.ChangedByOthers());
            }

            var changed = pledge.Change(campaign, title, commitment, now);
            if (!changed.IsSuccess)
            {
                return changed;
            }
        }

        // Staff pledge in the campaigns their unit takes part in, as the unit's own pledge does (the campaign's own rules,
        // its window first, are asked above).
        if (!await CampaignParticipation.TakesPartAsync(db, campaignId, person.UnitId))
        {
            return Result.Failure(CampaignParticipation.NotTakingPart());
        }

        // The same person saving from two places at once is a clash, not a 500.
        return await ConcurrencyErrors.SaveAsync(db);
    }

    /// <summary>One's own nominations, newest campaign first, at the stage they reached; never the ballot's figures.</summary>
    public async Task<IReadOnlyList<OwnNominationView>> GetNominationsAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.OwnRecord);
        if (actor.PersonId is not { } personId)
        {
            return [];
        }

        await using var db = await factory.CreateDbContextAsync(actor);
        var rows = await db.Nominations.AsNoTracking().Where(n => n.PersonId == personId)
            .Join(db.Campaigns, n => n.CampaignId, c => c.Id, (n, c) => new { n.Id, n.CampaignId, c.Name, c.Year, n.Title, n.Status })
            .ToListAsync();
        var ids = rows.Select(r => r.Id).ToList();
        var awarded = (await db.Awards.AsNoTracking()
                .Where(a => a.NominationId != null && ids.Contains(a.NominationId.Value) && a.RevokedByDecisionId == null)
                .Select(a => a.NominationId!.Value).ToListAsync())
            .ToHashSet();
        return [.. rows.OrderByDescending(r => r.Year).ThenByDescending(r => r.CampaignId).ThenBy(r => r.Title)
            .Select(r => new OwnNominationView(r.CampaignId, r.Name, r.Year, r.Title,
                awarded.Contains(r.Id) ? OwnNominationStage.Awarded : Stage(r.Status)))];
    }

    /// <summary>
    /// The personal pledges of the head's own unit in <paramref name="campaignId"/> (when null, the newest campaign
    /// taking pledges, else the newest past its draft), read-only; null when there is no such campaign.
    /// </summary>
    public async Task<UnitStaffPledges?> GetUnitPledgesAsync(Actor actor, int unitId, int? campaignId = null)
    {
        actor.RequireEditUnit(unitId);
        await using var db = await factory.CreateDbContextAsync(actor);
        var campaign = await db.Campaigns.AsNoTracking()
            .Where(c => campaignId == null ? c.Status != CampaignStatus.Draft : c.Id == campaignId)
            .OrderBy(c => c.Status == CampaignStatus.Launched ? 0 : 1).ThenByDescending(c => c.Year).ThenByDescending(c => c.Id)
            .Select(c => new { c.Id, c.Name, c.Year }).FirstOrDefaultAsync();
        if (campaign is null)
        {
            return null;
        }

        var people = await db.People.AsNoTracking().Where(p => p.UnitId == unitId)
            .Select(p => new { p.Id, p.FullName, p.Position, InPost = p.LeftOn == null }).ToListAsync();
        var ids = people.Select(p => p.Id).ToList();
        var pledges = await db.Set<PersonalPledge>().AsNoTracking()
            .Where(p => p.CampaignId == campaign.Id && ids.Contains(p.PersonId)).ToListAsync();
        var byId = people.ToDictionary(p => p.Id);
        // Counted against the staff in post: who left has nothing more to pledge, though a pledge made before stays listed.
        return new UnitStaffPledges(campaign.Id, campaign.Name, campaign.Year, people.Count(p => p.InPost),
            [.. pledges.Select(p => new UnitStaffPledge(p.PersonId, byId[p.PersonId].FullName, byId[p.PersonId].Position,
                    p.Title, p.Commitment, p.ChangedAt))
                .OrderBy(p => p.FullName, StringComparer.CurrentCulture)]);
    }

    private static OwnNominationStage Stage(NominationStatus status) => status switch
    {
        NominationStatus.Proposed => OwnNominationStage.Proposed,
        NominationStatus.Passed => OwnNominationStage.Voted,
        NominationStatus.Failed => OwnNominationStage.NotPassed,
        NominationStatus.Approved => OwnNominationStage.Approved,
        NominationStatus.Rejected => OwnNominationStage.Rejected,
        NominationStatus.Withdrawn => OwnNominationStage.Withdrawn,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
