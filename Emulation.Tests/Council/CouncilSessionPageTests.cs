using Bunit;
using Emulation.Domain.Awards;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Council;
using Emulation.Web.Data;

namespace Emulation.Tests.Council;

/// <summary>One session on this class's own app, seen by a member who must stand aside and by the secretary.</summary>
public sealed class CouncilSessionPageTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public async Task Member_VotesOwnBallot_StandsAsideOnTheirUnit_ThenTheOfficerCloses()
    {
        var scenario = await CouncilScenario.SeedConsultedAsync(App);
        var sessionId = await CouncilDriver.OpenWithAllPresentAsync(App, scenario.CampaignId);

        SignInAs("hoidong4", Roles.CouncilMember);
        var member = Render<CouncilPage>(p => p.Add(x => x.CampaignId, scenario.CampaignId));
        member.WaitForAssertion(() => Assert.NotNull(member.Find("[data-testid=ballot-sheet]")), TimeSpan.FromSeconds(10));

        Assert.NotNull(member.Find($"[data-testid=agenda-{scenario.Worker}] [data-testid=recused]"));
        Assert.Empty(member.FindAll($"[data-testid=choose-yes-{scenario.Worker}]"));
        member.Find($"[data-testid=choose-no-{scenario.ProvincialFighter}]").Click();
        member.Find($"[data-testid=choose-yes-{scenario.Collective}]").Click();
        member.Find("[data-testid=submit-ballot]").Click();
        Confirm(member);

        member.WaitForAssertion(() => Assert.Equal(2, member.FindAll("[data-testid=my-ballot]").Count));
        // The page shows that the member voted, never how; the receipt code is shown once, to keep.
        Assert.Contains("Đã bỏ phiếu kín", member.Find($"[data-testid=agenda-{scenario.ProvincialFighter}]").TextContent, StringComparison.Ordinal);
        Assert.Matches("^[2-9A-Z]{4}(-[2-9A-Z]{4}){3}$", member.Find("[data-testid=receipt-code]").TextContent.Trim());
        Assert.Empty(member.FindAll("[data-testid=close-session]"));

        foreach (var other in new[] { 1, 2, 3 })
        {
            await CouncilDriver.VoteAsync(App, sessionId, other, BallotChoice.Yes, scenario.All);
        }

        // The member's page closes before the officer's opens: each page holds its own popover provider.
        await DisposeComponentsAsync();
        SignInAs("congdoan", Roles.UnionOfficer);
        var officer = Render<CouncilPage>(p => p.Add(x => x.CampaignId, scenario.CampaignId));
        officer.WaitForAssertion(() => Assert.NotNull(officer.Find("[data-testid=close-session]")), TimeSpan.FromSeconds(10));
        Assert.Contains("Có mặt 5/5", officer.Find("[data-testid=quorum]").TextContent, StringComparison.Ordinal);
        // The threshold each nomination needs, counted against all members, is on the page (not only in the minutes).
        Assert.Contains("Cần 5/5 phiếu đồng ý (ít nhất 90 % tổng số thành viên)",
            officer.Find($"[data-testid=agenda-{scenario.ProvincialFighter}] [data-testid=threshold]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Cần 3/5 phiếu đồng ý (trên 50 % tổng số thành viên)",
            officer.Find($"[data-testid=agenda-{scenario.Worker}] [data-testid=threshold]").TextContent, StringComparison.Ordinal);
        Assert.Empty(officer.FindAll("[data-testid=written-ballot-form]"));

        officer.Find("[data-testid=close-session]").Click();
        Confirm(officer);

        officer.WaitForAssertion(() => Assert.NotNull(officer.Find("[data-testid=council-message]")));
        Assert.Contains("Hội đồng thông qua", officer.Find($"[data-testid=agenda-{scenario.Collective}]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Không đạt", officer.Find($"[data-testid=agenda-{scenario.ProvincialFighter}]").TextContent, StringComparison.Ordinal);
        Assert.Equal($"documents/council/{sessionId}/minutes.docx",
            officer.Find("[data-testid=download-minutes]").GetAttribute("href"));
    }
}
