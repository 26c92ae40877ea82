using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Emulation.Domain.Awards;
using Emulation.Tests.Council;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;

namespace Emulation.Tests.Api;

/// <summary>
/// A bounded random-JSON fuzz over the write endpoints with a fixed seed: whatever arrives, the API answers
/// without a server error. Bodies mix the real field names, valid enum names and codes with junk of every type.
/// </summary>
public sealed class ApiFuzzTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const int Seed = 20261126;
    private const int Requests = 480;

    private static readonly string[] Fields =
    [
        "name", "kind", "parentCode", "fullName", "gender", "unitCode", "recruitedOn", "rating", "monthsWorked",
        "maternityLeaveMonths", "discipline", "pendingReview", "initiatives", "title", "level", "titles", "awards",
        "form", "code", "year", "blocs", "unitCodes", "criteria", "group", "unit", "maxPoints", "method", "direction",
        "bands", "fromPercentOfTarget", "percentOfMax", "bonuses", "penalties", "targets", "people", "personCode",
        "values", "C1", "KT-01", "noSuchField", "chairUserName", "heldOn", "present", "votes", "nominationId", "choice",
        "nominationIds", "number", "date", "signerName", "signerPosition", "reason", "awardIds", "publishedOn",
        "recipient", "receivingBoardId", "granted", "decisionNumber", "decisionDate", "issuerName", "text", "since",
    ];

    private static readonly string[] Words =
    [
        "department", "agency", "publicServiceUnit", "female", "male", "excellent", "good", "completed", "notCompleted",
        "notRated", "reprimand", "warning", "demotion", "dismissal", "grassroots", "provincial", "national",
        "advancedWorker", "grassrootsEmulationFighter", "provincialEmulationFighter", "advancedLabourCollective",
        "excellentLabourCollective", "provincialEmulationFlag", "certificateOfCommendation", "labourOrderThirdClass",
        "merit", "sudden", "thematic", "longService", "yearly", "period", "proportional", "bands", "yesNo", "manual",
        "higherIsBetter", "lowerIsBetter", "TH", "KT", "VP", "NOPE", "TH-001", "TH-002", "KT-001", "2020-01-01",
        "2026-02-30", "", " ", "Đơn vị thử", "NaN", "Infinity", "-1", "null", "yes", "no", "abstain", "hoidong1",
        "hoidong5", "quantri", "2026-12-10", "101/QĐ-VP", "QĐ", "12/2026/QĐ-UBND",
    ];

    private EmulationAppFactory App => fixture.App;

    [Fact]
    public async Task RandomJson_OnEveryWriteEndpoint_NeverGetsAServerError()
    {
        // Something for the council and award steps to act on: proposed nominations with an open session on them,
        // and an award decision (ids 1 to 6 of each exist).
        var scenario = await CouncilScenario.SeedConsultedAsync(App);
        await CouncilDriver.OpenWithAllPresentAsync(App, scenario.CampaignId);
        await DecisionScenario.IssueAsync(App, "100/QĐ-VP", Title.AdvancedWorker, 2);
        await BoardDossierAsync();
        var random = new Random(Seed);
        using var admin = App.Bootstrap();
        using var head = await App.AsUserAsync("tp.th");
        using var officer = await App.AsUserAsync("congdoan");
        using var leader = await App.AsUserAsync("lanhdao");
        using var member = await App.AsUserAsync("hoidong1");
        using var appraiser = await App.AsUserAsync(Emulation.Web.Data.Seed.DemoDataSeeder.BoardUserName);
        var callers = new Callers(admin, head, officer, leader, member, appraiser);
        var failures = new List<string>();
        var statuses = new Dictionary<int, int>();

        for (var i = 0; i < Requests; i++)
        {
            var (client, method, path) = Target(random, callers);
            var body = random.Next(10) == 0 ? Malformed(random) : RandomObject(random, 0).ToJsonString();
            using var request = new HttpRequestMessage(new HttpMethod(method), path)
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{method} {path} {body} -> {(int)response.StatusCode}");
            }
        }

        Assert.Empty(failures);
        TestContext.Current.SendDiagnosticMessage(string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
        Assert.Contains(statuses.Keys, status => status == 400);
        Assert.Contains(statuses.Keys, status => status is 403 or 404);
    }

    /// <summary>A dossier sent to the receiving board, its list published and commented on, for the board's endpoints.</summary>
    private async Task BoardDossierAsync()
    {
        var nomination = Assert.Single(await DecisionScenario.NominateAsync(App, Title.ProvincialEmulationFighter, 1));
        var board = await App.UnitIdAsync(Emulation.Web.Data.Seed.DemoDataSeeder.BoardCode);
        var sent = await App.Service<Emulation.Web.Services.Proposals.ProposalService>().SendUpAsync(TestActors.Leader,
            DecisionScenario.CampaignId, [nomination], new() { Number = "1/TTr-VP", Recipient = "Chủ tịch UBND tỉnh", ReceivingUnitId = board });
        var consultations = App.Service<Emulation.Web.Services.Consultations.ConsultationService>();
        var published = await consultations.PublishOnProposalAsync(TestActors.AppraiserOf(board), sent.Value,
            Emulation.Web.Services.OfficeTime.Date(DateTimeOffset.UtcNow));
        Assert.True((await consultations.SubmitCommentAsync(new()
        {
            ConsultationId = published.Value, NominationId = nomination, AuthorName = "Lê Văn Tâm", Contact = "0912 000 111", Text = "Đồng ý.",
        })).IsSuccess);
    }

    /// <summary>The callers the fuzz sends as: the bootstrap administrator and one demo user of each working role.</summary>
    private sealed record Callers(HttpClient Admin, HttpClient Head, HttpClient Officer, HttpClient Leader, HttpClient Member,
        HttpClient Appraiser)
    {
        public HttpClient Any(Random random) => Pick(random, [Admin, Head, Officer, Leader, Member, Appraiser]);
    }

    private static (HttpClient Client, string Method, string Path) Target(Random random, Callers callers)
    {
        var code = Uri.EscapeDataString(Pick(random, ["TH", "KT", "FZ-" + random.Next(20), "TH-001", "KT-001", "x y", "Đ", new string('z', 30)]));
        var year = Pick(random, [1999, 2000, 2024, 2026, 2100, 2101]).ToString(CultureInfo.InvariantCulture);
        var campaign = Pick(random, ["1", "2", "3", "999"]);
        var id = Pick(random, ["1", "2", "3", "4", "5", "999", "2147483647"]);
        var (admin, head) = (callers.Admin, callers.Head);

        // Council and award steps mostly as the role that may take them, now and then as anyone.
        HttpClient As(HttpClient usual) => random.Next(5) == 0 ? callers.Any(random) : usual;
        return random.Next(33) switch
        {
            0 => (admin, "PUT", $"/api/v1/units/{code}"),
            1 => (admin, "PUT", $"/api/v1/people/{code}"),
            2 => (random.Next(2) == 0 ? admin : head, "PUT", $"/api/v1/people/{code}/years/{year}"),
            3 => (admin, "PUT", $"/api/v1/units/{code}/years/{year}"),
            4 => (admin, "POST", "/api/v1/campaigns"),
            5 => (admin, "POST", $"/api/v1/campaigns/{campaign}/launch"),
            6 => (head, "PUT", $"/api/v1/campaigns/{campaign}/pledges/{Pick(random, ["TH", "KT", "NOPE"])}"),
            7 => (head, "PUT", $"/api/v1/campaigns/{campaign}/results/{Pick(random, ["TH", "KT", "NOPE"])}"),
            8 => (head, "POST", $"/api/v1/campaigns/{campaign}/results/{Pick(random, ["TH", "KT"])}/submit"),
            9 => (As(callers.Officer), "POST", $"/api/v1/campaigns/{campaign}/council-sessions"),
            10 => (As(callers.Officer), "PUT", $"/api/v1/council/sessions/{id}/attendance"),
            11 => (As(callers.Officer), "POST", $"/api/v1/council/sessions/{id}/close"),
            12 => (As(callers.Member), "POST", $"/api/v1/council/sessions/{id}/votes"),
            13 => (As(callers.Officer), "POST", $"/api/v1/campaigns/{campaign}/nominations"),
            14 => (As(callers.Officer), "POST", $"/api/v1/campaigns/{campaign}/nominations/from-recommendations"),
            15 => (As(callers.Officer), "POST", $"/api/v1/nominations/{id}/withdraw"),
            16 => (As(callers.Leader), "POST", $"/api/v1/nominations/{id}/approve"),
            17 => (As(callers.Leader), "POST", $"/api/v1/nominations/{id}/reject"),
            18 => (As(callers.Leader), "POST", $"/api/v1/campaigns/{campaign}/nominations/reject"),
            19 => (As(callers.Leader), "POST", $"/api/v1/campaigns/{campaign}/decisions"),
            20 => (As(callers.Leader), "POST", $"/api/v1/decisions/{id}/revoke"),
            21 => (As(callers.Appraiser), "POST", $"/api/v1/board/dossiers/{id}/consultations"),
            22 => (As(callers.Appraiser), "POST", $"/api/v1/board/consultation-comments/{id}/accept"),
            23 => (As(callers.Appraiser), "POST", $"/api/v1/board/consultation-comments/{id}/hide"),
            24 => (As(callers.Appraiser), "POST", $"/api/v1/board/dossiers/{id}/notes"),
            25 => (As(callers.Leader), "POST", $"/api/v1/campaigns/{campaign}/dossiers"),
            26 => (As(callers.Leader), "POST", $"/api/v1/dossiers/{id}/resend"),
            27 => (As(callers.Officer), "POST", $"/api/v1/dossiers/{id}/return"),
            28 => (As(callers.Leader), "POST", $"/api/v1/dossiers/{id}/withdraw"),
            29 => (As(callers.Leader), "POST", $"/api/v1/dossiers/{id}/add"),
            30 => (As(callers.Officer), "POST", $"/api/v1/dossiers/{id}/outcome"),
            31 => (As(callers.Officer), Pick(random, ["PUT", "DELETE"]), $"/api/v1/campaigns/{campaign}/proceedings/{Pick(random, ["TH", "KT", "NOPE"])}"),
            _ => (As(callers.Officer), "POST", $"/api/v1/campaigns/{campaign}/council-sessions"),
        };
    }

    private static JsonObject RandomObject(Random random, int depth)
    {
        var node = new JsonObject();
        var count = random.Next(depth == 0 ? 12 : 5);
        for (var i = 0; i < count; i++)
        {
            node[Pick(random, Fields)] = RandomValue(random, depth + 1);
        }

        return node;
    }

    private static JsonNode? RandomValue(Random random, int depth) => random.Next(depth > 3 ? 7 : 10) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => JsonValue.Create(Pick(random, [0, 1, -1, 12, 13, int.MaxValue, int.MinValue, random.Next(-1000, 1000)])),
        3 => JsonValue.Create(Pick(random, [0.5m, -0.0001m, 1e20m, 99.99m, 1_000_000_001m, (decimal)random.NextDouble() * 200])),
        4 or 5 => JsonValue.Create(Pick(random, Words)),
        6 => JsonValue.Create(new string((char)random.Next(32, 0x2000), random.Next(0, 400))),
        7 => new JsonArray([.. Enumerable.Range(0, random.Next(4)).Select(_ => RandomValue(random, depth + 1))]),
        8 => new JsonArray([.. Enumerable.Range(0, random.Next(3)).Select(_ => (JsonNode?)RandomObject(random, depth + 1))]),
        _ => RandomObject(random, depth + 1),
    };

    private static string Malformed(Random random)
    {
        var json = RandomObject(random, 0).ToJsonString();
        return random.Next(3) switch
        {
            0 => json[..random.Next(json.Length)],
            1 => json.Replace(":", ":NaN,", StringComparison.Ordinal),
            _ => JsonSerializer.Serialize(Pick(random, Words)),
        };
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
