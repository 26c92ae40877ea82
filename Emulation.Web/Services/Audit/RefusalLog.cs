using Emulation.Domain.Common;
using Emulation.Web.Data;
using Emulation.Web.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Audit;

/// <summary>What a refused attempt was about: its campaign, the nominations or awards it named, a typed reference.</summary>
public sealed record RefusalScope(
    int? CampaignId = null,
    IReadOnlyCollection<int>? NominationIds = null,
    IReadOnlyCollection<int>? AwardIds = null,
    int? PersonId = null,
    int? UnitId = null,
    string? Reference = null);

/// <summary>A refused attempt as the history and the profiles show it.</summary>
public sealed record RefusalView(long Id, DateTime At, string UserName, string Area, string Action, int? CampaignId,
    string? Reference, IReadOnlyList<DomainError> Errors);

/// <summary>
/// Stores refused attempts (who, when, what, why) in their own short-lived context, since the refused operation saves
/// nothing, and reads them back for a campaign's history and for a person's or unit's profile, a page at a time.
/// </summary>
public sealed class RefusalLog(IDbContextFactory<EmulationDbContext> factory, TimeProvider clock, ILogger<RefusalLog> logger)
{
    public const int MaxPageSize = 100;

    /// <summary>The subjects of one refusal are capped: a bulk approval of thousands keeps the first ones.</summary>
    public const int MaxSubjects = 2000;

    /// <summary>Logs and stores the refusal; hands the errors back for the caller to return.</summary>
    public async Task<IReadOnlyList<DomainError>> RecordAsync(Actor actor, string area, string action,
        IReadOnlyList<DomainError> errors, RefusalScope? scope = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(errors);
        if (logger.IsEnabled(LogLevel.Warning))
        {
            logger.LogWarning("Refused {Area} {Action} by {User}: {Codes}", area, action, actor.UserName,
                string.Join(", ", errors.Select(e => e.Code)));
        }

        if (errors.Count == 0)
        {
            return errors;
        }

        scope ??= new RefusalScope();
        await using var db = await factory.CreateDbContextAsync(actor);
        var subjects = new List<RefusalSubject>();
        var campaignId = scope.CampaignId;
        if (scope.NominationIds is { Count: > 0 } nominationIds)
        {
            var ids = nominationIds.Take(MaxSubjects).ToList();
            var nominations = await db.Nominations.AsNoTracking().Where(n => ids.Contains(n.Id))
                .Select(n => new { n.Id, n.PersonId, n.UnitId, n.CampaignId }).ToListAsync();
            subjects.AddRange(nominations.Select(n => new RefusalSubject(n.PersonId, n.UnitId, n.Id)));
            campaignId ??= nominations.FirstOrDefault()?.CampaignId;
        }

        if (scope.AwardIds is { Count: > 0 } awardIds)
        {
            var ids = awardIds.Take(MaxSubjects).ToList();
            subjects.AddRange(await db.Awards.AsNoTracking().Where(a => ids.Contains(a.Id))
                .Select(a => new RefusalSubject(a.PersonId, a.UnitId, a.NominationId)).ToListAsync());
        }

        if (scope.UnitId is { } unitId)
        {
            subjects.Add(new RefusalSubject(scope.PersonId, unitId, null));
        }

        db.Refusals.Add(Refusal.Record(clock.GetUtcNow().UtcDateTime, actor.UserName, area, action, campaignId,
            scope.Reference, errors, subjects.Take(MaxSubjects)));
        await db.SaveChangesAsync();
        return errors;
    }

    /// <summary>A campaign's refused attempts, newest first.</summary>
    public async Task<RefusalPage> ForCampaignAsync(Actor actor, int campaignId, int page = 0, int pageSize = 20)
    {
        actor.RequirePolicy(Policies.Administer);
        await using var db = await factory.CreateDbContextAsync(actor);
        return await PageAsync(db.Refusals.AsNoTracking().Where(r => r.CampaignId == campaignId), page, pageSize);
    }

    /// <summary>Refused attempts about a person, newest first; the caller must be allowed to see the person's unit.</summary>
    public async Task<RefusalPage> ForPersonAsync(Actor actor, int personId, int page = 0, int pageSize = 20)
    {
        actor.RequirePolicy(Policies.Administer);
        await using var db = await factory.CreateDbContextAsync(actor);
        var unitId = await db.People.Where(p => p.Id == personId).Select(p => (int?)p.UnitId).SingleOrDefaultAsync();
        if (unitId is null)
        {
            return new RefusalPage([], 0);
        }

        actor.RequireSeeUnit(db, unitId.Value);
        return await PageAsync(db.Refusals.AsNoTracking().Where(r => r.Subjects.Any(s => s.PersonId == personId)), page, pageSize);
    }

    /// <summary>Refused attempts about a unit or its people, newest first.</summary>
    public async Task<RefusalPage> ForUnitAsync(Actor actor, int unitId, int page = 0, int pageSize = 20)
    {
        actor.RequirePolicy(Policies.Administer);
        await using var db = await factory.CreateDbContextAsync(actor);
        actor.RequireSeeUnit(db, unitId);
        return await PageAsync(db.Refusals.AsNoTracking().Where(r => r.Subjects.Any(s => s.UnitId == unitId)), page, pageSize);
    }

    private static async Task<RefusalPage> PageAsync(IQueryable<Refusal> query, int page, int pageSize)
    {
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        var total = await query.CountAsync();
        var rows = await query.OrderByDescending(r => r.Id).Skip(Math.Max(page, 0) * size).Take(size)
            .Select(r => new { r.Id, r.At, r.UserName, r.Area, r.Action, r.CampaignId, r.Reference, r.ErrorsJson })
            .ToListAsync();
        return new RefusalPage([.. rows.Select(r => new RefusalView(r.Id, DateTime.SpecifyKind(r.At, DateTimeKind.Utc),
            r.UserName, r.Area, r.Action, r.CampaignId, r.Reference, Refusal.ReadErrors(r.ErrorsJson)))], total);
    }
}

/// <summary>One page of refusals and how many match in all.</summary>
public sealed record RefusalPage(IReadOnlyList<RefusalView> Rows, int Total);
