using Emulation.Tests.Architecture;
using Emulation.Tests.Browser;
using Microsoft.Playwright;

namespace Emulation.Tests.Trust;

/// <summary>The Content-Security-Policy leaves the live circuit, MudBlazor's popovers and sign-out working in Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SecurityBrowserTests(BrowserFixture fixture)
{
    private static readonly string Screenshots = Path.Combine(DomainPurityTests.RepositoryRoot(), "artifacts", "screenshots");

    [Fact]
    public async Task UnderTheCsp_TheAuditViewerFilters_AndSignOutWorks_WithNoViolations()
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
        // A MudBlazor popover opens and answers only through the live circuit.
        await admin.ByTestId("audit-entity").ClickAsync();
        var popover = admin.Page.Locator(".mud-popover-open");
        await popover.GetByText("Campaign", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(popover).ToHaveCountAsync(0);
        await admin.ClickAsync("audit-search");
        await Assertions.Expect(admin.ByTestId("audit-row-entity").First).ToHaveTextAsync("Campaign");
        await Assertions.Expect(admin.Page.Locator("[data-testid='audit-row-entity']:not(:text-is('Campaign'))")).ToHaveCountAsync(0);
        await admin.ShotAsync("trust-01-audit-viewer");

        await admin.ClickAsync("logout");
        await admin.Page.WaitForURLAsync("**/account/login");

        Assert.Empty(violations);
    }
}
