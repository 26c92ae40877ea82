using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Sudden;
using Emulation.Web.Data;
using Emulation.Web.Services.Sudden;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace Emulation.Tests.Components;

/// <summary>The islands of a sudden award: the officer proposes (as a browser sends a double click), the leadership decides.</summary>
[Trait("Category", "Fast")]
public sealed class SuddenProposalFormTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public async Task Propose_TheSecondClickOfADoubleClick_ProposesNoSecondAward()
    {
        SignInAs("congdoan", Roles.UnionOfficer);
        var sudden = App.Service<SuddenAwardService>();
        var options = await sudden.OptionsAsync(TestActors.Officer);
        var person = options.People.First(p => p.UnitId == options.Units[0].Id);
        var before = (await sudden.ListAsync(TestActors.Officer)).Count;
        var form = Render<SuddenProposalForm>();
        form.WaitForAssertion(() => Assert.NotNull(form.Find("textarea[data-testid=sudden-form-achievement]")));
        var personSelect = form.FindComponents<MudSelect<int?>>()
            .Single(s => s.Instance.UserAttributes.TryGetValue("data-testid", out var id) && id as string == "sudden-form-person");
        await form.InvokeAsync(() => personSelect.Instance.ValueChanged.InvokeAsync(person.Id));
        form.Find("textarea[data-testid=sudden-form-achievement]").Change("Cứu người bị nạn trong lũ ngày 02/11/2026");

        await form.Find("button[data-testid=sudden-propose]").ClickAsync(new MouseEventArgs { Detail = 1 });
        await form.Find("button[data-testid=sudden-propose]").ClickAsync(new MouseEventArgs { Detail = 2 });

        Assert.Equal(before + 1, (await sudden.ListAsync(TestActors.Officer)).Count);
    }

    /// <summary>The confirmation would read "Ban hành Quyết định số  khen thưởng …": the number is asked for at its field first.</summary>
    [Fact]
    public async Task Decide_WithNoNumber_IsAskedForAtTheField_BeforeAnyConfirmation()
    {
        SignInAs("lanhdao", Roles.Leadership);
        var sudden = App.Service<SuddenAwardService>();
        var options = await sudden.OptionsAsync(TestActors.Officer);
        var person = options.People.First(p => p.UnitId == options.Units[0].Id);
        var proposed = await sudden.ProposeAsync(TestActors.Officer, new SuddenProposalInput
        {
            PersonId = person.Id, UnitId = person.UnitId, Title = options.Forms[0].Title, Achievement = "Cứu hai người bị nước cuốn",
        });
        Assert.True(proposed.IsSuccess, string.Join("; ", proposed.Errors));
        var dialogs = Render<MudDialogProvider>();
        var actions = Render<SuddenProposalActions>(p => p.Add(x => x.ProposalId, proposed.Value));
        actions.WaitForAssertion(() => Assert.NotNull(actions.Find("button[data-testid=sudden-issue]")));

        actions.Find("button[data-testid=sudden-issue]").Click();

        actions.WaitForAssertion(() => Assert.Contains("Bắt buộc nhập.", actions.Find("[data-testid=sudden-decide]").TextContent, StringComparison.Ordinal));
        Assert.Empty(dialogs.FindAll("[data-testid=confirm-dialog]"));
    }
}
