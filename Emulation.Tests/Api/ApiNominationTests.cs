using System.Net;
using System.Text.Json.Nodes;
using Emulation.Domain.Awards;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Api;

/// <summary>
/// Nominations through the API: listed and read by the council, officers and leadership; added by hand and withdrawn
/// by the union officer with a reason; approved (an award decision) or rejected by leadership.
/// </summary>
public sealed class ApiNominationTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    private static StringContent Reason(string reason) => ApiClients.Json($$"""{"reason":"{{reason}}"}""");

    private static StringContent Approve(string number) => ApiClients.Json($$"""
        {"number":"{{number}}","date":"2026-12-20","signerName":"Trần Quốc Bảo","signerPosition":"Chánh Văn phòng"}
        """);

    private async Task<Nomination> NominationAsync(int id)
    {
        await using var db = await App.DbAsync();
        return await db.Nominations.AsNoTracking().SingleAsync(n => n.Id == id);
    }

    private async Task<(int Nominations, int Decisions, int Awards)> CountsAsync()
    {
        await using var db = await App.DbAsync();
        return (await db.Nominations.CountAsync(), await db.Decisions.CountAsync(), await db.Awards.CountAsync());
    }

    private static async Task<string> DetailAsync(HttpResponseMessage response) =>
        (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"] ?? "";

    [Theory]
    [InlineData("congdoan")]
    [InlineData("hoidong1")]
    [InlineData("lanhdao")]
    public async Task ListAndGet_ShowTheCampaignsNominations(string user)
    {
        var ids = await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 1);
        using var client = await App.AsUserAsync(user);

        var list = JsonNode.Parse(await client.GetStringAsync("/api/v1/campaigns/1/nominations"))!.AsArray();
        var one = JsonNode.Parse(await client.GetStringAsync($"/api/v1/nominations/{ids[0]}"))!;

        Assert.Contains(list, n => (int)n!["id"]! == ids[0] && (string?)n["status"] == "passed" && (string?)n["title"] == "advancedWorker");
        Assert.Equal(1, (int)one["campaignId"]!);
        Assert.Equal("passed", (string?)one["status"]);
    }

    [Fact]
    public async Task ListAndGet_ForADepartmentHead_Are403_AndUnknownOnesAre404()
    {
        using var head = await App.AsUserAsync("tp.th");
        using var officer = await App.AsUserAsync("congdoan");

        Assert.Equal(HttpStatusCode.Forbidden, (await head.GetAsync("/api/v1/campaigns/1/nominations")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await head.GetAsync("/api/v1/nominations/1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/api/v1/campaigns/999999/nominations")).StatusCode);
        var missing = await officer.GetAsync("/api/v1/nominations/999999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AddByHand_Is201_WithItsReason_ThenADuplicateIs409_AndWithdrawKeepsTheReason()
    {
        using var officer = await App.AsUserAsync("congdoan");
        const string body = """{"unitCode":"KT","title":"advancedLabourCollective","reason":"Hoàn thành xuất sắc nhiệm vụ đột xuất."}""";

        var added = await officer.PostAsync("/api/v1/campaigns/1/nominations", ApiClients.Json(body));

        var text = await added.Content.ReadAsStringAsync();
        Assert.True(added.StatusCode == HttpStatusCode.Created, text);
        var id = (int)JsonNode.Parse(text)!["id"]!;
        Assert.Equal($"/api/v1/nominations/{id}", added.Headers.Location?.OriginalString);
        var nomination = JsonNode.Parse(await officer.GetStringAsync($"/api/v1/nominations/{id}"))!;
        Assert.Equal("proposed", (string?)nomination["status"]);
        Assert.Equal("Hoàn thành xuất sắc nhiệm vụ đột xuất.", (string?)nomination["trail"]!["addedReason"]);

        var before = await CountsAsync();
        var duplicate = await officer.PostAsync("/api/v1/campaigns/1/nominations", ApiClients.Json(body));
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.StartsWith("nomination.duplicate", await DetailAsync(duplicate), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());

        var withdrawn = await officer.PostAsync($"/api/v1/nominations/{id}/withdraw", Reason("Đơn vị xin rút."));
        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        var after = await NominationAsync(id);
        Assert.Equal(NominationStatus.Withdrawn, after.Status);
        Assert.Equal("Đơn vị xin rút.", after.WithdrawalReason);

        var again = await officer.PostAsync($"/api/v1/nominations/{id}/withdraw", Reason("Lần nữa."));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.StartsWith("nomination.cannot_withdraw", await DetailAsync(again), StringComparison.Ordinal);
        Assert.Equal("Đơn vị xin rút.", (await NominationAsync(id)).WithdrawalReason);
    }

    [Fact]
    public async Task AddForAPersonOfTheUnit_Is201()
    {
        using var officer = await App.AsUserAsync("congdoan");

        // Phòng Kinh tế has submitted its results; Phòng Tổng hợp has not, and its staff's yearly titles wait for them.
        var added = await officer.PostAsync("/api/v1/campaigns/1/nominations", ApiClients.Json(
            """{"unitCode":"KT","personCode":"KT-009","title":"grassrootsEmulationFighter","reason":"Sáng kiến cấp cơ sở."}"""));

        var text = await added.Content.ReadAsStringAsync();
        Assert.True(added.StatusCode == HttpStatusCode.Created, text);
        var nomination = await NominationAsync((int)JsonNode.Parse(text)!["id"]!);
        Assert.Equal(Title.GrassrootsEmulationFighter, nomination.Title);
        Assert.NotNull(nomination.PersonId);
    }

    [Fact]
    public async Task AddForAPersonOfAUnitThatHasNotSubmitted_Is409_AndWritesNothing()
    {
        using var officer = await App.AsUserAsync("congdoan");
        var before = await CountsAsync();

        var added = await officer.PostAsync("/api/v1/campaigns/1/nominations", ApiClients.Json(
            """{"unitCode":"TH","personCode":"TH-008","title":"grassrootsEmulationFighter","reason":"Hoàn thành tốt nhiệm vụ."}"""));

        var text = await added.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Conflict, added.StatusCode);
        Assert.Equal("application/problem+json", added.Content.Headers.ContentType?.MediaType);
        Assert.True(text.Contains("nomination.results_not_submitted", StringComparison.Ordinal), text);
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("lanhdao")]
    [InlineData("hoidong1")]
    [InlineData("tp.th")]
    public async Task AddOrWithdraw_ByAnotherRole_Is403_AndWritesNothing(string user)
    {
        var ids = await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 1, passed: null);
        using var client = await App.AsUserAsync(user);
        var before = await CountsAsync();

        var add = await client.PostAsync("/api/v1/campaigns/1/nominations", ApiClients.Json(
            """{"unitCode":"VP","title":"advancedLabourCollective","reason":"Thử."}"""));
        var withdraw = await client.PostAsync($"/api/v1/nominations/{ids[0]}/withdraw", Reason("Thử."));

        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withdraw.StatusCode);
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(NominationStatus.Proposed, (await NominationAsync(ids[0])).Status);
    }

    [Fact]
    public async Task Approve_APassedNomination_IssuesADecision_ThenApprovingAgainIs409()
    {
        var ids = await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 1);
        using var leader = await App.AsUserAsync("lanhdao");

        var approved = await leader.PostAsync($"/api/v1/nominations/{ids[0]}/approve", Approve("401/QĐ-VP"));

        var text = await approved.Content.ReadAsStringAsync();
        Assert.True(approved.StatusCode == HttpStatusCode.Created, text);
        var decision = (int)JsonNode.Parse(text)!["id"]!;
        Assert.Equal($"/api/v1/decisions/{decision}", approved.Headers.Location?.OriginalString);
        Assert.Equal(NominationStatus.Approved, (await NominationAsync(ids[0])).Status);
        var detail = JsonNode.Parse(await leader.GetStringAsync($"/api/v1/decisions/{decision}"))!;
        Assert.Equal("401/QĐ-VP", (string?)detail["decision"]!["number"]);
        Assert.Single(detail["lines"]!.AsArray());

        var before = await CountsAsync();
        var again = await leader.PostAsync($"/api/v1/nominations/{ids[0]}/approve", Approve("402/QĐ-VP"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.StartsWith("nomination.already_decided", await DetailAsync(again), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Approve_ANominationTheCouncilHasNotPassed_Is409_AndWritesNothing()
    {
        var proposed = await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 1, passed: null);
        var failed = await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 1, passed: false);
        using var leader = await App.AsUserAsync("lanhdao");
        var before = await CountsAsync();

        var notVoted = await leader.PostAsync($"/api/v1/nominations/{proposed[0]}/approve", Approve("403/QĐ-VP"));
        var notPassed = await leader.PostAsync($"/api/v1/nominations/{failed[0]}/approve", Approve("404/QĐ-VP"));

        Assert.Equal(HttpStatusCode.Conflict, notVoted.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, notPassed.StatusCode);
        Assert.StartsWith("nomination.not_passed", await DetailAsync(notPassed), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(NominationStatus.Failed, (await NominationAsync(failed[0])).Status);
    }

    [Fact]
    public async Task Reject_KeepsTheReason_ThenRejectingAgainIs409()
    {
        var ids = await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 1);
        using var leader = await App.AsUserAsync("lanhdao");

        var rejected = await leader.PostAsync($"/api/v1/nominations/{ids[0]}/reject", Reason("Chưa đủ minh chứng."));
        var again = await leader.PostAsync($"/api/v1/nominations/{ids[0]}/reject", Reason("Lần nữa."));

        Assert.Equal(HttpStatusCode.NoContent, rejected.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var nomination = await NominationAsync(ids[0]);
        Assert.Equal(NominationStatus.Rejected, nomination.Status);
        Assert.Equal("Chưa đủ minh chứng.", nomination.RejectionReason);
    }

    [Fact]
    public async Task RejectSeveral_RejectsThemAll()
    {
        var ids = await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 2);
        using var leader = await App.AsUserAsync("lanhdao");

        var rejected = await leader.PostAsync("/api/v1/campaigns/1/nominations/reject", ApiClients.Json(
            $$"""{"nominationIds":[{{ids[0]}},{{ids[1]}}],"reason":"Vượt tỷ lệ."}"""));

        Assert.Equal(HttpStatusCode.NoContent, rejected.StatusCode);
        foreach (var id in ids)
        {
            Assert.Equal(NominationStatus.Rejected, (await NominationAsync(id)).Status);
        }
    }

    [Theory]
    [InlineData("congdoan")]
    [InlineData("hoidong1")]
    [InlineData("tp.th")]
    public async Task ApproveOrReject_ByAnotherRole_Is403_AndWritesNothing(string user)
    {
        var ids = await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 1);
        using var client = await App.AsUserAsync(user);
        var before = await CountsAsync();

        var approve = await client.PostAsync($"/api/v1/nominations/{ids[0]}/approve", Approve("405/QĐ-VP"));
        var reject = await client.PostAsync($"/api/v1/nominations/{ids[0]}/reject", Reason("Thử."));
        var rejectMany = await client.PostAsync("/api/v1/campaigns/1/nominations/reject", ApiClients.Json(
            $$"""{"nominationIds":[{{ids[0]}}],"reason":"Thử."}"""));

        Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reject.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, rejectMany.StatusCode);
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(NominationStatus.Passed, (await NominationAsync(ids[0])).Status);
    }

    [Fact]
    public async Task Steps_OnAnUnknownNominationOrCampaign_Are404()
    {
        using var officer = await App.AsUserAsync("congdoan");
        using var leader = await App.AsUserAsync("lanhdao");

        Assert.Equal(HttpStatusCode.NotFound, (await officer.PostAsync("/api/v1/nominations/999999/withdraw", Reason("x"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.PostAsync("/api/v1/nominations/999999/approve", Approve("406/QĐ-VP"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.PostAsync("/api/v1/nominations/999999/reject", Reason("x"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.PostAsync("/api/v1/campaigns/999999/nominations", ApiClients.Json(
            """{"unitCode":"KT","title":"advancedLabourCollective","reason":"x"}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.PostAsync("/api/v1/campaigns/999999/nominations/reject", ApiClients.Json(
            """{"nominationIds":[1],"reason":"x"}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.PostAsync("/api/v1/campaigns/999999/nominations/from-recommendations", null)).StatusCode);
    }
}

/// <summary>Putting the recommended awards to the council, on an app of its own (it moves the campaign into review).</summary>
public sealed class ApiNominateRecommendedTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    [Fact]
    public async Task FromRecommendations_BeforeReviewIs409_ThenAddsEachRecommendationOnce()
    {
        using var officer = await App.AsUserAsync("congdoan");
        using var leader = await App.AsUserAsync("lanhdao");

        var early = await officer.PostAsync("/api/v1/campaigns/1/nominations/from-recommendations", null);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.StartsWith("campaign.wrong_status", (string?)JsonNode.Parse(await early.Content.ReadAsStringAsync())!["detail"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsync("/api/v1/campaigns/1/nominations/from-recommendations", null)).StatusCode);

        var campaigns = App.Service<CampaignService>();
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, 1, CampaignStep.OpenResults)).IsSuccess);
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, 1, CampaignStep.StartReview)).IsSuccess);

        var first = await officer.PostAsync("/api/v1/campaigns/1/nominations/from-recommendations", null);
        var text = await first.Content.ReadAsStringAsync();
        Assert.True(first.StatusCode == HttpStatusCode.OK, text);
        var added = (int)JsonNode.Parse(text)!["added"]!;
        Assert.True(added > 0);
        var second = JsonNode.Parse(await (await officer.PostAsync("/api/v1/campaigns/1/nominations/from-recommendations", null))
            .Content.ReadAsStringAsync())!;
        Assert.Equal(0, (int)second["added"]!);
        Assert.Equal(added, JsonNode.Parse(await officer.GetStringAsync("/api/v1/campaigns/1/nominations"))!.AsArray().Count);
    }
}
