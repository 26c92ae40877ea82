using Emulation.Domain.Organization;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Services;
using Emulation.Web.Services.Organization;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.People;

/// <summary>
/// The process keeps one unit tree (<see cref="UnitTreeCache"/>) for every context it opens, and no context opened after
/// a unit is created, moved or merged decides access on the tree from before: its agency and the agency's units are the
/// database's. Each test makes its own agencies, with its own codes.
/// </summary>
public sealed class UnitTreeCacheTests(AppFixture fixture) : SharedAppTests(fixture)
{
    private static readonly DateOnly Day = new(2026, 12, 5);

    private OrganizationService Organization => App.Service<OrganizationService>();

    [Fact]
    public async Task ContextsOpenedWithNoUnitSavedBetween_ShareOneTree()
    {
        var (_, department) = await AgencyAsync("CACHE-SHARE");

        var first = await ScopeOfHeadAsync(department);
        var second = await ScopeOfHeadAsync(department);

        Assert.Same(first.Tree, second.Tree);
    }

    [Fact]
    public async Task AUnitCreated_IsInTheAgencyOfTheNextContext()
    {
        var (agency, department) = await AgencyAsync("CACHE-NEW");
        Assert.Equal(agency, (await ScopeOfHeadAsync(department)).CampaignAgency);

        var created = await CreateAsync(new NewUnit("CACHE-NEW-KT", "Phòng Kế toán"), UnitKind.Department, agency);

        Assert.Contains(created, await AgencyUnitsOfHeadAsync(department));
        Assert.Equal(agency, (await ScopeOfHeadAsync(created)).CampaignAgency);
    }

    [Fact]
    public async Task AUnitMovedToAnotherAgency_BelongsToItInTheNextContext()
    {
        var (first, department) = await AgencyAsync("CACHE-FROM");
        var (second, _) = await AgencyAsync("CACHE-TO");
        var moving = await CreateAsync(new NewUnit("CACHE-FROM-KT", "Phòng Kế toán"), UnitKind.Department, first);
        Assert.Equal(first, (await ScopeOfHeadAsync(moving)).CampaignAgency);

        var moved = await Organization.ReclassifyAsync(TestActors.Admin, moving, UnitKind.Department, second);
        Assert.True(moved.IsSuccess, string.Join(", ", moved.Errors.Select(e => e.Code)));

        var scope = await ScopeOfHeadAsync(moving);
        Assert.Equal(second, scope.CampaignAgency);
        Assert.Contains(moving, scope.CampaignAgencyUnits!);
        Assert.DoesNotContain(moving, await AgencyUnitsOfHeadAsync(department));
    }

    [Fact]
    public async Task UnitsMerged_TheSuccessorIsInTheAgencyOfTheNextContext()
    {
        var (agency, department) = await AgencyAsync("CACHE-MERGE");
        var other = await CreateAsync(new NewUnit("CACHE-MERGE-KT", "Phòng Kế toán"), UnitKind.Department, agency);
        Assert.Equal(agency, (await ScopeOfHeadAsync(department)).CampaignAgency);

        var merged = await Organization.MergeAsync(TestActors.Admin, [department, other],
            new NewUnit("CACHE-MERGE-TH", "Phòng Tổng hợp"), Day);
        Assert.True(merged.IsSuccess, string.Join(", ", merged.Errors.Select(e => e.Code)));

        var scope = await ScopeOfHeadAsync(merged.Value);
        Assert.Equal(agency, scope.CampaignAgency);
        Assert.Contains(merged.Value, scope.CampaignAgencyUnits!);
    }

    [Fact]
    public async Task AUnitSavedInATransaction_IsReadInIt_AndKeptByNoOneUntilItIsCommitted()
    {
        var (agency, department) = await AgencyAsync("CACHE-TX");
        await using var db = await App.DbAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var unit = Unit.Create("CACHE-TX-KT", "Phòng Kế toán", UnitKind.Department, parentId: agency);
        db.Units.Add(unit);
        await db.SaveChangesAsync();

        Assert.True((await UnitTree.LoadAsync(db)).Contains(unit.Id));
        Assert.DoesNotContain(unit.Id, await AgencyUnitsOfHeadAsync(department));

        await transaction.RollbackAsync();
        Assert.DoesNotContain(unit.Id, await AgencyUnitsOfHeadAsync(department));
    }

    /// <summary>
    /// Another instance of the app shares the database but not its saves' notice: its unit change reaches this
    /// instance's tree once the kept one is <see cref="UnitTreeCache.MaxAge"/> old.
    /// </summary>
    [Fact]
    public async Task AUnitSavedByAnotherInstance_IsSeenOnceTheKeptTreeIsMaxAgeOld()
    {
        var (agency, _) = await AgencyAsync("CACHE-ELSEWHERE");
        var clock = new SettableClock(DateTimeOffset.UtcNow);
        var cache = new UnitTreeCache(clock);
        await using var here = Context(App.DatabasePath, cache);
        Assert.True((await cache.CurrentAsync(here)).Contains(agency));

        await using (var elsewhere = Context(App.DatabasePath, null))
        {
            elsewhere.Units.Add(Unit.Create("CACHE-ELSEWHERE-KT", "Phòng Kế toán", UnitKind.Department, parentId: agency));
            await elsewhere.SaveChangesAsync();
        }

        var created = await App.UnitIdAsync("CACHE-ELSEWHERE-KT");
        Assert.False((await cache.CurrentAsync(here)).Contains(created));
        clock.Advance(UnitTreeCache.MaxAge);
        Assert.True((await cache.CurrentAsync(here)).Contains(created));
    }

    private static SqliteEmulationDbContext Context(string path, UnitTreeCache? cache)
    {
        var options = new DbContextOptionsBuilder<SqliteEmulationDbContext>().UseSqlite($"Data Source={path}");
        return new SqliteEmulationDbContext((cache is null ? options : options.AddInterceptors(cache)).Options);
    }

    /// <summary>Agency <paramref name="code"/> and its department <c>{code}-TC</c>, made by the deployment's administrator.</summary>
    private async Task<(int Agency, int Department)> AgencyAsync(string code)
    {
        var agency = await CreateAsync(new NewUnit(code, $"Sở thử nghiệm {code}"), UnitKind.Agency, null);
        return (agency, await CreateAsync(new NewUnit($"{code}-TC", "Phòng Tổ chức"), UnitKind.Department, agency));
    }

    private async Task<int> CreateAsync(NewUnit unit, UnitKind kind, int? parent)
    {
        var created = await Organization.CreateAsync(TestActors.Admin, unit, kind, parent);
        Assert.True(created.IsSuccess, string.Join(", ", created.Errors.Select(e => e.Code)));
        return created.Value;
    }

    private async Task<OrganizationScope> ScopeOfHeadAsync(int unitId)
    {
        await using var db = await App.Service<IDbContextFactory<EmulationDbContext>>().CreateDbContextAsync(TestActors.HeadOf(unitId));
        return db.ActorScope!;
    }

    private async Task<List<int>> AgencyUnitsOfHeadAsync(int unitId)
    {
        await using var db = await App.Service<IDbContextFactory<EmulationDbContext>>().CreateDbContextAsync(TestActors.HeadOf(unitId));
        return db.CampaignAgencyUnits!;
    }
}
