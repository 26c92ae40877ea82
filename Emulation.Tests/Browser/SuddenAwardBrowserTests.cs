using Emulation.Tests.Architecture;
using Emulation.Tests.Evidence;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Emulation.Tests.Browser;

/// <summary>
/// A sudden award in one sitting: a head proposes a member of staff with the achievement and an evidence file, the
/// leadership issues the decision, the certificate downloads; photographed in vi-VN at desktop and phone width.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SuddenAwardBrowserTests(BrowserFixture fixture)
{
    private static readonly string Screenshots = Path.Combine(DomainPurityTests.RepositoryRoot(), "artifacts", "screenshots");

    [Fact]
    public async Task AHeadsProposal_BecomesADecisionAndACertificate_InOneSitting()
    {
        string person;
        await using (var db = await fixture.App.DbAsync())
        {
            var unit = await db.Units.SingleAsync(u => u.Code == DemoDataSeeder.DemoUnitCode);
            person = await db.People.Where(p => p.UnitId == unit.Id && p.LeftOn == null).OrderBy(p => p.Id)
                .Select(p => p.FullName).FirstAsync();
        }

        await using var head = await BrowserSession.SignInAsync(fixture, $"tp.{DemoDataSeeder.DemoUnitCode.ToLowerInvariant()}", Screenshots);
        await head.GoAsync("sudden");
        await head.ChooseAsync(head.Page.GetByLabel("Cá nhân"), person);
        await head.Page.Locator("textarea[data-testid='sudden-form-achievement']")
            .FillAsync("Dũng cảm cứu hai người bị nước cuốn trong lũ ngày 12/9/2026");
        await head.Page.Locator("textarea[data-testid='sudden-form-achievement']").PressAsync("Tab");
        await head.ShotAsync("sudden-01-propose");
        await head.ClickAsync("sudden-propose");
        await head.WaitForPageAsync("**/sudden/*", "sudden-detail");
        await Assertions.Expect(head.ByTestId("sudden-heading")).ToContainTextAsync(person);
        await Assertions.Expect(head.ByTestId("sudden-status")).ToHaveTextAsync("Chờ xét");

        await head.ChooseFilesAsync("sudden-evidence-file", new FilePayload
        {
            Name = "xac-nhan-cua-xa.pdf", MimeType = "application/pdf", Buffer = SampleFiles.Pdf(),
        });
        await Assertions.Expect(head.ByTestId("sudden-evidence")).ToContainTextAsync("xac-nhan-cua-xa.pdf");
        await head.ShotAsync("sudden-02-proposed-with-evidence");
        var proposalUrl = head.Page.Url;

        await using var leader = await BrowserSession.SignInAsync(fixture, "lanhdao", Screenshots);
        await leader.Page.GotoAsync(proposalUrl);
        await leader.WaitForPageAsync("**/sudden/*", "sudden-decide");
        await leader.TypeAsync("sudden-decision-number", "901/QĐ-VP");
        await leader.ClickAsync("sudden-issue");
        await leader.ClickAsync("confirm-ok");
        await Assertions.Expect(leader.ByTestId("sudden-status")).ToHaveTextAsync("Đã có quyết định");
        await Assertions.Expect(leader.ByTestId("sudden-certificate")).ToBeVisibleAsync();
        await leader.ShotAsync("sudden-03-decided");

        var href = await leader.ByTestId("sudden-certificate").GetAttributeAsync("href");
        var response = await leader.Page.APIRequest.GetAsync(new Uri(new Uri(fixture.BaseUrl + "/"), href!).ToString());
        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.Headers["content-type"]);

        await leader.ClickAsync("sudden-decision");
        await leader.WaitForPageAsync("**/decisions/*", "decision-heading");
        await Assertions.Expect(leader.ByTestId("decision-heading")).ToContainTextAsync("901/QĐ-VP");
        await Assertions.Expect(leader.Page.Locator("main")).ToContainTextAsync("Đột xuất");

        await head.Page.SetViewportSizeAsync(390, 844);
        await head.GoAsync("sudden");
        await Assertions.Expect(head.ByTestId("sudden-list")).ToContainTextAsync(person);
        await head.ShotAsync("sudden-04-list-phone");
    }
}
