using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Units;
using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Components;

/// <summary>A head's "Đơn vị của tôi" lists the launched campaigns as links to the unit's workspace, each with its stage.</summary>
[Trait("Category", "Fast")]
public sealed class MyUnitPageTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public async Task TheLaunchedCampaign_IsALinkToTheUnitsWorkspace_WithItsStage()
    {
        var unit = await App.UnitIdAsync("TH");
        var campaign = await App.SeededCampaignIdAsync();
        await using var db = await App.DbAsync();
        var name = await db.Campaigns.Where(c => c.Id == campaign).Select(c => c.Name).SingleAsync(Xunit.TestContext.Current.CancellationToken);
        SignInAs("tp.th", Roles.DepartmentHead, unit);

        var page = Render<MyUnitPage>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=my-campaigns] a")));
        var link = page.Find($"[data-testid=my-campaigns] a[href='campaigns/{campaign}/units/{unit}']");
        Assert.Equal(name, link.TextContent.Trim());
        Assert.NotNull(link.ParentElement!.QuerySelector("[data-testid=status]"));
        Assert.Empty(page.FindAll("[data-testid=my-campaigns-empty]"));
    }
}
