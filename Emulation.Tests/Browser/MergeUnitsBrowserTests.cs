using System.Globalization;
using Emulation.Tests.Architecture;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Notifications;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Emulation.Tests.Browser;

/// <summary>
/// Two units merged while the demo campaign runs (issue 20, item 8), in the browser: the administrator merges them on
/// the organisation page taking one unit's figures; the union officer finds the successor with its predecessors on the
/// campaign's progress page, starting on that choice, combines the figures again from the other unit, and the ranking
/// shows the successor with them. A department head does not reach the page. Photographed as merge-units-NN-…. The
/// merger changes the organisation that the shared browser apps' tests rely on: the class has an app of its own.
/// </summary>
public sealed class MergeUnitsBrowserTests(ChromiumFixture fixture) : OwnAppBrowserTests(fixture)
{
    private const string SuccessorCode = "NC-TCD";
    private const string SuccessorName = "Phòng Nội chính – Tiếp công dân";
    private const string InternalAffairs = "Phòng Nội chính";
    private const string CitizenReception = "Ban Tiếp công dân tỉnh";

    private static readonly string Screenshots = Path.Combine(DomainPurityTests.RepositoryRoot(), "artifacts", "screenshots");

    [Fact]
    public async Task TheAdministratorMergesTwoUnits_TheOfficerCombinesTheirFiguresAgain_AndTheRankingShowsTheSuccessor()
    {
        var campaign = await App.SeededCampaignIdAsync();
        var (nc, btcd) = (await App.UnitIdAsync("NC"), await App.UnitIdAsync("BTCD"));
        var before = await FiguresAsync(campaign, nc, btcd);
        var totalsBefore = await TotalsAsync(campaign);
        // The officer's choice must show: the two units' results differ, so each choice gives other figures.
        Assert.NotEqual(before[nc].Values, before[btcd].Values);

        await using (var admin = await BrowserSession.SignInAsync(Browser, BaseUrl, "quantri", Screenshots))
        {
            await admin.GoAsync("admin/organization");
            var form = admin.ByTestId("merge-form");
            await form.GetByLabel("Các đơn vị sáp nhập").ClickAsync();
            foreach (var unit in new[] { InternalAffairs, CitizenReception })
            {
                // Each choice makes its round trip before the next key or click, which could otherwise overtake it.
                var option = admin.Page.GetByRole(AriaRole.Option, new() { Name = unit, Exact = true });
                await option.ClickAsync();
                await Assertions.Expect(option).ToHaveAttributeAsync("aria-selected", "true");
            }

            await admin.Page.Keyboard.PressAsync("Escape");
            await Assertions.Expect(admin.Page.GetByRole(AriaRole.Option, new() { Name = CitizenReception, Exact = true })).ToHaveCountAsync(0);
            // The closed select names the units chosen, not their ids.
            await Assertions.Expect(form.Locator("input[data-testid='merge-units']")).ToHaveValueAsync($"{InternalAffairs}, {CitizenReception}");
            await admin.TypeAsync("merge-code", SuccessorCode);
            await admin.TypeAsync("merge-name", SuccessorName);
            await admin.ClickAsync("figures-take-one");
            await form.GetByLabel("Lấy số liệu của đơn vị").ClickAsync();
            await admin.Page.GetByRole(AriaRole.Option, new() { Name = CitizenReception, Exact = true }).ClickAsync();
            await Assertions.Expect(form.Locator("[data-testid='figures-from']")).ToHaveTextAsync(CitizenReception);
            await admin.ShotAsync("merge-units-01-merge-form");
            await admin.PhoneShotAsync("merge-units-01-merge-form-phone");

            await admin.ClickAsync("merge");
            await Assertions.Expect(admin.ByTestId("confirm-message")).ToContainTextAsync("không hoàn tác được");
            await ConfirmAndAwaitTheMergerAsync(admin, campaign);
            await Assertions.Expect(admin.ByTestId("organization-done")).ToHaveTextAsync("Đã lưu.");
            await Assertions.Expect(admin.ByTestId($"unit-name-{SuccessorCode}")).ToHaveTextAsync(SuccessorName);
            await Assertions.Expect(admin.ByTestId("unit-table").Locator("tr", new() { HasText = SuccessorName }))
                .ToContainTextAsync("NC, BTCD");
        }

        var successor = await App.UnitIdAsync(SuccessorCode);
        AssertSameFigures(before[btcd], (await FiguresAsync(campaign, successor))[successor]);

        await using (var officer = await BrowserSession.SignInAsync(Browser, BaseUrl, "congdoan", Screenshots))
        {
            await officer.GoAsync($"campaigns/{campaign}/progress");
            await Assertions.Expect(officer.ByTestId($"submission-link-{successor}")).ToHaveTextAsync(SuccessorName);
            await Assertions.Expect(officer.ByTestId($"submission-link-{nc}")).ToHaveCountAsync(0);
            await Assertions.Expect(officer.ByTestId($"submission-link-{btcd}")).ToHaveCountAsync(0);
            var panel = officer.ByTestId("merged-units");
            await Assertions.Expect(panel.Locator($"[data-testid='merged-{successor}-merge-figures'] legend"))
                .ToHaveTextAsync($"{SuccessorName}: hợp nhất từ {InternalAffairs}, {CitizenReception}");

            // The panel starts on the merger's choice, Ban Tiếp công dân's figures as they are; the officer takes the other unit's.
            await Assertions.Expect(panel.Locator(Radio($"merged-{successor}-figures-take-one"))).ToBeCheckedAsync();
            await Assertions.Expect(panel.Locator(Radio($"merged-{successor}-figures-sum"))).Not.ToBeCheckedAsync();
            await Assertions.Expect(panel.Locator($"[data-testid='merged-{successor}-figures-from']")).ToHaveTextAsync(CitizenReception);
            await panel.GetByLabel("Lấy số liệu của đơn vị").ClickAsync();
            await officer.Page.GetByRole(AriaRole.Option, new() { Name = InternalAffairs, Exact = true }).ClickAsync();
            await Assertions.Expect(panel.Locator($"[data-testid='merged-{successor}-figures-from']")).ToHaveTextAsync(InternalAffairs);
            await panel.ScrollIntoViewIfNeededAsync();
            await officer.ShotAsync("merge-units-02-progress-merged-panel");
            await officer.PhoneShotAsync("merge-units-02-progress-merged-panel-phone");
            var axe = await AxeInPage.RunAsync(officer.Page, AxeInPage.WcagAa);
            Assert.Empty(axe.Violations.Where(v => v.Impact is "critical" or "serious").Select(v => v.Id));

            await officer.ClickAsync($"recombine-{successor}");
            await Assertions.Expect(officer.Page.GetByRole(AriaRole.Dialog)).ToContainTextAsync(SuccessorName);
            await officer.ClickAsync("confirm-ok");
            await Assertions.Expect(officer.ByTestId("recombined")).ToHaveTextAsync($"Đã gộp lại số liệu của {SuccessorName}.");
            await officer.ShotAsync("merge-units-03-recombined");

            var after = await FiguresAsync(campaign, successor, nc, btcd);
            AssertSameFigures(before[nc], after[successor]);
            AssertSameFigures(before[nc], after[nc]);
            AssertSameFigures(before[btcd], after[btcd]);

            // Taking one unit's figures as they are gives the successor that unit's total in the same bloc's ranking.
            var totals = await TotalsAsync(campaign);
            Assert.Equal(totalsBefore[nc], totals[successor]);
            Assert.False(totals.ContainsKey(nc) || totals.ContainsKey(btcd));
            await officer.GoAsync($"evaluation/{campaign}");
            await Assertions.Expect(officer.ByTestId($"unit-{successor}")).ToHaveTextAsync(SuccessorName);
            await Assertions.Expect(officer.ByTestId($"total-{successor}"))
                .ToHaveTextAsync(totals[successor].ToString("N2", CultureInfo.GetCultureInfo("vi-VN")));
            await Assertions.Expect(officer.ByTestId($"unit-{nc}")).ToHaveCountAsync(0);
            await Assertions.Expect(officer.ByTestId($"unit-{btcd}")).ToHaveCountAsync(0);
            await officer.ShotAsync("merge-units-04-ranking");
        }

        // A department head follows no campaign's progress: the page is refused, the merged units with it.
        await using var head = await BrowserSession.SignInAsync(Browser, BaseUrl, "tp.th", Screenshots);
        await head.GoAsync($"campaigns/{campaign}/progress");
        Assert.Contains("/account/access-denied", head.Page.Url, StringComparison.Ordinal);
        await Assertions.Expect(head.ByTestId("merged-units")).ToHaveCountAsync(0);
        await Assertions.Expect(head.Page.GetByText(SuccessorName)).ToHaveCountAsync(0);
    }

    /// <summary>
    /// Confirms the merger and waits until the app has saved it and told the running campaign of it (what the page
    /// awaits before it shows "Đã lưu."). The merger moves every running campaign's figures and the evaluation hears
    /// of it in the same request: on a loaded machine that took longer than an expectation's 15 s, and the test failed
    /// while the merger was still under way. What remains after the announcement (the list read again, the page drawn)
    /// is what the expectation waits for.
    /// </summary>
    private async Task ConfirmAndAwaitTheMergerAsync(BrowserSession admin, int campaign)
    {
        var announced = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var heard = App.Service<SubmissionNotifier>().SubscribeToEveryCampaign(change =>
        {
            if (change == new CampaignChange(campaign, CampaignChangeKind.Review))
            {
                announced.TrySetResult();
            }

            return Task.CompletedTask;
        });
        await admin.ClickAsync("confirm-ok");
        await announced.Task.WaitAsync(TimeSpan.FromMinutes(3));
    }

    /// <summary>The radio button of a test id, whether the id lands on the input or on an element around it.</summary>
    private static string Radio(string testId) => $"input[type=radio][data-testid='{testId}'], [data-testid='{testId}'] input[type=radio]";

    /// <summary>Each unit's pledged targets and results in the campaign, criterion by criterion.</summary>
    private async Task<Dictionary<int, (Dictionary<string, decimal> Targets, Dictionary<string, decimal> Values)>> FiguresAsync(
        int campaign, params int[] units)
    {
        await using var db = await App.DbAsync();
        var targets = (await db.Pledges.AsNoTracking().Where(p => p.CampaignId == campaign && units.Contains(p.UnitId)).ToListAsync())
            .ToDictionary(p => p.UnitId, p => p.Targets.ToDictionary(t => t.CriterionCode, t => t.Target));
        var values = (await db.UnitResults.AsNoTracking().Where(r => r.CampaignId == campaign && units.Contains(r.UnitId)).ToListAsync())
            .ToDictionary(r => r.UnitId, r => r.Values.ToDictionary(v => v.CriterionCode, v => v.Value));
        Assert.Equal(units.Order(), targets.Keys.Order());
        Assert.Equal(units.Order(), values.Keys.Order());
        return units.ToDictionary(u => u, u => (targets[u], values[u]));
    }

    private static void AssertSameFigures((Dictionary<string, decimal> Targets, Dictionary<string, decimal> Values) expected,
        (Dictionary<string, decimal> Targets, Dictionary<string, decimal> Values) actual)
    {
        Assert.Equal(expected.Targets, actual.Targets);
        Assert.Equal(expected.Values, actual.Values);
    }

    private async Task<Dictionary<int, decimal>> TotalsAsync(int campaign)
    {
        var evaluated = (await App.Service<EvaluationSnapshots>().EvaluateNowAsync(campaign))!;
        Assert.True(evaluated.IsSuccess, string.Join("; ", evaluated.Errors));
        return evaluated.Value.Evaluation.Rankings.ToDictionary(r => r.UnitId, r => r.Total);
    }
}
