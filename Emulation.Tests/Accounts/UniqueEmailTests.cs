using System.Net;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Data.Auditing;
using Emulation.Web.Services.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Accounts;

/// <summary>
/// One address, one account, held by the database itself: a unique index on Identity's compared form of the address.
/// Two requests giving one address at once end in one account and one 409, never a 500; a database that held one address
/// on two accounts before the index (in one spelling or two Unicode forms) starts, keeps the address on the account that
/// confirmed it last, and tells the administrator which accounts lost it.
/// </summary>
public sealed class UniqueEmailTests : IAsyncLifetime
{
    private readonly EmulationAppFactory _app = new((Emulation.Web.Startup.ApiRegistration.BootstrapTokenKey, ApiFixture.BootstrapToken));

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task TwoCreatesWithOneAddressAtOnce_OneIs201_TheOtherIs409()
    {
        // Both requests have found the address free before either saves: the race happens, it is not left to the scheduler.
        var rendezvous = new SaveRendezvous<AppUser>(2);

        (HttpStatusCode StatusCode, string Body)[] responses;
        using (_app.Rendezvous.Hold(rendezvous))
        {
            responses = await Task.WhenAll(new[] { "dua.mot", "dua.hai" }.Select(async name =>
            {
                using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
                client.DefaultRequestHeaders.Authorization = new("Bearer", ApiFixture.BootstrapToken);
                var response = await client.PostAsync("/api/v1/users", ApiClients.Json(
                    $$"""{"userName":"{{name}}","fullName":"Người Đua","roles":["leadership"],"email":"Dua@Example.gov.vn"}"""));
                return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
            }));
        }

        Assert.True(rendezvous.Met, "both creates should have checked the address before either saved");
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        Assert.Contains("inbox.email_taken", responses.Single(r => r.StatusCode == HttpStatusCode.Conflict).Body, StringComparison.Ordinal);
        await using var db = await _app.DbAsync();
        Assert.Single(await db.Users.Where(u => u.UserName!.StartsWith("dua.")).ToListAsync());
        Assert.Equal("DUA@EXAMPLE.GOV.VN", await db.Users.Where(u => u.UserName!.StartsWith("dua.")).Select(u => u.NormalizedEmail).SingleAsync());
    }

    [Fact]
    public async Task TheIndex_RefusesASecondAccountWithOneAddress_AndLetsManyAccountsHaveNone()
    {
        await using var db = await _app.DbAsync();
        Assert.True(await db.Users.CountAsync(u => u.NormalizedEmail == null) > 1);
        foreach (var user in await db.Users.Where(u => u.UserName == "tp.ttcb" || u.UserName == "tp.hcc").ToListAsync())
        {
            user.Email = "chung@example.gov.vn";
            user.NormalizedEmail = "CHUNG@EXAMPLE.GOV.VN";
        }

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.True(Emulation.Web.Services.ConcurrencyErrors.IsClash(refused));
    }

    [Fact]
    public async Task AddressesSharedBeforeTheIndex_StayOnTheAccountConfirmedLast_AndTheAdministratorIsTold()
    {
        await using (var db = await _app.DbAsync())
        {
            // The database as the previous version left it: Identity's index not unique, and the migration not yet run.
            await db.Database.ExecuteSqlRawAsync("DROP INDEX EmailIndex");
            await db.Database.ExecuteSqlRawAsync("CREATE INDEX EmailIndex ON AspNetUsers (NormalizedEmail)");
            await db.Database.ExecuteSqlRawAsync("DELETE FROM __EFMigrationsHistory WHERE MigrationId LIKE '%_UniqueAccountEmail'");
            // tp.ttcb confirmed the address, tp.hcc typed it in other capitals and never confirmed it.
            await SetAddressAsync(db, "tp.ttcb", "chung@example.gov.vn", confirmed: true);
            await SetAddressAsync(db, "tp.hcc", "CHUNG@example.gov.vn", confirmed: false);
            // Both confirmed one address saved in two Unicode forms (composed and decomposed "ê"); tp.qttv did so last.
            await SetAddressAsync(db, "tp.kgvx", "l\u00EA.b@example.gov.vn", confirmed: true);
            await SetAddressAsync(db, "tp.qttv", "le\u0302.b@example.gov.vn", confirmed: true);
            await RecordConfirmationAsync(db, "tp.kgvx", new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc));
            await RecordConfirmationAsync(db, "tp.qttv", new DateTime(2026, 6, 5, 0, 0, 0, DateTimeKind.Utc));
        }

        // A new version over the same database: the migration runs, then the start fills the keys in again.
        await using var upgraded = new EmulationAppFactory(("Database:SqlitePath", _app.DatabasePath));
        _ = upgraded.Services;

        await using (var db = await upgraded.DbAsync())
        {
            var held = await db.Users.AsNoTracking().Where(u => u.UserName!.StartsWith("tp."))
                .ToDictionaryAsync(u => u.UserName!, u => (u.Email, u.NormalizedEmail, u.EmailConfirmed));
            Assert.Equal(("chung@example.gov.vn", "CHUNG@EXAMPLE.GOV.VN", true), held["tp.ttcb"]);
            Assert.Equal((null, null, false), held["tp.hcc"]);
            Assert.Equal(("l\u00EA.b@example.gov.vn", "L\u00CA.B@EXAMPLE.GOV.VN", true), held["tp.qttv"]);
            Assert.Equal((null, null, false), held["tp.kgvx"]);
            Assert.Equal(1, await db.Database.SqlQueryRaw<int>(
                "SELECT \"unique\" AS Value FROM pragma_index_list('AspNetUsers') WHERE name = 'EmailIndex'").SingleAsync());
        }

        await using var scope = upgraded.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        Assert.Equal([new ClearedAddress("tp.hcc", await FullNameAsync(upgraded, "tp.hcc"), "CHUNG@example.gov.vn", "tp.ttcb"),
                new ClearedAddress("tp.kgvx", await FullNameAsync(upgraded, "tp.kgvx"), "l\u00EA.b@example.gov.vn", "tp.qttv")],
            await accounts.ClearedAddressesAsync(TestActors.Admin));
        using var admin = await upgraded.SignedInClientAsync("quantri");
        var page = await admin.GetStringAsync("/admin/users");
        Assert.Contains("data-testid=\"users-cleared-tp.hcc\"", page, StringComparison.Ordinal);
        Assert.Contains("nay thuộc tp.ttcb", page, StringComparison.Ordinal);

        Assert.True((await accounts.DismissClearedAddressesAsync(TestActors.Admin)).IsSuccess);
        Assert.Empty(await accounts.ClearedAddressesAsync(TestActors.Admin));
        // A later start finds every key in place and changes nothing.
        await using var again = await upgraded.DbAsync();
        Assert.Equal(0, await AccountEmailKeys.BackfillAsync(again, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance));
    }

    /// <summary>Writes an address as an earlier version did, behind the audit trail's back: Identity's key without NFC.</summary>
    private static Task SetAddressAsync(EmulationDbContext db, string userName, string address, bool confirmed) =>
        db.Database.ExecuteSqlAsync($"UPDATE AspNetUsers SET Email = {address}, NormalizedEmail = {address.ToUpperInvariant()}, EmailConfirmed = {confirmed} WHERE UserName = {userName}");

    private static async Task RecordConfirmationAsync(EmulationDbContext db, string userName, DateTime at)
    {
        var id = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        db.AuditEntries.Add(AuditEntry.Record(at, new AuditUser(id, userName), nameof(AppUser), id, AuditAction.Updated,
            """{"EmailConfirmed":false}""", """{"EmailConfirmed":true}"""));
        await db.SaveChangesAsync();
    }

    private static async Task<string> FullNameAsync(EmulationAppFactory app, string userName)
    {
        await using var db = await app.DbAsync();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.FullName).SingleAsync();
    }
}
