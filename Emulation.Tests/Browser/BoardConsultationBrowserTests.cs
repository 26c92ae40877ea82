using Emulation.Domain.Awards;
using Emulation.Domain.Consultations;
using Emulation.Domain.Council;
using Emulation.Tests.Architecture;
using Emulation.Tests.Infrastructure;
using Emulation.Tests.Proposals;
using Emulation.Web.Data.Seed;
using Emulation.Web.Services.Council;
using Emulation.Web.Services.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Emulation.Tests.Browser;

/// <summary>
/// Issue 21's receiving board in the browser, before and between its council's sessions: its appraiser publishes a
/// dossier's Chiến sĩ thi đua cấp tỉnh nominee for public consultation from the dossier page, and the council cannot be
/// opened there while the window runs (the page names the nominee and the last day); its session page lists the
/// comments the board accepted; and after a session closed and the dossier came back amended, the page offers to publish
/// the nominee again and says why (the earlier list was on the dossier before its amendment), and once a list published
/// since has closed the appraiser opens another session from the page while the closed one stays readable with its
/// tallies. Photographed in vi-VN at desktop and phone width.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class BoardConsultationBrowserTests(BrowserFixture fixture)
{
    private static readonly string Screenshots = Path.Combine(DomainPurityTests.RepositoryRoot(), "artifacts", "screenshots");
    private static readonly string[] BoardMembers = [.. Enumerable.Range(1, 3).Select(DemoDataSeeder.BoardCouncilUserName)];

    private Task<(int Proposal, int Nomination, int Board)> SentAsync(string letter, Title title) =>
        BoardScenario.SentAsync(fixture.App, letter, title);

    private async Task<string> NameAsync(int nomination)
    {
        await using var db = await fixture.App.DbAsync();
        return await db.Nominations.Where(n => n.Id == nomination).Join(db.People, n => n.PersonId, p => p.Id, (_, p) => p.FullName).SingleAsync();
    }

    [Fact]
    public async Task TheBoardPublishesTheDossiersConsultation_AndItsCouncilCannotOpenBeforeTheWindowCloses_NamingTheNomineeAndTheDay()
    {
        var (proposal, nomination, _) = await SentAsync("601/TTr-VP", Title.ProvincialEmulationFighter);
        var name = await NameAsync(nomination);
        await using var board = await BrowserSession.SignInAsync(fixture, DemoDataSeeder.BoardUserName, Screenshots);

        await board.GoAsync($"board/{proposal}");
        await Assertions.Expect(board.ByTestId("board-consultation").Locator("[data-testid='awaiting-list']")).ToContainTextAsync(name);
        await board.ClickAsync("publish");
        await board.WaitForPageAsync($"**/board/{proposal}", "board-message");
        await Assertions.Expect(board.ByTestId("board-message")).ToContainTextAsync("Đã công khai danh sách");
        var lastDay = await LastDayAsync(proposal);
        await Assertions.Expect(board.ByTestId("board-consultation").Locator("[data-testid='consultation-window']"))
            .ToContainTextAsync($"nhận ý kiến đến hết ngày {lastDay:dd/MM/yyyy}");
        await board.ShotAsync("board-consultation-01-published");
        await board.PhoneShotAsync("board-consultation-01-published-phone");
        var axe = await AxeInPage.RunAsync(board.Page, AxeInPage.WcagAa);
        Assert.Empty(axe.Violations.Where(v => v.Impact is "critical" or "serious").Select(v => v.Id));

        // The public reads the list under the board's name.
        var visitorContext = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "vi-VN" });
        await using (visitorContext)
        {
            var visitor = new BrowserSession(visitorContext, await visitorContext.NewPageAsync(), fixture.BaseUrl, Screenshots);
            await visitor.GoAsync("public/consultations");
            var heading = visitor.Page.Locator($"#consultation-heading-{await ConsultationIdAsync(proposal)}");
            await Assertions.Expect(heading).ToContainTextAsync(DemoDataSeeder.BoardName);
            await Assertions.Expect(visitor.Page.Locator("main")).ToContainTextAsync(name);
        }

        // Putting the dossier to the council now would be refused: the panel says why, naming the nominee and the window's
        // last day, and offers no step.
        await board.GoAsync($"board/{proposal}");
        var refused = board.ByTestId("board-council").Locator("[data-testid='board-open-refused']");
        await Assertions.Expect(refused).ToContainTextAsync($"{name} (Chiến sĩ thi đua cấp tỉnh) đang được lấy ý kiến công khai đến hết ngày {lastDay:dd/MM/yyyy}");
        await Assertions.Expect(board.ByTestId("board-open-session")).ToHaveCountAsync(0);
        await board.ShotAsync("board-consultation-02-council-refused");
        await using var db = await fixture.App.DbAsync();
        Assert.False(await db.CouncilSessions.AnyAsync(s => s.ProposalId == proposal, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TheBoardsSessionPage_ListsTheAcceptedComments_AndAfterTheResendThePageOffersToPublishAgain_ThenASecondSessionOpens()
    {
        var (proposal, nomination, board) = await SentAsync("602/TTr-VP", Title.ProvincialEmulationFighter);
        var name = await NameAsync(nomination);

        // A list the board published on the dossier, its window closed, with one comment accepted and one hidden.
        var list = await ClosedListAsync(proposal, nomination);
        await using (var db = await fixture.App.DbAsync())
        {
            var day = list.PublishedOn;
            var at = list.PublishedAt;
            var accepted = ConsultationComment.Submit(list, nomination, "Lê Văn Tâm", "0912 000 111", "Đồng chí có sáng kiến được áp dụng toàn tỉnh.", day, at).Value;
            var hidden = ConsultationComment.Submit(list, nomination, "Ẩn danh", "không có", "Nội dung bị ẩn.", day, at).Value;
            Assert.True(accepted.Moderate(true, DemoDataSeeder.BoardUserName, at).IsSuccess);
            Assert.True(hidden.Moderate(false, DemoDataSeeder.BoardUserName, at).IsSuccess);
            db.ConsultationComments.AddRange(accepted, hidden);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        // The first session: all present, all vote yes, closed.
        var sessions = fixture.App.Service<CouncilSessionService>();
        var appraiser = TestActors.AppraiserOf(board);
        var first = await sessions.OpenOnProposalAsync(appraiser, proposal, new OpenSessionInput { ChairUserName = BoardMembers[0] });
        Assert.True(first.IsSuccess, string.Join("; ", first.Errors));

        // A member of the board's council reads the accepted comment on the session page, not the hidden one nor its contact.
        await using (var member = await BrowserSession.SignInAsync(fixture, BoardMembers[1], Screenshots))
        {
            await member.GoAsync($"board/council/{first.Value}");
            var comments = member.ByTestId("council-comments");
            await Assertions.Expect(comments).ToContainTextAsync("Đồng chí có sáng kiến được áp dụng toàn tỉnh.");
            await Assertions.Expect(comments).ToContainTextAsync("Ý kiến được chấp nhận: 1; ý kiến đã ẩn: 1.");
            await Assertions.Expect(comments).Not.ToContainTextAsync("Nội dung bị ẩn.");
            await Assertions.Expect(comments).Not.ToContainTextAsync("0912 000 111");
            await member.ShotAsync("board-consultation-03-session-comments");
            await member.PhoneShotAsync("board-consultation-03-session-comments-phone");
        }

        Assert.True((await sessions.SetAttendanceAsync(appraiser, first.Value, BoardMembers)).IsSuccess);
        for (var m = 1; m <= 3; m++)
        {
            Assert.True((await sessions.VoteAsync(BoardCouncilTests.BoardMember(board, m), first.Value,
                new Dictionary<int, BallotChoice> { [nomination] = BallotChoice.Yes })).IsSuccess);
        }

        Assert.True((await sessions.CloseAsync(appraiser, first.Value)).IsSuccess);

        // The board returns the dossier; the office amends and resends it: the nominee is undecided again.
        Assert.True((await fixture.App.Service<ReceivingBoardService>().ReturnAsync(appraiser, proposal, "Bổ sung báo cáo thành tích.")).IsSuccess);
        Assert.True((await fixture.App.Service<ProposalService>().SendAgainAsync(TestActors.Leader, proposal,
            new ProposalInput { Number = "603/TTr-VP" })).IsSuccess);

        // The earlier list was on the dossier before its amendment: the page offers to publish the nominee again, and says why.
        await using var boardUser = await BrowserSession.SignInAsync(fixture, DemoDataSeeder.BoardUserName, Screenshots);
        await boardUser.GoAsync($"board/{proposal}");
        await Assertions.Expect(boardUser.ByTestId("board-put-again-hint")).ToContainTextAsync(name);
        await Assertions.Expect(boardUser.ByTestId($"board-closed-session-{first.Value}")).ToContainTextAsync("Đồng ý 3");
        var consultation = boardUser.ByTestId("board-consultation");
        await Assertions.Expect(consultation.Locator("[data-testid='publish-again']")).ToContainTextAsync("Hồ sơ đã được gửi lại ngày");
        await Assertions.Expect(consultation.Locator("[data-testid='awaiting-list']")).ToContainTextAsync(name);
        await Assertions.Expect(consultation.Locator($"[data-testid='publish-again-{nomination}']")).ToContainTextAsync("công khai lại");
        await Assertions.Expect(consultation.Locator($"[data-testid='consultation-{list.Id}'] [data-testid='consultation-superseded']")).ToBeVisibleAsync();
        await Assertions.Expect(consultation.Locator("[data-testid='publish']")).ToHaveTextAsync("Công khai lại danh sách");
        await Assertions.Expect(boardUser.ByTestId("board-open-refused")).ToContainTextAsync("chỉ được công khai trước khi hồ sơ được gửi lại");
        await Assertions.Expect(boardUser.ByTestId("board-open-session")).ToHaveCountAsync(0);
        await boardUser.ShotAsync("board-consultation-04-publish-again");
        await boardUser.AssertFitsPhoneAsync("board-consultation-04-publish-again-phone");
        var axe = await AxeInPage.RunAsync(boardUser.Page, AxeInPage.WcagAa);
        Assert.Empty(axe.Violations.Where(v => v.Impact is "critical" or "serious").Select(v => v.Id));

        // Once the board has published the amended list again and that window has closed, the second session opens.
        await ClosedListAsync(proposal, nomination);
        await boardUser.GoAsync($"board/{proposal}");
        await Assertions.Expect(boardUser.ByTestId("board-consultation").Locator("[data-testid='publish-again']")).ToHaveCountAsync(0);
        await boardUser.ShotAsync("board-consultation-05-second-session");
        await boardUser.PhoneShotAsync("board-consultation-05-second-session-phone");
        await boardUser.ClickAsync("board-open-session");
        await boardUser.WaitForPageAsync("**/board/*?done=*", "board-session-open");
        await Assertions.Expect(boardUser.ByTestId($"board-closed-session-{first.Value}")).ToBeVisibleAsync();
        await using var check = await fixture.App.DbAsync();
        Assert.Equal(2, await check.CouncilSessions.CountAsync(s => s.ProposalId == proposal, TestContext.Current.CancellationToken));
    }

    private Task<Consultation> ClosedListAsync(int proposal, int nomination) => BoardScenario.ClosedListAsync(fixture.App, proposal, nomination);

    private async Task<int> ConsultationIdAsync(int proposal)
    {
        await using var db = await fixture.App.DbAsync();
        return await db.Consultations.Where(c => c.ProposalId == proposal).Select(c => c.Id).SingleAsync();
    }

    private async Task<DateOnly> LastDayAsync(int proposal)
    {
        await using var db = await fixture.App.DbAsync();
        return await db.Consultations.Where(c => c.ProposalId == proposal).Select(c => c.LastDay).SingleAsync();
    }
}
