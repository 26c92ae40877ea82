using Bunit;
using Emulation.Domain.Awards;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Decisions;
using Emulation.Web.Data;
using Emulation.Web.Services.Decisions;

namespace Emulation.Tests.Components;

/// <summary>Issue 20, item 4: revoking lines of a decision asks first, naming the decision and how many awards go.</summary>
[Trait("Category", "Fast")]
public sealed class DecisionRevocationTests(AppFixture fixture) : PageTestContext(fixture)
{
    private async Task<(IRenderedComponent<DecisionRevocation> Island, DecisionDetail Decision)> SelectTwoAsync(string number)
    {
        // Dated today: the form proposes today for the revocation, and an award is not revoked before it was granted.
        var decision = await DecisionScenario.IssueAsync(App, number, Title.AdvancedWorker, 2, DateTime.Today);
        SignInAs("lanhdao", Roles.Leadership);
        var island = Render<DecisionRevocation>(p => p.Add(x => x.DecisionId, decision.Decision.Id));
        island.WaitForAssertion(() => Assert.NotNull(island.Find("[data-testid=revoke-form]")));
        island.Find("input[data-testid=revoke-number]").Change($"{number}-TH");
        island.Find("input[data-testid=revoke-reason]").Change("Phát hiện vi phạm kỷ luật.");
        // The header's box selects every line of the decision.
        island.Find("[data-testid=decision-lines] thead input[type=checkbox]").Change(true);
        return (island, decision);
    }

    [Fact]
    public async Task Revoke_AsksFirst_NamingTheDecisionAndTheAwards_AndCancellingRevokesNothing()
    {
        var (island, decision) = await SelectTwoAsync("401/QĐ-VP");

        island.Find("[data-testid=revoke]").Click();

        island.WaitForAssertion(() => Assert.Equal(
            "Thu hồi 2 khen thưởng của Quyết định số 401/QĐ-VP: những người được chọn không còn khen thưởng này.",
            island.Find("[data-testid=confirm-message]").TextContent.Trim()));
        island.Find("[data-testid=confirm-cancel]").Click();
        var after = (await App.Service<DecisionService>().GetAsync(TestActors.Leader, decision.Decision.Id))!;
        Assert.All(after.Lines, line => Assert.False(line.Revoked));
        Assert.Empty(island.FindAll("[data-testid=revoke-done]"));
    }

    [Fact]
    public async Task Revoke_Confirmed_RevokesTheSelectedAwards()
    {
        var (island, decision) = await SelectTwoAsync("402/QĐ-VP");

        island.Find("[data-testid=revoke]").Click();
        Confirm(island);

        island.WaitForAssertion(() => Assert.NotNull(island.Find("[data-testid=revoke-done]")));
        var after = (await App.Service<DecisionService>().GetAsync(TestActors.Leader, decision.Decision.Id))!;
        Assert.All(after.Lines, line => Assert.True(line.Revoked));
    }
}
