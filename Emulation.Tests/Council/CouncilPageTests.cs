using System.Globalization;
using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Council;
using Emulation.Web.Data;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Nominations;
using Microsoft.AspNetCore.Components.Web;

namespace Emulation.Tests.Council;

/// <summary>The council page before any session: read-only on the shared seeded app (refusals change nothing).</summary>
public sealed class CouncilPageTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public void Officer_SeesTheOpenFormNamingTheCouncilsSize()
    {
        SignInAs("congdoan", Roles.UnionOfficer);

        var page = Render<CouncilPage>(p => p.Add(x => x.CampaignId, 1));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=open-session-form]")), TimeSpan.FromSeconds(10));
        Assert.Contains("Hội đồng có 5 thành viên", page.Markup, StringComparison.Ordinal);
        Assert.NotNull(page.Find("[data-testid=nomination-table]"));
    }

    [Fact]
    public void Officer_OpeningWithNothingToVoteOn_IsToldWhy()
    {
        SignInAs("congdoan", Roles.UnionOfficer);
        var page = Render<CouncilPage>(p => p.Add(x => x.CampaignId, 1));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=open-session]")), TimeSpan.FromSeconds(10));

        page.Find("[data-testid=open-session]").Click();

        page.WaitForAssertion(() => Assert.Contains("Không có đề nghị nào đang chờ Hội đồng biểu quyết.",
            page.Find("[data-testid=errors]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=session]"));
    }

    [Fact]
    public void Member_CannotOpenASessionOrEditNominations()
    {
        SignInAs("hoidong1", Roles.CouncilMember);

        var page = Render<CouncilPage>(p => p.Add(x => x.CampaignId, 1));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=nomination-table]")), TimeSpan.FromSeconds(10));
        Assert.Empty(page.FindAll("[data-testid=open-session-form]"));
        Assert.Empty(page.FindAll("[data-testid=add-nomination-panel]"));
    }

    /// <summary>On a campaign of its own: the class's campaign 1 stays with nothing to vote on.</summary>
    [Fact]
    public async Task AddByHand_TheSecondClickOfADoubleClick_AddsNothingAndRefusesNothing()
    {
        SignInAs("congdoan", Roles.UnionOfficer);
        var campaignId = await App.Service<CampaignService>().LaunchThematicAsync("Đề cử bằng tay, bấm đúp");
        var editor = Render<NominationEditor>(p => p.Add(x => x.CampaignId, campaignId).Add(x => x.Nominations, []));
        editor.Find("[data-testid=add-nomination-panel] .mud-expand-panel-header").Click();
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("[data-testid=add-unit] option")));
        editor.Find("[data-testid=add-unit]").Change((await App.UnitIdAsync("NC")).ToString(CultureInfo.InvariantCulture));
        editor.WaitForAssertion(() => Assert.True(editor.FindAll("[data-testid=add-person] option").Count > 1));
        var person = editor.Find("[data-testid=add-person]").QuerySelectorAll("option")[1].GetAttribute("value")!;
        editor.Find("[data-testid=add-person]").Change(person);
        editor.Find("input[data-testid=add-reason]").Change("Thành tích đột xuất trong đợt bão");

        await editor.Find("button[data-testid=add-nomination]").ClickAsync(new MouseEventArgs { Detail = 1 });
        await editor.Find("button[data-testid=add-nomination]").ClickAsync(new MouseEventArgs { Detail = 2 });

        var listed = await App.Service<CouncilService>().ListAsync(TestActors.Officer, campaignId);
        Assert.True(listed.Count == 1, string.Join(" | ", editor.FindAll("[data-testid=errors]").Select(e => e.TextContent)));
        Assert.Empty(editor.FindAll("[data-testid=errors]"));
    }
}
