using Emulation.Domain.Awards;
using Emulation.Tests.Architecture;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Emulation.Tests.Browser;

/// <summary>
/// Issue 21, item 4, through two organisations in one deployment: the office's leadership sends a Bằng khen dossier to
/// the provincial emulation board, the board's appraiser returns it for amendment with a reason, the office reads the
/// reason and sends it again, the board appraises and decides it granted, and the office's profile of the nominee shows
/// the award under the provincial issuer. The board's pages are photographed in vi-VN at desktop and phone width.
/// (The board's own council vote is not part of this step.)
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class ReceivingBoardBrowserTests(BrowserFixture fixture)
{
    private static readonly string Screenshots = Path.Combine(DomainPurityTests.RepositoryRoot(), "artifacts", "screenshots");

    [Fact]
    public async Task TheOfficeProposes_TheBoardReturns_TheOfficeResends_TheBoardDecides_AndTheProfileShowsTheProvincialAward()
    {
        var unit = await fixture.App.UnitIdAsync(DemoDataSeeder.DemoUnitCode);
        var nomination = Assert.Single(await DecisionScenario.NominateAsync(fixture.App, Title.ProvincialCertificateOfMerit, 1,
            people: q => q.Where(p => p.UnitId == unit && p.LeftOn == null)));
        int personId;
        await using (var db = await fixture.App.DbAsync())
        {
            personId = (await db.Nominations.SingleAsync(n => n.Id == nomination)).PersonId!.Value;
        }

        // The office's leadership signs the letter and sends the dossier to the board in this deployment.
        await using var office = await BrowserSession.SignInAsync(fixture, "lanhdao", Screenshots);
        await office.GoAsync($"proposals/{DecisionScenario.CampaignId}");
        await office.ClickAsync($"select-{nomination}");
        await office.TypeAsync("proposal-number", "120/TTr-VP");
        await office.Page.GetByLabel("Cấp nhận hồ sơ").First.ClickAsync();
        await office.Page.GetByRole(AriaRole.Option, new() { Name = DemoDataSeeder.BoardName }).First.ClickAsync();
        await office.ClickAsync("send-up");
        await Assertions.Expect(office.ByTestId("proposal-done")).ToBeVisibleAsync();
        int proposal;
        await using (var db = await fixture.App.DbAsync())
        {
            proposal = await db.Proposals.Where(p => p.Number == "120/TTr-VP").Select(p => p.Id).SingleAsync();
        }

        await Assertions.Expect(office.ByTestId($"proposal-{proposal}")).ToContainTextAsync("Ban đã nhận, chờ thẩm định");

        // The board's appraiser finds it in the inbox and returns it with the reason.
        await using var board = await BrowserSession.SignInAsync(fixture, DemoDataSeeder.BoardUserName, Screenshots);
        await board.GoAsync("board");
        await Assertions.Expect(board.ByTestId($"board-row-{proposal}")).ToContainTextAsync("120/TTr-VP");
        await board.ShotAsync("board-01-inbox");
        await board.PhoneShotAsync("board-01-inbox-phone");
        await board.ClickAsync($"open-{proposal}");
        await board.WaitForPageAsync("**/board/*", "board-dossier");
        await board.ShotAsync("board-02-dossier");
        var axe = await AxeInPage.RunAsync(board.Page, AxeInPage.WcagAa);
        Assert.Empty(axe.Violations.Where(v => v.Impact is "critical" or "serious").Select(v => v.Id));
        await board.PhoneShotAsync("board-02-dossier-phone");
        await board.Page.Locator("[data-testid='board-return-reason-input']").FillAsync("Bổ sung biên bản họp và kết quả bỏ phiếu kín của Hội đồng");
        await board.ClickAsync("board-return");
        await Assertions.Expect(board.ByTestId("board-dossier-status")).ToHaveTextAsync("Bị trả lại để bổ sung");
        await board.ShotAsync("board-03-returned");

        // The office reads the reason and sends the amended dossier again.
        await office.GoAsync($"proposals/{DecisionScenario.CampaignId}");
        await Assertions.Expect(office.ByTestId($"proposal-{proposal}")).ToContainTextAsync("Bổ sung biên bản họp và kết quả bỏ phiếu kín");
        await Assertions.Expect(office.ByTestId($"proposal-{proposal}").Locator("[data-testid='record-outcome']")).ToHaveCountAsync(0);
        await office.ShotAsync("board-04-office-sees-return");
        await office.TypeAsync("resend-number", "125/TTr-VP");
        await office.ClickAsync("resend");
        await Assertions.Expect(office.ByTestId($"proposal-{proposal}")).ToContainTextAsync("125/TTr-VP");

        // The board appraises the nominee and records the chairman's decision.
        await board.GoAsync($"board/{proposal}");
        await board.Page.Locator($"[data-testid='note-text-{nomination}']").FillAsync("Đạt tiêu chuẩn Bằng khen theo Điều 73 Luật Thi đua, khen thưởng; hồ sơ đủ.");
        await board.ClickAsync($"note-save-{nomination}");
        await Assertions.Expect(board.ByTestId($"notes-{nomination}")).ToContainTextAsync("Đạt tiêu chuẩn Bằng khen");
        await Assertions.Expect(board.ByTestId("board-dossier-status")).ToHaveTextAsync("Đang thẩm định");
        await board.Page.Locator($"[data-testid='decision-number-{nomination}']").FillAsync("3456/QĐ-UBND");
        var issuer = await board.Page.Locator($"[data-testid='issuer-{nomination}']").InputValueAsync();
        Assert.StartsWith("Chủ tịch UBND tỉnh", issuer, StringComparison.Ordinal);
        await board.ShotAsync("board-05-appraised");
        await board.ClickAsync($"decide-{nomination}");
        await Assertions.Expect(board.ByTestId("board-dossier-status")).ToHaveTextAsync("Đã có kết quả");
        await board.ShotAsync("board-06-decided");
        await board.PhoneShotAsync("board-06-decided-phone");

        // The office follows the state and sees the award in the nominee's profile under the provincial issuer.
        await office.GoAsync($"proposals/{DecisionScenario.CampaignId}");
        await Assertions.Expect(office.ByTestId($"proposal-{proposal}")).ToContainTextAsync("Đã có kết quả");
        await Assertions.Expect(office.ByTestId($"agency-notes-{nomination}")).ToContainTextAsync("Đạt tiêu chuẩn Bằng khen");
        await office.GoAsync($"profile/person/{personId}");
        var main = office.Page.Locator("main");
        await Assertions.Expect(main).ToContainTextAsync("3456/QĐ-UBND");
        await Assertions.Expect(main).ToContainTextAsync(issuer);
        await office.ShotAsync("board-07-office-profile");

        // The board's user sees nothing of the office's own pages.
        await board.GoAsync("campaigns");
        Assert.Contains("/account/access-denied", board.Page.Url, StringComparison.Ordinal);
    }
}
