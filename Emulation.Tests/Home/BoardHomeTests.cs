using Bunit;
using Emulation.Domain.Awards;
using Emulation.Domain.Council;
using Emulation.Tests.Infrastructure;
using Emulation.Tests.Proposals;
using Emulation.Web.Components.Pages.Home;
using Emulation.Web.Data;
using Emulation.Web.Data.Seed;
using Emulation.Web.Services;
using Emulation.Web.Services.Council;
using Emulation.Web.Services.Home;
using Emulation.Web.Services.Proposals;

namespace Emulation.Tests.Home;

/// <summary>
/// The receiving board's home: its appraiser sees each dossier still with the board at its next step (appraise, close
/// its council's session, issue the decision), and the members of its council the sessions open for their ballot.
/// </summary>
public sealed class BoardHomeTests(AppFixture fixture) : PageTestContext(fixture)
{
    private HomeService Home => App.Service<HomeService>();

    [Fact]
    public async Task Appraiser_SeesEachDossierAtItsNextStep_AndTheCouncilMemberTheirOpenBallot()
    {
        var (received, nominee, board) = await BoardScenario.SentAsync(App, "501/TTr-VP", Title.ProvincialCertificateOfMerit);
        var appraiser = TestActors.AppraiserOf(board);

        Assert.Equal(BoardStep.Appraise, Step(await Home.BoardAsync(appraiser), received).Step);
        Assert.True((await App.Service<ReceivingBoardService>().AppraiseAsync(appraiser, received, nominee, "Đủ thành phần hồ sơ.")).IsSuccess);
        var appraised = Step(await Home.BoardAsync(appraiser), received);
        Assert.Equal((BoardStep.UnderAppraisal, 1, "501/TTr-VP"), (appraised.Step, appraised.Nominees, appraised.Number));

        var (voting, ids, _, session) = await BoardCouncilTests.SessionOnDossierAsync(App, "502/TTr-VP", 1);
        var open = Step(await Home.BoardAsync(appraiser), voting);
        Assert.Equal((BoardStep.CloseSession, session), (open.Step, open.SessionId));
        var member = BoardCouncilTests.BoardMember(board, 1);
        var ballot = Assert.Single(await Home.BoardCouncilAsync(member), b => b.SessionId == session);
        Assert.Equal(("502/TTr-VP", 0, 1), (ballot.ProposalNumber, ballot.Voted, ballot.Nominations));

        var sessions = App.Service<CouncilSessionService>();
        for (var n = 1; n <= 3; n++)
        {
            Assert.True((await sessions.VoteAsync(BoardCouncilTests.BoardMember(board, n), session,
                new Dictionary<int, BallotChoice> { [ids[0]] = BallotChoice.Yes })).IsSuccess);
        }

        Assert.True((await sessions.CloseAsync(appraiser, session)).IsSuccess);
        var passed = Step(await Home.BoardAsync(appraiser), voting);
        Assert.Equal((BoardStep.IssueDecision, 1, (int?)null), (passed.Step, passed.Passed, passed.SessionId));
        Assert.DoesNotContain(await Home.BoardCouncilAsync(member), b => b.SessionId == session);

        // Another board's appraiser sees none of these; other roles are refused.
        var other = await BoardCouncilTests.AnotherBoardAsync(App, "BANKHAC-HOME");
        Assert.Empty(await Home.BoardAsync(TestActors.AppraiserOf(other, "bantdkt.khac")));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Home.BoardAsync(TestActors.Officer));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Home.BoardCouncilAsync(appraiser));
    }

    [Fact]
    public async Task BoardsHome_LinksEachDossier_AndTheOpenSession()
    {
        var (_, _, board, session) = await BoardCouncilTests.SessionOnDossierAsync(App, "503/TTr-VP", 1);
        var (received, _, _) = await BoardScenario.SentAsync(App, "504/TTr-VP", Title.ProvincialCertificateOfMerit);
        SignInAs(DemoDataSeeder.BoardUserName, Roles.Appraiser, board);

        var page = Render<HomePage>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=home-board]")));
        var links = page.FindAll("[data-testid=home-board] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"board/{received}", links);
        Assert.Contains($"board/council/{session}", links);
        Assert.Contains("Mới nhận: thẩm định", page.Find("[data-testid=home-board]").TextContent, StringComparison.Ordinal);
    }

    private static BoardDossierStep Step(IReadOnlyList<BoardDossierStep> steps, int proposal) =>
        Assert.Single(steps, s => s.ProposalId == proposal);
}
