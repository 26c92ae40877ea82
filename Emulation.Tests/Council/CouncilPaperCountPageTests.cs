using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Council;
using Emulation.Web.Data;
using MudBlazor;

namespace Emulation.Tests.Council;

/// <summary>The secretary's count of paper ballots is read as typed, never clamped (issue 20, item 5).</summary>
public sealed class CouncilPaperCountPageTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public async Task ANegativeCount_StaysInItsFieldWithTheReason_AndNothingIsRecorded_UntilItIsCorrected()
    {
        var scenario = await CouncilScenario.SeedConsultedAsync(App);
        await CouncilDriver.OpenWithAllPresentAsync(App, scenario.CampaignId);
        SignInAs("congdoan", Roles.UnionOfficer);
        var page = Render<CouncilPage>(p => p.Add(x => x.CampaignId, scenario.CampaignId));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=paper-count-form]")), TimeSpan.FromSeconds(10));
        var nomination = page.FindComponents<MudSelect<int>>()
            .Single(s => s.Instance.UserAttributes.TryGetValue("data-testid", out var id) && Equals(id, "paper-nomination"));
        await page.InvokeAsync(() => nomination.Instance.ValueChanged.InvokeAsync(scenario.Worker));

        page.Find("input[data-testid=paper-yes]").Change("-2");
        page.Find("[data-testid=record-paper-count]").Click();

        page.WaitForAssertion(() => Assert.Contains("Giá trị không được nhỏ hơn 0.", page.Find("[data-testid=paper-count-form]").TextContent,
            StringComparison.Ordinal));
        Assert.Equal("-2", page.Find("input[data-testid=paper-yes]").GetAttribute("value"));
        Assert.Contains("Có ô số chưa đọc được", page.Find("[data-testid=errors]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=council-message]"));

        page.Find("input[data-testid=paper-yes]").Change("3");
        page.Find("[data-testid=record-paper-count]").Click();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=council-message]")));
    }
}
