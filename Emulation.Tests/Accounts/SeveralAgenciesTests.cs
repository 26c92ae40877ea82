using System.Net;
using Emulation.Domain.Organization;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Services;
using Emulation.Web.Services.Accounts;
using Emulation.Web.Services.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Accounts;

/// <summary>
/// Two agencies in one database: the demo office and a second agency the province's administrator (quantri, bound to
/// no unit) creates with its departments and its own administrator. That administrator binds the second agency's
/// accounts to its own units, and sees, changes and issues tokens for none of the office's accounts, units or people,
/// through the services and the API. Each test makes its own agency, with its own codes.
/// </summary>
public sealed class SeveralAgenciesTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    private async Task<T> WithAccountsAsync<T>(Func<AccountService, Task<T>> use)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<AccountService>());
    }

    /// <summary>
    /// Agency <paramref name="code"/> with a department <c>{code}-TC</c> and a person in it, and its administrator
    /// <c>qt.{code}</c> bound to the agency, all made by the province's administrator; returns that administrator.
    /// </summary>
    private async Task<(Actor Admin, int Agency, int Department)> SecondAgencyAsync(string code)
    {
        var organization = App.Service<OrganizationService>();
        var province = await App.ActorAsync("quantri");
        var agency = await organization.CreateAsync(province, new NewUnit(code, $"Sở thử nghiệm {code}"), UnitKind.Agency, null);
        Assert.True(agency.IsSuccess, string.Join(", ", agency.Errors.Select(e => e.Code)));
        var department = await organization.CreateAsync(province, new NewUnit($"{code}-TC", "Phòng Tổ chức"), UnitKind.Department, agency.Value);
        Assert.True(department.IsSuccess, string.Join(", ", department.Errors.Select(e => e.Code)));
        var person = await App.Service<PeopleService>().AddAsync(province, new NewPerson($"{code}-NV1", "Trần Thị Sở", Gender.Female, null,
            department.Value, "Chuyên viên", new DateOnly(2020, 1, 1)));
        Assert.True(person.IsSuccess, string.Join(", ", person.Errors.Select(e => e.Code)));
        var admin = await WithAccountsAsync(a => a.CreateAsync(province,
            new NewAccount($"qt.{code}", "Quản trị Sở", [Roles.Administrator], code, null)));
        Assert.True(admin.IsSuccess, string.Join(", ", admin.Errors.Select(e => e.Code)));
        return (await App.ActorAsync($"qt.{code}"), agency.Value, department.Value);
    }

    [Fact]
    public async Task TheProvincesAdministrator_CreatesAnAgency_AsATreeOfItsOwn_WithItsDepartments()
    {
        var (_, agency, department) = await SecondAgencyAsync("SNV1");

        await using var db = await App.DbAsync();
        Assert.Null(await db.Units.Where(u => u.Id == agency).Select(u => u.ParentId).SingleAsync());
        Assert.Equal(agency, await db.Units.Where(u => u.Id == department).Select(u => u.ParentId).SingleAsync());
        // With two agencies, a unit with no parent named is refused with the reason, not put under either.
        var unplaced = await App.Service<OrganizationService>().CreateAsync(await App.ActorAsync("quantri"),
            new NewUnit("SNV1-XX", "Phòng chưa rõ"), UnitKind.Department, null);
        Assert.Equal(OrganizationService.ParentRequired().Code, Assert.Single(unplaced.Errors).Code);
    }

    [Fact]
    public async Task AnAgencysAdministrator_BindsItsAccountsToItsOwnUnits()
    {
        var (admin, agency, department) = await SecondAgencyAsync("SNV2");

        var head = await WithAccountsAsync(a => a.CreateForHolderAsync(admin,
            new NewAccount("tp.snv2", "Lê Văn Trưởng", [Roles.DepartmentHead], "SNV2-TC", null)));
        var officer = await WithAccountsAsync(a => a.CreateAsync(admin,
            new NewAccount("cd.snv2", "Phạm Thị Công Đoàn", [Roles.UnionOfficer], null, null)));
        var staff = await WithAccountsAsync(a => a.CreateAsync(admin,
            new NewAccount("nv.snv2", "Trần Thị Sở", [Roles.Staff], null, "SNV2-NV1")));

        Assert.True(head.IsSuccess, string.Join(", ", head.Errors.Select(e => e.Code)));
        Assert.True(officer.IsSuccess, string.Join(", ", officer.Errors.Select(e => e.Code)));
        Assert.True(staff.IsSuccess, string.Join(", ", staff.Errors.Select(e => e.Code)));
        await using var db = await App.DbAsync();
        Assert.Equal(department, await db.Users.Where(u => u.UserName == "tp.snv2").Select(u => u.UnitId).SingleAsync());
        // The agency level's accounts an agency's administrator makes belong to the agency, never to the whole deployment.
        Assert.Equal("SNV2", officer.Value.UnitCode);
        Assert.Equal(agency, await db.Users.Where(u => u.UserName == "nv.snv2").Select(u => u.UnitId).SingleAsync());
        var listed = await WithAccountsAsync(a => a.SearchAsync(admin, new AccountFilter(), 0, 100));
        var everyone = await App.ActorAsync("quantri");
        Assert.Equal(["cd.snv2", "nv.snv2", "qt.SNV2", "tp.snv2"], listed.Rows.Select(r => r.UserName).Order(StringComparer.Ordinal));
        Assert.Equal(4, (await WithAccountsAsync(a => a.ListAsync(admin))).Count);
        // The province's administrator sees both agencies' accounts.
        var all = await WithAccountsAsync(a => a.SearchAsync(everyone, new AccountFilter(), 0, 500));
        Assert.Contains(all.Rows, r => r.UserName == "tp.snv2");
        Assert.Contains(all.Rows, r => r.UserName == "tp.th");
    }

    [Fact]
    public async Task AnAgencysAdministrator_CannotTouchTheOtherAgencysAccounts()
    {
        var (admin, _, _) = await SecondAgencyAsync("SNV3");

        await Assert.ThrowsAsync<AccessDeniedException>(() => WithAccountsAsync(a => a.ResetPasswordAsync(admin, "tp.th")));
        await Assert.ThrowsAsync<AccessDeniedException>(() => WithAccountsAsync(a => a.DisableAsync(admin, "congdoan")));
        await Assert.ThrowsAsync<AccessDeniedException>(() => WithAccountsAsync(a => a.ChangeRolesAsync(admin, "tp.kt", [Roles.Leadership], null)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => WithAccountsAsync(a => a.UnlockAsync(admin, "lanhdao")));
        // Nor make an account in the other agency's units, its agency node, or the board; nor link one to its people.
        await Assert.ThrowsAsync<AccessDeniedException>(() => WithAccountsAsync(a => a.CreateAsync(admin,
            new NewAccount("tp.lan", "Người Lấn", [Roles.DepartmentHead], "TH", null))));
        await Assert.ThrowsAsync<AccessDeniedException>(() => WithAccountsAsync(a => a.CreateAsync(admin,
            new NewAccount("qt.lan", "Người Lấn", [Roles.Administrator], "VP", null))));
        await Assert.ThrowsAsync<AccessDeniedException>(() => WithAccountsAsync(a => a.CreateAsync(admin,
            new NewAccount("tdkt.lan", "Người Lấn", [Roles.Appraiser], Emulation.Web.Data.Seed.DemoDataSeeder.BoardCode, null))));
        var other = await App.DbAsync();
        await using (other)
        {
            var officePerson = await other.People.Where(p => p.Code != null && p.UnitId == other.Units.Single(u => u.Code == "TH").Id)
                .Select(p => p.Code!).FirstAsync();
            await Assert.ThrowsAsync<AccessDeniedException>(() => WithAccountsAsync(a => a.CreateAsync(admin,
                new NewAccount("nv.lan", "Người Lấn", [Roles.Staff], null, officePerson))));
            Assert.DoesNotContain(await WithAccountsAsync(a => a.SearchPeopleAsync(admin, null)), p => p.Code == officePerson);
        }

        var province = await App.ActorAsync("quantri");
        Assert.False((await WithAccountsAsync(a => a.SearchAsync(province, new AccountFilter("tp.th"), 0, 5))).Rows.Single().Disabled);
        // Nor give their own account the whole deployment by unbinding it.
        var unbound = await WithAccountsAsync(a => a.ChangeRolesAsync(admin, admin.UserName, [Roles.Administrator], null));
        Assert.True(unbound.IsSuccess);
        await using var db = await App.DbAsync();
        Assert.Equal(admin.UnitId, await db.Users.Where(u => u.UserName == admin.UserName).Select(u => u.UnitId).SingleAsync());
    }

    [Fact]
    public async Task AnAgencysAdministrator_KeepsOnlyItsOwnUnitsAndPeople()
    {
        var (admin, agency, department) = await SecondAgencyAsync("SNV4");
        var organization = App.Service<OrganizationService>();
        var people = App.Service<PeopleService>();
        var th = await App.UnitIdAsync("TH");

        Assert.Equal(["SNV4", "SNV4-TC"], (await organization.ListAsync(admin, includeBoards: true, includeAgencies: true)).Select(u => u.Code).Order(StringComparer.Ordinal));
        var created = await organization.CreateAsync(admin, new NewUnit("SNV4-KH", "Phòng Kế hoạch"), UnitKind.Department, null);
        Assert.True(created.IsSuccess);
        await using (var db = await App.DbAsync())
        {
            Assert.Equal(agency, await db.Units.Where(u => u.Id == created.Value).Select(u => u.ParentId).SingleAsync());
        }

        await Assert.ThrowsAsync<AccessDeniedException>(() => organization.CreateAsync(admin, new NewUnit("SNV4-CQ", "Cơ quan khác"), UnitKind.Agency, null));
        await Assert.ThrowsAsync<AccessDeniedException>(() => organization.CreateAsync(admin, new NewUnit("SNV4-X", "Phòng lấn"), UnitKind.Department, th));
        await Assert.ThrowsAsync<AccessDeniedException>(() => organization.RenameAsync(admin, th, "Phòng Đổi Tên", new DateOnly(2026, 12, 1)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => organization.RetireAsync(admin, th, new DateOnly(2026, 12, 1)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => organization.MergeAsync(admin, [th, department], new NewUnit("SNV4-G", "Gộp"), new DateOnly(2026, 12, 1)));

        var listed = await people.SearchAsync(admin, new PeopleFilter(), 0, 200);
        Assert.Equal(["SNV4-NV1"], listed.Rows.Select(r => r.Code));
        var officePerson = (await people.SearchAsync(await App.ActorAsync("quantri"), new PeopleFilter(UnitId: th), 0, 1)).Rows.Single().Id;
        await Assert.ThrowsAsync<AccessDeniedException>(() => people.GetAsync(admin, officePerson));
        await Assert.ThrowsAsync<AccessDeniedException>(() => people.LeaveAsync(admin, officePerson,
            new PersonLeaving(LeaveReason.Retired, new DateOnly(2026, 12, 1), null)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => people.AddAsync(admin, new NewPerson("SNV4-NV9", "Người Lấn", Gender.Male, null,
            th, "Chuyên viên", new DateOnly(2020, 1, 1))));
        var mine = listed.Rows.Single().Id;
        await Assert.ThrowsAsync<AccessDeniedException>(() => people.TransferAsync(admin, mine, new PersonTransfer(th, "Chuyên viên", new DateOnly(2026, 12, 1))));
    }

    [Fact]
    public async Task AnAgencysAdministrator_ThroughTheApi_IsRefusedTheOtherAgencysAccountsAndUnits()
    {
        var (admin, _, _) = await SecondAgencyAsync("SNV5");
        using var client = await App.AsUserAsync(admin.UserName);

        var users = await client.GetStringAsync("/api/v1/users");
        Assert.Contains("qt.SNV5", users, StringComparison.Ordinal);
        Assert.DoesNotContain("\"tp.th\"", users, StringComparison.Ordinal);
        var head = await client.PostAsync("/api/v1/users", ApiClients.Json("""
            {"userName":"tp.snv5","fullName":"Lê Văn Năm","roles":["departmentHead"],"unitCode":"SNV5-TC"}
            """));
        Assert.Equal(HttpStatusCode.Created, head.StatusCode);
        var intruder = await client.PostAsync("/api/v1/users", ApiClients.Json("""
            {"userName":"tp.lan5","fullName":"Người Lấn","roles":["departmentHead"],"unitCode":"TH"}
            """));
        Assert.Equal(HttpStatusCode.Forbidden, intruder.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await client.PostAsync("/api/v1/users/tp.th/tokens", ApiClients.Json("""{"name":"lấn"}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.Created,
            (await client.PostAsync("/api/v1/users/tp.snv5/tokens", ApiClients.Json("""{"name":"tự động"}"""))).StatusCode);
        var renamed = await client.ReplaceAsync("/api/v1/units/TH", """{"name":"Phòng Bị Lấn","kind":"department","parentCode":"VP"}""");
        Assert.Equal(HttpStatusCode.Forbidden, renamed.StatusCode);
        await using var db = await App.DbAsync();
        Assert.False(await db.Users.AnyAsync(u => u.UserName == "tp.lan5"));
        Assert.NotEqual("Phòng Bị Lấn", await db.Units.Where(u => u.Code == "TH").Select(u => u.Name).SingleAsync());
    }
}
