using Emulation.Tests.Architecture;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data.Seed;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Submissions;
using Microsoft.Playwright;

namespace Emulation.Tests.Browser;

/// <summary>A department head's path from signing in to submitted results with the keyboard alone: Tab, typing, Enter.</summary>
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
        await page.GotoAsync($"{fixture.BaseUrl}/account/login");

        await TabToAsync(page, "#username");
        await page.Keyboard.TypeAsync("tp.nc");
        await TabToAsync(page, "#password");
        await page.Keyboard.TypeAsync(DemoDataSeeder.DemoPassword);
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("[data-testid=current-user]").WaitForAsync();

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

    /// <summary>Presses Tab until the focused element matches <paramref name="selector"/>; fails if it never does.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < MostTabs; i++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"{MostTabs} presses of Tab never reached {selector}");
    }
}
