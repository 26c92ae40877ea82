using System.Net;
using Emulation.Domain.Awards;
using Emulation.Domain.Decisions;
using Emulation.Domain.Organization;
using Emulation.Tests.Accounts;
using Emulation.Tests.Api;
using Emulation.Tests.Evidence;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Documents.Excel;
using Emulation.Web.Services;
using Emulation.Web.Services.Audit;
using Emulation.Web.Services.Awards;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Decisions;
using Emulation.Web.Services.EvidenceFiles;
using Emulation.Web.Services.Imports;
using Emulation.Web.Services.Organization;
using Emulation.Web.Services.Sudden;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using static Emulation.Tests.Api.ApiClients;

namespace Emulation.Tests.Hostile;

/// <summary>
/// Where one agency ends and the next begins, tried by the wrong user on a real database: another agency's roles open
/// none of the office's units through a campaign of their own, a unit left out of a campaign's blocs enters nothing in
/// it, what the province's administrator changes in an agency is in that agency's audit trail, imports name the
/// importer, and two agencies number their decisions each from one.
/// Each test makes its own agency, with its own codes.
/// </summary>
public sealed class AgencyBoundaryTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    /// <summary>A yearly campaign of agency <paramref name="b"/>, created and launched through the API by its officer, over its department.</summary>
    private async Task<int> LaunchedCampaignOfAsync(SecondAgency b, string code)
    {
        using var officer = await App.AsUserAsync(b.Officer.UserName);
        var created = await officer.PostAsync("/api/v1/campaigns", Json($$"""
            {"code":"{{code}}","name":"Thi đua {{code}}","year":2026,"kind":"yearly","pledgeDeadline":"2026-03-31","resultsDeadline":"2026-12-05",
             "blocs":[{"code":"K1","name":"Khối 1","unitCodes":["{{code}}-TC"]}],
             "criteria":[{"code":"C1","group":"","name":"Văn bản","unit":"","maxPoints":100,"method":"proportional","direction":"higherIsBetter"}],
             "titles":[{"award":"advancedWorker"}]}
            """));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (int)System.Text.Json.Nodes.JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!;
        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsync($"/api/v1/campaigns/{id}/launch", null)).StatusCode);
        return id;
    }

    [Fact]
    public async Task AnotherAgencysRoles_OpeningAnOfficeUnitThroughTheirOwnCampaign_AreRefused_TheirOwnUnitOpens()
    {
        var b = await App.SecondAgencyAsync("SNX1");
        var campaign = await LaunchedCampaignOfAsync(b, "SNX1");
        var th = await App.UnitIdAsync("TH");
        var submissions = App.Service<SubmissionService>();

        foreach (var actor in new[] { b.Officer, b.Leader, b.Council, b.Admin })
        {
            // The unit page's name and staff grid, the evidence list, the pledge document: nothing of the office's unit.
            await Assert.ThrowsAsync<AccessDeniedException>(() => submissions.GetWorkspaceAsync(actor, campaign, th));
            await Assert.ThrowsAsync<AccessDeniedException>(() => submissions.GetStaffYearAsync(actor, th, 2026));
            await Assert.ThrowsAsync<AccessDeniedException>(() => App.Service<EvidenceService>().ListAsync(actor, campaign, th));
            Assert.DoesNotContain(await submissions.UnitsVisibleToAsync(actor), u => u.Id == th);
            Assert.Equal(b.Department, (await submissions.GetWorkspaceAsync(actor, campaign, b.Department))!.UnitId);
        }

        // The page itself, signed in as the second agency's officer: refused, the office unit's name never rendered.
        using var browser = await App.SignedInClientAsync(b.Officer.UserName);
        using var page = await browser.GetAsync($"/campaigns/{campaign}/units/{th}");
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Phòng Tổng hợp", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"unit-name\"", html, StringComparison.Ordinal);

        // The office's own officer, bound to nothing, still opens the office's unit in the office's campaign.
        Assert.NotNull(await submissions.GetWorkspaceAsync(TestActors.Officer, await App.SeededCampaignIdAsync(), th));
    }

    [Fact]
    public async Task AUnitInNoBlocOfTheCampaign_PledgesNoResultsNoEvidence_409FromTheApi_AndNothingIsStored()
    {
        // The campaign ranks TH and KT; NC is of the office but in none of its blocs.
        var campaign = await App.LaunchedCampaignAsync("NIB1");
        var nc = await App.UnitIdAsync("NC");
        using var ncHead = await App.AsUserAsync("tp.nc");
        using var ktHead = await App.AsUserAsync("tp.kt");

        var pledge = await ncHead.PutAsync($"/api/v1/campaigns/{campaign}/pledges/NC", Json("""{"targets":{"C1":100}}"""));
        Assert.Equal(HttpStatusCode.Conflict, pledge.StatusCode);
        Assert.Equal("application/problem+json", pledge.Content.Headers.ContentType?.MediaType);
        Assert.Contains(CampaignParticipation.NotTakingPartCode, await pledge.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent,
            (await ktHead.PutAsync($"/api/v1/campaigns/{campaign}/pledges/KT", Json("""{"targets":{"C1":100}}"""))).StatusCode);

        // The page shows why, and offers nothing to enter.
        var head = await App.ActorAsync("tp.nc");
        var workspace = (await App.Service<SubmissionService>().GetWorkspaceAsync(head, campaign, nc))!;
        Assert.False(workspace.TakesPart);
        Assert.False(workspace.CanEdit || workspace.PledgeOpen);

        using (var officer = await App.AsUserAsync("congdoan"))
        {
            Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsync($"/api/v1/campaigns/{campaign}/open-results", null)).StatusCode);
        }

        var results = await ncHead.PutAsync($"/api/v1/campaigns/{campaign}/results/NC", Json("""{"values":{"C1":90}}"""));
        Assert.Equal(HttpStatusCode.Conflict, results.StatusCode);
        Assert.Contains(CampaignParticipation.NotTakingPartCode, await results.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var submitted = await ncHead.PostAsync($"/api/v1/campaigns/{campaign}/results/NC/submit", null);
        Assert.Equal(HttpStatusCode.Conflict, submitted.StatusCode);
        var uploaded = await App.Service<EvidenceService>().UploadAsync(head, campaign, nc, null, "bien-ban.pdf", new MemoryStream(SampleFiles.Pdf()));
        Assert.Equal([CampaignParticipation.NotTakingPartCode], uploaded.Errors.Select(e => e.Code));
        Assert.False((await App.Service<EvidenceService>().ListAsync(head, campaign, nc))!.CanChange);

        await using var db = await App.DbAsync();
        Assert.False(await db.Pledges.AnyAsync(p => p.CampaignId == campaign && p.UnitId == nc));
        Assert.False(await db.UnitResults.AnyAsync(r => r.CampaignId == campaign && r.UnitId == nc));
        Assert.False(await db.Evidence.AnyAsync(e => e.CampaignId == campaign && e.UnitId == nc));
    }

    [Fact]
    public async Task WhatTheProvincesAdministratorChangesInAnAgency_IsInThatAgencysTrail_AndNothingOfTheOffice()
    {
        var b = await App.SecondAgencyAsync("SNX2");
        var people = App.Service<PeopleService>();
        var theirs = await people.AddAsync(TestActors.Admin, new NewPerson("SNX2-01", "Đỗ Thị Hạnh", Gender.Female, null, b.Department,
            "Chuyên viên", new DateOnly(2020, 1, 1)));
        Assert.True(theirs.IsSuccess, string.Join("; ", theirs.Errors));
        var ours = await people.AddAsync(TestActors.Admin, new NewPerson("SNX2-VP", "Trần Văn Bình", Gender.Male, null,
            await App.UnitIdAsync("TH"), "Chuyên viên", new DateOnly(2020, 1, 1)));
        Assert.True(ours.IsSuccess, string.Join("; ", ours.Errors));

        var trail = await App.Service<AuditService>().SearchAsync(b.Admin, new AuditQuery(PageSize: AuditService.MaxPageSize));

        Assert.Contains(trail.Rows, r => r.Entity == nameof(Person) && r.EntityKey == theirs.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)
            && r.UserName == "quantri");
        Assert.Contains(trail.Rows, r => r.Entity == nameof(Unit) && r.EntityKey == b.Department.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(trail.Rows, r => r.Entity == nameof(Person) && r.EntityKey == ours.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(trail.Rows, r => r.After?.Contains("Trần Văn Bình", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task AStaffListImport_IsAuditedUnderTheImporter_NotTheSystem()
    {
        using var workbook = new MemoryStream();
        workbook.SaveAs(new[]
        {
            new Dictionary<string, object?>
            {
                [StaffListTemplate.Code] = "NV-AUD1", [StaffListTemplate.FullName] = "Phan Thị Lan", [StaffListTemplate.Gender] = "Nữ",
                [StaffListTemplate.DateOfBirth] = "12/03/1995", [StaffListTemplate.Unit] = "TH", [StaffListTemplate.Position] = "Chuyên viên",
                [StaffListTemplate.RecruitedOn] = "01/09/2024",
            },
        }, sheetName: StaffListTemplate.SheetName);
        workbook.Position = 0;
        var officer = await App.ActorAsync("congdoan");

        var report = await App.Service<StaffListImportService>().ImportAsync(officer, workbook, CancellationToken.None);

        Assert.True(report.IsSuccess, string.Join("; ", report.Errors));
        await using var db = await App.DbAsync();
        var id = (await db.People.SingleAsync(p => p.Code == "NV-AUD1")).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entry = await db.AuditEntries.SingleAsync(a => a.Entity == nameof(Person) && a.EntityKey == id);
        Assert.Equal(("congdoan", officer.UserId), (entry.UserName, entry.UserId));
    }

    [Fact]
    public async Task TwoAgencies_IssuingTheSameNumberInOneYear_EachHaveTheirOwn_ButNoAgencyUsesOneTwice()
    {
        var b = await App.SecondAgencyAsync("SNX3");
        var sudden = App.Service<SuddenAwardService>();
        var decisions = App.Service<DecisionService>();
        var th = await App.UnitIdAsync("TH");
        async Task<int> ProposedAsync(Actor head, int unit, string achievement)
        {
            var proposed = await sudden.ProposeAsync(head, new SuddenProposalInput
            {
                UnitId = unit, Title = Title.CollectiveCertificateOfCommendation, Achievement = achievement,
            });
            Assert.True(proposed.IsSuccess, string.Join("; ", proposed.Errors));
            return proposed.Value;
        }

        DecisionInput Number(string number) => new() { DecisionNumber = number, DecisionDate = new DateTime(2026, 9, 20) };
        var office = await ProposedAsync(TestActors.HeadOf(th), th, "Phục vụ tốt đợt bão số 3");
        var theirs = await ProposedAsync(b.Head, b.Department, "Hoàn thành xuất sắc đợt cao điểm");
        var theirSecond = await ProposedAsync(b.Head, b.Department, "Cải cách thủ tục");

        var officeIssued = await decisions.IssueSuddenDecisionAsync(TestActors.Leader, office, Number("01/QĐ-VP"));
        var theirsIssued = await decisions.IssueSuddenDecisionAsync(b.Leader, theirs, Number("01/QĐ-VP"));
        var twice = await decisions.IssueSuddenDecisionAsync(b.Leader, theirSecond, Number("01/QĐ-VP"));

        Assert.True(officeIssued.IsSuccess, string.Join("; ", officeIssued.Errors));
        Assert.True(theirsIssued.IsSuccess, string.Join("; ", theirsIssued.Errors));
        Assert.Equal(DecisionErrors.NumberTaken("", 0).Code, Assert.Single(twice.Errors).Code);
        await using var db = await App.DbAsync();
        Assert.Equal([b.Agency, await AgencyOfAsync(db, th)], await db.Decisions
            .Where(d => d.Id == theirsIssued.Value || d.Id == officeIssued.Value).OrderBy(d => d.Id == officeIssued.Value)
            .Select(d => EF.Property<int>(d, DecisionNumbering.IssuingUnitProperty)).ToListAsync());
    }

    private static async Task<int> AgencyOfAsync(EmulationDbContext db, int unitId) =>
        OrganizationScope.Of(await UnitTree.LoadAsync(db), TestActors.Admin).AgencyAbove(unitId) ?? DecisionNumbering.NoAgency;
}
