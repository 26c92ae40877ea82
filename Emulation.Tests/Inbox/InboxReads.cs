using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Data.Inbox;
using Emulation.Web.Data.Seed;
using Emulation.Web.Services;
using Emulation.Web.Services.Inbox;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Inbox;

/// <summary>Who was told what, read straight from the database of a test app, and the demo's accounts as callers.</summary>
internal static class InboxReads
{
    /// <summary>The receiving board's seeded accounts: its appraiser and its three council members.</summary>
    public static readonly string[] BoardAccounts =
        [DemoDataSeeder.BoardUserName, .. Enumerable.Range(1, 3).Select(DemoDataSeeder.BoardCouncilUserName)];

    /// <summary>The demo account <paramref name="userName"/> as a caller in <paramref name="role"/>, with its real id and unit.</summary>
    public static async Task<Actor> ActorAsync(this EmulationAppFactory app, string userName, string role)
    {
        await using var db = await app.DbAsync();
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        return new Actor(user.Id, userName, new HashSet<string> { role }, user.UnitId);
    }

    /// <summary>Every notification of <paramref name="userName"/>, oldest first.</summary>
    public static async Task<List<InboxNotification>> ItemsAsync(this EmulationAppFactory app, string userName)
    {
        await using var db = await app.DbAsync();
        var id = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        return [.. (await db.InboxNotifications.AsNoTracking().Where(n => n.UserId == id).ToListAsync()).OrderBy(n => n.Id)];
    }

    /// <summary>
    /// Holds every notice written so far to the one place that says who receives what (<see cref="NoticeReaders"/>): each
    /// reached an account holding one of its kind's roles, or linked to the person it is about.
    /// </summary>
    public static async Task AssertEveryNoticeReachedItsReadersAsync(this EmulationAppFactory app)
    {
        await using var db = await app.DbAsync();
        var notices = await db.InboxNotifications.AsNoTracking().Select(n => new { n.UserId, n.Kind }).Distinct().ToListAsync();
        var roles = (await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync())
            .ToLookup(r => r.UserId, r => r.Name!);
        var linked = (await db.Users.Where(u => u.PersonId != null).Select(u => u.Id).ToListAsync()).ToHashSet();
        Assert.NotEmpty(notices);
        Assert.All(notices, n => Assert.True(NoticeReaders.Receives(n.Kind, roles[n.UserId].ToHashSet(), linked.Contains(n.UserId)),
            $"{n.Kind} reached {string.Join(", ", roles[n.UserId])}"));
    }

    /// <summary>The user names of the accounts told <paramref name="kind"/>, in order.</summary>
    public static async Task<List<string>> ToldAsync(this EmulationAppFactory app, NotificationKind kind)
    {
        await using var db = await app.DbAsync();
        var ids = await db.InboxNotifications.AsNoTracking().Where(n => n.Kind == kind).Select(n => n.UserId).Distinct().ToListAsync();
        return [.. (await db.Users.Where(u => ids.Contains(u.Id)).Select(u => u.UserName!).ToListAsync()).Order(StringComparer.Ordinal)];
    }

    /// <summary>The user names holding <paramref name="role"/>, in order.</summary>
    public static async Task<List<string>> HoldingAsync(this EmulationAppFactory app, string role)
    {
        await using var db = await app.DbAsync();
        return [.. (await db.Users.Where(u => db.UserRoles.Any(r => r.UserId == u.Id &&
                db.Roles.Any(named => named.Id == r.RoleId && named.Name == role)))
            .Select(u => u.UserName!).ToListAsync()).Order(StringComparer.Ordinal)];
    }
}
