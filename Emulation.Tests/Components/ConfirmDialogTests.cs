using Bunit;
using Emulation.Domain.Campaigns;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Campaigns;
using Emulation.Web.Components.Shared;
using Emulation.Web.Data;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Submissions;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Components;

/// <summary>
/// The one confirmation every irreversible step asks through: it names what will happen, only "yes" goes on, and it is
/// closed before the step runs.
/// </summary>
[Trait("Category", "Fast")]
public sealed class ConfirmDialogTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public async Task Launch_AsksFirst_NamingTheCampaignAndTheUnitsTold_AndCancellingLaunchesNothing()
    {
        SignInAs("congdoan", Roles.UnionOfficer);
        var campaigns = App.Service<CampaignService>();
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput { Name = "Thi đua 2027", Year = 2027 })).Value;
        await campaigns.AddCriterionAsync(TestActors.Officer, id, new CriterionInput { Code = "A", Name = "A", Group = "I", MaxPoints = 100, UnitOfMeasure = "lần" });
        await campaigns.ReadyToLaunchAsync(id);
        var units = (await App.Service<ReviewService>().ProgressAsync(TestActors.Officer, id))!.Units;
        var page = Render<CampaignDetailPage>(p => p.Add(x => x.CampaignId, id));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=launch]")));

        page.Find("[data-testid=launch]").Click();

        page.WaitForAssertion(() => Assert.Contains($"Phát động “Thi đua 2027”: {units} đơn vị sẽ được thông báo",
            page.Find("[data-testid=confirm-message]").TextContent, StringComparison.Ordinal));
        Assert.Contains("không hoàn tác được", page.Markup, StringComparison.Ordinal);
        page.Find("[data-testid=confirm-cancel]").Click();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=confirm-message]")));
        Assert.Empty(page.FindAll("[data-testid=errors]"));
        Assert.Equal(CampaignStatus.Draft, (await campaigns.GetAsync(TestActors.Officer, id))!.Summary.Status);
    }

    [Fact]
    public async Task TheConfirmedStep_RunsOnceTheDialogHasClosed()
    {
        // A step that takes long (a save waiting on a busy database) must not leave the dialog standing, as if the
        // click on its button had been lost.
        var provider = Render<MudBlazor.MudDialogProvider>();
        var dialogs = Services.GetRequiredService<MudBlazor.IDialogService>();
        int? dialogsOpenWhenTheStepRan = null;

        var confirming = provider.InvokeAsync(async () =>
        {
            if (await dialogs.ConfirmAsync("Gửi đăng ký", "Gửi đăng ký thi đua của Phòng Tổng hợp?", "Gửi đăng ký"))
            {
                dialogsOpenWhenTheStepRan = provider.FindAll("[data-testid=confirm-dialog]").Count;
            }
        });
        provider.WaitForElement("[data-testid=confirm-ok]").Click();
        await confirming.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(0, dialogsOpenWhenTheStepRan);
    }
}
