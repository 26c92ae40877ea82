using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Council;
using Emulation.Web.Data;

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
}
