using Emulation.Tests.Architecture;
using Emulation.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Emulation.Tests.Browser;

/// <summary>
/// The demo as the reviewers find it on the day they start it (the run's template is seeded today): the homes of the
/// union officer, the demo head, a member of staff and the leadership say nothing is overdue, and the head's pledge
/// is due ahead. Screenshots: artifacts/screenshots/demo-fresh-*.jpg.
/// </summary>
public sealed class DemoFreshStartBrowserTests(ChromiumFixture fixture) : OwnAppBrowserTests(fixture)
{
    private static readonly string Screenshots = Path.Combine(DomainPurityTests.RepositoryRoot(), "artifacts", "screenshots");

    /// <summary>One app for the four homes: each test of an own-app class starts its own.</summary>
    [Fact]
    public async Task AFreshDemo_OpensOnEveryRolesHome_WithNothingOverdue()
    {
        foreach (var (userName, section) in new[]
                 {
                     ("congdoan", "home-officer"), ("tp.th", "home-unit-campaign"), ("nv.th1", "nav-my-pledge"),
                     ("lanhdao", "home-leadership"),
                 })
        {
            await using var user = await BrowserSession.SignInAsync(Browser, BaseUrl, userName, Screenshots);
            await Assertions.Expect(user.ByTestId(section).First).ToBeVisibleAsync();

            await user.ShotAsync($"demo-fresh-{userName}");

            await Assertions.Expect(user.Page.Locator("main")).Not.ToContainTextAsync("quá hạn");
            Assert.Equal(0, await user.Page.Locator(".home-overdue").CountAsync());
            if (userName is "congdoan" or "tp.th")
            {
                await Assertions.Expect(user.ByTestId("home-deadline").First).ToContainTextAsync("còn ");
            }
        }
    }
}
