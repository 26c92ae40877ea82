using Emulation.Domain.Common;
using Emulation.Domain.Organization;
using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Organization;

/// <summary>
/// Saves a change to a unit as it was read. A unit row carries no version token, so the name, kind, parent and closing
/// day the change was made from stand in for one: they are compared in the database inside the transaction that saves.
/// A change made from a unit someone changed since (two administrators renaming it at once) is
/// <see cref="ConcurrencyErrors.ChangedByOthers"/> and saves nothing, rather than both landing and the name history
/// recording the same old name twice and never the one in between.
/// </summary>
internal static class UnitAsRead
{
    public static async Task<Result> SaveAsync(EmulationDbContext db, Unit unit)
    {
        var read = db.Entry(unit);
        var name = read.Property(u => u.Name).OriginalValue;
        var kind = read.Property(u => u.Kind).OriginalValue;
        var parentId = read.Property(u => u.ParentId).OriginalValue;
        var closedOn = read.Property(u => u.ClosedOn).OriginalValue;
        await using var transaction = await db.Database.BeginTransactionAsync();
        var unchanged = await db.Units
            .Where(u => u.Id == unit.Id && u.Name == name && u.Kind == kind && u.ParentId == parentId && u.ClosedOn == closedOn)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Name, u => u.Name));
        if (unchanged == 0)
        {
            return Result.Failure(ConcurrencyErrors.ChangedByOthers());
        }

        if (await ConcurrencyErrors.SaveAsync(db) is { IsSuccess: false } lost)
        {
            return lost;
        }

        await transaction.CommitAsync();
        return Result.Success();
    }
}
