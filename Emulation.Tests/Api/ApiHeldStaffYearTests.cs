using System.Net;
using System.Text.Json.Nodes;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Records;
using Emulation.Web.Services.Submissions;

namespace Emulation.Tests.Api;

/// <summary>
/// A year's staff records are history once the app has ranked and decided on them: a head's rewrite of a year held by a
/// campaign in review is a conflict, through the API and the staff grid alike, while the administrator still corrects it.
/// Titles and awards a person holds are the administrator's to record: a head who sends them is refused, and a head's
/// record of a year leaves those recorded in place.
/// </summary>
public sealed class ApiHeldStaffYearTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string ExcellentYear = """{"rating":"excellent","monthsWorked":12,"maternityLeaveMonths":0,"pendingReview":false}""";

    private EmulationAppFactory App => fixture.App;

    [Fact]
    public async Task AYearInReview_IsAConflictForTheHead_ThroughTheApiAndTheGrid_ButTheAdministratorCorrectsIt()
    {
        await InReviewAsync("Thi đua năm 2024: đã xét", 2024);
        using var head = await App.AsUserAsync("tp.th");
        using var administrator = App.Bootstrap();

        var rewrite = await head.PutAsync("/api/v1/people/TH-002/years/2024", ApiClients.Json(ExcellentYear));
        var unit = await App.UnitIdAsync("TH");
        var grid = App.Service<SubmissionService>();
        var rows = await grid.GetStaffYearAsync(TestActors.HeadOf(unit), unit, 2024);
        var saved = await grid.SaveStaffYearAsync(TestActors.HeadOf(unit), unit, 2024, rows);
        var correction = await administrator.PutAsync("/api/v1/people/TH-002/years/2024", ApiClients.Json(ExcellentYear));

        Assert.Equal(HttpStatusCode.Conflict, rewrite.StatusCode);
        Assert.Equal("application/problem+json", rewrite.Content.Headers.ContentType?.MediaType);
        var detail = (string?)JsonNode.Parse(await rewrite.Content.ReadAsStringAsync())!["detail"];
        Assert.Contains(StaffYears.HeldCode, detail, StringComparison.Ordinal);
        Assert.Contains("Thi đua năm 2024: đã xét", detail, StringComparison.Ordinal);
        Assert.Equal([StaffYears.HeldCode], saved.Errors.Select(e => e.Code));
        Assert.Equal(HttpStatusCode.NoContent, correction.StatusCode);
    }

    [Fact]
    public async Task AYearAnotherCampaignStillTakes_StaysOpenToTheHead()
    {
        await InReviewAsync("Thi đua năm 2023: đang xét", 2023);
        await App.Service<CampaignService>().LaunchWithOneCriterionAsync("Thi đua năm 2023: đợt hai", year: 2023);
        using var head = await App.AsUserAsync("tp.th");

        var written = await head.PutAsync("/api/v1/people/TH-002/years/2023", ApiClients.Json(ExcellentYear));

        Assert.Equal(HttpStatusCode.NoContent, written.StatusCode);
    }

    [Fact]
    public async Task AHeadSendingTitles_IsForbidden_AndTheirRecordOfAYear_KeepsTheTitlesTheAdministratorRecorded()
    {
        using var head = await App.AsUserAsync("tp.th");
        using var administrator = App.Bootstrap();
        var recorded = await administrator.PutAsync("/api/v1/people/TH-003/years/2017", ApiClients.Json(
            """{"rating":"excellent","monthsWorked":12,"maternityLeaveMonths":0,"pendingReview":false,"titles":["advancedWorker"]}"""));

        var selfGranted = await head.PutAsync("/api/v1/people/TH-003/years/2017", ApiClients.Json(
            """{"rating":"excellent","monthsWorked":12,"maternityLeaveMonths":0,"pendingReview":false,"titles":["grassrootsEmulationFighter"]}"""));
        var rated = await head.PutAsync("/api/v1/people/TH-003/years/2017", ApiClients.Json(
            """{"rating":"good","monthsWorked":12,"maternityLeaveMonths":0,"pendingReview":false}"""));
        var person = JsonNode.Parse(await administrator.GetStringAsync("/api/v1/people/TH-003"))!;

        Assert.Equal(HttpStatusCode.NoContent, recorded.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, selfGranted.StatusCode);
        Assert.Equal("application/problem+json", selfGranted.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NoContent, rated.StatusCode);
        Assert.Equal("good", (string?)person["years"]!.AsArray().Single(y => (int)y!["year"]! == 2017)!["rating"]);
        var titles = person["awards"]!.AsArray().Where(a => (int)a!["year"]! == 2017).Select(a => (string?)a!["title"]).ToList();
        Assert.Equal(["advancedWorker"], titles);
    }

    /// <summary>
    /// A head writes the years their unit reviewed a person in, not the years before the person came: those belong to the
    /// unit they were in then (whose campaign may have decided on them) or to no unit at all, and stay the administrator's.
    /// </summary>
    [Fact]
    public async Task AYearThePersonSpentInAnotherUnit_OrBeforeTheyCame_IsNotTheHeadsToWrite()
    {
        using var administrator = App.Bootstrap();
        var created = await administrator.PutAsync("/api/v1/people/MOVED-2026", ApiClients.Json(
            """{"fullName":"Trần Văn Chuyển","gender":"male","unitCode":"KT","recruitedOn":"2015-03-01","position":"Chuyên viên"}"""));
        var moved = await administrator.PutAsync("/api/v1/people/MOVED-2026", ApiClients.Json(
            """{"fullName":"Trần Văn Chuyển","gender":"male","unitCode":"TH","recruitedOn":"2015-03-01","position":"Chuyên viên","transferredOn":"2026-03-01"}"""));
        using var head = await App.AsUserAsync("tp.th");

        var formerUnitsYear = await head.PutAsync("/api/v1/people/MOVED-2026/years/2024", ApiClients.Json(ExcellentYear));
        var beforeRecruitment = await head.PutAsync("/api/v1/people/MOVED-2026/years/2014", ApiClients.Json(ExcellentYear));
        var ownYear = await head.PutAsync("/api/v1/people/MOVED-2026/years/2026", ApiClients.Json(ExcellentYear));
        var correction = await administrator.PutAsync("/api/v1/people/MOVED-2026/years/2024", ApiClients.Json(ExcellentYear));
        var years = JsonNode.Parse(await administrator.GetStringAsync("/api/v1/people/MOVED-2026"))!["years"]!.AsArray();

        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        Assert.True(moved.IsSuccessStatusCode, await moved.Content.ReadAsStringAsync());
        foreach (var refused in new[] { formerUnitsYear, beforeRecruitment })
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains(RecordsService.YearOfAnotherUnitCode, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NoContent, ownYear.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, correction.StatusCode);
        Assert.Equal([(2024, "KT"), (2026, "TH")], years.Select(y => ((int)y!["year"]!, (string)y["unitCode"]!)));
    }

    /// <summary>A campaign of <paramref name="year"/> whose results were opened and which the officer took into review.</summary>
    private async Task InReviewAsync(string name, int year)
    {
        var campaigns = App.Service<CampaignService>();
        var id = await campaigns.LaunchWithOneCriterionAsync(name, year);
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, id, CampaignStep.OpenResults)).IsSuccess);
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, id, CampaignStep.StartReview)).IsSuccess);
    }
}
