using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Emulation.Domain.Awards;
using Emulation.Domain.Pledges;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data.Seed;
using Emulation.Web.Resources;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Records;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Api;

/// <summary>One test per endpoint of the REST API v1, against the seeded demo data.</summary>
public sealed class ApiEndpointTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    [Fact]
    public async Task PutUnit_CreatesThenUpdates_AndTheListShowsIt()
    {
        using var client = App.Bootstrap();

        var created = await client.PutAsync("/api/v1/units/API-U1",
            ApiClients.Json("""{"name":"Phòng Thử nghiệm","kind":"department","parentCode":"VP"}"""));
        var update = new HttpRequestMessage(HttpMethod.Put, "/api/v1/units/API-U1")
        {
            Content = ApiClients.Json("""{"name":"Phòng Thử nghiệm mới","kind":"publicServiceUnit","parentCode":"VP"}"""),
        };
        update.Headers.IfMatch.Add(created.Headers.ETag!);
        var updated = await client.SendAsync(update);
        var list = JsonNode.Parse(await client.GetStringAsync("/api/v1/units"))!.AsArray();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var unit = list.Single(u => (string?)u!["code"] == "API-U1")!;
        Assert.Equal("Phòng Thử nghiệm mới", (string?)unit["name"]);
        Assert.Equal("publicServiceUnit", (string?)unit["kind"]);
        Assert.Equal("VP", (string?)unit["parentCode"]);
    }

    [Fact]
    public async Task GetUnits_ShowsBlocCodes()
    {
        using var client = await App.AsUserAsync("congdoan");

        var list = JsonNode.Parse(await client.GetStringAsync("/api/v1/units"))!.AsArray();

        Assert.Equal("THAM-MUU", (string?)list.Single(u => (string?)u!["code"] == "TH")!["blocCode"]);
    }

    [Fact]
    public async Task PutPerson_ThenYear_GetReturnsTheHistory()
    {
        using var client = App.Bootstrap();

        var created = await client.PutAsync("/api/v1/people/API-P1", ApiClients.Json(
            """{"fullName":"Nguyễn Thị Thử","gender":"female","unitCode":"TH","recruitedOn":"2015-03-01"}"""));
        var year = await client.PutAsync("/api/v1/people/API-P1/years/2023", ApiClients.Json("""
            {"rating":"excellent","monthsWorked":12,"maternityLeaveMonths":0,"discipline":null,"pendingReview":false,
             "initiatives":[{"title":"Số hoá hồ sơ","level":"grassroots"},{"title":"Một cửa điện tử","level":"provincial"}],
             "titles":["advancedWorker","grassrootsEmulationFighter"],
             "awards":[{"form":"certificateOfCommendation","kind":"merit"}]}
            """));
        var person = JsonNode.Parse(await client.GetStringAsync("/api/v1/people/API-P1"))!;

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, year.StatusCode);
        Assert.Equal("female", (string?)person["gender"]);
        Assert.Equal("2015-03-01", (string?)person["recruitedOn"]);
        var record = person["years"]!.AsArray().Single()!;
        Assert.Equal(2023, (int)record["year"]!);
        Assert.Equal("excellent", (string?)record["rating"]);
        Assert.Equal(2, record["initiatives"]!.AsArray().Count);
        var awards = person["awards"]!.AsArray().Select(a => (string?)a!["title"]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["advancedWorker", "certificateOfCommendation", "grassrootsEmulationFighter"], awards);
        Assert.All(person["awards"]!.AsArray(), a => Assert.Equal(RecordsService.RecordedDecisionNumber, (string?)a!["decisionNumber"]));
    }

    [Fact]
    public async Task PutPersonYear_Again_ReplacesTheRecordedAwards()
    {
        using var client = App.Bootstrap();
        await client.PutAsync("/api/v1/people/API-P2", ApiClients.Json(
            """{"fullName":"Trần Văn Hai","gender":"male","unitCode":"KT","recruitedOn":"2012-01-01"}"""));
        const string first = """{"rating":"good","monthsWorked":12,"maternityLeaveMonths":0,"pendingReview":false,"titles":["advancedWorker"]}""";
        const string second = """{"rating":"completed","monthsWorked":12,"maternityLeaveMonths":0,"pendingReview":false,"titles":[]}""";

        await client.PutAsync("/api/v1/people/API-P2/years/2022", ApiClients.Json(first));
        var replaced = await client.PutAsync("/api/v1/people/API-P2/years/2022", ApiClients.Json(second));

        Assert.Equal(HttpStatusCode.NoContent, replaced.StatusCode);
        var person = JsonNode.Parse(await client.GetStringAsync("/api/v1/people/API-P2"))!;
        Assert.Empty(person["awards"]!.AsArray());
        Assert.Equal("completed", (string?)person["years"]![0]!["rating"]);
    }

    [Fact]
    public async Task GetPerson_Unknown_Is404ProblemDetails()
    {
        using var client = await App.AsUserAsync("congdoan");

        var response = await client.GetAsync("/api/v1/people/NO-SUCH");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GetPerson_SeededStaff_HaveCodes()
    {
        using var client = await App.AsUserAsync("tp.th");

        var person = JsonNode.Parse(await client.GetStringAsync("/api/v1/people/TH-001"))!;

        Assert.Equal("TH", (string?)person["unitCode"]);
        Assert.NotEmpty(person["years"]!.AsArray());
    }

    [Fact]
    public async Task PutUnitYear_RecordsRatingTitlesAndCollectiveAwards()
    {
        using var client = App.Bootstrap();

        var response = await client.PutAsync("/api/v1/units/NC/years/2021", ApiClients.Json(
            """{"rating":"excellent","titles":["excellentLabourCollective"],"awards":[{"form":"provincialCertificateOfMerit","kind":"merit"}]}"""));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await using var db = await App.DbAsync();
        var unitId = await App.UnitIdAsync("NC");
        var awards = await db.Awards.Where(a => a.UnitId == unitId && a.PersonId == null && a.Year == 2021)
            .Select(a => a.Title).ToListAsync();
        Assert.Equal([Title.ExcellentLabourCollective, Title.CollectiveProvincialCertificateOfMerit], awards.Order());
    }

    [Fact]
    public async Task Campaign_CreateLaunchPledgeReportSubmit_ThenScoresAndRecommendations()
    {
        using var officer = await App.AsUserAsync("congdoan");
        using var th = await App.AsUserAsync("tp.th");
        using var kt = await App.AsUserAsync("tp.kt");

        var created = await officer.PostAsync("/api/v1/campaigns", ApiClients.Json($$"""
            {"code":"API-2026","name":"Thi đua qua API","year":2026,"kind":"yearly","pledgeDeadline":"2026-03-31","resultsDeadline":"2026-12-05",
             "blocs":[{"code":"THAM-MUU","name":"{{DemoOrganization.AdvisoryBloc}}","unitCodes":["TH","KT"]}],
             "criteria":[
               {"code":"C1","group":"Chuyên môn","name":"Văn bản","unit":"văn bản","maxPoints":60,"method":"proportional","direction":"higherIsBetter"},
               {"code":"C2","group":"Chuyên môn","name":"Đúng hạn","unit":"","maxPoints":40,"method":"yesNo","direction":"higherIsBetter"}],
             "bonuses":[{"code":"B1","name":"Sáng kiến","maxPoints":5}],
             "penalties":[{"code":"P1","name":"Chậm báo cáo","maxPoints":5}],
             "titles":[{"award":"advancedLabourCollective"},{"award":"advancedWorker"}]}
            """));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (int)JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!;

        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsync($"/api/v1/campaigns/{id}/launch", null)).StatusCode);
        var pledge = await th.PutAsync($"/api/v1/campaigns/{id}/pledges/TH", ApiClients.Json(
            """{"targets":{"C1":100},"titles":["advancedLabourCollective"],"people":[{"personCode":"TH-001","title":"advancedWorker"}]}"""));
        Assert.Equal(HttpStatusCode.NoContent, pledge.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent,
            (await kt.PutAsync($"/api/v1/campaigns/{id}/pledges/KT", ApiClients.Json("""{"targets":{"C1":50}}"""))).StatusCode);

        Assert.True((await App.Service<CampaignService>().MoveAsync(TestActors.Officer, id, CampaignStep.OpenResults)).IsSuccess);
        var results = await th.PutAsync($"/api/v1/campaigns/{id}/results/TH", ApiClients.Json(
            """{"values":{"C1":90,"C2":1},"bonuses":{"B1":2},"penalties":{"P1":1}}"""));
        Assert.Equal(HttpStatusCode.NoContent, results.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await th.PostAsync($"/api/v1/campaigns/{id}/results/TH/submit", null)).StatusCode);
        await kt.PutAsync($"/api/v1/campaigns/{id}/results/KT", ApiClients.Json("""{"values":{"C1":60,"C2":0}}"""));
        Assert.Equal(HttpStatusCode.NoContent, (await kt.PostAsync($"/api/v1/campaigns/{id}/results/KT/submit", null)).StatusCode);

        var scores = JsonNode.Parse(await officer.GetStringAsync($"/api/v1/campaigns/{id}/scores"))!.AsArray();
        var thScore = scores.Single(s => (string?)s!["unitCode"] == "TH")!;
        Assert.Equal(95m, (decimal)thScore["total"]!);
        Assert.Equal(1, (int)thScore["rank"]!);
        Assert.Equal("THAM-MUU", (string?)thScore["blocCode"]);
        Assert.Empty(thScore["missing"]!.AsArray());
        var breakdown = thScore["breakdown"]!.AsArray().ToDictionary(l => (string)l!["criterionCode"]!);
        Assert.Equal(["B1", "C1", "C2", "P1"], breakdown.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(100m, (decimal)breakdown["C1"]!["target"]!);
        Assert.Equal(54m, (decimal)breakdown["C1"]!["points"]!);
        Assert.Equal(-1m, (decimal)breakdown["P1"]!["points"]!);
        var ktScore = scores.Single(s => (string?)s!["unitCode"] == "KT")!;
        Assert.Equal(2, (int)ktScore["rank"]!);

        var recommendations = JsonNode.Parse(await officer.GetStringAsync($"/api/v1/campaigns/{id}/recommendations"))!.AsArray();
        Assert.NotEmpty(recommendations);
        Assert.Contains(recommendations, r => (string?)r!["subjectType"] == "unit" && (string?)r["subjectCode"] == "TH");
        Assert.Contains(recommendations, r => (string?)r!["subjectType"] == "person" && (string?)r["subjectCode"] == "TH-001");
        Assert.All(recommendations, r =>
        {
            Assert.Contains((string?)r!["status"], new[] { "recommended", "notEligible", "overQuota", "deferred" });
            Assert.NotEmpty(r["explanation"]!.AsArray());
            Assert.All(r["explanation"]!.AsArray(), c => Assert.False(string.IsNullOrEmpty((string?)c!["article"])));
        });

        await using var db = await App.DbAsync();
        var thId = await App.UnitIdAsync("TH");
        Assert.Equal(2, await db.Set<PledgedTitle>().CountAsync(t => t.CampaignId == id && t.UnitId == thId));
        var campaign = await db.Campaigns.SingleAsync(c => c.Id == id);
        Assert.Equal("API-2026", campaign.Code);
    }

    [Fact]
    public async Task Scores_OfTheSeededCampaign_RankEverySubmittedUnit()
    {
        using var client = await App.AsUserAsync("hoidong1");

        var scores = JsonNode.Parse(await client.GetStringAsync("/api/v1/campaigns/1/scores"))!.AsArray();

        Assert.True(scores.Count >= 10);
        Assert.All(scores, s =>
        {
            Assert.False(string.IsNullOrEmpty((string?)s!["unitCode"]));
            Assert.True((int)s["rank"]! >= 1);
            Assert.All(s["breakdown"]!.AsArray(), l => Assert.False(string.IsNullOrEmpty((string?)l!["explanation"])));
        });
    }

    [Fact]
    public async Task Scores_ExplainEachLineFromTheResources_InVietnameseUnlessTheCallerAsksForEnglish()
    {
        using var client = await App.AsUserAsync("hoidong1");
        using var asEnglish = new HttpRequestMessage(HttpMethod.Get, "/api/v1/campaigns/1/scores");
        asEnglish.Headers.AcceptLanguage.ParseAdd("en");

        var vietnamese = JsonNode.Parse(await client.GetStringAsync("/api/v1/campaigns/1/scores"))!.AsArray();
        var english = JsonNode.Parse(await (await client.SendAsync(asEnglish)).Content.ReadAsStringAsync())!.AsArray();

        var board = (await App.Service<ScoreboardService>().EvaluateAsync(TestActors.Council, 1))!.Value;
        var lines = board.Evaluation.UnitScores.ToDictionary(s => board.UnitCodes[s.UnitId], s => s.Lines);
        var en = CultureInfo.GetCultureInfo("en");
        static IEnumerable<string> Explanations(JsonNode unit) =>
            unit["breakdown"]!.AsArray().Select(l => (string)l!["explanation"]!);
        Assert.NotEmpty(vietnamese);
        Assert.All(vietnamese.Zip(english), pair =>
        {
            var expected = lines[(string)pair.First!["unitCode"]!];
            Assert.Equal(expected.Select(l => Wording.ScoreLine(Wording.Vietnamese, Wording.VietnameseCulture, l)), Explanations(pair.First));
            Assert.Equal(expected.Select(l => Wording.ScoreLine(Wording.In(en), en, l)), Explanations(pair.Second!));
        });
        Assert.Contains(vietnamese, u => Explanations(u!).Any(e => e.Contains("tối đa", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Recommendations_OfTheSeededCampaign_CarryRulesFactsAndArticles()
    {
        using var client = await App.AsUserAsync("lanhdao");

        var response = await client.GetAsync("/api/v1/campaigns/1/recommendations");
        var list = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var first = list.First(r => (string?)r!["subjectType"] == "person")!;
        Assert.Matches("^[A-Z]+-[0-9]{3}$", (string?)first["subjectCode"]);
        Assert.False(string.IsNullOrEmpty((string?)first["ruleSet"]));
        var condition = first["explanation"]![0]!;
        Assert.False(string.IsNullOrEmpty((string?)condition["rule"]));
        Assert.NotNull(condition["passed"]);
        Assert.IsType<JsonObject>(condition["facts"]);
    }

    [Fact]
    public async Task Scores_UnknownCampaign_Is404()
    {
        using var client = await App.AsUserAsync("congdoan");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/campaigns/9999/scores")).StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_ListsTheApiRoutesAndTheDocuments()
    {
        using var client = App.Bootstrap();

        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/v1/units/{code}", paths);
        Assert.Contains("/api/v1/people/{code}/years/{year}", paths);
        Assert.Contains("/api/v1/campaigns/{id}/recommendations", paths);
        Assert.Contains("/api/v1/campaigns/{id}/open-results", paths);
        Assert.Contains("/api/v1/campaigns/{id}/start-review", paths);
        Assert.Contains("/api/v1/campaigns/{id}/close", paths);
        Assert.Contains("/api/v1/users", paths);
        Assert.Contains("/api/v1/users/{userName}/tokens", paths);
        Assert.Contains("/api/v1/board/dossiers/{id}/consultation", paths);
        Assert.Contains("/api/v1/board/consultation-comments/{id}/accept", paths);
        Assert.Contains("/documents/decisions/{id}.pdf", paths);
        Assert.Contains("/documents/evidence/{id}", paths);
        Assert.DoesNotContain(paths, p => !p.StartsWith("/api/v1/", StringComparison.Ordinal) && !p.StartsWith("/documents/", StringComparison.Ordinal));
        Assert.Equal("bearer", (string?)document["components"]!["securitySchemes"]!["ApiToken"]!["scheme"]);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_IsHealthy(string path)
    {
        using var client = App.Anonymous();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
