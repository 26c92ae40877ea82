using System.Net;
using Emulation.Domain.Statistics;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Council;
using Emulation.Web.Services.Decisions;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Home;
using Emulation.Web.Services.Records;
using Emulation.Web.Services.Statistics;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Accounts;

/// <summary>
/// Two agencies in one database: the demo office (agency A) and a second agency B, whose union officer, leader, council
/// member (each bound to B's node) and department head (bound to B's department) try the office's campaign through the
/// services, the API and the pages: nothing of it is found (404, or the page's "not found"), listed, counted or acted on,
/// while the office's own accounts see it as before. Each test makes its own agency, with its own codes.
/// </summary>
public sealed class AgencyCampaignScopeTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static readonly StatisticsQuery AllYears = new(new DateOnly(2000, 1, 1), new DateOnly(2030, 12, 31), null);

    private EmulationAppFactory App => fixture.App;

    private Task<SecondAgency> SecondAgencyAsync(string code) => App.SecondAgencyAsync(code);

    [Fact]
    public async Task TheSecondAgencysRoles_FindNothingOfTheOfficesCampaign_InTheServices()
    {
        var b = await SecondAgencyAsync("SNA1");
        var campaignId = await App.SeededCampaignIdAsync();
        var campaigns = App.Service<CampaignService>();

        foreach (var actor in b.Everyone)
        {
            Assert.DoesNotContain(await campaigns.ListAsync(actor), c => c.Id == campaignId);
            Assert.Null(await campaigns.GetAsync(actor, campaignId));
            Assert.Null(await App.Service<CampaignSetupService>().BlocsAsync(actor, campaignId));
        }

        Assert.Null(await App.Service<ReviewService>().ProgressAsync(b.Officer, campaignId));
        var dashboard = App.Service<ReviewDashboardService>();
        Assert.Null(await dashboard.SummaryAsync(b.Leader, campaignId));
        Assert.Equal(0, (await dashboard.RecommendationsAsync(b.Council, campaignId, new RecommendationQuery())).Total);
        Assert.Equal(0, (await dashboard.UnitsAsync(b.Officer, campaignId, new UnitQuery())).Total);
        Assert.Null(await App.Service<SubmissionService>().GetWorkspaceAsync(b.Head, campaignId, b.Department));
        // Acting on it is refused as for a campaign that does not exist; nothing moved.
        Assert.False((await campaigns.MoveAsync(b.Officer, campaignId, CampaignStep.OpenResults)).IsSuccess);
        Assert.Empty((await App.Service<HomeService>().OfficerAsync(b.Officer)).Campaigns);
        Assert.Empty(await App.Service<HomeService>().HeadAsync(b.Head));
        Assert.Empty(await App.Service<HomeService>().LeadershipAsync(b.Leader));
        Assert.DoesNotContain(await App.Service<CouncilSessionService>().ListAsync(b.Officer), s => s.CampaignId == campaignId);
        Assert.DoesNotContain(await App.Service<DecisionService>().ListAsync(b.Leader), d => d.CampaignId == campaignId);

        // The office's own accounts (bound to no unit: the whole deployment) see it as before.
        Assert.Contains(await campaigns.ListAsync(TestActors.Officer), c => c.Id == campaignId);
        Assert.NotNull(await campaigns.GetAsync(TestActors.Officer, campaignId));
        Assert.NotNull(await App.Service<ReviewService>().ProgressAsync(TestActors.Officer, campaignId));
        Assert.Contains(await App.Service<HomeService>().HeadAsync(TestActors.HeadOf(await App.UnitIdAsync("TH"))),
            c => c.CampaignId == campaignId);
    }

    [Fact]
    public async Task TheSecondAgencysLeader_ListsAndCountsNoneOfTheOfficesAwardsUnitsOrPeople()
    {
        var b = await SecondAgencyAsync("SNA2");
        var th = await App.UnitIdAsync("TH");
        var lookup = App.Service<LookupService>();
        var statistics = App.Service<StatisticsService>();
        var total = new StatCell(ProvinceSummary.Total, ProvinceSummary.Total);
        Assert.NotEqual(0, (await lookup.ListAwardsAsync(TestActors.Leader, new AwardFilter(), 0, 5)).Total);
        Assert.NotEqual(0, (await statistics.ListAsync(TestActors.Leader, StatisticsReport.Summary, AllYears, total)).Value.Count);

        Assert.Equal(0, (await lookup.ListAwardsAsync(b.Leader, new AwardFilter(), 0, 5)).Total);
        Assert.Equal(0, (await statistics.ListAsync(b.Leader, StatisticsReport.Summary, AllYears, total)).Value.Count);
        var sheet = await statistics.SheetAsync(b.Leader, StatisticsReport.Summary, AllYears);
        Assert.DoesNotContain(sheet.Value.Units, u => u.Id == th);
        Assert.DoesNotContain(await lookup.UnitsAsync(b.Leader), u => u.Code == "TH");
        var found = await lookup.SearchAsync(b.Leader, "Phòng", 0, 50);
        Assert.DoesNotContain(found.Units, u => u.Code == "TH");
        Assert.All(found.People, p => Assert.Equal("Phòng Tổ chức", p.UnitName));
    }

    [Fact]
    public async Task TheSecondAgencysAccounts_ThroughTheApi_AreAnswered404_ForTheOfficesCampaign()
    {
        var b = await SecondAgencyAsync("SNA3");
        var id = await App.SeededCampaignIdAsync();
        using var officer = App.Bearer(await App.TokenForAsync(b.Officer.UserName));
        using var leader = App.Bearer(await App.TokenForAsync(b.Leader.UserName));
        using var head = App.Bearer(await App.TokenForAsync(b.Head.UserName));

        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/v1/campaigns/{id}/nominations")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/v1/campaigns/{id}/scores")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.PostAsync($"/api/v1/campaigns/{id}/open-results", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"/api/v1/campaigns/{id}/recommendations")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync($"/api/v1/campaigns/{id}/pledges/SNA3-TC")).StatusCode);
        // Naming the office's units in a campaign of its own is refused as naming units that do not exist.
        using var created = await officer.PostAsync("/api/v1/campaigns", ApiClients.Json("""
            {"code":"SNA3-2026","name":"Thi đua SNA3","year":2026,"kind":"yearly",
             "blocs":[{"code":"K1","name":"Khối 1","unitCodes":["TH"]}],
             "criteria":[{"code":"C1","group":"","name":"Văn bản","unit":"","maxPoints":100,"method":"proportional","direction":"higherIsBetter"}]}
            """));
        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        Assert.Contains("blocs", await created.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The office's officer still reads it.
        using var office = await App.AsUserAsync("congdoan");
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync($"/api/v1/campaigns/{id}/nominations")).StatusCode);
    }

    /// <summary>The lists a role may read whole: what they hold is the caller's agency's (or nothing of the office's).</summary>
    private static readonly string[] Lists =
        ["/api/v1/units", "/api/v1/users", "/api/v1/council/sessions", "/api/v1/decisions", "/api/v1/council/members"];

    /// <summary>
    /// Every route of the API, tried by each role of the second agency on the office's records (its current campaign,
    /// the first id of everything else, Phòng Tổng hợp and its first person), with an empty body: never a server error,
    /// no write accepted, no record of the office read, and no list naming the office's campaign or units.
    /// </summary>
    [Fact]
    public async Task TheSecondAgencysRoles_OnEveryRouteOfTheApi_NeitherReadNorChangeTheOffice()
    {
        var b = await SecondAgencyAsync("SNA6");
        var id = await App.SeededCampaignIdAsync();
        string campaignName;
        await using (var db = await App.DbAsync())
        {
            campaignName = await db.Campaigns.Where(c => c.Id == id).Select(c => c.Name).SingleAsync();
        }

        var answers = new List<string>();
        foreach (var actor in b.Everyone)
        {
            using var client = App.Bearer(await App.TokenForAsync(actor.UserName));
            foreach (var (method, route) in ApiAuthTests.RouteList)
            {
                var path = route.Replace("/campaigns/1/", $"/campaigns/{id}/", StringComparison.Ordinal);
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method != "GET")
                {
                    request.Content = ApiClients.Json("{}");
                }

                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                var isList = method == "GET" && Lists.Contains(path);
                var wrong = status >= 500 ||
                    (status < 300 && !isList) ||
                    (isList && (body.Contains(campaignName, StringComparison.Ordinal) || body.Contains("\"TH\"", StringComparison.Ordinal)));
                if (wrong)
                {
                    answers.Add($"{actor.UserName} {method} {path} → {status}");
                }
            }
        }

        Assert.True(answers.Count == 0, string.Join(Environment.NewLine, answers));
    }

    /// <summary>
    /// A valid body for each write route of <see cref="ApiAuthTests.RouteList"/>, naming the office's records: its unit
    /// and person, its nomination <c>{n}</c>, award <c>{a}</c> and the demo board <c>{board}</c>.
    /// </summary>
    /// <summary>What stands for the office's record in a route's path, by the collection it names.</summary>
    private static readonly Dictionary<string, string> Placeholders = new(StringComparer.Ordinal)
    {
        ["campaigns"] = "{c}", ["sessions"] = "{s}", ["decisions"] = "{d}", ["nominations"] = "{n}", ["dossiers"] = "{p}",
    };

    private static readonly Dictionary<string, string> ValidBodies = new(StringComparer.Ordinal)
    {
        ["PUT /api/v1/units/TH"] = """{"name":"Phòng Tổng hợp","kind":"department"}""",
        ["PUT /api/v1/people/TH-001"] = """{"fullName":"Người đổi tên","gender":"female","unitCode":"TH","recruitedOn":"2015-01-01"}""",
        ["PUT /api/v1/people/TH-001/years/2025"] = """{"rating":"poor","monthsWorked":12,"maternityLeaveMonths":0,"pendingReview":false}""",
        ["PUT /api/v1/units/TH/years/2025"] = """{"rating":"poor","titles":[],"awards":[]}""",
        ["POST /api/v1/campaigns"] = """
            {"code":"TD-SNA7","name":"Thi đua","year":2026,"kind":"yearly","blocs":[{"code":"K1","name":"Khối 1","unitCodes":["TH"]}],
             "criteria":[{"code":"C1","group":"","name":"Văn bản","unit":"","maxPoints":100,"method":"proportional","direction":"higherIsBetter"}]}
            """,
        ["POST /api/v1/users"] = """{"userName":"nhap.sna7","fullName":"Người nhập","roles":["departmentHead"],"unitCode":"TH"}""",
        ["POST /api/v1/users/congdoan/tokens"] = """{"name":"Của người khác"}""",
        ["PUT /api/v1/campaigns/{c}/pledges/TH"] = """{"targets":{"C1":1},"titles":[],"people":[]}""",
        ["PUT /api/v1/campaigns/{c}/results/TH"] = """{"values":{"C1":1},"bonuses":{},"penalties":{}}""",
        ["PUT /api/v1/campaigns/{c}/proceedings/TH"] = """{"text":"Đang xem xét kỷ luật","since":"2026-01-05"}""",
        ["POST /api/v1/council/sessions/{s}/votes"] = """{"votes":[{"nominationId":{n},"choice":"no"}]}""",
        ["POST /api/v1/campaigns/{c}/decisions"] = """{"number":"901/QĐ-SNA7","date":"2026-12-01","nominationIds":[{n}]}""",
        ["POST /api/v1/decisions/{d}/revoke"] = """{"number":"902/QĐ-SNA7","date":"2026-12-01","reason":"Thu hồi","awardIds":[{a}]}""",
        ["POST /api/v1/campaigns/{c}/council-sessions"] = """{"heldOn":"2026-12-01"}""",
        ["PUT /api/v1/council/sessions/{s}/attendance"] = """{"present":["hoidong1"]}""",
        ["POST /api/v1/council/sessions/{s}/written-ballots"] = """{"memberUserName":"hoidong1","nominationId":{n},"choice":"no"}""",
        ["PUT /api/v1/council/sessions/{s}/paper-counts"] = """{"nominationId":{n},"yes":0,"no":5,"abstain":0}""",
        ["POST /api/v1/council/sessions/{s}/receipts"] = """{"code":"ABCD-EFGH"}""",
        ["POST /api/v1/campaigns/{c}/nominations"] = """{"unitCode":"TH","title":"collectiveCertificateOfCommendation","reason":"Đề nghị hộ"}""",
        ["POST /api/v1/campaigns/{c}/nominations/reject"] = """{"nominationIds":[{n}],"reason":"Không"}""",
        ["POST /api/v1/nominations/{n}/withdraw"] = """{"reason":"Rút"}""",
        ["POST /api/v1/nominations/{n}/approve"] = """{"number":"903/QĐ-SNA7","date":"2026-12-01"}""",
        ["POST /api/v1/nominations/{n}/reject"] = """{"reason":"Không"}""",
        ["POST /api/v1/campaigns/{c}/dossiers"] = """{"number":"90/TTr-SNA7","date":"2026-12-01","recipient":"Chủ tịch UBND tỉnh","receivingBoardId":{board},"nominationIds":[{n}]}""",
        ["POST /api/v1/dossiers/{p}/resend"] = """{"number":"91/TTr-SNA7","date":"2026-12-02"}""",
        ["POST /api/v1/dossiers/{p}/return"] = """{"reason":"Trả lại"}""",
        ["POST /api/v1/dossiers/{p}/withdraw"] = """{"nominationIds":[{n}],"reason":"Rút"}""",
        ["POST /api/v1/dossiers/{p}/add"] = """{"nominationIds":[{n}]}""",
        ["POST /api/v1/dossiers/{p}/outcome"] = """{"granted":false,"reason":"Không đủ điều kiện","nominationIds":[{n}]}""",
        ["POST /api/v1/board/dossiers/{p}/notes"] = """{"nominationId":{n},"text":"Đủ điều kiện"}""",
        ["POST /api/v1/board/dossiers/{p}/consultations"] = """{"publishedOn":"2026-12-01"}""",
    };

    /// <summary>
    /// Every write route of the API, sent by each role of the second agency (its administrator included) with a valid
    /// body and <c>If-Match: *</c> against the office's records — both its campaigns, a nomination, council session,
    /// decision, award and a dossier sent to the board: never a server error, never accepted, and nothing saved under
    /// any of their names (every save is audited under its author).
    /// </summary>
    [Fact]
    public async Task TheSecondAgencysRoles_WithValidBodies_OnEveryWriteRoute_ChangeNothingOfTheOffice()
    {
        var b = await SecondAgencyAsync("SNA7");
        var (dossier, _, board) = await Emulation.Tests.Proposals.BoardScenario.SentAsync(App, "77/TTr-VP",
            Emulation.Domain.Awards.Title.ProvincialEmulationFighter);
        var campaigns = new[] { Emulation.Tests.Decisions.DecisionScenario.CampaignId, await App.SeededCampaignIdAsync() };
        var tokens = new Dictionary<Emulation.Web.Services.Actor, string>();
        foreach (var actor in b.EveryRole)
        {
            tokens[actor] = await App.TokenForAsync(actor.UserName);
        }

        Dictionary<string, int> ids;
        long lastEntry;
        await using (var db = await App.DbAsync())
        {
            var past = campaigns[0];
            ids = new(StringComparer.Ordinal)
            {
                // The office's first of each (1, an id naming nothing, where the demo holds none).
                ["{n}"] = await db.Nominations.Where(n => n.CampaignId == past).OrderBy(n => n.Id).Select(n => n.Id).FirstOrDefaultAsync() is var n and > 0 ? n : 1,
                ["{s}"] = await db.CouncilSessions.OrderBy(x => x.Id).Select(x => x.Id).FirstOrDefaultAsync() is var s and > 0 ? s : 1,
                ["{d}"] = await db.Decisions.OrderBy(d => d.Id).Select(d => d.Id).FirstOrDefaultAsync() is var d and > 0 ? d : 1,
                ["{a}"] = await db.Awards.OrderBy(a => a.Id).Select(a => a.Id).FirstOrDefaultAsync() is var a and > 0 ? a : 1,
                ["{p}"] = dossier,
                ["{board}"] = board,
            };
            lastEntry = await db.AuditEntries.MaxAsync(e => e.Id);
        }

        var answers = new List<string>();
        foreach (var actor in b.EveryRole)
        {
            using var client = App.Bearer(tokens[actor]);
            foreach (var (method, route) in ApiAuthTests.RouteList.Where(r => r.Method != "GET"))
            {
                var template = System.Text.RegularExpressions.Regex.Replace(route, @"/(campaigns|sessions|decisions|nominations|dossiers)/1(/|$)",
                    m => $"/{m.Groups[1].Value}/{Placeholders[m.Groups[1].Value]}{m.Groups[2].Value}");
                foreach (var campaign in template.Contains("{c}", StringComparison.Ordinal) ? campaigns : campaigns[..1])
                {
                    var body = ValidBodies.GetValueOrDefault($"{method} {template}", "{}");
                    var path = template.Replace("{c}", campaign.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
                    foreach (var (name, value) in ids)
                    {
                        var text = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                        path = path.Replace(name, text, StringComparison.Ordinal);
                        body = body.Replace(name, text, StringComparison.Ordinal);
                    }

                    using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = ApiClients.Json(body) };
                    request.Headers.TryAddWithoutValidation("If-Match", "*");
                    using var response = await client.SendAsync(request);
                    var status = (int)response.StatusCode;
                    if (status >= 500 || status < 300)
                    {
                        answers.Add($"{actor.UserName} {method} {path} {body} → {status} {await response.Content.ReadAsStringAsync()}");
                    }
                }
            }
        }

        Assert.True(answers.Count == 0, string.Join(Environment.NewLine, answers));
        var names = b.EveryRole.Select(a => a.UserName).ToList();
        await using (var db = await App.DbAsync())
        {
            var saved = await db.AuditEntries.Where(e => e.Id > lastEntry && names.Contains(e.UserName) && e.Entity != "Refusal")
                .Select(e => e.UserName + " " + e.Action + " " + e.Entity + " " + e.EntityKey).ToListAsync();
            Assert.True(saved.Count == 0, string.Join(Environment.NewLine, saved));
        }
    }

    [Fact]
    public async Task TheSecondAgencysOfficer_CreatesCampaignsOfItsAgency_WithOnlyItsUnitsInTheBlocs()
    {
        var b = await SecondAgencyAsync("SNA4");
        var th = await App.UnitIdAsync("TH");
        var setup = App.Service<CampaignSetupService>();

        var created = await App.Service<CampaignService>().CreateDraftAsync(b.Officer,
            new CampaignDraftInput { Name = "Phong trào của Sở SNA4", Year = 2026 });

        Assert.True(created.IsSuccess, string.Join(", ", created.Errors.Select(e => e.Code)));
        await using (var db = await App.DbAsync())
        {
            Assert.Equal(b.Agency, await db.Campaigns.Where(c => c.Id == created.Value).Select(c => c.AgencyId).SingleAsync());
            Assert.All(await db.BlocMembers.Where(m => m.CampaignId == created.Value).Select(m => m.UnitId).ToListAsync(),
                unit => Assert.Contains(unit, new[] { b.Agency, b.Department }));
        }

        var blocs = (await setup.BlocsAsync(b.Officer, created.Value))!;
        Assert.DoesNotContain(blocs.Unassigned.Concat(blocs.Blocs.SelectMany(x => x.Units)), u => u.Id == th);
        var moved = await setup.ChangeBlocsAsync(b.Officer, created.Value, new BlocEdit.MoveUnit(th, blocs.Blocs[0].Id));
        Assert.Equal("records.not_found", Assert.Single(moved.Errors).Code);
        // The office's head does not see it; the office's officer, bound to nothing (the whole deployment), does.
        Assert.Contains(await App.Service<CampaignService>().ListAsync(TestActors.Officer), c => c.Id == created.Value);
        Assert.DoesNotContain(await App.Service<CampaignService>().ListAsync(TestActors.HeadOf(th)), c => c.Id == created.Value);
        // With two agencies, an account bound to nothing cannot tell whose a new campaign is.
        var unbound = await App.Service<CampaignService>().CreateDraftAsync(TestActors.Officer,
            new CampaignDraftInput { Name = "Phong trào không rõ cơ quan", Year = 2026 });
        Assert.Equal(CampaignSetupService.AgencyUnknown().Code, Assert.Single(unbound.Errors).Code);
    }

    [Fact]
    public async Task TheSecondAgencysOfficer_OnThePages_SeesNoneOfTheOfficesCampaign()
    {
        var b = await SecondAgencyAsync("SNA5");
        var id = await App.SeededCampaignIdAsync();
        string name;
        await using (var db = await App.DbAsync())
        {
            name = await db.Campaigns.Where(c => c.Id == id).Select(c => c.Name).SingleAsync();
        }

        using var officer = await App.SignedInClientAsync(b.Officer.UserName);
        foreach (var path in new[] { "/campaigns", $"/campaigns/{id}", $"/campaigns/{id}/progress", $"/evaluation/{id}", $"/council/{id}", "/" })
        {
            using var page = await officer.GetAsync(path);
            Assert.True(page.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound or HttpStatusCode.Forbidden,
                $"{path}: {page.StatusCode}");
            Assert.DoesNotContain(name, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var office = await App.SignedInClientAsync("congdoan");
        Assert.Contains(name, await office.GetStringAsync("/campaigns"), StringComparison.Ordinal);
    }
}
