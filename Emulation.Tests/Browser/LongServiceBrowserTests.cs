using Emulation.Tests.Architecture;
using Emulation.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Emulation.Tests.Browser;

/// <summary>
/// A long-service award in one sitting: the union officer opens the list drawn from the positions held, reads one
/// person's explanation, sends the drafted proposal; the leadership issues the decision, which records a long-service
/// award. Photographed in vi-VN at desktop and phone width.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class LongServiceBrowserTests(BrowserFixture fixture)
{
    private static readonly string Screenshots = Path.Combine(DomainPurityTests.RepositoryRoot(), "artifacts", "screenshots");

    [Fact]
    public async Task TheOfficersList_BecomesAProposal_AndTheLeadershipsDecision()
    {
        await using var officer = await BrowserSession.SignInAsync(fixture, "congdoan", Screenshots);
        await officer.GoAsync("long-service");
        await Assertions.Expect(officer.ByTestId("long-service-list")).ToBeVisibleAsync();
        await officer.ShotAsync("long-service-01-list");

        var link = officer.Page.Locator("[data-testid=long-service-row]:not(:has-text('Đã đề nghị')) [data-testid=long-service-link]").First;
        var person = (await link.TextContentAsync())!.Trim();
        var personHref = (await link.GetAttributeAsync("href"))!;
        await link.ClickAsync();
        await officer.WaitForPageAsync(new System.Text.RegularExpressions.Regex("long-service\\?person="), "long-service-form");
        await Assertions.Expect(officer.ByTestId("long-service-explanation")).ToContainTextAsync("nhiệm kỳ");
        await Assertions.Expect(officer.ByTestId("long-service-propose")).ToBeEnabledAsync();
        await officer.ShotAsync("long-service-02-explanation");
        await officer.ClickAsync("long-service-propose");
        await officer.WaitForPageAsync("**/sudden/*", "sudden-detail");
        await Assertions.Expect(officer.ByTestId("sudden-heading")).ToContainTextAsync(person);
        await Assertions.Expect(officer.ByTestId("sudden-kind")).ToHaveTextAsync("Cống hiến");
        // Read as what it is, not as a sudden award, with the way back to the list it came from.
        await Assertions.Expect(officer.Page.Locator("h1")).ToHaveTextAsync("Khen thưởng theo niên hạn, quá trình cống hiến");
        await Assertions.Expect(officer.ByTestId("sudden-detail")).Not.ToContainTextAsync("đột xuất");
        await Assertions.Expect(officer.ByTestId("back-to-long-service")).ToHaveAttributeAsync("href", "long-service");
        // The list below names what it holds: long-service proposals as well as sudden ones.
        await Assertions.Expect(officer.ByTestId("sudden-list-heading")).ToContainTextAsync("theo niên hạn");
        var proposalUrl = officer.Page.Url;

        await using var leader = await BrowserSession.SignInAsync(fixture, "lanhdao", Screenshots);
        await leader.Page.GotoAsync(proposalUrl);
        await leader.WaitForPageAsync("**/sudden/*", "sudden-decide");
        await leader.TypeAsync("sudden-decision-number", "921/QĐ-VP");
        await leader.ClickAsync("sudden-issue");
        await leader.ClickAsync("confirm-ok");
        await Assertions.Expect(leader.ByTestId("sudden-status")).ToHaveTextAsync("Đã có quyết định");
        await leader.ShotAsync("long-service-03-decided");
        await leader.ClickAsync("sudden-decision");
        await leader.WaitForPageAsync("**/decisions/*", "decision-heading");
        await Assertions.Expect(leader.Page.Locator("main")).ToContainTextAsync("Cống hiến");

        // The award is in the person's record, reached from the proposal and from the year's list of awards.
        await officer.Page.GotoAsync(proposalUrl);
        await officer.ClickAsync("sudden-recipient");
        await officer.WaitForPageAsync("**/profile/person/*", "profile-awards");
        await Assertions.Expect(officer.Page.Locator("main")).ToContainTextAsync("921/QĐ-VP");
        await officer.GoAsync("awards");
        await Assertions.Expect(officer.Page.Locator("[data-testid=award-recipient] a[href^='profile/']").First).ToBeVisibleAsync();

        // Off the list of those who qualify, but not without a word: listed as awarded, and told why on their own page.
        await officer.GoAsync("long-service");
        await Assertions.Expect(officer.ByTestId("long-service-awarded")).ToContainTextAsync(person);
        await Assertions.Expect(officer.ByTestId("long-service-awarded")).ToContainTextAsync("921/QĐ-VP");
        await officer.GoAsync(personHref);
        await Assertions.Expect(officer.ByTestId("long-service-not-listed")).ToContainTextAsync("921/QĐ-VP");
        await officer.ShotAsync("long-service-05-awarded");

        await officer.Page.SetViewportSizeAsync(390, 844);
        await officer.GoAsync("long-service");
        await Assertions.Expect(officer.ByTestId("long-service-list")).ToBeVisibleAsync();
        await officer.ShotAsync("long-service-04-list-phone");
    }
}
