using Emulation.Web.Data;
using Emulation.Web.Data.Auditing;
using Emulation.Web.Services.Organization;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Audit;

/// <summary>
/// Reads the audit trail for administrators, a page at a time: the whole trail for one bound to no unit; for one bound to
/// an agency (<see cref="OrganizationScope"/>), the changes made by the accounts of their agency and the changes anyone
/// (the province's administrator, the background work) made to their agency's rows (<see cref="AuditEntry.UnitId"/>).
/// There is nothing here to change it.
/// </summary>
public sealed class AuditService(IDbContextFactory<EmulationDbContext> factory)
{
    public const int MaxPageSize = 100;

    public async Task<AuditPage> SearchAsync(Actor actor, AuditQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        actor.RequirePolicy(Policies.Administer);
        await using var db = await factory.CreateDbContextAsync(actor);
        var kept = await KeptAsync(db, actor);
        var authors = kept?.Authors;
        var entries = Kept(db, kept);
        if (!string.IsNullOrWhiteSpace(query.UserName))
        {
            var user = query.UserName.Trim();
            entries = entries.Where(a => a.UserName.Contains(user));
        }

        if (!string.IsNullOrWhiteSpace(query.Entity))
        {
            entries = entries.Where(a => a.Entity == query.Entity);
        }

        if (query.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), OfficeTime.Offset).UtcDateTime;
            entries = entries.Where(a => a.At >= start);
        }

        if (query.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), OfficeTime.Offset).UtcDateTime;
            entries = entries.Where(a => a.At < end);
        }

        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var total = await entries.CountAsync();
        var rows = await entries.OrderByDescending(a => a.Id)
            .Skip(Math.Max(query.Page, 0) * size).Take(size)
            .Select(a => new AuditRow(a.Id, a.At, a.UserName, a.Entity, a.EntityKey, a.Action, a.Before, a.After))
            .ToListAsync();
        var enums = EnumFields(db.Model);
        var collections = CollectionFields(db.Model);
        // An office has hundreds of accounts at most: all are read, with the roles in the same query, and the page
        // names each id it meets.
        var accounts = (await db.Users.AsNoTracking().Select(u => new { u.Id, Name = u.UserName, IsRole = false })
                .Concat(db.Roles.AsNoTracking().Select(r => new { r.Id, r.Name, IsRole = true }))
                .ToListAsync())
            .DistinctBy(a => a.Id)
            .Where(a => a.IsRole || authors is null || authors.Contains(a.Id))
            .ToDictionary(a => a.Id, a => new AuditAccountName(a.Name ?? a.Id, a.IsRole), StringComparer.Ordinal);
        return new AuditPage([.. rows
            .Select(r => enums.TryGetValue(r.Entity, out var fields) ? r with { EnumFields = fields } : r)
            .Select(r => collections.TryGetValue(r.Entity, out var fields) ? r with { CollectionFields = fields } : r)], total)
        {
            Accounts = accounts,
        };
    }

    /// <summary>
    /// For each audited entity (by the short name the trail records), the fields that hold an enum and that enum's
    /// name: the trail stores "Submitted", the page shows the status's label.
    /// </summary>
    private static Dictionary<string, IReadOnlyDictionary<string, string>> EnumFields(Microsoft.EntityFrameworkCore.Metadata.IModel model) =>
        model.GetEntityTypes()
            .GroupBy(t => t.ShortName(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, string>)g
                .SelectMany(t => t.GetProperties())
                .Select(p => (p.Name, Type: Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType))
                .Where(p => p.Type.IsEnum)
                .DistinctBy(p => p.Name)
                .ToDictionary(p => p.Name, p => p.Type.Name, StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>
    /// For each audited entity, the collections the trail records as its fields, items before and after
    /// (<see cref="Data.Auditing.JsonCollections"/>): a pledge's "Targets", a result's "Values".
    /// </summary>
    private static Dictionary<string, IReadOnlySet<string>> CollectionFields(Microsoft.EntityFrameworkCore.Metadata.IModel model) =>
        model.GetEntityTypes()
            .Select(t => (Name: t.ShortName(), Fields: Data.Auditing.JsonCollections.Of(t).Select(n => n.Name).ToHashSet(StringComparer.Ordinal)))
            .Where(t => t.Fields.Count > 0)
            .GroupBy(t => t.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.SelectMany(t => t.Fields).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>The entity names that appear in the trail, for the viewer's filter.</summary>
    public async Task<IReadOnlyList<string>> EntitiesAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.Administer);
        await using var db = await factory.CreateDbContextAsync(actor);
        return await Kept(db, await KeptAsync(db, actor)).Select(a => a.Entity).Distinct().OrderBy(e => e).ToListAsync();
    }

    /// <summary>
    /// What <paramref name="actor"/> reads: the changes of the accounts their organisation scope covers (bound to a unit of
    /// their agency, or to none but linked to a person of it), and every change to a row of their agency's units; null,
    /// the whole trail, for an administrator keeping the whole deployment, whose trail also holds the work done by no
    /// account (sign-ins, the background work).
    /// </summary>
    private static async Task<KeptEntries?> KeptAsync(EmulationDbContext db, Actor actor)
    {
        if (OrganizationScope.KeepsWhole(actor))
        {
            return null;
        }

        var scope = await OrganizationScope.OfAsync(db, actor);
        var accounts = await db.Users.AsNoTracking()
            .Select(u => new { u.Id, u.UnitId, PersonUnit = db.People.Where(p => p.Id == u.PersonId).Select(p => (int?)p.UnitId).FirstOrDefault() })
            .ToListAsync();
        return new KeptEntries([.. accounts.Where(a => scope.CoversAccount(a.UnitId, a.PersonUnit)).Select(a => a.Id)],
            scope.Tree.IdsUnder(scope.Agency!.Value));
    }

    private static IQueryable<AuditEntry> Kept(EmulationDbContext db, KeptEntries? kept)
    {
        if (kept is null)
        {
            return db.AuditEntries.AsNoTracking();
        }

        var (authors, units) = kept;
        return db.AuditEntries.AsNoTracking().Where(a => authors.Contains(a.UserId) || (a.UnitId != null && units.Contains(a.UnitId.Value)));
    }

    private sealed record KeptEntries(List<string> Authors, List<int> Units);
}
