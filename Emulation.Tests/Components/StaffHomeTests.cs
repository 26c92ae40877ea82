using Bunit;
using Emulation.Domain.Awards;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Home;
using Emulation.Web.Data;
using Emulation.Web.Services;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Staff;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Components;

/// <summary>A member of staff's home lists every campaign taking personal pledges, each with where their pledge stands.</summary>
[Trait("Category", "Fast")]
public sealed class StaffHomeTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public async Task TwoCampaignsTakingPledges_BothAreListed_WithWhereEachPledgeStands()
    {
        await using var db = await App.DbAsync();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "nv.th1", Xunit.TestContext.Current.CancellationToken);
        var personId = user.PersonId!.Value;
        var seeded = await App.SeededCampaignIdAsync();
        var seededName = await db.Campaigns.Where(c => c.Id == seeded).Select(c => c.Name).SingleAsync(Xunit.TestContext.Current.CancellationToken);
        var thematic = await App.Service<CampaignService>().LaunchWithCriteriaAsync("Đợt thi đua cải cách hành chính", 1);
        var staff = new Actor(user.Id, "nv.th1", new HashSet<string> { Roles.Staff }, null, personId);
        Assert.True((await App.Service<StaffService>().SavePledgeAsync(staff, thematic, personId, Title.AdvancedWorker, null)).IsSuccess);
        SignInAs(user.Id, Roles.Staff, personId: personId);

        var section = Render<StaffSection>();

        section.WaitForAssertion(() => Assert.Equal(2, section.FindAll("[data-testid=home-own-pledge]").Count));
        var items = section.FindAll("[data-testid=home-own-pledge]").ToDictionary(li => li.QuerySelector("a")!.TextContent.Trim());
        Assert.Contains("Đã đăng ký: Lao động tiên tiến", items["Đợt thi đua cải cách hành chính"].TextContent, StringComparison.Ordinal);
        Assert.Contains("Bạn chưa đăng ký", items[seededName].TextContent, StringComparison.Ordinal);
        // The deadline keeps its own margin: a separator before it read as a double space.
        Assert.DoesNotContain("·", items[seededName].TextContent, StringComparison.Ordinal);
        Assert.All(items.Values, li => Assert.Equal("me/pledge", li.QuerySelector("a")!.GetAttribute("href")));
    }
}
