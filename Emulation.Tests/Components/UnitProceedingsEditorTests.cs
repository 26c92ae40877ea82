using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Units;
using Emulation.Web.Data;
using Emulation.Web.Services.Submissions;
using Bunit;

namespace Emulation.Tests.Components;

[Trait("Category", "Fast")]
public sealed class UnitProceedingsEditorTests(AppFixture fixture) : PageTestContext(fixture)
{
    private const int Campaign = 1;

    [Fact]
    public async Task TheOfficer_RecordsAUnitsInspectionOnItsWorkspace_AndClearsIt()
    {
        var unit = await App.UnitIdAsync("TH");
        var year = (await App.Service<ProceedingsService>().GetAsync(TestActors.Officer, Campaign, unit))!.Year;
        SignInAs("congdoan", Roles.UnionOfficer);

        var page = Render<UnitWorkspacePage>(p => p.Add(x => x.CampaignId, Campaign).Add(x => x.UnitId, unit));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=proceedings-none]")));
        page.Find("[data-testid=proceedings-record]").Click();
        page.WaitForAssertion(() => Assert.Contains("ngày bắt đầu", page.Find("[data-testid=errors]").TextContent));

        page.Find("textarea[data-testid=proceedings-text]").Change("Thanh tra công vụ theo Quyết định số 12/QĐ-TTr");
        await page.PickDayAsync("proceedings-since", new DateOnly(year, 9, 1));
        page.Find("[data-testid=proceedings-record]").Click();

        page.WaitForAssertion(() => Assert.Contains("Quyết định số 12/QĐ-TTr", page.Find("[data-testid=proceedings-pending]").TextContent));
        Assert.Contains("congdoan", page.Find("[data-testid=proceedings-recorded-by]").TextContent);
        Assert.Equal("Cập nhật", page.Find("[data-testid=proceedings-record]").TextContent.Trim());

        page.Find("[data-testid=proceedings-clear]").Click();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=proceedings-none]")));
        Assert.Empty(page.FindAll("[data-testid=proceedings-clear]"));
    }

    [Fact]
    public async Task TheUnitsHead_SeesNoProceedingsSection_ALeaderReadsItWithoutButtons()
    {
        var unit = await App.UnitIdAsync("KT");
        SignInAs("tp.kt", Roles.DepartmentHead, unit);
        var head = Render<UnitWorkspacePage>(p => p.Add(x => x.CampaignId, Campaign).Add(x => x.UnitId, unit));
        head.WaitForAssertion(() => Assert.NotNull(head.Find("[data-testid=unit-name]")));
        Assert.Empty(head.FindAll("[data-testid=unit-proceedings]"));

        SignInAs("lanhdao", Roles.Leadership);
        var leader = Render<UnitWorkspacePage>(p => p.Add(x => x.CampaignId, Campaign).Add(x => x.UnitId, unit));
        leader.WaitForAssertion(() => Assert.NotNull(leader.Find("[data-testid=proceedings-none]")));
        Assert.Empty(leader.FindAll("[data-testid=proceedings-record]"));
    }
}
