using Emulation.Domain.Awards;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services;
using Emulation.Web.Services.Organization;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Integration;

/// <summary>Units renamed, merged and split keep their history; people who move keep theirs.</summary>
public sealed class OrganizationTests : FreshAppTests
{
    [Fact]
    public async Task Rename_KeepsPastAwardsUnderTheOldName()
    {
        var service = App.Service<OrganizationService>();
        var unit = await App.UnitIdAsync("KT");

        Assert.True((await service.RenameAsync(TestActors.Admin, unit, "Phòng Kinh tế – Tài chính", new DateOnly(2026, 7, 1))).IsSuccess);

        var row = (await service.ListAsync(TestActors.Admin)).Single(u => u.Id == unit);
        Assert.Equal(("Phòng Kinh tế – Tài chính", "Phòng Kinh tế"), (row.Name, Assert.Single(row.FormerNames)));
        var history = await service.HistoryAsync(TestActors.Admin, unit);
        Assert.NotEmpty(history);
        Assert.All(history, h => Assert.Equal("Phòng Kinh tế", h.UnitNameAtDecision));
    }

    [Fact]
    public async Task Merge_MovesPeople_AndTheNewUnitInheritsBothHistories()
    {
        var service = App.Service<OrganizationService>();
        var nc = await App.UnitIdAsync("NC");
        var btcd = await App.UnitIdAsync("BTCD");
        await using var before = await App.DbAsync();
        var people = await before.People.CountAsync(p => p.UnitId == nc || p.UnitId == btcd);
        var awards = await before.Awards.CountAsync(a => a.UnitId == nc || a.UnitId == btcd);

        var merged = await service.MergeAsync(TestActors.Admin, [nc, btcd], new NewUnit("NC-TCD", "Phòng Nội chính – Tiếp công dân"),
            new DateOnly(2027, 1, 1));

        Assert.True(merged.IsSuccess);
        var rows = await service.ListAsync(TestActors.Admin);
        var successor = rows.Single(r => r.Id == merged.Value);
        Assert.Equal((people, "Khối các phòng tham mưu"), (successor.Staff, successor.BlocName));
        Assert.Equal(["NC", "BTCD"], successor.Predecessors.Order().Reverse());
        Assert.All(rows.Where(r => r.Id == nc || r.Id == btcd), r => Assert.Equal(new DateOnly(2026, 12, 31), r.ClosedOn));
        var history = await service.HistoryAsync(TestActors.Admin, merged.Value);
        Assert.Equal(awards, history.Count);
        Assert.Contains(history, h => h.UnitNameAtDecision == "Phòng Nội chính");
        Assert.Contains(history, h => h.UnitNameAtDecision == "Ban Tiếp công dân tỉnh");

        await using var after = await App.DbAsync();
        Assert.True(await after.StaffYearResults.AnyAsync(s => s.UnitId == nc), "Yearly records keep the unit they were earned in.");
    }

    [Fact]
    public async Task Merge_HeadsOfTheMergedUnitsAnswerForTheSuccessor_AndMustSignInAgain()
    {
        var service = App.Service<OrganizationService>();
        var nc = await App.UnitIdAsync("NC");
        var btcd = await App.UnitIdAsync("BTCD");
        await using var before = await App.DbAsync();
        var heads = await before.Users.AsNoTracking().Where(u => u.UnitId == nc || u.UnitId == btcd)
            .ToDictionaryAsync(u => u.UserName!, u => u.SecurityStamp);
        Assert.NotEmpty(heads);

        var merged = await service.MergeAsync(TestActors.Admin, [nc, btcd], new NewUnit("NC-TCD2", "Phòng Nội chính – Tiếp công dân"),
            new DateOnly(2027, 1, 1));

        await using var after = await App.DbAsync();
        var moved = await after.Users.AsNoTracking().Where(u => heads.Keys.Contains(u.UserName!)).ToListAsync();
        Assert.All(moved, u => Assert.Equal(merged.Value, u.UnitId));
        Assert.All(moved, u => Assert.NotEqual(heads[u.UserName!], u.SecurityStamp));
    }

    [Fact]
    public async Task Merge_WithACodeInUse_ChangesNothing()
    {
        var service = App.Service<OrganizationService>();
        var units = await service.ListAsync(TestActors.Admin);

        var merged = await service.MergeAsync(TestActors.Admin, [units[0].Id, units[1].Id], new NewUnit("KT", "Trùng mã"), new DateOnly(2027, 1, 1));

        Assert.Equal("organization.code_taken", Assert.Single(merged.Errors).Code);
        Assert.All((await service.ListAsync(TestActors.Admin)).Take(2), u => Assert.Null(u.ClosedOn));
    }

    [Fact]
    public async Task Split_CreatesTwoUnitsThatBothInheritTheHistory()
    {
        var service = App.Service<OrganizationService>();
        var hcc = await App.UnitIdAsync("HCC");

        var split = await service.SplitAsync(TestActors.Admin, hcc,
            [new NewUnit("HCC1", "Trung tâm Phục vụ hành chính công"), new NewUnit("CDS", "Trung tâm Chuyển đổi số")], new DateOnly(2027, 1, 1));

        Assert.True(split.IsSuccess);
        foreach (var id in split.Value)
        {
            Assert.Contains((await service.HistoryAsync(TestActors.Admin, id)), h => h.Title == Title.AdvancedWorker);
        }
    }

    [Fact]
    public async Task MovedPerson_KeepsTheirRecordsAndAwards()
    {
        var service = App.Service<PeopleService>();
        var kt = await App.UnitIdAsync("KT");
        var th = await App.UnitIdAsync("TH");
        int personId;
        await using (var db = await App.DbAsync())
        {
            personId = await db.Awards.Where(a => a.UnitId == kt && a.PersonId != null).Select(a => a.PersonId!.Value).FirstAsync();
        }

        Assert.True((await service.TransferAsync(TestActors.Admin, personId,
            new PersonTransfer(th, "Chuyên viên", new DateOnly(2027, 1, 1)))).IsSuccess);

        await using var after = await App.DbAsync();
        Assert.Equal(th, (await after.People.SingleAsync(p => p.Id == personId)).UnitId);
        Assert.True(await after.Awards.AnyAsync(a => a.PersonId == personId && a.UnitId == kt));
        Assert.True(await after.StaffYearResults.AnyAsync(s => s.PersonId == personId && s.UnitId == kt));
    }

    [Fact]
    public async Task OnlyAdministrators_Reorganize() =>
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            App.Service<OrganizationService>().RenameAsync(TestActors.Officer, 2, "Mới", new DateOnly(2027, 1, 1)));
}
