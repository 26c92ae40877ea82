using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Organization;
using Emulation.Domain.Pledges;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Data.Seed;
using Emulation.Web.Services;
using Emulation.Web.Services.Decisions;
using Emulation.Web.Services.Organization;
using Emulation.Web.Services.Staff;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Staff;

/// <summary>
/// A member of staff acts on their own record only: their pledge, their profile, their nominations; their department
/// head reads the unit's pledges; nobody else's record is reachable through them.
/// </summary>
public sealed class StaffServiceTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private StaffService Service => fixture.App.Service<StaffService>();

    /// <summary>The seeded staff account as the app would see it: role Staff and its person record.</summary>
    private async Task<Actor> StaffAsync(string userName)
    {
        await using var db = await fixture.App.DbAsync();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName);
        return new Actor(user.Id, userName, new HashSet<string> { Roles.Staff }, null, user.PersonId);
    }

    [Fact]
    public async Task SavePledge_ForOneself_IsRegistered_ThenChanged()
    {
        var me = await StaffAsync("nv.th1");
        var campaign = await fixture.App.SeededCampaignIdAsync();

        var registered = await Service.SavePledgeAsync(me, campaign, me.PersonId!.Value, Title.AdvancedWorker, "Hoàn thành tốt nhiệm vụ.");
        var changed = await Service.SavePledgeAsync(me, campaign, me.PersonId.Value, Title.GrassrootsEmulationFighter, "Có một sáng kiến.");

        Assert.True(registered.IsSuccess, string.Join("; ", registered.Errors));
        Assert.True(changed.IsSuccess, string.Join("; ", changed.Errors));
        var mine = (await Service.GetPledgesAsync(me)).Single(p => p.CampaignId == campaign);
        Assert.True(mine.Open);
        Assert.Equal([Title.AdvancedWorker, Title.GrassrootsEmulationFighter], mine.Choices);
        Assert.Equal(Title.GrassrootsEmulationFighter, mine.Title);
        Assert.Equal("Có một sáng kiến.", mine.Commitment);
        await using var db = await fixture.App.DbAsync();
        Assert.Equal(1, await db.Set<PersonalPledge>().CountAsync(p => p.PersonId == me.PersonId && p.CampaignId == campaign));
    }

    [Fact]
    public async Task SavePledge_FromTwoTabsOpenedTogether_TheLaterSaveIsAClash_AndTheEarlierIsKept()
    {
        var me = await StaffAsync("nv.th2");
        var campaign = await fixture.App.SeededCampaignIdAsync();
        // Both tabs read the page before either saved (another test of this class may have let nv.th2 pledge already).
        var read = (await Service.GetPledgesAsync(me)).Single(p => p.CampaignId == campaign);

        var first = await Service.SavePledgeAsync(me, campaign, me.PersonId!.Value, Title.AdvancedWorker, "Ghi từ thẻ thứ nhất.",
            read.Version, expectNew: read.Version is null);
        var second = await Service.SavePledgeAsync(me, campaign, me.PersonId.Value, Title.GrassrootsEmulationFighter, "Ghi từ thẻ thứ hai.",
            read.Version, expectNew: read.Version is null);

        Assert.True(first.IsSuccess, string.Join("; ", first.Errors));
        Assert.Equal(ConcurrencyErrors.Code, Assert.Single(second.Errors).Code);
        var kept = (await Service.GetPledgesAsync(me)).Single(p => p.CampaignId == campaign);
        Assert.Equal((Title.AdvancedWorker, "Ghi từ thẻ thứ nhất."), (kept.Title!.Value, kept.Commitment));
        // Having read the other tab's pledge, the second tab saves over it.
        var again = await Service.SavePledgeAsync(me, campaign, me.PersonId.Value, Title.GrassrootsEmulationFighter, "Ghi từ thẻ thứ hai.",
            kept.Version);
        Assert.True(again.IsSuccess, string.Join("; ", again.Errors));
    }

    [Fact]
    public async Task SavePledge_ForAnotherPerson_IsRefused_AndNothingSaved()
    {
        var me = await StaffAsync("nv.th1");
        var colleague = await StaffAsync("nv.th2");
        var campaign = await fixture.App.SeededCampaignIdAsync();
        // Another test of this class may have let the colleague pledge for themselves: compare before and after.
        async Task<string> ColleaguesPledgesAsync()
        {
            await using var db = await fixture.App.DbAsync();
            var rows = await db.Set<PersonalPledge>().AsNoTracking().Where(p => p.PersonId == colleague.PersonId).ToListAsync();
            return string.Join("; ", rows.Select(p => $"{p.CampaignId}:{p.Title}:{p.Commitment}"));
        }

        var before = await ColleaguesPledgesAsync();

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Service.SavePledgeAsync(me, campaign, colleague.PersonId!.Value, Title.GrassrootsEmulationFighter, "x"));

        Assert.Equal(before, await ColleaguesPledgesAsync());
    }

    [Fact]
    public async Task SavePledge_ByAnotherRole_IsRefused()
    {
        var colleague = await StaffAsync("nv.th2");
        var campaign = await fixture.App.SeededCampaignIdAsync();
        var head = TestActors.HeadOf(await fixture.App.UnitIdAsync(DemoDataSeeder.DemoUnitCode));

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Service.SavePledgeAsync(head, campaign, colleague.PersonId!.Value, Title.AdvancedWorker, null));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Service.SavePledgeAsync(TestActors.Officer, campaign, colleague.PersonId!.Value, Title.AdvancedWorker, null));
    }

    [Fact]
    public async Task SavePledge_ATitleNotOffered_OrInACampaignWhoseResultsAreOpen_IsRefused()
    {
        var me = await StaffAsync("nv.th1");
        var seeded = await fixture.App.SeededCampaignIdAsync();
        int closed;
        await using (var db = await fixture.App.DbAsync())
        {
            var campaign = Campaign.Draft("Thi đua đã đóng đăng ký", 2026, CampaignKind.Yearly).Value;
            campaign.AddCriterion(Criterion.Scored("A", "Tiêu chí A", "I", 100, "lần"));
            Assert.True(campaign.ReadyToLaunch().Launch("congdoan", DateTimeOffset.UtcNow, TestCampaigns.Field).IsSuccess);
            campaign.OpenResults("congdoan", DateTimeOffset.UtcNow);
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();
            closed = campaign.Id;
        }

        var notOffered = await Service.SavePledgeAsync(me, seeded, me.PersonId!.Value, Title.ProvincialEmulationFighter, null);
        var late = await Service.SavePledgeAsync(me, closed, me.PersonId.Value, Title.AdvancedWorker, null);

        Assert.Equal("personal_pledge.title_not_offered", Assert.Single(notOffered.Errors).Code);
        Assert.Equal("personal_pledge.window_closed", Assert.Single(late.Errors).Code);
        Assert.False((await Service.GetPledgesAsync(me)).Single(p => p.CampaignId == closed).Open);
    }

    [Fact]
    public async Task Pledges_ACampaignStillTakingPledges_IsListedFirst_HoweverManyNewerCampaignsNoLongerDo()
    {
        var me = await StaffAsync("nv.th1");
        var seeded = await fixture.App.SeededCampaignIdAsync();
        await using (var db = await fixture.App.DbAsync())
        {
            for (var i = 0; i <= StaffService.RecentCampaigns; i++)
            {
                var campaign = Campaign.Draft($"Thi đua mới hơn {i}", 2026, CampaignKind.Yearly).Value;
                campaign.AddCriterion(Criterion.Scored("A", "Tiêu chí A", "I", 100, "lần"));
                Assert.True(campaign.ReadyToLaunch().Launch("congdoan", DateTimeOffset.UtcNow, TestCampaigns.Field).IsSuccess);
                campaign.OpenResults("congdoan", DateTimeOffset.UtcNow);
                db.Campaigns.Add(campaign);
            }

            await db.SaveChangesAsync();
        }

        var pledges = await Service.GetPledgesAsync(me);

        Assert.Equal(StaffService.RecentCampaigns, pledges.Count);
        Assert.True(pledges.Single(p => p.CampaignId == seeded).Open);
        Assert.Equal(pledges.OrderByDescending(p => p.Open).Select(p => p.CampaignId), pledges.Select(p => p.CampaignId));
    }

    [Fact]
    public async Task WhoHasLeft_MakesNoNewPledge_AndIsToldWhy()
    {
        var campaign = await fixture.App.SeededCampaignIdAsync();
        var people = fixture.App.Service<PeopleService>();
        var personId = (await people.AddAsync(TestActors.Admin, new NewPerson("NV-NGHI", "Lê Văn Hưu", Gender.Male, null,
            await fixture.App.UnitIdAsync(DemoDataSeeder.DemoUnitCode), "Chuyên viên", new DateOnly(2010, 1, 1)))).Value;
        var me = new Actor("nv-nghi", "nv.nghi", new HashSet<string> { Roles.Staff }, null, personId);
        Assert.True((await Service.SavePledgeAsync(me, campaign, personId, Title.AdvancedWorker, null)).IsSuccess);
        Assert.True((await people.LeaveAsync(TestActors.Admin, personId,
            new PersonLeaving(LeaveReason.Retired, new DateOnly(2026, 6, 30), null))).IsSuccess);

        var changed = await Service.SavePledgeAsync(me, campaign, personId, Title.GrassrootsEmulationFighter, null);

        Assert.Equal("personal_pledge.person_left", Assert.Single(changed.Errors).Code);
        var kept = Assert.Single(await Service.GetPledgesAsync(me), p => p.CampaignId == campaign);
        Assert.Equal((Title.AdvancedWorker, false), (kept.Title, kept.Open));
        Assert.Equal(new DateOnly(2026, 6, 30), (await Service.GetSelfAsync(me))!.LeftOn);
    }

    [Fact]
    public async Task UnitPledges_AreReadByTheUnitsHead_NotByAnotherUnitsHead_NorByStaff()
    {
        var colleague = await StaffAsync("nv.th2");
        var campaign = await fixture.App.SeededCampaignIdAsync();
        var unit = await fixture.App.UnitIdAsync(DemoDataSeeder.DemoUnitCode);
        Assert.True((await Service.SavePledgeAsync(colleague, campaign, colleague.PersonId!.Value, Title.AdvancedWorker, "Đúng hạn.")).IsSuccess);

        var read = (await Service.GetUnitPledgesAsync(TestActors.HeadOf(unit), unit, campaign))!;

        Assert.Equal(campaign, read.CampaignId);
        var line = Assert.Single(read.Pledges, p => p.PersonId == colleague.PersonId);
        Assert.Equal((Title.AdvancedWorker, "Đúng hạn."), (line.Title, line.Commitment));
        Assert.True(read.StaffCount >= read.Pledges.Count);
        var otherHead = TestActors.HeadOf(await fixture.App.UnitIdAsync("KT"));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Service.GetUnitPledgesAsync(otherHead, unit));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Service.GetUnitPledgesAsync(colleague, unit));
    }

    [Fact]
    public async Task Nominations_ShowOnlyOnesOwn_AtTheirStage_WithoutTheBallot()
    {
        var me = await StaffAsync("nv.th1");
        var colleague = await StaffAsync("nv.th2");
        var campaign = await fixture.App.SeededCampaignIdAsync();
        var unit = await fixture.App.UnitIdAsync(DemoDataSeeder.DemoUnitCode);
        await using (var db = await fixture.App.DbAsync())
        {
            var mine = Nomination.Propose(campaign, me.PersonId, unit, Title.GrassrootsEmulationFighter, TestExplanations.For(Title.GrassrootsEmulationFighter));
            mine.RecordCountedBallot(new BallotTally(7, 7, 6, 1, 0), "congdoan", DateTimeOffset.UtcNow);
            db.Nominations.Add(mine);
            db.Nominations.Add(Nomination.Propose(campaign, colleague.PersonId, unit, Title.AdvancedWorker, TestExplanations.For(Title.AdvancedWorker)));
            await db.SaveChangesAsync();
        }

        var seen = await Service.GetNominationsAsync(me);

        var own = Assert.Single(seen, n => n.CampaignId == campaign);
        Assert.Equal((Title.GrassrootsEmulationFighter, OwnNominationStage.Voted), (own.Title, own.Stage));
        Assert.DoesNotContain(typeof(OwnNominationView).GetProperties(), p => p.PropertyType == typeof(BallotTally));
    }

    [Fact]
    public async Task Profile_OfOneself_IsShown_OfAnotherPerson_IsRefused()
    {
        var me = await StaffAsync("nv.th1");
        var colleague = await StaffAsync("nv.th2");
        var profiles = fixture.App.Service<ProfileService>();

        var own = await profiles.GetPersonAsync(me, me.PersonId!.Value);

        Assert.NotNull(own);
        await Assert.ThrowsAsync<AccessDeniedException>(() => profiles.GetPersonAsync(me, colleague.PersonId!.Value));
        await Assert.ThrowsAsync<AccessDeniedException>(() => profiles.GetPersonXlsxAsync(me, colleague.PersonId!.Value));
        await Assert.ThrowsAsync<AccessDeniedException>(() => profiles.GetPersonAsync(me, int.MaxValue));
        await Assert.ThrowsAsync<AccessDeniedException>(() => profiles.GetUnitAsync(me, own.UnitId));
    }
}
