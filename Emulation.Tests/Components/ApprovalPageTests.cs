using Bunit;
using Emulation.Domain.Awards;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Approval;
using Emulation.Web.Data;

namespace Emulation.Tests.Components;

/// <summary>The leadership's approval page offers its decision form only while nominations wait for it.</summary>
[Trait("Category", "Fast")]
public sealed class ApprovalPageTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public async Task TheDecisionForm_IsShownOnlyWhileSomethingWaits()
    {
        SignInAs("lanhdao", Roles.Leadership);

        var empty = Render<ApprovalPage>(p => p.Add(x => x.CampaignId, DecisionScenario.CampaignId));
        empty.WaitForAssertion(() => Assert.NotNull(empty.Find("[data-testid=nomination-table]")));
        Assert.Empty(empty.FindAll("[data-testid=decision-form]"));
        Assert.Empty(empty.FindAll("[data-testid=nomination-selection]"));

        await DisposeComponentsAsync();
        await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 1);
        var waiting = Render<ApprovalPage>(p => p.Add(x => x.CampaignId, DecisionScenario.CampaignId));
        waiting.WaitForAssertion(() => Assert.NotNull(waiting.Find("[data-testid=decision-form]")));
        Assert.Contains("1", waiting.Find("[data-testid=selected-count]").TextContent, StringComparison.Ordinal);
    }
}
