using Emulation.Tests.Architecture;
using Emulation.Tests.Council;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data.Seed;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Submissions;
using Microsoft.Playwright;

namespace Emulation.Tests.Browser;

/// <summary>
/// Paths walked with the keyboard alone (Tab, Shift+Tab, typing, Enter, Space, Escape): a department head's from signing
/// in to submitted results, and a council member's secret ballot.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardBrowserTests(BrowserFixture fixture)
{
    private const int MostTabs = 80;
    private static readonly string Screenshots = Path.Combine(DomainPurityTests.RepositoryRoot(), "artifacts", "screenshots");

    [Fact]
    public async Task DepartmentHead_SignsInAndSubmitsResults_WithTheKeyboardAlone()
    {
        var unitId = await fixture.App.UnitIdAsync("NC");
        var campaigns = fixture.App.Service<CampaignService>();
        const string campaignName = "Phong trào thi đua dùng bàn phím";
        var campaignId = (await campaigns.CreateDraftAsync(TestActors.Officer,
            new CampaignDraftInput { Name = campaignName, Year = 2026 })).Value;
        await campaigns.AddCriterionAsync(TestActors.Officer, campaignId,
            new CriterionInput { Code = "HOP", Name = "Cuộc họp được phục vụ", MaxPoints = 100, UnitOfMeasure = "cuộc" });
        await campaigns.ReadyToLaunchAsync(campaignId);
        await campaigns.MoveAsync(TestActors.Officer, campaignId, CampaignStep.Launch);
        var head = TestActors.HeadOf(unitId);
        var submissions = fixture.App.Service<SubmissionService>();
        var workspace = await submissions.GetWorkspaceAsync(head, campaignId, unitId);
        Assert.True((await submissions.SavePledgeAsync(head, campaignId, unitId,
            new Dictionary<string, decimal?> { ["HOP"] = 50 }, workspace!.PledgeVersion, submit: true)).IsSuccess);
        await campaigns.MoveAsync(TestActors.Officer, campaignId, CampaignStep.OpenResults);

        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "vi-VN" });
        await using var _ = context;
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await SignInAsync(page, "tp.nc");

        await TabToAsync(page, "[data-testid=nav-unit]");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/unit", new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator("[data-testid=my-campaigns]").WaitForAsync();
        await TabToAsync(page, $"a[href$='campaigns/{campaignId}/units/{unitId}']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync($"**/campaigns/{campaignId}/units/{unitId}", new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator("[data-testid='circuit-live']").WaitForAsync(new() { State = WaitForSelectorState.Attached });

        await TabToAsync(page, "input[data-testid='value-HOP']");
        await page.Keyboard.TypeAsync("45");
        await TabToAsync(page, "[data-testid=submit-results]");
        await page.Keyboard.PressAsync("Enter");
        // The confirmation dialog takes the focus; its confirm button is reached and pressed with the keyboard too.
        await page.Locator("[data-testid=confirm-ok]").WaitForAsync();
        await TabToAsync(page, "[data-testid=confirm-ok]");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("[data-testid=saved]")).ToContainTextAsync("Đã gửi báo cáo kết quả.");
        var saved = await submissions.GetWorkspaceAsync(head, campaignId, unitId);
        Assert.Equal(45m, saved!.Lines.Single().Value);
        await Assertions.Expect(page.Locator("[data-testid=workspace-statuses]")).ToContainTextAsync("Kết quả thực hiện: Đã gửi");
        await page.ScreenshotAsync(BrowserSession.Picture(Screenshots, "keyboard-results-submitted"));

        // The workspace's tabs are links: reached and followed with the keyboard, the open one marked as the page.
        await TabToAsync(page, "[data-testid=tab-staff]");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**?tab=staff", new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.Locator("[data-testid=tab-staff]")).ToHaveAttributeAsync("aria-current", "page");
        await page.Locator("[data-testid=download-template]").WaitForAsync();
    }

    [Fact]
    public async Task CouncilMember_ChoosesAndCastsASecretBallot_WithTheKeyboardAlone_AndTheFocusGoesToTheReceipt()
    {
        var campaigns = fixture.App.Service<CampaignService>();
        var campaignId = (await campaigns.CreateDraftAsync(TestActors.Officer,
            new CampaignDraftInput { Name = "Phong trào bỏ phiếu bằng bàn phím", Year = 2026 })).Value;
        await campaigns.AddCriterionAsync(TestActors.Officer, campaignId,
            new CriterionInput { Code = "HOP", Name = "Cuộc họp được phục vụ", MaxPoints = 100, UnitOfMeasure = "cuộc" });
        await campaigns.ReadyToLaunchAsync(campaignId);
        await campaigns.MoveAsync(TestActors.Officer, campaignId, CampaignStep.Launch);
        var scenario = await CouncilScenario.SeedConsultedAsync(fixture.App, campaignId);
        await CouncilDriver.OpenWithAllPresentAsync(fixture.App, campaignId);

        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "vi-VN" });
        await using var _ = context;
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await SignInAsync(page, "hoidong1");
        await page.GotoAsync($"{fixture.BaseUrl}/council/{campaignId}");
        await page.Locator("[data-testid='circuit-live']").WaitForAsync(new() { State = WaitForSelectorState.Attached });

        // Enter and Space both press a choice; the pressed one says so.
        await TabToAsync(page, $"[data-testid=choose-yes-{scenario.Worker}]");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator($"[data-testid=choose-yes-{scenario.Worker}]")).ToHaveAttributeAsync("aria-pressed", "true");
        await TabToAsync(page, $"[data-testid=choose-no-{scenario.ProvincialFighter}]");
        await page.Keyboard.PressAsync(" ");
        await Assertions.Expect(page.Locator($"[data-testid=choose-no-{scenario.ProvincialFighter}]")).ToHaveAttributeAsync("aria-pressed", "true");

        // The send button sits above the agenda: back to it with Shift+Tab. Escape closes the confirmation and the focus
        // comes back to the button; the second time the confirmation is accepted with the keyboard.
        await TabToAsync(page, "[data-testid=submit-ballot]", back: true);
        await Assertions.Expect(page.Locator("[data-testid=submit-ballot]")).ToContainTextAsync("2");
        await page.Keyboard.PressAsync("Enter");
        // The dialog hears Escape once it holds the focus (a press before that reaches the page, not the dialog).
        await page.WaitForFunctionAsync("() => !!document.activeElement?.closest('[role=dialog]')");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("[data-testid=confirm-ok]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=submit-ballot]")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("[data-testid=confirm-ok]").WaitForAsync();
        await TabToAsync(page, "[data-testid=confirm-ok]");
        await page.Keyboard.PressAsync("Enter");

        // The buttons pressed are gone with the nominations voted on: the focus is not dropped on the page's body but
        // lands on the receipt, the code the member must note, and the status line says the ballot was recorded.
        await Assertions.Expect(page.Locator($"[data-testid=agenda-{scenario.Worker}] [data-testid=my-ballot]")).ToHaveTextAsync("Đã bỏ phiếu kín");
        await Assertions.Expect(page.Locator("[data-testid=receipt-code]")).Not.ToBeEmptyAsync();
        await page.WaitForFunctionAsync("() => !!document.activeElement?.querySelector(\"[data-testid='receipt-code']\")");
        await Assertions.Expect(page.Locator("[data-testid=ballot-saved]")).ToContainTextAsync("Đã ghi phiếu kín");
        await page.ScreenshotAsync(BrowserSession.Picture(Screenshots, "keyboard-ballot-cast"));
    }

    private async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync($"{fixture.BaseUrl}/account/login");
        await TabToAsync(page, "#username");
        await page.Keyboard.TypeAsync(userName);
        await TabToAsync(page, "#password");
        await page.Keyboard.TypeAsync(DemoDataSeeder.DemoPassword);
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("[data-testid=current-user]").WaitForAsync();
    }

    /// <summary>
    /// Presses Tab (Shift+Tab when <paramref name="back"/>) until the focused element matches <paramref name="selector"/>;
    /// fails if it never does.
    /// </summary>
    private static async Task TabToAsync(IPage page, string selector, bool back = false)
    {
        for (var i = 0; i < MostTabs; i++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }

            await page.Keyboard.PressAsync(back ? "Shift+Tab" : "Tab");
        }

        Assert.Fail($"{MostTabs} presses of {(back ? "Shift+Tab" : "Tab")} never reached {selector}");
    }
}
