using System.Net;
using System.Text.Json.Nodes;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Data.Seed;
using Emulation.Web.Services;
using Emulation.Web.Services.Accounts;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Council;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Accounts;

/// <summary>
/// A council sits for its own agency: the office's members (hoidong1 … hoidong5) are bound to the office and never listed
/// to, nor seated on the council of, a second agency; a council account bound to no agency sits on no council and reads
/// no campaign until an administrator binds it.
/// </summary>
public sealed class CouncilBindingTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    private static readonly string[] OfficeCouncil = ["hoidong1", "hoidong2", "hoidong3", "hoidong4", "hoidong5"];

    [Fact]
    public async Task TheDemo_BindsTheOfficesCouncilToTheOffice_AndTheBoardsToTheBoard()
    {
        var office = await App.UnitIdAsync(DemoDataSeeder.AgencyCode);
        var board = await App.UnitIdAsync(DemoDataSeeder.BoardCode);
        await using var db = await App.DbAsync();
        var units = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.UserName!, u => u.UnitId, TestContext.Current.CancellationToken);

        Assert.Equal(TestActors.OfficeId, office);
        Assert.All(OfficeCouncil, name => Assert.Equal(office, units[name]));
        Assert.All(Enumerable.Range(1, 3), n => Assert.Equal(board, units[DemoDataSeeder.BoardCouncilUserName(n)]));
    }

    [Fact]
    public async Task TheSecondAgencysRoles_ListOnlyTheirOwnCouncil_ThroughTheApi()
    {
        var b = await App.SecondAgencyAsync("CBT1");
        foreach (var actor in b.Everyone.Where(a => a.Can(Policies.ReadCouncil)))
        {
            using var client = App.Bearer(await App.TokenForAsync(actor.UserName));
            using var response = await client.GetAsync("/api/v1/council/members", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var names = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsArray()
                .Select(m => (string)m!["userName"]!).ToList();
            Assert.Equal([b.Council.UserName], names);
        }

        // The office's own officer (bound to nothing: the whole deployment) and its bound member see the office's council.
        using var member = await App.AsUserAsync("hoidong1");
        var listed = await member.GetStringAsync("/api/v1/council/members", TestContext.Current.CancellationToken);
        Assert.All(OfficeCouncil, name => Assert.Contains($"\"{name}\"", listed, StringComparison.Ordinal));
        Assert.DoesNotContain(b.Council.UserName, listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDeploymentsOfficer_ListsEveryAgencysCouncil_EachMemberNamedWithTheAgencyTheySitFor()
    {
        var b = await App.SecondAgencyAsync("CBT3");
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var made = await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(await App.ActorAsync("quantri"),
                new NewAccount("hd.cbt3chuagan", "Thành viên chưa gắn", [Roles.CouncilMember], null, null));
            Assert.True(made.IsSuccess, string.Join(", ", made.Errors.Select(e => e.Code)));
        }

        var office = await App.UnitIdAsync(DemoDataSeeder.AgencyCode);
        string officeName, agencyName;
        await using (var db = await App.DbAsync())
        {
            officeName = await db.Units.Where(u => u.Id == office).Select(u => u.Name).SingleAsync(TestContext.Current.CancellationToken);
            agencyName = await db.Units.Where(u => u.Id == b.Agency).Select(u => u.Name).SingleAsync(TestContext.Current.CancellationToken);
        }

        // congdoan is bound to no unit: the whole deployment (decision 0013), so every agency's council, labelled.
        var whole = await App.Service<CouncilSessionService>().CouncilAsync(await App.ActorAsync("congdoan"));
        Assert.All(OfficeCouncil, name => Assert.Equal(officeName, whole.Single(s => s.UserName == name).CouncilOf));
        Assert.Equal(agencyName, whole.Single(s => s.UserName == b.Council.UserName).CouncilOf);
        Assert.DoesNotContain(whole, s => s.UserName == "hd.cbt3chuagan");
        // Agency by agency: each agency's members follow one another.
        var agencies = whole.Select(s => s.CouncilOf).ToList();
        Assert.Equal(agencies.Distinct().Count(), agencies.Where((a, i) => i == 0 || a != agencies[i - 1]).Count());

        // An officer bound to the second agency: only its own council.
        var own = await App.Service<CouncilSessionService>().CouncilAsync(b.Officer);
        Assert.Equal([(b.Council.UserName, agencyName)], own.Select(s => (s.UserName, s.CouncilOf!)));
    }

    [Fact]
    public async Task TheSecondAgencysCouncil_SeatsOnlyItsOwnMembers_AndTheOfficesNoneOfThem()
    {
        var b = await App.SecondAgencyAsync("CBT2");
        var office = await App.UnitIdAsync(DemoDataSeeder.AgencyCode);
        await using var db = await App.DbAsync();

        var seatedForB = await CouncilSessionService.SeatsAsync(db, null, b.Agency);
        var seatedForOffice = await CouncilSessionService.SeatsAsync(db, null, office);

        Assert.Equal([b.Council.UserName], seatedForB.Select(s => s.UserName));
        Assert.All(OfficeCouncil, name => Assert.Contains(seatedForOffice, s => s.UserName == name));
        Assert.DoesNotContain(seatedForOffice, s => s.UserName == b.Council.UserName);
        // Bound to the office itself, a member stands aside only on their own person's unit (hoidong4 on TH).
        Assert.Null(seatedForOffice.Single(s => s.UserName == "hoidong1").UnitId);
        Assert.Equal(await App.UnitIdAsync("TH"), seatedForOffice.Single(s => s.UserName == "hoidong4").UnitId);
    }

    [Fact]
    public async Task ACouncilAccountBoundToNoAgency_SitsOnNoCouncil_AndSeesNothing_UntilAnAdministratorBindsIt()
    {
        var province = await App.ActorAsync("quantri");
        await using var scope = App.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var made = await accounts.CreateAsync(province, new NewAccount("hd.chuagan", "Thành viên chưa gắn", [Roles.CouncilMember], null, null));
        Assert.True(made.IsSuccess, string.Join(", ", made.Errors.Select(e => e.Code)));
        var campaignId = await App.SeededCampaignIdAsync();
        var unbound = await App.ActorAsync("hd.chuagan");
        Assert.Null(unbound.UnitId);

        Assert.Empty(await App.Service<CampaignService>().ListAsync(unbound));
        Assert.Null(await App.Service<CampaignService>().GetAsync(unbound, campaignId));
        Assert.Empty(await App.Service<CouncilSessionService>().CouncilAsync(unbound));
        Assert.Empty(await App.Service<CouncilSessionService>().ListAsync(unbound));
        Assert.True((await accounts.SearchAsync(province, new AccountFilter(Search: "hd.chuagan"), 0, 10)).Rows.Single().AwaitsCouncilBinding);
        await using (var db = await App.DbAsync())
        {
            Assert.DoesNotContain(await CouncilSessionService.SeatsAsync(db, null, await App.UnitIdAsync(DemoDataSeeder.AgencyCode)),
                s => s.UserName == "hd.chuagan");
        }

        using (var client = App.Bearer(await App.TokenForAsync("hd.chuagan")))
        {
            Assert.Equal("[]", await client.GetStringAsync("/api/v1/council/members", TestContext.Current.CancellationToken));
            Assert.Equal(HttpStatusCode.NotFound,
                (await client.GetAsync($"/api/v1/campaigns/{campaignId}/nominations", TestContext.Current.CancellationToken)).StatusCode);
        }

        var bound = await accounts.ChangeRolesAsync(province, "hd.chuagan", [Roles.CouncilMember], DemoDataSeeder.AgencyCode, null);
        Assert.True(bound.IsSuccess, string.Join(", ", bound.Errors.Select(e => e.Code)));
        var member = await App.ActorAsync("hd.chuagan");
        Assert.Contains(await App.Service<CampaignService>().ListAsync(member), c => c.Id == campaignId);
        Assert.Contains(await App.Service<CouncilSessionService>().CouncilAsync(member), s => s.UserName == "hd.chuagan");
        Assert.False((await accounts.SearchAsync(province, new AccountFilter(Search: "hd.chuagan"), 0, 10)).Rows.Single().AwaitsCouncilBinding);
    }
}
