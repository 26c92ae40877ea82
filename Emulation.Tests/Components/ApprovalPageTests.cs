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

    /// <summary>
    /// A decision number is used once: after an approval the field and the selection are empty again, so the next
    /// approval cannot go out under the last number by mistake.
    /// </summary>
    [Fact]
    public async Task AfterAnApproval_TheDecisionNumberAndTheSelectionAreCleared()
    {
        var ids = await DecisionScenario.NominateAsync(App, Title.CertificateOfCommendation, 2);
        SignInAs("lanhdao", Roles.Leadership);
        var page = Render<ApprovalPage>(p => p.Add(x => x.CampaignId, DecisionScenario.CampaignId));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=decision-form]")));
        // The class's other test may have left one waiting: count from what the page offers, not from two.
        var offered = System.Text.RegularExpressions.Regex.Match(page.Find("[data-testid=selected-count]").TextContent, @"/(\d+)");
        var waiting = int.Parse(offered.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        page.Find($"[data-testid=select-{ids[0]}]").Change(true);
        page.Find("input[data-testid=decision-number]").Change("731/QĐ-VP");
        page.Find("[data-testid=approve]").Click();
        Confirm(page);

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=approval-done]")));
        Assert.Equal("", page.Find("input[data-testid=decision-number]").GetAttribute("value") ?? "");
        Assert.Contains($"Đã chọn 0/{waiting - 1}", page.Find("[data-testid=selected-count]").TextContent, StringComparison.Ordinal);
        Assert.True(page.Find("[data-testid=approve]").HasAttribute("disabled"));

        // The other one is rejected, so the class's other test, if it comes later, finds nothing waiting.
        page.Find($"[data-testid=select-{ids[1]}]").Change(true);
        page.Find("input[data-testid=reject-reason]").Change("Chưa đủ thời gian công tác.");
        page.Find("[data-testid=reject]").Click();
        Confirm(page);
        page.WaitForAssertion(() => Assert.Empty(page.FindAll($"[data-testid=select-{ids[1]}]")));
    }
}
