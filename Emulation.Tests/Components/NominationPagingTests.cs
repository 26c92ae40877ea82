using Emulation.Web.Services.Nominations;
using System.Globalization;
using Bunit;
using Emulation.Domain.Awards;
using Emulation.Tests.Council;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Approval;
using Emulation.Web.Components.Pages.Council;
using Emulation.Web.Data;
using Emulation.Web.Services.Awards;
using Emulation.Web.Services.Council;

namespace Emulation.Tests.Components;

/// <summary>
/// The council's agenda and the approval list render 25 rows a page: selection survives paging, "select all" takes
/// every nomination in the list, and a vote cast on page 2 is recorded. Own app: the tests add nominations.
/// </summary>
[Trait("Category", "Fast")]
public sealed class NominationPagingTests(AppFixture fixture) : PageTestContext(fixture)
{
    private const int PageSize = 25;

    [Fact]
    public async Task Approval_PagesTheList_KeepsTheSelectionAcrossPages_AndSelectAllTakesEveryNomination()
    {
        await DecisionScenario.NominateAsync(App, Title.GrassrootsEmulationFighter, 30);
        var all = await App.Service<AwardService>().ListForDecisionAsync(TestActors.Leader, DecisionScenario.CampaignId);
        Assert.True(all.Count > PageSize);
        SignInAs("lanhdao", Roles.Leadership);
        var page = Render<ApprovalPage>(p => p.Add(x => x.CampaignId, DecisionScenario.CampaignId));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=nomination-subject]")), TimeSpan.FromSeconds(10));

        Assert.Equal(PageSize, page.FindAll("[data-testid=nomination-subject]").Count);
        var first = all[0].Id;
        AssertReadsAsCards(page.Find("[data-testid=nomination-table]"), page.FindAll($"[data-testid=nomination-{first}] td"));
        Assert.StartsWith($"Xem lý do: {all[0].SubjectName} – ", page.Find($"[data-testid=nomination-{first}] [data-testid=toggle-reason]").GetAttribute("aria-label"),
            StringComparison.Ordinal);
        var onPageTwo = all[PageSize].Id;
        Assert.Empty(page.FindAll($"[data-testid=select-{onPageTwo}]"));
        page.Find($"[data-testid=select-{first}]").Change(true);

        page.Find("[data-testid=nomination-pager-next]").Click();

        Assert.Equal(all.Count - PageSize, page.FindAll("[data-testid=nomination-subject]").Count);
        Assert.Empty(page.FindAll($"[data-testid=select-{first}]"));
        page.Find($"[data-testid=select-{onPageTwo}]").Change(true);
        Assert.Contains(Selected(2, all.Count), page.Find("[data-testid=selected-count]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Phê duyệt 2 đề nghị đã chọn", page.Find("[data-testid=approve]").TextContent, StringComparison.Ordinal);

        page.Find("[data-testid=nomination-pager-previous]").Click();
        Assert.True(page.Find($"[data-testid=select-{first}]").HasAttribute("checked"));
        page.Find($"[data-testid=select-{first}]").Change(false);
        Assert.Contains("Phê duyệt 1 đề nghị đã chọn", page.Find("[data-testid=approve]").TextContent, StringComparison.Ordinal);

        page.Find("[data-testid=select-all]").Click();

        Assert.Contains($"Phê duyệt {all.Count} đề nghị đã chọn", page.Find("[data-testid=approve]").TextContent, StringComparison.Ordinal);
        Assert.Contains(Selected(all.Count, all.Count), page.Find("[data-testid=selected-count]").TextContent, StringComparison.Ordinal);
        Assert.True(page.Find("[data-testid=select-all-box]").HasAttribute("checked"));
        page.Find("[data-testid=nomination-pager-next]").Click();
        Assert.True(page.Find($"[data-testid=select-{onPageTwo}]").HasAttribute("checked"));

        page.Find("[data-testid=select-all-box]").Change(false);

        Assert.Contains("Phê duyệt 0 đề nghị đã chọn", page.Find("[data-testid=approve]").TextContent, StringComparison.Ordinal);
        page.Find("[data-testid=select-all-box]").Change(true);
        Assert.Contains($"Phê duyệt {all.Count} đề nghị đã chọn", page.Find("[data-testid=approve]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Council_PagesTheAgenda_AndRecordsAVoteCastOnPageTwo()
    {
        await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 30, passed: null);
        await CouncilDriver.OpenWithAllPresentAsync(App, DecisionScenario.CampaignId);
        var member = CouncilDriver.Member(1);
        var agenda = (await App.Service<CouncilSessionService>().GetAsync(member, DecisionScenario.CampaignId))!.Agenda;
        Assert.True(agenda.Count > PageSize);
        SignInAs("hoidong1", Roles.CouncilMember);
        var page = Render<CouncilPage>(p => p.Add(x => x.CampaignId, DecisionScenario.CampaignId));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=ballot-sheet]")), TimeSpan.FromSeconds(10));

        Assert.Equal(PageSize, page.FindAll("tr[data-testid^=agenda-]").Count);
        var onPageOne = agenda.First(a => !a.IRecuse);
        AssertReadsAsCards(page.Find("[data-testid=agenda-table]"), page.FindAll($"[data-testid=agenda-{onPageOne.NominationId}] td"));
        var choices = page.Find($"[data-testid=ballot-choices-{onPageOne.NominationId}]");
        Assert.Equal("group", choices.GetAttribute("role"));
        Assert.Contains(onPageOne.SubjectName, choices.GetAttribute("aria-label"), StringComparison.Ordinal);
        var secondPage = agenda.Skip(PageSize).First(a => !a.IRecuse);
        Assert.Empty(page.FindAll($"[data-testid=agenda-{secondPage.NominationId}]"));

        page.Find("[data-testid=agenda-pager-next]").Click();

        Assert.Equal(agenda.Count - PageSize, page.FindAll("tr[data-testid^=agenda-]").Count);
        var no = page.Find($"[data-testid=choose-no-{secondPage.NominationId}]");
        Assert.Equal("false", no.GetAttribute("aria-pressed"));
        no.Click();
        Assert.Equal("true", page.Find($"[data-testid=choose-no-{secondPage.NominationId}]").GetAttribute("aria-pressed"));
        Assert.Equal("false", page.Find($"[data-testid=choose-yes-{secondPage.NominationId}]").GetAttribute("aria-pressed"));
        Assert.Contains("Gửi phiếu (1 đề nghị)", page.Find("[data-testid=submit-ballot]").TextContent, StringComparison.Ordinal);

        page.Find("[data-testid=submit-ballot]").Click();
        Confirm(page);

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=council-message]")));
        var after = (await App.Service<CouncilSessionService>().GetAsync(member, DecisionScenario.CampaignId))!.Agenda;
        Assert.True(after.Single(a => a.NominationId == secondPage.NominationId).IVoted);
        Assert.Single(after, a => a.IVoted);
        Assert.Contains("Đã bỏ phiếu kín", page.Find($"[data-testid=agenda-{secondPage.NominationId}] [data-testid=my-ballot]").TextContent,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Officer_WithdrawPicker_ListsTheFirstMatches_AndFindsTheRestBySearch()
    {
        var ids = await DecisionScenario.NominateAsync(App, Title.CertificateOfCommendation, 30, passed: false);
        var nominations = await App.Service<CouncilService>().ListAsync(TestActors.Officer, DecisionScenario.CampaignId);
        var last = nominations.Single(n => n.Id == ids[^1]);
        SignInAs("congdoan", Roles.UnionOfficer);
        var page = Render<CouncilPage>(p => p.Add(x => x.CampaignId, DecisionScenario.CampaignId));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=withdraw-select]")), TimeSpan.FromSeconds(10));

        Assert.Equal(PageSize + 1, page.FindAll("[data-testid=withdraw-select] option").Count);
        Assert.NotNull(page.Find("[data-testid=withdraw-more]"));

        page.Find("[data-testid=withdraw-search]").Input(last.SubjectName);

        Assert.Contains(page.FindAll("[data-testid=withdraw-select] option"), o => o.GetAttribute("value") == last.Id.ToString(CultureInfo.InvariantCulture));
        page.Find("[data-testid=withdraw-select]").Change(last.Id.ToString(CultureInfo.InvariantCulture));
        page.Find("input[data-testid=withdraw-reason]").Change("Đơn vị xin rút (kiểm thử).");
        page.Find("[data-testid=withdraw]").Click();

        page.WaitForAssertion(() => Assert.Equal("", page.Find("[data-testid=withdraw-search]").GetAttribute("value") ?? ""));
        Assert.Empty(page.FindAll("[data-testid=errors]"));
        var after = await App.Service<CouncilService>().ListAsync(TestActors.Officer, DecisionScenario.CampaignId);
        Assert.Equal(NominationStatus.Withdrawn, after.Single(n => n.Id == last.Id).Status);
    }

    /// <summary>On a phone the table becomes one card per row, each cell naming its column.</summary>
    private static void AssertReadsAsCards(AngleSharp.Dom.IElement table, IReadOnlyList<AngleSharp.Dom.IElement> rowCells)
    {
        Assert.Contains("app-cards", table.ClassName ?? "", StringComparison.Ordinal);
        Assert.NotEmpty(rowCells);
        Assert.All(rowCells, cell => Assert.False(string.IsNullOrWhiteSpace(cell.GetAttribute("data-label"))));
    }

    private static string Selected(int selected, int total) => $"Đã chọn {selected}/{total} đề nghị";
}
