using Bunit;
using Emulation.Domain.Campaigns;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Campaigns;
using Emulation.Web.Data;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Submissions;

namespace Emulation.Tests.Components;

/// <summary>The one confirmation every irreversible step asks through: it names what will happen, and only "yes" goes on.</summary>
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
        var units = (await App.Service<ReviewService>().ProgressAsync(TestActors.Officer, id)).Count;
        var page = Render<CampaignDetailPage>(p => p.Add(x => x.CampaignId, id));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=launch]")));

        page.Find("[data-testid=launch]").Click();

        page.WaitForAssertion(() => Assert.Contains($"Phát động phong trào Thi đua 2027: {units} đơn vị sẽ được thông báo",
            page.Find("[data-testid=confirm-message]").TextContent, StringComparison.Ordinal));
        Assert.Contains("không hoàn tác được", page.Markup, StringComparison.Ordinal);
        page.Find("[data-testid=confirm-cancel]").Click();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=confirm-message]")));
        Assert.Empty(page.FindAll("[data-testid=errors]"));
        Assert.Equal(CampaignStatus.Draft, (await campaigns.GetAsync(TestActors.Officer, id))!.Summary.Status);
    }
}
