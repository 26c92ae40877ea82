using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Approval;
using Emulation.Web.Components.Pages.Awards;
using Emulation.Web.Components.Pages.Evaluation;
using Emulation.Web.Components.Pages.Lookup;
using Emulation.Web.Components.Pages.Profiles;
using Emulation.Web.Data;
using Emulation.Web.Services.Decisions;

namespace Emulation.Tests.Components;

[Trait("Category", "Fast")]
public sealed class ReviewPagesTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public void Evaluation_ShowsBothBlocsRankedWithTheRuleSetNamed()
    {
        SignInAs("congdoan", Roles.UnionOfficer);

        var page = Render<EvaluationPage>(p => p.Add(x => x.CampaignId, 1));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=bloc-chip]").Count), TimeSpan.FromSeconds(10));
        Assert.NotNull(page.Find("[data-testid=ranking-table]"));
        Assert.Contains("VN-ND152-2025", page.Find("[data-testid=ruleset]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Khối các phòng tham mưu", page.Markup, StringComparison.Ordinal);
        Assert.NotNull(page.Find("[data-testid=recommendation-table]"));
    }

    [Fact]
    public void Evaluation_ForCouncilMembers_HidesTheNominateButton()
    {
        SignInAs("hoidong1", Roles.CouncilMember);

        var page = Render<EvaluationPage>(p => p.Add(x => x.CampaignId, 1));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=recommendation-table]")), TimeSpan.FromSeconds(10));
        Assert.Empty(page.FindAll("[data-testid=nominate]"));
    }

    [Fact]
    public async Task Approval_WithNothingChosenOrNoDecisionNumber_AsksForThemBeforeAnyConfirmation()
    {
        await DecisionScenario.NominateAsync(App, Emulation.Domain.Awards.Title.AdvancedWorker, 1);
        SignInAs("lanhdao", Roles.Leadership);
        var page = Render<ApprovalPage>(p => p.Add(x => x.CampaignId, DecisionScenario.CampaignId));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=approve]")));

        // Nothing chosen: neither approving nor rejecting "0 đề nghị" is offered.
        Assert.True(page.Find("[data-testid=approve]").HasAttribute("disabled"));
        Assert.True(page.Find("[data-testid=reject]").HasAttribute("disabled"));
        page.Find("[data-testid=select-all]").Click();
        Assert.False(page.Find("[data-testid=approve]").HasAttribute("disabled"));

        // No number: the field says so, and no dialog asks to issue "Quyết định số  khen thưởng 1 đề nghị".
        page.Find("[data-testid=approve]").Click();

        page.WaitForAssertion(() => Assert.Contains("Bắt buộc nhập.", page.Find("[data-testid=decision-form]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=confirm-ok]"));
    }

    [Fact]
    public void Awards_ListsThePastYearsWithTheIssuerAndVietnameseDates()
    {
        SignInAs("tp.th", Roles.DepartmentHead, 2);

        var page = Render<AwardsPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=award-recipient]")));
        Assert.Contains("Lao động tiên tiến", page.Markup, StringComparison.Ordinal);
        Assert.Contains("Chánh Văn phòng UBND tỉnh", page.Markup, StringComparison.Ordinal);
        Assert.Contains("20/12/2025", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Awards_Profile_AndLookup_NameTheSignerAlike_PositionThenName()
    {
        var detail = await DecisionScenario.IssueAsync(App, "731/QĐ-VP", Emulation.Domain.Awards.Title.AdvancedWorker, 1);
        var line = detail.Lines[0];
        SignInAs("congdoan", Roles.UnionOfficer);
        var navigation = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        const string Signed = "Chánh Văn phòng Trần Quốc Bảo";

        navigation.NavigateTo("awards?year=2026");
        var awards = Render<AwardsPage>();
        awards.WaitForAssertion(() => Assert.NotEmpty(awards.FindAll("[data-testid=award-signer]")));
        Assert.Equal(Signed, SignerIn(awards.FindAll("tr"), line.RecipientName, "[data-testid=award-signer]"));

        var profile = Render<ProfilePage>(p => p.Add(x => x.PersonId, line.PersonId));
        profile.WaitForAssertion(() => Assert.NotEmpty(profile.FindAll("[data-testid=profile-signer]")));
        Assert.Equal(Signed, SignerIn(profile.FindAll("tr"), "731/QĐ-VP", "[data-testid=profile-signer]"));

        navigation.NavigateTo("lookup/awards?from=2026&to=2026");
        var lookup = Render<LookupAwardsPage>();
        lookup.WaitForAssertion(() => Assert.NotEmpty(lookup.FindAll("[data-testid=award-list-signer]")));
        Assert.Equal(Signed, SignerIn(lookup.FindAll("tr"), line.RecipientName, "[data-testid=award-list-signer]"));
    }

    private static string SignerIn(IEnumerable<AngleSharp.Dom.IElement> rows, string rowText, string cell) =>
        rows.First(r => r.TextContent.Contains("731/QĐ-VP", StringComparison.Ordinal) &&
            r.TextContent.Contains(rowText, StringComparison.Ordinal)).QuerySelector(cell)!.TextContent.Trim();

    [Fact]
    public async Task Awards_ForADepartmentHead_ListOnlyTheirOwnUnitsAwards()
    {
        // One award in the head's unit and one in another, under one decision.
        var th = await App.UnitIdAsync("TH");
        const Emulation.Domain.Awards.Title title = Emulation.Domain.Awards.Title.AdvancedWorker;
        List<int> nominations =
        [
            .. await DecisionScenario.NominateAsync(App, title, 1, people: q => q.Where(p => p.UnitId == th)),
            .. await DecisionScenario.NominateAsync(App, title, 1, people: q => q.Where(p => p.UnitId != th)),
        ];
        var issued = await App.Service<DecisionService>().IssueAwardDecisionAsync(TestActors.Leader, DecisionScenario.CampaignId,
            nominations, DecisionScenario.Input("732/QĐ-VP"));
        Assert.True(issued.IsSuccess, string.Join("; ", issued.Errors));
        var navigation = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        navigation.NavigateTo("awards?year=2026");

        SignInAs("congdoan", Roles.UnionOfficer);
        var everyUnit = UnitsListed(Render<AwardsPage>());
        SignInAs("tp.th", Roles.DepartmentHead, await App.UnitIdAsync("TH"));
        var ownUnit = UnitsListed(Render<AwardsPage>());

        Assert.True(everyUnit.Count > 1, "the officer sees the awards of more than one unit");
        Assert.Equal(["Phòng Tổng hợp"], ownUnit);
    }

    private static IReadOnlyList<string> UnitsListed(IRenderedComponent<AwardsPage> page)
    {
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=award-recipient]")));
        return [.. page.FindAll("[data-testid=awards-table] tbody tr").Select(r => r.Children[1].TextContent.Trim()).Distinct().Order(StringComparer.Ordinal)];
    }
}
