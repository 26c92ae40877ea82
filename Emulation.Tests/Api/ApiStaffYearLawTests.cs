using System.Net;
using System.Text.Json.Nodes;
using Emulation.Tests.Infrastructure;

namespace Emulation.Tests.Api;

/// <summary>Decree 90/2020 Art. 2(3) through the API: months before recruitment are not leave (issue #15).</summary>
public sealed class ApiStaffYearLawTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    [Fact]
    public async Task Decree90Art2_3_RecruitedInMarch_TenMonthsRatedGood_IsAccepted()
    {
        // TH-002 of the demo organisation was recruited on 1 March 2020.
        using var client = await App.AsUserAsync("tp.th");

        var write = await client.PutAsync("/api/v1/people/TH-002/years/2020", ApiClients.Json(
            """{"rating":"good","monthsWorked":10,"maternityLeaveMonths":0,"pendingReview":false}"""));
        var person = JsonNode.Parse(await client.GetStringAsync("/api/v1/people/TH-002"))!;

        Assert.Equal(HttpStatusCode.NoContent, write.StatusCode);
        var year = person["years"]!.AsArray().Single(y => (int)y!["year"]! == 2020)!;
        Assert.Equal(10, (int)year["monthsWorked"]!);
    }

    [Fact]
    public async Task Decree90Art2_3_FourMonthsOfLeave_CannotBeRatedGood_ButCompleted_IsKept()
    {
        using var client = await App.AsUserAsync("tp.th");

        var good = await client.PutAsync("/api/v1/people/TH-003/years/2018", ApiClients.Json(
            """{"rating":"good","monthsWorked":8,"maternityLeaveMonths":0,"leaveMonths":4,"pendingReview":false}"""));
        var completed = await client.PutAsync("/api/v1/people/TH-003/years/2018", ApiClients.Json(
            """{"rating":"completed","monthsWorked":8,"maternityLeaveMonths":0,"leaveMonths":4,"pendingReview":false}"""));
        var person = JsonNode.Parse(await client.GetStringAsync("/api/v1/people/TH-003"))!;

        Assert.Equal(HttpStatusCode.BadRequest, good.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, completed.StatusCode);
        Assert.Equal(4, (int)person["years"]!.AsArray().Single(y => (int)y!["year"]! == 2018)!["leaveMonths"]!);
    }

    /// <summary>
    /// Six months at work beside six on leave are the six months' working time Decree 90/2020 Art. 2(3) rates: "completed"
    /// is kept (before, the year was refused any rating), "good" is refused by the cap of three months' leave or more, and
    /// seven months' leave leaves five at work, which is not rated.
    /// </summary>
    [Fact]
    public async Task Decree90Art2_3_SixMonthsOfLeaveBesideSixAtWork_IsRatedCompleted_NotGood_AndSevenIsNotRated()
    {
        using var client = await App.AsUserAsync("tp.th");

        var good = await client.PutAsync("/api/v1/people/TH-006/years/2015", ApiClients.Json(
            """{"rating":"good","monthsWorked":6,"maternityLeaveMonths":0,"leaveMonths":6,"pendingReview":false}"""));
        var seven = await client.PutAsync("/api/v1/people/TH-006/years/2015", ApiClients.Json(
            """{"rating":"completed","monthsWorked":5,"maternityLeaveMonths":0,"leaveMonths":7,"pendingReview":false}"""));
        var completed = await client.PutAsync("/api/v1/people/TH-006/years/2015", ApiClients.Json(
            """{"rating":"completed","monthsWorked":6,"maternityLeaveMonths":0,"leaveMonths":6,"pendingReview":false}"""));
        var person = JsonNode.Parse(await client.GetStringAsync("/api/v1/people/TH-006"))!;

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.NoContent),
            (good.StatusCode, seven.StatusCode, completed.StatusCode));
        Assert.Contains("staff.absence_caps_rating", await good.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("staff.too_few_months_to_rate", await seven.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var year = person["years"]!.AsArray().Single(y => (int)y!["year"]! == 2015)!;
        Assert.Equal(("completed", 6, 6), ((string?)year["rating"], (int)year["monthsWorked"]!, (int)year["leaveMonths"]!));
    }

    [Fact]
    public async Task Decree152Art4_4_TheDisciplinaryPeriod_IsKeptWithItsDates()
    {
        using var client = await App.AsUserAsync("tp.th");

        var backwards = await client.PutAsync("/api/v1/people/TH-004/years/2017", ApiClients.Json(
            """{"rating":"notCompleted","monthsWorked":12,"maternityLeaveMonths":0,"discipline":"reprimand","pendingReview":false,"disciplineFrom":"2017-09-01","disciplineTo":"2017-03-01"}"""));
        var write = await client.PutAsync("/api/v1/people/TH-004/years/2017", ApiClients.Json(
            """{"rating":"notCompleted","monthsWorked":12,"maternityLeaveMonths":0,"discipline":"reprimand","pendingReview":false,"disciplineFrom":"2017-03-01","disciplineTo":"2018-02-28"}"""));
        var person = JsonNode.Parse(await client.GetStringAsync("/api/v1/people/TH-004"))!;

        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.True(JsonNode.Parse(await backwards.Content.ReadAsStringAsync())!["errors"]!.AsObject().ContainsKey("disciplineFrom"));
        Assert.Equal(HttpStatusCode.NoContent, write.StatusCode);
        var year = person["years"]!.AsArray().Single(y => (int)y!["year"]! == 2017)!;
        Assert.Equal("2017-03-01", (string?)year["disciplineFrom"]);
        Assert.Equal("2018-02-28", (string?)year["disciplineTo"]);
    }

    [Fact]
    public async Task Decree90AsAmended_MoreExcellentThanTheCap_SubmittingResultsIsABadRequest_NamingTheCounts()
    {
        using var head = await App.AsUserAsync("tp.nk");
        var campaigns = App.Service<Emulation.Web.Services.Campaigns.CampaignService>();
        var id = await campaigns.LaunchWithOneCriterionAsync("Thi đua: giới hạn tỷ lệ xuất sắc");
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, id, Emulation.Web.Services.Campaigns.CampaignStep.OpenResults)).IsSuccess);

        // Four of the unit's six rated excellent: at most one of six (20%, rounded down).
        foreach (var code in new[] { "NK-001", "NK-002", "NK-003", "NK-004" })
        {
            var year = await head.PutAsync($"/api/v1/people/{code}/years/2026", ApiClients.Json(
                """{"rating":"excellent","monthsWorked":12,"maternityLeaveMonths":0,"pendingReview":false}"""));
            Assert.Equal(HttpStatusCode.NoContent, year.StatusCode);
        }

        var draft = await head.PutAsync($"/api/v1/campaigns/{id}/results/NK", ApiClients.Json("""{"values":{"HOP":12}}"""));
        var submit = await head.PostAsync($"/api/v1/campaigns/{id}/results/NK/submit", null);

        Assert.Equal(HttpStatusCode.NoContent, draft.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, submit.StatusCode);
        Assert.Equal("application/problem+json", submit.Content.Headers.ContentType?.MediaType);
        var body = await submit.Content.ReadAsStringAsync();
        Assert.Contains("staff.excellent_share_exceeded.good_or_above", body, StringComparison.Ordinal);
    }
}
