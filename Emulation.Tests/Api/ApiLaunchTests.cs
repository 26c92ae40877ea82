using System.Net;
using System.Text.Json.Nodes;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data.Seed;

namespace Emulation.Tests.Api;

/// <summary>Issue 20, item 4: POST /launch answers every reason it refuses, as codes with facts, in problem details.</summary>
public sealed class ApiLaunchTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    private static async Task<int> CreateAsync(HttpClient officer, string code, string extra) =>
        (int)JsonNode.Parse(await (await officer.PostAsync("/api/v1/campaigns", ApiClients.Json($$"""
            {"code":"{{code}}","name":"Thi đua {{code}}","year":2026,"kind":"yearly",{{extra}}
             "blocs":[{"code":"THAM-MUU","name":"{{DemoOrganization.AdvisoryBloc}}","unitCodes":["TH","KT"]}],
             "criteria":[{"code":"C1","group":"","name":"Văn bản","unit":"","maxPoints":90,"method":"proportional","direction":"higherIsBetter"}]}
            """))).Content.ReadAsStringAsync())!["id"]!;

    [Fact]
    public async Task Launch_ANotReadyDraft_Is400WithEveryReasonAsCodeAndFacts_AndStaysADraft()
    {
        using var officer = await App.AsUserAsync("congdoan");
        var id = await CreateAsync(officer, "LAUNCH-NO", "");

        var response = await officer.PostAsync($"/api/v1/campaigns/{id}/launch", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var reasons = problem["reasons"]!.AsArray();
        Assert.Equal(
            ["campaign.scored_total_out_of_scale", "campaign.no_title_offered", "campaign.pledge_deadline_missing", "campaign.results_deadline_missing"],
            reasons.Select(r => (string)r!["code"]!));
        Assert.Equal((90m, 100m), ((decimal)reasons[0]!["facts"]!["total"]!, (decimal)reasons[0]!["facts"]!["scale"]!));
        Assert.Contains("Chưa đặt hạn đăng ký thi đua.", (string)problem["detail"]!, StringComparison.Ordinal);
        Assert.Equal("Các tiêu chí chấm điểm cộng lại 90 điểm; bảng điểm phải đủ 100 điểm.", (string)reasons[0]!["message"]!);
        var again = await officer.PostAsync($"/api/v1/campaigns/{id}/launch", null);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Fact]
    public async Task Launch_ALaunchedCampaign_Is409WithTheWrongStatus_AndEnglishOnRequest()
    {
        using var officer = await App.AsUserAsync("congdoan");
        var id = await App.LaunchedCampaignAsync("LAUNCH-TWICE");
        using var english = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/campaigns/{id}/launch");
        english.Headers.AcceptLanguage.ParseAdd("en");

        var response = await officer.SendAsync(english);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("campaign.wrong_status", (string)Assert.Single(problem["reasons"]!.AsArray())!["code"]!);
    }

    [Fact]
    public async Task Launch_ByADepartmentHead_IsForbidden()
    {
        using var officer = await App.AsUserAsync("congdoan");
        using var head = await App.AsUserAsync("tp.th");
        var id = await CreateAsync(officer, "LAUNCH-HEAD", "\"pledgeDeadline\":\"2026-03-31\",\"resultsDeadline\":\"2026-12-05\",");

        Assert.Equal(HttpStatusCode.Forbidden, (await head.PostAsync($"/api/v1/campaigns/{id}/launch", null)).StatusCode);
    }
}
