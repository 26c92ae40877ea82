using Emulation.Domain.Common;
using Emulation.Domain.Rules;
using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Consultations;

/// <summary>
/// The public holidays and compensatory days off the administrator keeps (<see cref="PublicHoliday"/>): the working-day
/// windows of public consultation (<see cref="WorkingDays"/>) are counted against them.
/// </summary>
public sealed class WorkingCalendarService(IDbContextFactory<EmulationDbContext> factory, Audit.RefusalLog refusals)
{
    /// <summary>The days off of <paramref name="year"/>, in order.</summary>
    public async Task<IReadOnlyList<HolidayView>> ListAsync(Actor actor, int year)
    {
        actor.RequirePolicy(Policies.Administer);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        await using var db = await factory.CreateDbContextAsync(actor);
        return await db.PublicHolidays.AsNoTracking().Where(h => h.Date >= first && h.Date <= last).OrderBy(h => h.Date)
            .Select(h => new HolidayView(h.Date, h.Name)).ToListAsync();
    }

    /// <summary>The years that have a day off, and the current one.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(Actor actor, int current)
    {
        actor.RequirePolicy(Policies.Administer);
        await using var db = await factory.CreateDbContextAsync(actor);
        var dates = await db.PublicHolidays.AsNoTracking().Select(h => h.Date).ToListAsync();
        return [.. dates.Select(d => d.Year).Append(current).Distinct().Order()];
    }

    public async Task<Result> AddAsync(Actor actor, DateOnly date, string? name)
    {
        actor.RequirePolicy(Policies.Administer);
        var holiday = PublicHoliday.Create(date, name);
        if (!holiday.IsSuccess)
        {
            return await RefusedAsync(actor, "add", holiday.Errors);
        }

        await using var db = await factory.CreateDbContextAsync(actor);
        if (await db.PublicHolidays.AnyAsync(h => h.Date == date))
        {
            return await RefusedAsync(actor, "add", [HolidayErrors.AlreadyListed(date)]);
        }

        db.PublicHolidays.Add(holiday.Value);
        try
        {
            await db.SaveChangesAsync();
            return Result.Success();
        }
        catch (DbUpdateException e) when (ConcurrencyErrors.IsClash(e))
        {
            return await RefusedAsync(actor, "add", [HolidayErrors.AlreadyListed(date)]);
        }
    }

    public async Task<Result> RemoveAsync(Actor actor, DateOnly date)
    {
        actor.RequirePolicy(Policies.Administer);
        await using var db = await factory.CreateDbContextAsync(actor);
        var holiday = await db.PublicHolidays.SingleOrDefaultAsync(h => h.Date == date);
        if (holiday is null)
        {
            return await RefusedAsync(actor, "remove", [HolidayErrors.NotFound()]);
        }

        db.PublicHolidays.Remove(holiday);
        // Another administrator may have removed it since it was read: their removal stands, this one is told so.
        var saved = await ConcurrencyErrors.SaveAsync(db);
        return saved.IsSuccess ? saved : await RefusedAsync(actor, "remove", saved.Errors);
    }

    /// <summary>Every day off, for counting a window (no actor: the calling service checked its own).</summary>
    internal static async Task<IReadOnlySet<DateOnly>> DaysOffAsync(EmulationDbContext db) =>
        (await db.PublicHolidays.AsNoTracking().Select(h => h.Date).ToListAsync()).ToHashSet();

    private async Task<Result> RefusedAsync(Actor actor, string action, IReadOnlyList<DomainError> errors) =>
        Result.Failure(await refusals.RecordAsync(actor, "calendar", action, [.. errors], null));
}
