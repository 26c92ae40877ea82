using Emulation.Domain.Organization;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services;
using Emulation.Web.Services.Organization;
using Emulation.Web.Startup;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.People;

/// <summary>
/// The staff list's service: who may keep it, search and paging on the server, add, transfer with its day, leave
/// without losing history; the REST API's PUT goes through the same methods.
/// </summary>
/// <remarks>
/// The tests share one app: each adds the people it changes, or changes a seeded person no other test reads (the API's
/// transfer moves TH's head, the leaving one is TH's last member, the seeded head read is KT's).
/// </remarks>
public sealed class PeopleServiceTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    private PeopleService People => App.Service<PeopleService>();

    private async Task<int> AddAsync(string code, DateOnly recruited, string unit = "TH")
    {
        var added = await People.AddAsync(TestActors.Admin, new NewPerson(code, "Đỗ Thị Hằng", Gender.Female,
            new DateOnly(1992, 4, 2), await App.UnitIdAsync(unit), "Chuyên viên", recruited));
        Assert.True(added.IsSuccess, string.Join("; ", added.Errors));
        return added.Value;
    }

    [Fact]
    public async Task Add_OpensTheFirstTenure_AndTheUnionOfficerMayKeepTheListToo()
    {
        var th = await App.UnitIdAsync("TH");

        var added = await People.AddAsync(TestActors.Officer, new NewPerson("TH-500", "Hoàng Văn Nam", Gender.Male,
            new DateOnly(1988, 1, 9), th, "Chuyên viên", new DateOnly(2024, 2, 1)));

        var details = await People.GetAsync(TestActors.Officer, added.Value);
        Assert.Equal(("Hoàng Văn Nam", new DateOnly(1988, 1, 9)), (details!.Person.FullName, details.Person.DateOfBirth!.Value));
        var tenure = Assert.Single(details.Tenures);
        Assert.Equal(("Chuyên viên", new DateOnly(2024, 2, 1), (DateOnly?)null), (tenure.Position, tenure.From, tenure.To));
    }

    [Fact]
    public async Task Add_WithADuplicateCode_InAnotherCase_IsRefused()
    {
        var th = await App.UnitIdAsync("TH");

        var added = await People.AddAsync(TestActors.Admin, new NewPerson("th-001", "Người Trùng Mã", Gender.Male, null, th,
            "Chuyên viên", new DateOnly(2020, 1, 1)));

        Assert.Equal("people.code_taken", Assert.Single(added.Errors).Code);
    }

    [Fact]
    public async Task DepartmentHeads_AndCouncilMembers_MayNotKeepTheList()
    {
        var th = await App.UnitIdAsync("TH");

        await Assert.ThrowsAsync<AccessDeniedException>(() => People.SearchAsync(TestActors.HeadOf(th), new PeopleFilter(), 0, 10));
        await Assert.ThrowsAsync<AccessDeniedException>(() => People.TransferAsync(TestActors.Council, 1,
            new PersonTransfer(th, "Chuyên viên", new DateOnly(2026, 1, 1))));
    }

    [Fact]
    public async Task Transfer_DatedBeforeRecruitment_IsRefused_AndNothingChanges()
    {
        var id = await AddAsync("TH-501", new DateOnly(2020, 9, 1));
        var kt = await App.UnitIdAsync("KT");

        var moved = await People.TransferAsync(TestActors.Admin, id, new PersonTransfer(kt, "Chuyên viên", new DateOnly(2020, 8, 31)));

        Assert.Equal("organization.transfer_before_recruitment", Assert.Single(moved.Errors).Code);
        var details = await People.GetAsync(TestActors.Admin, id);
        Assert.Equal(await App.UnitIdAsync("TH"), details!.Person.UnitId);
        Assert.Single(details.Tenures);
    }

    [Fact]
    public async Task Transfer_ToAClosedOrUnknownUnit_IsRefused()
    {
        var id = await AddAsync("TH-502", new DateOnly(2020, 9, 1));

        var moved = await People.TransferAsync(TestActors.Admin, id, new PersonTransfer(99_999, "Chuyên viên", new DateOnly(2025, 1, 1)));

        Assert.Equal("people.unknown_unit", Assert.Single(moved.Errors).Code);
    }

    [Fact]
    public async Task Leave_KeepsThePersonAndTheirRecords_OffTheActiveList()
    {
        var th = await App.UnitIdAsync("TH");
        int personId;
        await using (var db = await App.DbAsync())
        {
            personId = await db.StaffYearResults.Where(s => s.UnitId == th).OrderByDescending(s => s.PersonId)
                .Select(s => s.PersonId).FirstAsync();
        }

        var left = await People.LeaveAsync(TestActors.Admin, personId, new PersonLeaving(LeaveReason.Retired, new DateOnly(2026, 12, 31), "Quyết định 15/QĐ-VP"));

        Assert.True(left.IsSuccess, string.Join("; ", left.Errors));
        var active = await People.SearchAsync(TestActors.Admin, new PeopleFilter(UnitId: th), 0, 200);
        var gone = await People.SearchAsync(TestActors.Admin, new PeopleFilter(UnitId: th, State: PersonState.Left), 0, 200);
        Assert.DoesNotContain(active.Rows, r => r.Id == personId);
        Assert.Equal(LeaveReason.Retired, Assert.Single(gone.Rows, r => r.Id == personId).LeaveReason);
        await using var after = await App.DbAsync();
        Assert.True(await after.StaffYearResults.AnyAsync(s => s.PersonId == personId));
        var transfer = await People.TransferAsync(TestActors.Admin, personId, new PersonTransfer(await App.UnitIdAsync("KT"), "Chuyên viên", new DateOnly(2027, 1, 1)));
        Assert.Equal("organization.person_left", Assert.Single(transfer.Errors).Code);
    }

    [Fact]
    public async Task Search_IgnoresVietnameseMarks_FiltersByUnit_AndPagesOnTheServer()
    {
        var th = await App.UnitIdAsync("TH");
        await AddAsync("TH-503", new DateOnly(2021, 1, 1));

        var found = await People.SearchAsync(TestActors.Admin, new PeopleFilter("do thi hang"), 0, 25);
        var byCode = await People.SearchAsync(TestActors.Admin, new PeopleFilter("th-503"), 0, 25);
        var firstPage = await People.SearchAsync(TestActors.Admin, new PeopleFilter(UnitId: th), 0, 3);
        var secondPage = await People.SearchAsync(TestActors.Admin, new PeopleFilter(UnitId: th), 1, 3);

        Assert.Contains(found.Rows, r => r.Code == "TH-503");
        Assert.Equal("TH-503", Assert.Single(byCode.Rows).Code);
        Assert.Equal(3, firstPage.Rows.Count);
        Assert.True(firstPage.Total > 3);
        Assert.All(firstPage.Rows.Concat(secondPage.Rows), r => Assert.Equal(th, r.UnitId));
        Assert.Empty(firstPage.Rows.Select(r => r.Id).Intersect(secondPage.Rows.Select(r => r.Id)));
    }

    [Fact]
    public async Task SeededHeads_HaveATenureHistoryConsistentWithTheirPosition()
    {
        var kt = await App.UnitIdAsync("KT");
        var head = (await People.SearchAsync(TestActors.Admin, new PeopleFilter("KT-001"), 0, 5)).Rows.Single();

        var details = await People.GetAsync(TestActors.Admin, head.Id);

        Assert.Equal("Trưởng phòng", details!.Tenures[0].Position);
        Assert.Null(details.Tenures[0].To);
        Assert.Equal(head.Position, details.Tenures[0].Position);
        Assert.Equal(head.RecruitedOn, details.Tenures[^1].From);
        Assert.All(details.Tenures, t => Assert.True(t.From >= head.RecruitedOn));
        Assert.Equal(kt, head.UnitId);
    }

    [Fact]
    public async Task ApiPut_WithAnotherUnit_TransfersFromTheGivenDay_ThroughTheSameRules()
    {
        using var client = App.Bootstrap();

        var early = await client.PutAsync("/api/v1/people/TH-001", ApiClients.Json(
            """{"fullName":"Nguyễn Văn Một","gender":"male","unitCode":"KT","recruitedOn":"2005-01-01","transferredOn":"2004-12-31"}"""));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("transferredOn", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Phòng Tổng hợp", (await People.SearchAsync(TestActors.Admin, new PeopleFilter("TH-001"), 0, 5)).Rows.Single().UnitName);

        var moved = await client.PutAsync("/api/v1/people/TH-001", ApiClients.Json(
            """{"fullName":"Nguyễn Văn Một","gender":"male","unitCode":"KT","recruitedOn":"2005-01-01","transferredOn":"2026-10-01"}"""));

        Assert.Equal(System.Net.HttpStatusCode.OK, moved.StatusCode);
        var id = (await People.SearchAsync(TestActors.Admin, new PeopleFilter("TH-001"), 0, 5)).Rows.Single().Id;
        var details = await People.GetAsync(TestActors.Admin, id);
        Assert.Equal(("Phòng Kinh tế", new DateOnly(2026, 10, 1)), (details!.Person.UnitName, details.Tenures[0].From));
    }
}
