using Emulation.Tests.Infrastructure;
using Emulation.Web.Data.Auditing;
using Emulation.Web.Data.Seed;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Trust;

/// <summary>A sign-in's effect on the account is recorded as the sign-in it was, under the user name typed.</summary>
public sealed class SignInAuditTests(AppFixture fixture) : SharedAppTests(fixture)
{
    /// <summary>The account's entries recorded after <paramref name="afterId"/> (seeding records its own).</summary>
    private async Task<List<AuditEntry>> AccountEntriesAsync(string userName, long afterId)
    {
        await using var db = await App.DbAsync();
        var id = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        return await db.AuditEntries.AsNoTracking().Where(a => a.Entity == "AppUser" && a.EntityKey == id && a.Id > afterId)
            .OrderBy(a => a.Id).ToListAsync();
    }

    private async Task<long> LastEntryAsync()
    {
        await using var db = await App.DbAsync();
        return await db.AuditEntries.MaxAsync(a => a.Id);
    }

    [Fact]
    public async Task FailedSignIn_IsRecordedAsAFailedSignIn_UnderTheUserNameTyped_NotAsAnAnonymousUpdate()
    {
        using var client = App.CreateCookieClient();
        var before = await LastEntryAsync();

        await client.PostLoginAsync("tp.kt", "not-the-password");

        var entry = Assert.Single(await AccountEntriesAsync("tp.kt", before));
        Assert.Equal(AuditAction.SignInFailed, entry.Action);
        Assert.Equal("tp.kt", entry.UserName);
        Assert.Contains("AccessFailedCount", entry.After, StringComparison.Ordinal);
        await using var db = await App.DbAsync();
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Entity == "AppUser" && a.UserName == AuditUser.Anonymous.UserName));
    }

    [Fact]
    public async Task SignInAfterAFailure_IsRecordedAsASignIn()
    {
        using var client = App.CreateCookieClient();
        var before = await LastEntryAsync();
        await client.PostLoginAsync("tp.kt", "not-the-password");

        await client.PostLoginAsync("tp.kt", DemoDataSeeder.DemoPassword);

        var entries = await AccountEntriesAsync("tp.kt", before);
        Assert.Equal([AuditAction.SignInFailed, AuditAction.SignedIn], entries.Select(e => e.Action));
    }
}
