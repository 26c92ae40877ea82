using System.Globalization;
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
/// reason, withdraws the second nominee the board asked it to (with the reason) and sends it again, the board appraises and decides it granted, and the office's profile of the nominee shows
/// the award under the provincial issuer. The board's pages are photographed in vi-VN at desktop and phone width.
/// The second walk goes on from the resent dossier to the board's own council: its three members sign in and vote by
/// secret ballot, the appraiser closes the session, issues the chairman's decision in the application (a real decision
/// with its PDF), and the office's profile shows the award under the provincial issuer.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class ReceivingBoardBrowserTests(BrowserFixture fixture)
{
    private static readonly string Screenshots = Path.Combine(DomainPurityTests.RepositoryRoot(), "artifacts", "screenshots");

    [Fact]
    public async Task TheOfficeProposes_TheBoardReturns_TheOfficeResends_TheBoardDecides_AndTheProfileShowsTheProvincialAward()
    {
        var (office, board, proposal, nomination, personId) = await ProposeReturnResendAsync("120/TTr-VP", "125/TTr-VP", photograph: true);
        await using var officeSession = office;
        await using var boardSession = board;

        // The board reads the resent dossier without the withdrawn nominee's part, then appraises the nominee and records
        // the chairman's decision.
        await board.GoAsync($"board/{proposal}");
        await Assertions.Expect(board.ByTestId("board-nominees")).ToContainTextAsync("Đã rút khỏi hồ sơ");
        await Assertions.Expect(board.Page.Locator("[data-testid^='board-nominee-']")).ToHaveCountAsync(1);
        await board.Page.Locator($"[data-testid='note-text-{nomination}']").FillAsync("Đạt tiêu chuẩn Bằng khen theo Điều 73 Luật Thi đua, khen thưởng; hồ sơ đủ.");
        await board.ClickAsync($"note-save-{nomination}");
        await Assertions.Expect(board.ByTestId($"notes-{nomination}")).ToContainTextAsync("Đạt tiêu chuẩn Bằng khen");
        await Assertions.Expect(board.ByTestId("board-dossier-status")).ToHaveTextAsync("Đang thẩm định");
        await board.Page.Locator($"[data-testid='decision-number-{nomination}']").FillAsync("3456/QĐ-UBND");
        // The decision's day, typed in the page's format into the date picker, is the day the award carries.
        var decided = await DayBeforeTheOfferedAsync(board, $"decision-date-{nomination}");
        await board.TypeAsync($"decision-date-{nomination}", decided.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await Assertions.Expect(board.ByTestId($"decision-date-{nomination}-value")).ToHaveValueAsync(decided.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
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
        var row = office.Page.Locator("[data-testid='profile-awards'] tr", new() { HasText = "3456/QĐ-UBND" });
        await Assertions.Expect(row).ToContainTextAsync(decided.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await Assertions.Expect(row).ToContainTextAsync(issuer);
        await office.ShotAsync("board-07-office-profile");

        // The board's user sees nothing of the office's own pages.
        await board.GoAsync("campaigns");
        Assert.Contains("/account/access-denied", board.Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOfficeProposes_TheBoardReturns_TheOfficeResends_TheBoardsCouncilVotes_TheBoardIssuesTheChairmansDecision()
    {
        var (office, board, proposal, nomination, personId) = await ProposeReturnResendAsync("130/TTr-VP", "135/TTr-VP", photograph: false);
        await using var officeSession = office;
        await using var boardSession = board;

        // The appraiser puts the dossier to the board's own council.
        await board.GoAsync($"board/{proposal}");
        await Assertions.Expect(board.ByTestId("board-council")).ToContainTextAsync("Đưa ra Hội đồng bỏ phiếu kín");
        await board.ClickAsync("board-open-session");
        await board.WaitForPageAsync("**/board/*?done=*", "board-session-open");
        await Assertions.Expect(board.ByTestId("board-message")).ToContainTextAsync("Đã mở phiên họp Hội đồng");
        await board.ShotAsync("board-council-01-opened");
        await board.ClickAsync("board-go-to-session");
        await board.WaitForPageAsync("**/board/council/*", "session");
        var sessionPath = new Uri(board.Page.Url).AbsolutePath.TrimStart('/');
        await board.ClickAsync("all-present");
        await board.ClickAsync("save-attendance");
        await Assertions.Expect(board.ByTestId("quorum")).ToContainTextAsync("Có mặt 3/3");
        await board.ShotAsync("board-council-02-session");
        await board.PhoneShotAsync("board-council-02-session-phone");

        // Each member of the board's council signs in and votes by secret ballot; the page shows that they voted, never how.
        for (var n = 1; n <= 3; n++)
        {
            await using var member = await BrowserSession.SignInAsync(fixture, DemoDataSeeder.BoardCouncilUserName(n), Screenshots);
            await member.GoAsync(sessionPath);
            await member.ClickAsync($"choose-yes-{nomination}");
            await member.ClickAsync("submit-ballot");
            await member.ClickAsync("confirm-ok");
            await Assertions.Expect(member.ByTestId("council-message")).ToBeVisibleAsync();
            await Assertions.Expect(member.ByTestId("my-ballot").First).ToHaveTextAsync("Đã bỏ phiếu kín");
            await Assertions.Expect(member.ByTestId("receipt-code")).Not.ToBeEmptyAsync();
            if (n == 1)
            {
                await member.ShotAsync("board-council-03-member-voted");
                await member.PhoneShotAsync("board-council-03-member-voted-phone");
                await AssertAccessibleAsync(member);
                // A member of the board's council sees nothing of the agency's council nor of the dossiers.
                await member.GoAsync($"council/{DecisionScenario.CampaignId}");
                Assert.Contains("/account/access-denied", member.Page.Url, StringComparison.Ordinal);
            }
        }

        // The agency's council member is refused the board's session page.
        await using (var agencyMember = await BrowserSession.SignInAsync(fixture, "hoidong1", Screenshots))
        {
            await agencyMember.GoAsync(sessionPath);
            Assert.Contains("/account/access-denied", agencyMember.Page.Url, StringComparison.Ordinal);
        }

        // The appraiser closes the session (asked to confirm) and the council's result is published.
        await board.GoAsync(sessionPath);
        await board.ClickAsync("close-session");
        await board.ClickAsync("confirm-ok");
        await Assertions.Expect(board.ByTestId("council-message")).ToBeVisibleAsync();
        await Assertions.Expect(board.ByTestId($"agenda-{nomination}")).ToContainTextAsync("Hội đồng thông qua");
        await board.ShotAsync("board-council-04-closed");

        // The board issues the chairman's decision on the nominee the council passed (asked to confirm).
        await board.GoAsync($"board/{proposal}");
        await Assertions.Expect(board.ByTestId($"board-result-{nomination}")).ToContainTextAsync("Hội đồng thông qua");
        await board.TypeAsync("board-decision-number", "4567/QĐ-UBND");
        await board.TypeAsync("board-signer-name", "Võ Văn Hưng");
        var issuedOn = await DayBeforeTheOfferedAsync(board, "board-decision-date");
        await board.TypeAsync("board-decision-date", issuedOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await board.ShotAsync("board-council-05-issue");
        await board.ClickAsync("board-issue");
        await board.ClickAsync("confirm-ok");
        await board.WaitForPageAsync("**/board/*?done=*", "board-message");
        await Assertions.Expect(board.ByTestId("board-message")).ToContainTextAsync("Đã ban hành quyết định");
        await Assertions.Expect(board.ByTestId("board-dossier-status")).ToHaveTextAsync("Đã có kết quả");
        await Assertions.Expect(board.ByTestId("board-council")).ToContainTextAsync("Quyết định số 4567/QĐ-UBND");
        await board.ShotAsync("board-council-06-issued");
        await board.PhoneShotAsync("board-council-06-issued-phone");
        int decision;
        await using (var db = await fixture.App.DbAsync())
        {
            decision = await db.Decisions.Where(d => d.ProposalId == proposal).Select(d => d.Id).SingleAsync();
        }

        // The decision's PDF, as the board downloads it (signed when the deployment configures a certificate).
        var pdf = await board.Page.APIRequest.GetAsync($"{fixture.BaseUrl}/documents/decisions/{decision}.pdf");
        Assert.Equal(200, pdf.Status);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.BodyAsync())[..4]), StringComparison.Ordinal);

        // The office sees the award in the nominee's profile under the provincial issuer.
        await office.GoAsync($"profile/person/{personId}");
        var main = office.Page.Locator("main");
        var issuedRow = office.Page.Locator("[data-testid='profile-awards'] tr", new() { HasText = "4567/QĐ-UBND" });
        await Assertions.Expect(issuedRow).ToContainTextAsync(issuedOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await Assertions.Expect(issuedRow).ToContainTextAsync("Chủ tịch Võ Văn Hưng");
        await office.ShotAsync("board-council-07-office-profile");
    }

    /// <summary>
    /// The walk's first half, through both organisations' pages: the office's leadership sends a Bằng khen dossier to
    /// the board under <paramref name="letter"/>, the board returns it with a reason, the office reads it and sends it
    /// again under <paramref name="resent"/>. The two signed-in sessions are the caller's to dispose.
    /// </summary>
    private async Task<(BrowserSession Office, BrowserSession Board, int Proposal, int Nomination, int PersonId)> ProposeReturnResendAsync(
        string letter, string resent, bool photograph)
    {
        var unit = await fixture.App.UnitIdAsync(DemoDataSeeder.DemoUnitCode);
        var nomination = Assert.Single(await DecisionScenario.NominateAsync(fixture.App, Title.ProvincialCertificateOfMerit, 1,
            people: q => q.Where(p => p.UnitId == unit && p.LeftOn == null)));
        // The photographed walk sends a second nominee, whom the board asks to withdraw and the office withdraws.
        int? extra = photograph ? Assert.Single(await DecisionScenario.NominateAsync(fixture.App, Title.ProvincialCertificateOfMerit, 1)) : null;
        int personId;
        await using (var db = await fixture.App.DbAsync())
        {
            personId = (await db.Nominations.SingleAsync(n => n.Id == nomination)).PersonId!.Value;
        }

        // The office's leadership signs the letter and sends the dossier to the board in this deployment.
        var office = await BrowserSession.SignInAsync(fixture, "lanhdao", Screenshots);
        await office.GoAsync($"proposals/{DecisionScenario.CampaignId}");
        await office.ClickAsync($"select-{nomination}");
        if (extra is { } second)
        {
            await office.ClickAsync($"select-{second}");
        }

        await office.TypeAsync("proposal-number", letter);
        await office.ChooseAsync(office.Page.GetByLabel("Cấp nhận hồ sơ").First, DemoDataSeeder.BoardName);
        await office.ClickAsync("send-up");
        // Sending a dossier away asks first, naming the letter and where it goes.
        await Assertions.Expect(office.Page.GetByRole(AriaRole.Dialog)).ToContainTextAsync(letter);
        await office.ClickAsync("confirm-ok");
        await Assertions.Expect(office.ByTestId("proposal-done")).ToBeVisibleAsync();
        int proposal;
        await using (var db = await fixture.App.DbAsync())
        {
            proposal = await db.Proposals.Where(p => p.Number == letter).Select(p => p.Id).SingleAsync();
        }

        await Assertions.Expect(office.ByTestId($"proposal-{proposal}")).ToContainTextAsync("Ban đã nhận, chờ thẩm định");

        // The board's appraiser finds it in the inbox and returns it with the reason.
        var board = await BrowserSession.SignInAsync(fixture, DemoDataSeeder.BoardUserName, Screenshots);
        await board.GoAsync("board");
        await Assertions.Expect(board.ByTestId($"board-row-{proposal}")).ToContainTextAsync(letter);
        await ShotAsync(board, photograph, "board-01-inbox");
        if (photograph)
        {
            await board.PhoneShotAsync("board-01-inbox-phone");
        }

        await board.ClickAsync($"open-{proposal}");
        await board.WaitForPageAsync("**/board/*", "board-dossier");
        await ShotAsync(board, photograph, "board-02-dossier");
        await AssertAccessibleAsync(board);
        if (photograph)
        {
            await board.PhoneShotAsync("board-02-dossier-phone");
        }

        await board.Page.Locator("[data-testid='board-return-reason-input']").FillAsync(photograph
            ? "Bổ sung biên bản họp và kết quả bỏ phiếu kín của Hội đồng; rút trường hợp chưa đủ thời gian giữ danh hiệu"
            : "Bổ sung biên bản họp và kết quả bỏ phiếu kín của Hội đồng");
        await board.ClickAsync("board-return");
        await Assertions.Expect(board.ByTestId("board-dossier-status")).ToHaveTextAsync("Bị trả lại để bổ sung");
        await ShotAsync(board, photograph, "board-03-returned");

        // The office reads the reason and sends the amended dossier again.
        await office.GoAsync($"proposals/{DecisionScenario.CampaignId}");
        await Assertions.Expect(office.ByTestId($"proposal-{proposal}")).ToContainTextAsync("Bổ sung biên bản họp và kết quả bỏ phiếu kín");
        await Assertions.Expect(office.ByTestId($"proposal-{proposal}").Locator("[data-testid='record-outcome']")).ToHaveCountAsync(0);
        await ShotAsync(office, photograph, "board-04-office-sees-return");
        if (extra is { } withdrawn)
        {
            // The office's leadership withdraws the second nominee from the returned dossier, with the reason.
            var dossier = office.ByTestId($"proposal-{proposal}");
            await dossier.Locator($"[data-testid='select-{withdrawn}']").CheckAsync();
            await dossier.Locator("input[data-testid='withdraw-reason']").FillAsync("Chưa đủ thời gian giữ danh hiệu theo ý kiến của Ban");
            await dossier.Locator("[data-testid='withdraw-nominees']").ClickAsync();
            await Assertions.Expect(dossier.Locator($"[data-testid='nominee-{withdrawn}']"))
                .ToContainTextAsync("Đã rút khỏi hồ sơ: Chưa đủ thời gian giữ danh hiệu theo ý kiến của Ban");
            await Assertions.Expect(office.ByTestId("proposal-done")).ToContainTextAsync("Đã rút đề nghị khỏi hồ sơ");
            await office.ShotAsync("board-04b-office-amends");
            await office.PhoneShotAsync("board-04b-office-amends-phone");
            await AssertAccessibleAsync(office);
        }

        await office.TypeAsync("resend-number", resent);
        await office.ClickAsync("resend");
        await Assertions.Expect(office.ByTestId($"proposal-{proposal}")).ToContainTextAsync(resent);

        return (office, board, proposal, nomination, personId);
    }

    /// <summary>The day before the one a decision-date picker offers (today), so that a day typed over it shows.</summary>
    private static async Task<DateOnly> DayBeforeTheOfferedAsync(BrowserSession session, string testId)
    {
        // The picker is an island drawn again after each of the page's posted forms: a day typed before it is live is lost.
        await session.WaitForCircuitIfInteractiveAsync();
        var picker = session.Page.Locator($"input[data-testid='{testId}']");
        await Assertions.Expect(picker).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"^\d{2}/\d{2}/\d{4}$"));
        var offered = DateOnly.ParseExact(await picker.InputValueAsync(), "dd/MM/yyyy", CultureInfo.InvariantCulture);
        return offered.AddDays(-1);
    }

    private static async Task ShotAsync(BrowserSession session, bool photograph, string name)
    {
        if (photograph)
        {
            await session.ShotAsync(name);
        }
    }

    private static async Task AssertAccessibleAsync(BrowserSession session)
    {
        var axe = await AxeInPage.RunAsync(session.Page, AxeInPage.WcagAa);
        Assert.Empty(axe.Violations.Where(v => v.Impact is "critical" or "serious").Select(v => v.Id));
    }
}
