using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Emulation.Domain.Awards;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data.Seed;
using Emulation.Web.Resources;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Evaluation;

namespace Emulation.Tests.Api;

/// <summary>
/// What the domain keeps as facts, the API answers as facts and in the request's language (Vietnamese unless asked): how
/// a tie on the total was settled, how the council decided a nomination.
/// </summary>
public sealed class ApiWordingTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    [Fact]
    public async Task Scores_OfTiedUnits_SayHowTheTieWasSettled_InVietnameseUnlessTheCallerAsksForEnglish()
    {
        using var officer = await App.AsUserAsync("congdoan");
        var id = await TiedCampaignAsync(officer);
        using var asEnglish = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/campaigns/{id}/scores");
        asEnglish.Headers.AcceptLanguage.ParseAdd("en");

        var vietnamese = JsonNode.Parse(await officer.GetStringAsync($"/api/v1/campaigns/{id}/scores"))!.AsArray();
        var english = JsonNode.Parse(await (await officer.SendAsync(asEnglish)).Content.ReadAsStringAsync())!.AsArray();

        var board = (await App.Service<ScoreboardService>().EvaluateAsync(TestActors.Officer, id))!.Value;
        var en = CultureInfo.GetCultureInfo("en");
        foreach (var (unit, other) in new[] { ("TH", "KT"), ("KT", "TH") })
        {
            var ranked = board.Evaluation.Rankings.Single(r => board.UnitCodes[r.UnitId] == unit);
            var fact = Assert.Single(ranked.TieBreaks);
            var vi = Assert.Single(TieBreaks(vietnamese, unit))!;
            var inEnglish = Assert.Single(TieBreaks(english, unit))!;
            Assert.Equal((other, ranked.Rank == 1), ((string)vi["unitCode"]!, (bool)vi["ahead"]!));
            Assert.Equal(ranked.Total, (decimal)vi["total"]!);
            Assert.Equal(fact.DecidedBy is null, vi["decidedBy"] is null);
            Assert.Equal(Wording.TieBreak(Wording.Vietnamese, Wording.VietnameseCulture, fact, other), (string)vi["explanation"]!);
            Assert.Equal(Wording.TieBreak(Wording.In(en), en, fact, other), (string)inEnglish["explanation"]!);
            Assert.StartsWith("Bằng tổng điểm ", (string)vi["explanation"]!, StringComparison.Ordinal);
            Assert.StartsWith("Tied on total ", (string)inEnglish["explanation"]!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Nomination_WordsItsBallotInTheCallersLanguage_BesideTheFacts()
    {
        var id = Assert.Single(await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 1, passed: false));
        using var leader = await App.AsUserAsync("lanhdao");
        using var asEnglish = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/nominations/{id}");
        asEnglish.Headers.AcceptLanguage.ParseAdd("en");

        var vietnamese = JsonNode.Parse(await leader.GetStringAsync($"/api/v1/nominations/{id}"))!;
        var english = JsonNode.Parse(await (await leader.SendAsync(asEnglish)).Content.ReadAsStringAsync())!;

        Assert.StartsWith("Lao động tiên tiến: KHÔNG ĐẠT. Có mặt 5/5 (cần 4, tỷ lệ 2/3): đủ túc số. Đồng ý 1; cần trên 1/2 (3) — " +
            "mẫu số là TỔNG SỐ 5 thành viên Hội đồng, không phải số có mặt (5). Căn cứ ", (string)vietnamese["ballotExplanation"]!,
            StringComparison.Ordinal);
        Assert.StartsWith("Advanced Worker: FAILED. Present 5/5 (quorum 4, share 2/3): quorum met. Yes 1; needs more than 1/2 (3) — " +
            "the denominator is ALL 5 council members, not those present (5). Basis ", (string)english["ballotExplanation"]!,
            StringComparison.Ordinal);
        var outcome = vietnamese["ballotOutcome"]!;
        Assert.Equal((false, 1, 3, 5), ((bool)outcome["passed"]!, (int)outcome["yes"]!, (int)outcome["requiredYes"]!,
            (int)outcome["denominator"]!));
    }

    private static JsonArray TieBreaks(JsonArray scores, string unit) =>
        scores.Single(s => (string?)s!["unitCode"] == unit)!["tieBreaks"]!.AsArray();

    /// <summary>A launched campaign in which TH and KT pledged and reported the same figures.</summary>
    private async Task<int> TiedCampaignAsync(HttpClient officer)
    {
        using var th = await App.AsUserAsync("tp.th");
        using var kt = await App.AsUserAsync("tp.kt");
        var created = await officer.PostAsync("/api/v1/campaigns", ApiClients.Json($$"""
            {"code":"API-TIE","name":"Thi đua bằng điểm","year":2026,"kind":"yearly","pledgeDeadline":"2026-03-31","resultsDeadline":"2026-12-05",
             "blocs":[{"code":"THAM-MUU","name":"{{DemoOrganization.AdvisoryBloc}}","unitCodes":["TH","KT"]}],
             "criteria":[{"code":"C1","group":"Chuyên môn","name":"Văn bản","unit":"văn bản","maxPoints":100,"method":"proportional","direction":"higherIsBetter"}],
             "titles":[{"award":"advancedLabourCollective"}]}
            """));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (int)JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!;
        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsync($"/api/v1/campaigns/{id}/launch", null)).StatusCode);
        foreach (var (client, unit) in new[] { (th, "TH"), (kt, "KT") })
        {
            Assert.Equal(HttpStatusCode.NoContent,
                (await client.PutAsync($"/api/v1/campaigns/{id}/pledges/{unit}", ApiClients.Json("""{"targets":{"C1":100}}"""))).StatusCode);
        }

        Assert.True((await App.Service<CampaignService>().MoveAsync(TestActors.Officer, id, CampaignStep.OpenResults)).IsSuccess);
        foreach (var (client, unit) in new[] { (th, "TH"), (kt, "KT") })
        {
            Assert.Equal(HttpStatusCode.NoContent,
                (await client.PutAsync($"/api/v1/campaigns/{id}/results/{unit}", ApiClients.Json("""{"values":{"C1":80}}"""))).StatusCode);
            Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/v1/campaigns/{id}/results/{unit}/submit", null)).StatusCode);
        }

        return id;
    }
}
