using Emulation.Domain.Common;
using Emulation.Domain.Organization;
using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Organization;

/// <summary>Administrators rename, merge and split units and move people; every unit keeps its history.</summary>
public sealed class OrganizationService(IDbContextFactory<EmulationDbContext> factory)
{
    public static DomainError CodeTaken(string code) =>
        new("organization.code_taken", $"Unit code {code} is already used.", code);

    public async Task<IReadOnlyList<UnitRow>> ListAsync(Actor actor)
    {
        actor.Require(Roles.Administrator, Roles.UnionOfficer);
        await using var db = await factory.CreateDbContextAsync();
        var units = await db.Units.AsNoTracking().Where(u => u.Kind != UnitKind.Agency).OrderBy(u => u.Id).ToListAsync();
        var blocs = await db.Blocs.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Name);
        var staff = await db.People.GroupBy(p => p.UnitId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count);
        var links = await db.UnitLineages.AsNoTracking().ToListAsync();
        var codes = units.ToDictionary(u => u.Id, u => u.Code);
        return [.. units.Select(u => new UnitRow(u.Id, u.Code, u.Name, u.Kind,
            u.BlocId is { } b ? blocs.GetValueOrDefault(b) : null, u.ClosedOn, staff.GetValueOrDefault(u.Id),
            [.. u.FormerNames.OrderBy(n => n.Until).Select(n => n.Name)],
            [.. links.Where(l => l.SuccessorId == u.Id).Select(l => codes.GetValueOrDefault(l.PredecessorId, "?"))]))];
    }

    public async Task<Result> RenameAsync(Actor actor, int unitId, string newName, DateOnly on)
    {
        actor.Require(Roles.Administrator);
        await using var db = await factory.CreateDbContextAsync();
        if (await db.Units.SingleOrDefaultAsync(u => u.Id == unitId) is not { } unit)
        {
            return Result.Failure(OrganizationErrors.UnitRequired());
        }

        var renamed = unit.Rename(newName, on);
        if (renamed.IsSuccess)
        {
            await db.SaveChangesAsync();
        }

        return renamed;
    }

    /// <summary>Merges units into a new one that takes the first unit's bloc; all in one transaction.</summary>
    public async Task<Result<int>> MergeAsync(Actor actor, IReadOnlyCollection<int> unitIds, NewUnit merged, DateOnly on)
    {
        actor.Require(Roles.Administrator);
        await using var db = await factory.CreateDbContextAsync();
        if (await CodeTakenAsync(db, merged.Code) is { } taken)
        {
            return Result<int>.Failure(taken);
        }

        var sources = await db.Units.Where(u => unitIds.Contains(u.Id)).OrderBy(u => u.Id).ToListAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var successor = Unit.Create(merged.Code, merged.Name, sources.FirstOrDefault()?.Kind ?? UnitKind.Department,
            sources.FirstOrDefault()?.BlocId, sources.FirstOrDefault()?.ParentId);
        db.Units.Add(successor);
        await db.SaveChangesAsync();
        var links = Reorganization.Merge(sources, successor, on);
        if (!links.IsSuccess)
        {
            return Result<int>.Failure(links.Errors);
        }

        db.UnitLineages.AddRange(links.Value);
        var sourceIds = sources.Select(s => s.Id).ToList();
        await MovePeopleAsync(db, sourceIds, successor.Id);
        await MoveHeadsAsync(db, sourceIds, successor.Id);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return Result<int>.Success(successor.Id);
    }

    /// <summary>Splits a unit into new ones in its bloc; its people stay to be moved one by one.</summary>
    public async Task<Result<IReadOnlyList<int>>> SplitAsync(Actor actor, int unitId, IReadOnlyList<NewUnit> parts, DateOnly on)
    {
        actor.Require(Roles.Administrator);
        await using var db = await factory.CreateDbContextAsync();
        foreach (var part in parts)
        {
            if (await CodeTakenAsync(db, part.Code) is { } taken)
            {
                return Result<IReadOnlyList<int>>.Failure(taken);
            }
        }

        var source = await db.Units.SingleAsync(u => u.Id == unitId);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = parts.Select(p => Unit.Create(p.Code, p.Name, source.Kind, source.BlocId, source.ParentId)).ToList();
        db.Units.AddRange(created);
        await db.SaveChangesAsync();
        var links = Reorganization.Split(source, created, on);
        if (!links.IsSuccess)
        {
            return Result<IReadOnlyList<int>>.Failure(links.Errors);
        }

        db.UnitLineages.AddRange(links.Value);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return Result<IReadOnlyList<int>>.Success([.. created.Select(u => u.Id)]);
    }

    public async Task<Result> MovePersonAsync(Actor actor, int personId, int unitId)
    {
        actor.Require(Roles.Administrator);
        await using var db = await factory.CreateDbContextAsync();
        var person = await db.People.SingleAsync(p => p.Id == personId);
        var moved = person.MoveTo(unitId);
        if (moved.IsSuccess)
        {
            await db.SaveChangesAsync();
        }

        return moved;
    }

    /// <summary>The unit's awards and those of every unit it descends from, each under the name on its decision.</summary>
    public async Task<IReadOnlyList<UnitHistoryEntry>> HistoryAsync(Actor actor, int unitId)
    {
        actor.RequireSeeUnit(unitId);
        await using var db = await factory.CreateDbContextAsync();
        var links = await db.UnitLineages.AsNoTracking().ToListAsync();
        var lineage = Reorganization.LineageOf(unitId, links).ToList();
        var rows = await db.Awards.AsNoTracking().Where(a => lineage.Contains(a.UnitId))
            .OrderByDescending(a => a.Year).ThenBy(a => a.Title)
            .Select(a => new UnitHistoryEntry(a.Year, a.Title,
                db.People.Where(p => p.Id == a.PersonId).Select(p => p.FullName).FirstOrDefault(),
                a.UnitNameAtDecision, a.DecisionNumber, a.DecisionDate))
            .ToListAsync();
        return rows;
    }

    private static async Task<DomainError?> CodeTakenAsync(EmulationDbContext db, string code) =>
        await db.Units.AnyAsync(u => u.Code == code.Trim()) ? CodeTaken(code.Trim()) : null;

    /// <summary>
    /// Heads of the merged units now answer for the successor. A new security stamp makes their open sessions
    /// re-read the unit at the next revalidation instead of acting on a closed unit until they sign out.
    /// </summary>
    private static Task MoveHeadsAsync(EmulationDbContext db, List<int> fromUnits, int toUnit) =>
        db.Users.Where(u => u.UnitId != null && fromUnits.Contains(u.UnitId.Value)).ForEachAsync(u =>
        {
            u.UnitId = toUnit;
            u.SecurityStamp = Guid.NewGuid().ToString("N");
        });

    private static Task MovePeopleAsync(EmulationDbContext db, List<int> fromUnits, int toUnit) =>
        db.People.Where(p => fromUnits.Contains(p.UnitId)).ForEachAsync(p => p.MoveTo(toUnit));
}
