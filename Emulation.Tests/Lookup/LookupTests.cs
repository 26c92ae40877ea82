using System.Net;
using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Domain.Organization;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Data.Migrations;
using Emulation.Web.Services;
using Emulation.Web.Services.Decisions;
using Emulation.Web.Services.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using MiniExcelLibs;

namespace Emulation.Tests.Lookup;

/// <summary>
/// The look-up on the seeded app's real SQLite file: searching without marks through the stored search keys, who sees
/// whom, the migration's backfill agreeing with the entities, the filtered Excel export, and the public decision pages.
/// </summary>
public sealed class LookupTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private EmulationAppFactory App => fixture.App;
    private LookupService Lookup => App.Service<LookupService>();

    [Fact]
    public async Task Search_WithoutMarks_FindsEveryĐặng()
    {
        await using var db = await App.DbAsync();
        var expected = (await db.People.Select(p => new { p.Id, p.FullName }).ToListAsync())
            .Where(p => p.FullName.Contains("Đặng", StringComparison.Ordinal)).Select(p => p.Id).Order().ToList();
        Assert.NotEmpty(expected);

        var found = await Lookup.SearchAsync(TestActors.Officer, "dang", 0, LookupService.MaxPageSize);

        // "dang" also matches other names and units holding those letters; every Đặng is among them.
        Assert.All(expected, id => Assert.Contains(found.People, p => p.Id == id));
        Assert.All(found.People, p => Assert.Contains("dang", SearchText.Fold(p.Name + " " + p.Code + " " + p.UnitName), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_SeveralWordsInAnyOrderAndCase_FindsThePerson()
    {
        var unitId = await App.UnitIdAsync("TH");
        await using (var db = await App.DbAsync())
        {
            db.People.Add(Person.Create("Nguyễn Văn Ánh", Gender.Male, unitId, new DateOnly(2015, 3, 1), "Chuyên viên", code: "LK-0001"));
            await db.SaveChangesAsync();
        }

        foreach (var typed in new[] { "nguyen van anh", "ANH nguyễn", "lk-0001", "Nguyen Van Anh LK-0001" })
        {
            var found = await Lookup.SearchAsync(TestActors.Officer, typed, 0, 25);
            Assert.Contains(found.People, p => p.Name == "Nguyễn Văn Ánh");
        }

        Assert.DoesNotContain((await Lookup.SearchAsync(TestActors.Officer, "nguyen van anh zzz", 0, 25)).People,
            p => p.Name == "Nguyễn Văn Ánh");
    }

    [Fact]
    public async Task Search_AsAHead_FindsOnlyTheirUnit_AndStaffOnlyThemselves()
    {
        var unitId = await App.UnitIdAsync("TH");
        await using var db = await App.DbAsync();
        var staffPerson = await db.Users.Where(u => u.UserName == "nv.th1").Select(u => u.PersonId!.Value).SingleAsync();
        var staffName = await db.People.Where(p => p.Id == staffPerson).Select(p => p.FullName).SingleAsync();

        var asHead = await Lookup.SearchAsync(TestActors.HeadOf(unitId), "a", 0, LookupService.MaxPageSize);
        var asOfficer = await Lookup.SearchAsync(TestActors.Officer, "a", 0, LookupService.MaxPageSize);
        var staff = new Actor("nv", "nv.th1", new HashSet<string> { Roles.Staff }, unitId, staffPerson);
        var asStaff = await Lookup.SearchAsync(staff, staffName, 0, 25);
        var asStaffOthers = await Lookup.SearchAsync(staff, "a", 0, 25);

        var headUnitPeople = await db.People.Where(p => p.UnitId == unitId).Select(p => p.Id).ToListAsync();
        Assert.NotEmpty(asHead.People);
        Assert.All(asHead.People, p => Assert.Contains(p.Id, headUnitPeople));
        Assert.All(asHead.Units, u => Assert.Equal(unitId, u.Id));
        Assert.True(asOfficer.PeopleTotal > asHead.PeopleTotal);
        Assert.Equal(staffPerson, Assert.Single(asStaff.People).Id);
        Assert.All(asStaffOthers.People, p => Assert.Equal(staffPerson, p.Id));
        Assert.Empty(asStaffOthers.Units);
    }

    [Fact]
    public async Task MigrationBackfill_FoldsStoredNames_AsTheEntitiesDo()
    {
        await using var db = await App.DbAsync();
        await db.Database.ExecuteSqlRawAsync("UPDATE \"People\" SET \"SearchKey\" = ''; UPDATE \"Units\" SET \"SearchKey\" = ''");
        var builder = new MigrationBuilder("Microsoft.EntityFrameworkCore.Sqlite");
        SearchKeyBackfill.Fill(builder, sqlServer: false);
        foreach (var sql in builder.Operations.OfType<SqlOperation>())
        {
            await db.Database.ExecuteSqlRawAsync(sql.Sql);
        }

        var people = await db.People.AsNoTracking().Select(p => new { p.FullName, p.Code, p.SearchKey }).ToListAsync();
        var units = await db.Units.AsNoTracking().Select(u => new { u.Name, u.Code, u.SearchKey }).ToListAsync();
        Assert.All(people, p => Assert.Equal(SearchText.Key(Person.SearchKeyMaxLength, p.FullName, p.Code), p.SearchKey));
        Assert.All(units, u => Assert.Equal(SearchText.Key(Unit.SearchKeyMaxLength, u.Name, u.Code), u.SearchKey));
        Assert.Contains(people, p => p.SearchKey.Contains("dang", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_HoldsExactlyTheFilteredAwards_WithDecisionAndIssuer()
    {
        await DecisionScenario.IssueAsync(App, "811/QĐ-VP", Title.GrassrootsEmulationFighter, 2);
        var filter = new AwardFilter(Title.GrassrootsEmulationFighter, AwardKind.Merit, 2021, 2026);
        var listed = await Lookup.ListAwardsAsync(TestActors.Officer, filter, 0, LookupService.MaxPageSize);

        var file = await Lookup.ExportAwardsAsync(TestActors.Officer, filter);

        Assert.Equal(Emulation.Web.Documents.DocumentFile.XlsxContentType, file.ContentType);
        Assert.EndsWith("-2021-2026.xlsx", file.FileName, StringComparison.Ordinal);
        using var stream = new MemoryStream(file.Content);
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(listed.Total, rows.Count);
        Assert.True(rows.Count >= 2);
        Assert.All(rows, r => Assert.Equal("Chiến sĩ thi đua cơ sở", r["Danh hiệu, hình thức"]));
        Assert.All(rows, r => Assert.InRange(Convert.ToInt32(r["Năm"], System.Globalization.CultureInfo.InvariantCulture), 2021, 2026));
        Assert.Contains(rows, r => (string?)r["Số quyết định"] == "811/QĐ-VP" && (string?)r["Nguồn"] == "Ban hành trên hệ thống");
    }

    [Fact]
    public async Task ExportEndpoint_WithABadTitle_IsAProblem_AndAHeadGetsOnlyTheirUnit()
    {
        using var officer = await App.SignedInClientAsync("congdoan");
        var bad = await officer.GetAsync("/documents/lookup/awards.xlsx?title=NoSuchTitle");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        var unitId = await App.UnitIdAsync("TH");
        var asHead = await Lookup.ListAwardsAsync(TestActors.HeadOf(unitId), new AwardFilter(), 0, LookupService.MaxPageSize);
        Assert.All(asHead.Rows, r => Assert.Equal(unitId, r.UnitId));
    }

    [Fact]
    public async Task PublicDecision_ShowsPublishedTitlesOnly_RevokedWithTheRevokingNumber_AndUnpublishedIs404()
    {
        var published = await DecisionScenario.IssueAsync(App, "821/QĐ-VP", Title.AdvancedWorker, 2);
        var unpublished = await DecisionScenario.IssueAsync(App, "822/QĐ-VP", Title.CertificateOfCommendation, 1);
        var publication = App.Service<PublicDecisionService>();
        await publication.SetPublishedTitlesAsync(TestActors.Admin, [Title.AdvancedWorker]);
        var revoked = published.Decision.Id;
        var outcome = await App.Service<DecisionService>().RevokeAsync(TestActors.Leader, [published.Lines[0].AwardId], new RevocationInput
        {
            Number = "823/QĐ-VP", Date = new DateTime(2027, 2, 10), SignerName = "Trần Quốc Bảo",
            SignerPosition = "Chánh Văn phòng", Reason = "Hồ sơ kê khai không trung thực",
        });
        Assert.True(outcome.IsSuccess, string.Join("; ", outcome.Errors));
        using var anonymous = App.CreateClient();

        var page = await anonymous.GetAsync($"/public/decisions/{revoked}");
        var html = await page.Content.ReadAsStringAsync();
        var hidden = await anonymous.GetAsync($"/public/decisions/{unpublished.Decision.Id}");
        var unknown = await anonymous.GetAsync("/public/decisions/999999");
        var index = await anonymous.GetStringAsync("/public/decisions?year=2026");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(published.Lines[1].RecipientName, System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("823/QĐ-VP", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"access-denied\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains($"public/decisions/{revoked}", index, StringComparison.Ordinal);
        Assert.DoesNotContain($"public/decisions/{unpublished.Decision.Id}\"", index, StringComparison.Ordinal);
        await Assert.ThrowsAsync<AccessDeniedException>(() => publication.SetPublishedTitlesAsync(TestActors.Officer, []));
    }
}
