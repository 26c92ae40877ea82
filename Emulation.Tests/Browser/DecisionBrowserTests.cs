using Emulation.Domain.Awards;
using Emulation.Tests.Architecture;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Emulation.Tests.Browser;

/// <summary>
/// Leadership approves a passed nomination in the browser, opens the issued decision, downloads the certificate,
/// and the QR code decoded from the certificate's rendered page opens the public verification page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DecisionBrowserTests(BrowserFixture fixture)
{
    private static readonly string Screenshots = Path.Combine(DomainPurityTests.RepositoryRoot(), "artifacts", "screenshots");

    [Fact]
    public async Task Approval_IssuesADecision_WhoseCertificateQrOpensTheVerificationPage()
    {
        var ids = await DecisionScenario.NominateAsync(fixture.App, Title.GrassrootsEmulationFighter, 1);
        string recipient;
        await using (var db = await fixture.App.DbAsync())
        {
            recipient = await db.Nominations.Where(n => n.Id == ids[0])
                .Select(n => db.People.Where(p => p.Id == n.PersonId).Select(p => p.FullName).Single()).SingleAsync();
        }

        await using var leader = await BrowserSession.SignInAsync(fixture, "lanhdao", Screenshots);
        await leader.GoAsync($"approval/{DecisionScenario.CampaignId}");
        await Assertions.Expect(leader.ByTestId("nomination-table")).ToContainTextAsync(recipient);
        await leader.Page.Locator("[data-testid='nomination-table'] thead input[type=checkbox]").CheckAsync();
        await leader.TypeAsync("decision-number", "801/QĐ-VP");
        await leader.ClickAsync("approve");
        await leader.ClickAsync("confirm-ok");
        await Assertions.Expect(leader.ByTestId("approval-done")).ToBeVisibleAsync();

        await leader.ClickAsync("issued-decision");
        await Assertions.Expect(leader.ByTestId("decision-heading")).ToContainTextAsync("801/QĐ-VP");
        await Assertions.Expect(leader.ByTestId("decision-lines")).ToContainTextAsync(recipient);
        await leader.ShotAsync("09-leadership-decision-issued");

        var href = await leader.ByTestId("certificate-link").First.GetAttributeAsync("href");
        // Links are relative to the app's <base href="/">, not to the decision page's path.
        var response = await leader.Page.APIRequest.GetAsync(new Uri(new Uri(fixture.BaseUrl + "/"), href!).ToString());
        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        var page = GrayImage.RenderFirstPage(await response.BodyAsync(), 200);
        var url = page.DecodeQr();
        Assert.True(url is not null, $"No QR code decoded from the certificate of {recipient} ({page.Width}×{page.Height}).");
        Assert.Contains("/verify/", url, StringComparison.Ordinal);

        // The verification page is public: a fresh context with no sign-in.
        await using var anonymous = await fixture.Browser.NewContextAsync();
        var visitor = await anonymous.NewPageAsync();
        await visitor.GotoAsync(url);
        await Assertions.Expect(visitor.Locator("[data-testid='verify-valid']")).ToBeVisibleAsync();
        await Assertions.Expect(visitor.Locator("[data-testid='verify-name']")).ToHaveTextAsync(recipient);
        await Assertions.Expect(visitor.Locator("[data-testid='verify-number']")).ToHaveTextAsync("801/QĐ-VP");
        await visitor.ScreenshotAsync(BrowserSession.Picture(Screenshots, "10-public-verification", fullPage: false));
    }
}
