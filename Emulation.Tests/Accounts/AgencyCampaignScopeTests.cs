using System.Net;
using Emulation.Domain.Organization;
using Emulation.Domain.Statistics;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Data.Seed;
using Emulation.Web.Services;
using Emulation.Web.Services.Accounts;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Council;
using Emulation.Web.Services.Decisions;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Home;
using Emulation.Web.Services.Organization;
using Emulation.Web.Services.Records;
using Emulation.Web.Services.Statistics;
using Emulation.Web.Services.Submissions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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

    private sealed record SecondAgency(int Agency, int Department, Actor Officer, Actor Leader, Actor Council, Actor Head)
    {
        public IEnumerable<Actor> Everyone => [Officer, Leader, Council, Head];
    }

    /// <summary>
    /// Agency <paramref name="code"/> with a department <c>{code}-TC</c>, made by the province's administrator, and its
    /// officer <c>cd.{code}</c>, leader <c>ld.{code}</c> and council member <c>hd.{code}</c> bound to the agency and head
    /// <c>tp.{code}</c> bound to the department, each with the demo password.
    /// </summary>
    private async Task<SecondAgency> SecondAgencyAsync(string code)
    {
        var organization = App.Service<OrganizationService>();
        var province = await App.ActorAsync("quantri");
        var agency = await organization.CreateAsync(province, new NewUnit(code, $"Sở thử nghiệm {code}"), UnitKind.Agency, null);
        Assert.True(agency.IsSuccess, string.Join(", ", agency.Errors.Select(e => e.Code)));
        var department = await organization.CreateAsync(province, new NewUnit($"{code}-TC", "Phòng Tổ chức"), UnitKind.Department, agency.Value);
        Assert.True(department.IsSuccess, string.Join(", ", department.Errors.Select(e => e.Code)));
        await using var scope = App.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var (user, role, unit) in new[]
        {
            ($"cd.{code}", Roles.UnionOfficer, code), ($"ld.{code}", Roles.Leadership, code),
            ($"hd.{code}", Roles.CouncilMember, code), ($"tp.{code}", Roles.DepartmentHead, $"{code}-TC"),
        })
        {
            var made = await accounts.CreateAsync(province, new NewAccount(user, $"Người của {code}", [role], unit, null));
            Assert.True(made.IsSuccess, string.Join(", ", made.Errors.Select(e => e.Code)));
            Assert.True((await users.AddPasswordAsync((await users.FindByNameAsync(user))!, DemoDataSeeder.DemoPassword)).Succeeded);
        }

        return new SecondAgency(agency.Value, department.Value, await App.ActorAsync($"cd.{code}"),
            await App.ActorAsync($"ld.{code}"), await App.ActorAsync($"hd.{code}"), await App.ActorAsync($"tp.{code}"));
    }

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
