using Emulation.Tests.Architecture;
using Emulation.Tests.Browser;
using Microsoft.Playwright;

namespace Emulation.Tests.Trust;

/// <summary>The Content-Security-Policy leaves the live circuit, MudBlazor's popovers and sign-out working in Chromium.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class SecurityBrowserTests(BrowserFixture fixture)
{
    private static readonly string Screenshots = Path.Combine(DomainPurityTests.RepositoryRoot(), "artifacts", "screenshots");

    [Fact]
    public async Task UnderTheCsp_TheAuditViewerFilters_APopoverOpens_AndSignOutWorks_WithNoViolations()
    {
        await using var admin = await BrowserSession.SignInAsync(fixture, "quantri", Screenshots);
        var violations = new List<string>();
        admin.Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };

        await admin.GoAsync("admin/audit");
        await Assertions.Expect(admin.ByTestId("audit-row-user").First).ToBeVisibleAsync();
        await admin.Page.Locator("select[data-testid='audit-entity']").SelectOptionAsync("Campaign");
        await admin.ClickAsync("audit-search");
        await admin.WaitForPageAsync("**/admin/audit?*entity=Campaign*", "audit-row-entity");
        await Assertions.Expect(admin.ByTestId("audit-row-entity").First).ToHaveTextAsync("Phong trào thi đua");
        await Assertions.Expect(admin.Page.Locator("[data-testid='audit-row-entity']:not(:text-is('Phong trào thi đua'))")).ToHaveCountAsync(0);
        await admin.ShotAsync("trust-01-audit-viewer");

        // A MudBlazor popover on an interactive island opens and answers only through the live circuit.
        await admin.GoAsync("admin/rule-sets");
        await admin.ByTestId("derive-form").Locator(".mud-select").First.ClickAsync();
        var popover = admin.Page.Locator(".mud-popover-open");
        await popover.Locator(".mud-list-item").First.ClickAsync();
        await Assertions.Expect(popover).ToHaveCountAsync(0);

        await admin.ClickAsync("logout");
        await admin.WaitForPageAsync("**/account/login", "login-submit");

        Assert.Empty(violations);
    }
}
