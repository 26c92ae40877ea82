using Emulation.Domain.Awards;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Services;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Staff;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Staff;

/// <summary>
/// Staff pledge in the campaigns their unit takes part in, as the unit's own pledge does: a member of staff of a unit left
/// out of every bloc of a campaign taking pledges is refused (<c>campaign.unit_not_in_blocs</c>), and their page says why
/// instead of offering the form; staff of a unit in a bloc still pledge.
/// </summary>
public sealed class StaffPledgeOutsideBlocsTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    private static Actor StaffMember(int personId) =>
        new("staff-" + personId, "nv." + personId, new HashSet<string> { Roles.Staff }, null, personId);

    [Fact]
    public async Task StaffOfAUnitInNoBloc_AreRefusedTheirPledge_AndTheirPageSaysWhy()
    {
        var campaignId = await App.SeededCampaignIdAsync();
        var outside = await App.UnitIdAsync("KT");
        var inside = await App.UnitIdAsync("TH");
        int outsider, insider;
        await using (var db = await App.DbAsync())
        {
            // KT leaves the campaign's blocs (an officer would have left it out before launch).
            await db.BlocMembers.Where(m => m.CampaignId == campaignId && m.UnitId == outside)
                .ExecuteDeleteAsync(TestContext.Current.CancellationToken);
            outsider = await db.People.Where(p => p.UnitId == outside && p.LeftOn == null).OrderBy(p => p.Id).Select(p => p.Id)
                .FirstAsync(TestContext.Current.CancellationToken);
            insider = await db.People.Where(p => p.UnitId == inside && p.LeftOn == null).OrderByDescending(p => p.Id).Select(p => p.Id)
                .FirstAsync(TestContext.Current.CancellationToken);
        }

        var staff = App.Service<StaffService>();
        var refused = await staff.SavePledgeAsync(StaffMember(outsider), campaignId, outsider, Title.AdvancedWorker, "Hoàn thành tốt nhiệm vụ");
        Assert.Equal(CampaignParticipation.NotTakingPartCode, Assert.Single(refused.Errors).Code);
        var seen = Assert.Single(await staff.GetPledgesAsync(StaffMember(outsider)), p => p.CampaignId == campaignId);
        Assert.False(seen.TakesPart);
        Assert.False(seen.Open);
        await using (var db = await App.DbAsync())
        {
            Assert.False(await db.Set<Emulation.Domain.Pledges.PersonalPledge>()
                .AnyAsync(p => p.PersonId == outsider, TestContext.Current.CancellationToken));
        }

        var own = Assert.Single(await staff.GetPledgesAsync(StaffMember(insider)), p => p.CampaignId == campaignId);
        Assert.True(own.TakesPart);
        Assert.True(own.Open);
        Assert.NotEmpty(own.Choices);
        var title = own.Choices[0];
        Assert.True((await staff.SavePledgeAsync(StaffMember(insider), campaignId, insider, title, "Phấn đấu")).IsSuccess);
    }

    [Fact]
    public async Task AMemberOfStaff_CannotPledgeForAnother()
    {
        var campaignId = await App.SeededCampaignIdAsync();
        var th = await App.UnitIdAsync("TH");
        List<int> people;
        await using (var db = await App.DbAsync())
        {
            people = await db.People.Where(p => p.UnitId == th && p.LeftOn == null).OrderBy(p => p.Id).Select(p => p.Id).Take(2)
                .ToListAsync(TestContext.Current.CancellationToken);
        }

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            App.Service<StaffService>().SavePledgeAsync(StaffMember(people[0]), campaignId, people[1], Title.AdvancedWorker, null));
    }
}
