using System.Text.Json;
using Emulation.Domain.Pledges;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data.Auditing;
using Emulation.Web.Services;
using Emulation.Web.Services.Audit;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Submissions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Trust;

/// <summary>Every create, update and state change is recorded with who, what and the values around it; nothing erases it.</summary>
public sealed class AuditTrailTests(AppFixture fixture) : SharedAppTests(fixture)
{
    private async Task<List<AuditEntry>> EntriesAsync(string entity, string key)
    {
        await using var db = await App.DbAsync();
        return await db.AuditEntries.AsNoTracking().Where(a => a.Entity == entity && a.EntityKey == key)
            .OrderBy(a => a.Id).ToListAsync();
    }

    private static JsonElement Json(string? text) => JsonDocument.Parse(text!).RootElement;

    private async Task<long> LastEntryIdAsync()
    {
        await using var db = await App.DbAsync();
        return await db.AuditEntries.MaxAsync(a => a.Id);
    }

    /// <summary>What the trail recorded after entry <paramref name="id"/>, but for the accounts' sign-ins.</summary>
    private async Task<List<AuditEntry>> EntriesSinceAsync(long id)
    {
        await using var db = await App.DbAsync();
        return await db.AuditEntries.AsNoTracking().Where(a => a.Id > id && a.Entity != "AppUser").OrderBy(a => a.Id).ToListAsync();
    }

    /// <summary>A campaign of five criteria (C01–C05) launched for pledges, and a unit taking part.</summary>
    private async Task<(int CampaignId, int UnitId)> FiveCriteriaAsync() =>
        (await App.Service<CampaignService>().LaunchWithCriteriaAsync("Năm tiêu chí", 5), await App.UnitIdAsync("TH"));

    /// <summary>A figure for each of the five criteria: <paramref name="first"/>, then one more per criterion.</summary>
    private static Dictionary<string, decimal?> Figures(decimal first) =>
        Enumerable.Range(1, 5).ToDictionary(i => TestCampaigns.CriterionCode(i), i => (decimal?)(first + i - 1));

    private static List<(string, decimal)> TargetsOf(decimal first) =>
        [.. Figures(first).Select(f => (f.Key, f.Value!.Value))];

    private async Task<string> PledgeKeyAsync(int campaignId, int unitId)
    {
        await using var db = await App.DbAsync();
        return (await db.Pledges.SingleAsync(p => p.CampaignId == campaignId && p.UnitId == unitId)).Id
            .ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The items of a collection the entry recorded as one field, each criterion's code with its figure.</summary>
    private static List<(string, decimal)> Items(string? values, string field, string figure) =>
        [.. Json(values).GetProperty(field).EnumerateArray()
            .Select(i => (i.GetProperty("CriterionCode").GetString()!, i.GetProperty(figure).GetDecimal()))];

    [Fact]
    public async Task CreatingACampaign_RecordsWhoCreatedItAndItsValues()
    {
        var created = await App.Service<CampaignService>().CreateDraftAsync(TestActors.Officer,
            new CampaignDraftInput { Name = "Thi đua chuyên đề 2027", Year = 2027 });

        var entry = Assert.Single(await EntriesAsync("Campaign", created.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(AuditAction.Created, entry.Action);
        Assert.Equal("congdoan", entry.UserName);
        Assert.Null(entry.Before);
        Assert.Equal("Thi đua chuyên đề 2027", Json(entry.After).GetProperty("Name").GetString());
        Assert.Equal(created.Value, Json(entry.After).GetProperty("Id").GetInt32());
        Assert.InRange(entry.At, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task UpdatingACampaign_RecordsTheChangedValuesBeforeAndAfter()
    {
        var campaigns = App.Service<CampaignService>();
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput { Name = "Đợt A", Year = 2027 })).Value;

        var changed = await campaigns.SetDeadlinesAsync(TestActors.Officer, id, new DateTime(2027, 3, 31), null);

        Assert.True(changed.IsSuccess);
        var entry = (await EntriesAsync("Campaign", id.ToString(System.Globalization.CultureInfo.InvariantCulture))).Last();
        Assert.Equal(AuditAction.Updated, entry.Action);
        Assert.Equal(JsonValueKind.Null, Json(entry.Before).GetProperty("PledgeDeadline").ValueKind);
        Assert.Equal("2027-03-31", Json(entry.After).GetProperty("PledgeDeadline").GetString());
        Assert.False(Json(entry.After).TryGetProperty("Name", out _));
        Assert.False(Json(entry.After).TryGetProperty("Version", out _));
    }

    [Fact]
    public async Task AcceptingAPledge_IsRecordedAsAStateChange()
    {
        int campaignId, unitId;
        string key;
        await using (var db = await App.DbAsync())
        {
            var pledge = await db.Pledges.AsNoTracking().FirstAsync(p => p.Status == SubmissionStatus.Submitted);
            (campaignId, unitId) = (pledge.CampaignId, pledge.UnitId);
            key = pledge.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var accepted = await App.Service<ReviewService>().AcceptAsync(TestActors.Officer, campaignId, unitId, SubmissionKind.Pledge);

        Assert.True(accepted.IsSuccess);
        var entry = (await EntriesAsync("Pledge", key)).Last();
        Assert.Equal(AuditAction.StateChanged, entry.Action);
        Assert.Equal("congdoan", entry.UserName);
        Assert.Equal("Submitted", Json(entry.Before).GetProperty("Status").GetString());
        Assert.Equal("Accepted", Json(entry.After).GetProperty("Status").GetString());
    }

    [Fact]
    public async Task ADraftSaveOfFiveChangedTargets_IsOneEntryOfThePledge_WithTheTargetsBeforeAndAfter()
    {
        var (campaignId, unitId) = await FiveCriteriaAsync();
        var submissions = App.Service<SubmissionService>();
        var first = await submissions.SavePledgeAsync(TestActors.HeadOf(unitId), campaignId, unitId, Figures(10), null, submit: false);
        var since = await LastEntryIdAsync();

        var saved = await submissions.SavePledgeAsync(TestActors.HeadOf(unitId), campaignId, unitId, Figures(20),
            first.Value.Version, submit: false);

        Assert.True(saved.IsSuccess);
        var entry = Assert.Single(await EntriesSinceAsync(since));
        Assert.Equal(("Pledge", AuditAction.Updated), (entry.Entity, entry.Action));
        Assert.Equal(await PledgeKeyAsync(campaignId, unitId), entry.EntityKey);
        Assert.Equal(TargetsOf(10), Items(entry.Before, "Targets", "Target"));
        Assert.Equal(TargetsOf(20), Items(entry.After, "Targets", "Target"));
        Assert.False(Json(entry.After).TryGetProperty("Version", out _));
    }

    [Fact]
    public async Task ResavingTheSameTargets_RecordsNothing()
    {
        var (campaignId, unitId) = await FiveCriteriaAsync();
        var submissions = App.Service<SubmissionService>();
        var first = await submissions.SavePledgeAsync(TestActors.HeadOf(unitId), campaignId, unitId, Figures(10), null, submit: false);
        var since = await LastEntryIdAsync();

        var saved = await submissions.SavePledgeAsync(TestActors.HeadOf(unitId), campaignId, unitId, Figures(10),
            first.Value.Version, submit: false);

        Assert.True(saved.IsSuccess);
        Assert.Empty(await EntriesSinceAsync(since));
    }

    [Fact]
    public async Task AUnitsFirstPledge_IsOneCreatedEntry_WithItsTargets()
    {
        var (campaignId, unitId) = await FiveCriteriaAsync();
        var since = await LastEntryIdAsync();

        var saved = await App.Service<SubmissionService>().SavePledgeAsync(TestActors.HeadOf(unitId), campaignId, unitId,
            Figures(10), null, submit: false);

        Assert.True(saved.IsSuccess);
        var entry = Assert.Single(await EntriesSinceAsync(since));
        Assert.Equal(("Pledge", AuditAction.Created), (entry.Entity, entry.Action));
        Assert.Equal(await PledgeKeyAsync(campaignId, unitId), entry.EntityKey);
        Assert.Null(entry.Before);
        Assert.Equal(TargetsOf(10), Items(entry.After, "Targets", "Target"));
        Assert.Equal("Draft", Json(entry.After).GetProperty("Status").GetString());
    }

    [Fact]
    public async Task DeletingAPledge_RecordsItsTargetsAsTheyWere()
    {
        var (campaignId, unitId) = await FiveCriteriaAsync();
        Assert.True((await App.Service<SubmissionService>().SavePledgeAsync(TestActors.HeadOf(unitId), campaignId, unitId,
            Figures(10), null, submit: false)).IsSuccess);
        var since = await LastEntryIdAsync();

        await using (var db = await App.DbAsync())
        {
            db.Pledges.Remove(await db.Pledges.SingleAsync(p => p.CampaignId == campaignId && p.UnitId == unitId));
            await db.SaveChangesAsync();
        }

        var entry = Assert.Single(await EntriesSinceAsync(since));
        Assert.Equal(("Pledge", AuditAction.Deleted), (entry.Entity, entry.Action));
        Assert.Equal(TargetsOf(10), Items(entry.Before, "Targets", "Target"));
        Assert.Null(entry.After);
    }

    [Fact]
    public async Task ReplacingAPledgesTargets_IsWrittenWithItsEntryInOneSave()
    {
        var (campaignId, unitId) = await FiveCriteriaAsync();
        Assert.True((await App.Service<SubmissionService>().SavePledgeAsync(TestActors.HeadOf(unitId), campaignId, unitId,
            Figures(10), null, submit: false)).IsSuccess);
        await using var db = await App.DbAsync();
        var criteria = (await db.Campaigns.AsNoTracking().Include(c => c.Criteria).SingleAsync(c => c.Id == campaignId)).Criteria;
        var pledge = await db.Pledges.SingleAsync(p => p.CampaignId == campaignId && p.UnitId == unitId);
        var saves = 0;
        db.SavingChanges += (_, _) => saves++;

        Assert.True(pledge.SetTargets(criteria, Figures(30)).IsSuccess);
        await db.SaveChangesAsync();

        // Replaced, the targets are deleted and created items to EF Core; created rows would cost the audit a second save.
        Assert.Equal(1, saves);
        var entry = (await EntriesAsync("Pledge", await PledgeKeyAsync(campaignId, unitId))).Last();
        Assert.Equal(TargetsOf(30), Items(entry.After, "Targets", "Target"));
    }

    [Fact]
    public async Task ADraftSaveOfResults_IsOneEntryOfTheResult_WithTheValuesThatChanged()
    {
        var (campaignId, unitId) = await FiveCriteriaAsync();
        Assert.True((await App.Service<CampaignService>().MoveAsync(TestActors.Officer, campaignId, CampaignStep.OpenResults)).IsSuccess);
        var submissions = App.Service<SubmissionService>();
        var first = await submissions.SaveResultsAsync(TestActors.HeadOf(unitId), campaignId, unitId,
            new Dictionary<string, decimal?> { ["C01"] = 4, ["C02"] = 5 }, null, submit: false);
        var since = await LastEntryIdAsync();

        var saved = await submissions.SaveResultsAsync(TestActors.HeadOf(unitId), campaignId, unitId,
            new Dictionary<string, decimal?> { ["C01"] = 4, ["C02"] = 6, ["C03"] = 7 }, first.Value.Version, submit: false);

        Assert.True(saved.IsSuccess);
        var entry = Assert.Single(await EntriesSinceAsync(since));
        Assert.Equal(("UnitResult", AuditAction.Updated), (entry.Entity, entry.Action));
        Assert.Equal(new List<(string, decimal)> { ("C01", 4m), ("C02", 5m) }, Items(entry.Before, "Values", "Value"));
        Assert.Equal(new List<(string, decimal)> { ("C01", 4m), ("C02", 6m), ("C03", 7m) }, Items(entry.After, "Values", "Value"));
    }

    [Fact]
    public async Task PasswordHashesAndSecurityStamps_AreMasked_AndDataProtectionKeysAreNotAudited()
    {
        using var client = await App.SignedInClientAsync("congdoan");

        await using var db = await App.DbAsync();
        var users = await db.AuditEntries.AsNoTracking().Where(a => a.Entity == "AppUser").ToListAsync();
        Assert.NotEmpty(users);
        var hash = await db.Users.Select(u => u.PasswordHash).FirstAsync();
        Assert.All(users, u => Assert.DoesNotContain(hash!, (u.Before ?? "") + u.After, StringComparison.Ordinal));
        var created = users.First(u => u.Action == AuditAction.Created);
        Assert.Equal(AuditInterceptor.Masked, Json(created.After).GetProperty("PasswordHash").GetString());
        Assert.Equal(AuditInterceptor.Masked, Json(created.After).GetProperty("SecurityStamp").GetString());
        Assert.True(await db.DataProtectionKeys.AnyAsync());
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Entity.Contains("DataProtection") || a.Entity == "AuditEntry"));
    }

    [Fact]
    public async Task AnUpdateThatLosesARace_RecordsNothing_AndItsRetryRecordsItsChangeOnce()
    {
        var campaigns = App.Service<CampaignService>();
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput { Name = "Đợt A", Year = 2027 })).Value;
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var db = await App.DbAsync();
        var campaign = await db.Campaigns.SingleAsync(c => c.Id == id);
        Assert.True((await campaigns.SetDeadlinesAsync(TestActors.Officer, id, new DateTime(2027, 3, 31), null)).IsSuccess);
        var recorded = (await EntriesAsync("Campaign", key)).Count;

        db.Entry(campaign).Property(c => c.Name).CurrentValue = "Đợt B";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());

        Assert.Equal(recorded, (await EntriesAsync("Campaign", key)).Count);
        Assert.DoesNotContain(db.ChangeTracker.Entries<AuditEntry>(), e => e.State == EntityState.Added);

        // The same context saves again over what the other save left: one entry, its own.
        db.Entry(campaign).OriginalValues.SetValues((await db.Entry(campaign).GetDatabaseValuesAsync())!);
        await db.SaveChangesAsync();

        var entries = await EntriesAsync("Campaign", key);
        Assert.Equal(recorded + 1, entries.Count);
        Assert.Equal("Đợt A", Json(entries[^1].Before).GetProperty("Name").GetString());
        Assert.Equal("Đợt B", Json(entries[^1].After).GetProperty("Name").GetString());
    }

    [Fact]
    public async Task ChangingOrDeletingAnAuditEntry_Throws_AndLeavesItAsItWas()
    {
        await using (var db = await App.DbAsync())
        {
            var entry = await db.AuditEntries.OrderBy(a => a.Id).FirstAsync();
            db.Entry(entry).Property(a => a.UserName).CurrentValue = "someone else";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        await using (var db = await App.DbAsync())
        {
            db.AuditEntries.Remove(await db.AuditEntries.OrderBy(a => a.Id).FirstAsync());
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        await using (var db = await App.DbAsync())
        {
            // Writes that bypass the context meet the database's own triggers.
            await Assert.ThrowsAsync<SqliteException>(() => db.AuditEntries.ExecuteDeleteAsync());
            await Assert.ThrowsAsync<SqliteException>(() =>
                db.AuditEntries.ExecuteUpdateAsync(s => s.SetProperty(a => a.UserName, "someone else")));
            Assert.NotEqual("someone else", (await db.AuditEntries.OrderBy(a => a.Id).FirstAsync()).UserName);
        }
    }

    [Fact]
    public async Task TheViewer_FiltersByUserEntityAndDate_APageAtATime()
    {
        // An officer of its own: the other tests' campaigns are congdoan's.
        var officer = new Actor("canbo.xem", "canbo.xem", new HashSet<string> { Emulation.Web.Data.Roles.UnionOfficer }, null);
        var campaigns = App.Service<CampaignService>();
        for (var i = 0; i < 3; i++)
        {
            await campaigns.CreateDraftAsync(officer, new CampaignDraftInput { Name = $"Đợt {i}", Year = 2027 });
        }

        var audit = App.Service<AuditService>();
        var today = OfficeTime.Date(DateTimeOffset.UtcNow);

        var byOfficer = await audit.SearchAsync(TestActors.Admin, new AuditQuery(UserName: officer.UserName, Entity: "Campaign", PageSize: 2));
        var secondPage = await audit.SearchAsync(TestActors.Admin, new AuditQuery(UserName: officer.UserName, Entity: "Campaign", Page: 1, PageSize: 2));
        var tomorrow = await audit.SearchAsync(TestActors.Admin, new AuditQuery(From: today.AddDays(1)));
        var untilToday = await audit.SearchAsync(TestActors.Admin, new AuditQuery(From: today, To: today));
        var entities = await audit.EntitiesAsync(TestActors.Admin);

        Assert.Equal(3, byOfficer.Total);
        Assert.Equal(2, byOfficer.Rows.Count);
        Assert.All(byOfficer.Rows, r => Assert.Equal((officer.UserName, "Campaign"), (r.UserName, r.Entity)));
        Assert.Single(secondPage.Rows);
        Assert.Empty(secondPage.Rows.Select(r => r.Id).Intersect(byOfficer.Rows.Select(r => r.Id)));
        Assert.Equal(0, tomorrow.Total);
        Assert.True(untilToday.Total >= 3);
        Assert.Contains("Campaign", entities);
    }

    [Theory]
    [MemberData(nameof(NotAdministrators))]
    public async Task TheTrail_IsReadOnlyByAdministrators(string userName, string role)
    {
        var actor = new Actor(userName, userName, new HashSet<string> { role }, role == Emulation.Web.Data.Roles.DepartmentHead ? 1 : null);
        var audit = App.Service<AuditService>();

        await Assert.ThrowsAsync<AccessDeniedException>(() => audit.SearchAsync(actor, new AuditQuery()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => audit.EntitiesAsync(actor));
    }

    public static TheoryData<string, string> NotAdministrators() => new()
    {
        { "congdoan", Emulation.Web.Data.Roles.UnionOfficer },
        { "tp.th", Emulation.Web.Data.Roles.DepartmentHead },
        { "hoidong1", Emulation.Web.Data.Roles.CouncilMember },
        { "lanhdao", Emulation.Web.Data.Roles.Leadership },
    };
}
