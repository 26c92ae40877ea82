using System.Globalization;
using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Domain.Consultations;
using Emulation.Domain.Council;
using Emulation.Domain.Rules;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Data.Seed;
using Emulation.Web.Resources;
using Emulation.Web.Services;
using Emulation.Web.Services.Consultations;
using Emulation.Web.Services.Council;
using Emulation.Web.Services.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Emulation.Tests.Proposals;

/// <summary>
/// Issue 21's receiving board before its own council meets: it publishes the nominees of a dossier sent to it whose
/// title requires public consultation (the agency's earlier list does not stand for it), its council cannot open on them
/// before the window has closed (the refusal names them and the last day), its appraiser moderates the comments and
/// its council reads the accepted ones; and after a session closes another opens on the nominees still undecided. Every
/// new call is tried by the wrong user. On a clock the test moves.
/// </summary>
/// <remarks>The app starts on Thursday 3 December 2026, 09:00 in Hà Nội: ten working days end on Thursday 17 December.</remarks>
public sealed class BoardConsultationTests() : FreshAppTests(SettableClock.OnOfficeDay(new DateOnly(2026, 12, 3)))
{
    private int _board;

    private static readonly string[] BoardMembers = [.. Enumerable.Range(1, 3).Select(DemoDataSeeder.BoardCouncilUserName)];

    private ConsultationService Consultations => App.Service<ConsultationService>();
    private CouncilSessionService Sessions => App.Service<CouncilSessionService>();
    private Actor Appraiser => TestActors.AppraiserOf(_board);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _board = await App.UnitIdAsync(DemoDataSeeder.BoardCode);
    }

    private async Task<(int Proposal, List<int> Nominees)> SentAsync(string letter, Title title, int count)
    {
        var ids = await DecisionScenario.NominateAsync(App, title, count);
        var sent = await App.Service<ProposalService>().SendUpAsync(TestActors.Leader, DecisionScenario.CampaignId,
            ids, new ProposalInput
            {
                Number = letter,
                Date = new DateTime(2026, 12, 3),
                Recipient = "Chủ tịch UBND tỉnh (qua Ban Thi đua – Khen thưởng, Sở Nội vụ)",
                ReceivingUnitId = _board,
            });
        Assert.True(sent.IsSuccess, string.Join("; ", sent.Errors));
        return (sent.Value, ids);
    }

    private static OpenSessionInput Input(DateTime? heldOn = null) => new() { ChairUserName = BoardMembers[0], HeldOn = heldOn };

    private async Task<List<string>> DescribedAsync(IEnumerable<int> nominations)
    {
        await using var db = await App.DbAsync();
        var ids = nominations.ToList();
        var names = await db.Nominations.Where(n => ids.Contains(n.Id)).OrderBy(n => n.Id)
            .Join(db.People, n => n.PersonId, p => p.Id, (_, p) => p.FullName).ToListAsync();
        return [.. names.Select(n => $"{n} (Chiến sĩ thi đua cấp tỉnh)")];
    }

    private static string Vietnamese(DomainError error)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");
            return new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider()
                .GetRequiredService<IStringLocalizer<SharedResource>>().Describe(error);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public async Task TheBoardsCouncil_OpensOnConsultedTitles_OnlyAfterTheBoardPublishedThemAndTheWindowClosed_NamingNomineesAndLastDay()
    {
        var (proposal, ids) = await SentAsync("501/TTr-VP", Title.ProvincialEmulationFighter, 2);
        var named = await DescribedAsync(ids);

        // Never published by the board: each nominee is named, and nothing opens.
        var unpublished = await Sessions.OpenOnProposalAsync(Appraiser, proposal, Input(new DateTime(2026, 12, 10)));
        Assert.Equal(named.Select(n => ("consultation.not_published", (string?)n)), unpublished.Errors.Select(e => (e.Code, e.Item)));

        // The board publishes today: ten working days, to Thursday 17 December; the public reads it under the board's name.
        var published = await Consultations.PublishOnProposalAsync(Appraiser, proposal, new DateOnly(2026, 12, 3));
        Assert.True(published.IsSuccess, string.Join("; ", published.Errors));
        var plan = (await Consultations.GetDossierPlanAsync(Appraiser, proposal))!;
        var list = Assert.Single(plan.Consultations);
        Assert.Equal((new DateOnly(2026, 12, 17), 10, proposal), (list.LastDay, list.WorkingDays, list.ProposalId));
        Assert.Equal(ids, list.Nominees.Select(n => n.NominationId));
        Assert.Empty(plan.AwaitingPublication);
        Assert.Equal(DemoDataSeeder.BoardName, Assert.Single(await Consultations.OpenForPublicAsync(), l => l.Id == published.Value).Publisher);
        Assert.Equal("consultation.nothing_to_publish",
            Assert.Single((await Consultations.PublishOnProposalAsync(Appraiser, proposal, new DateOnly(2026, 12, 3))).Errors).Code);

        // While the window runs: refused, naming both nominees and the last day, in Vietnamese; nothing opens.
        Clock.Advance(TimeSpan.FromDays(14)); // Thursday 17/12, the last day
        var early = await Sessions.OpenOnProposalAsync(Appraiser, proposal, Input(new DateTime(2026, 12, 18)));
        var error = Assert.Single(early.Errors);
        Assert.Equal(("consultation.still_open", "17/12/2026"), (error.Code, error.Item));
        Assert.Equal(
            $"Các đề nghị khen thưởng {string.Join(", ", named)} đang được lấy ý kiến công khai đến hết ngày 17/12/2026; " +
            "Hội đồng chỉ được họp xét các đề nghị này sau ngày đó.", Vietnamese(error));
        await using (var db = await App.DbAsync())
        {
            Assert.False(await db.CouncilSessions.AnyAsync(s => s.ProposalId == proposal, TestContext.Current.CancellationToken));
            Assert.True(await db.Refusals.AnyAsync(r => r.Area == "council" && r.Action == "open_board", TestContext.Current.CancellationToken));
        }

        // The day after the last: a session dated back into the window is still refused, one held today opens.
        Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal("consultation.still_open", Assert.Single((await Sessions.OpenOnProposalAsync(Appraiser, proposal,
            Input(new DateTime(2026, 12, 17)))).Errors).Code);
        var opened = await Sessions.OpenOnProposalAsync(Appraiser, proposal, Input());
        Assert.True(opened.IsSuccess, string.Join("; ", opened.Errors));
        Assert.Equal(ids, (await Sessions.GetSessionAsync(Appraiser, opened.Value))!.Agenda.Select(a => a.NominationId));
    }

    [Fact]
    public async Task ADossierSentAgain_IsConsultedAgain_AListPublishedBeforeTheResendNoLongerCounts_AndTheNewOneDoesOnceClosed()
    {
        var (proposal, ids) = await SentAsync("511/TTr-VP", Title.ProvincialEmulationFighter, 3);
        var board = App.Service<ReceivingBoardService>();
        var proposals = App.Service<ProposalService>();

        // The board publishes on Thursday 3 December, to Thursday 17 December, and refuses the third nominee: they leave the list.
        var first = await Consultations.PublishOnProposalAsync(Appraiser, proposal, new DateOnly(2026, 12, 3));
        Assert.True(first.IsSuccess, string.Join("; ", first.Errors));
        Assert.True((await board.DecideAsync(Appraiser, proposal, [ids[2]],
            new ProposalOutcomeInput { Granted = false, Reason = "Chưa đủ thời gian giữ danh hiệu cơ sở." })).IsSuccess);

        // While the window still runs, the board returns the dossier; the leadership withdraws the refused nominee and adds
        // one; the office sends it again on Tuesday 8 December.
        Clock.Advance(TimeSpan.FromDays(4));
        Assert.True((await board.ReturnAsync(Appraiser, proposal, "Bổ sung báo cáo thành tích có xác nhận của thủ trưởng.")).IsSuccess);
        var added = Assert.Single(await DecisionScenario.NominateAsync(App, Title.ProvincialEmulationFighter, 1));
        Assert.True((await proposals.WithdrawFromDossierAsync(TestActors.Leader, proposal, [ids[2]], "Ban đã không khen thưởng.")).IsSuccess);
        Assert.True((await proposals.AddToDossierAsync(TestActors.Leader, proposal, [added])).IsSuccess);

        Clock.Advance(TimeSpan.FromDays(1));
        Assert.True((await proposals.SendAgainAsync(TestActors.Leader, proposal, new ProposalInput { Number = "512/TTr-VP" })).IsSuccess);
        var resentAt = Clock.GetUtcNow();

        // The board's page: the earlier list no longer stands; both nominees it carried are to be published again, with
        // the nominee added; the one refused is gone. The board's council members are offered nothing to publish.
        var plan = (await Consultations.GetDossierPlanAsync(Appraiser, proposal))!;
        Assert.True(Assert.Single(plan.Consultations).Superseded);
        Assert.Equal([ids[0], ids[1], added], plan.AwaitingPublication.Select(n => n.NominationId));
        Assert.Equal([ids[0], ids[1]], plan.PublishAgain);
        Assert.Equal(resentAt, plan.SentAgainAt);
        var read = (await Consultations.GetDossierPlanAsync(BoardCouncilTests.BoardMember(_board, 1), proposal))!;
        Assert.Equal((0, 0), (read.AwaitingPublication.Count, read.PublishAgain.Count));

        // The council is refused, the earlier list's nominees as published before the resend, the added one as never
        // published; the earlier window, still open, is not the one that holds them back.
        var named = await DescribedAsync([ids[0], ids[1], added]);
        var refused = await Sessions.OpenOnProposalAsync(Appraiser, proposal, Input());
        Assert.Equal(
            [("consultation.published_before_resend", named[0]), ("consultation.published_before_resend", named[1]), ("consultation.not_published", named[2])],
            refused.Errors.Select(e => (e.Code, e.Item!)));
        Assert.Equal($"Đề nghị khen thưởng {named[0]} chỉ được công khai trước khi hồ sơ được gửi lại ngày 08/12/2026; " +
            "Hội đồng họp xét danh sách sau khi sửa đổi, nên phải công khai lại đề nghị này và chỉ họp xét sau khi hết thời hạn lấy ý kiến mới.",
            Vietnamese(refused.Errors[0]));

        // Once the earlier window has closed it still does not count.
        Clock.Advance(TimeSpan.FromDays(10)); // Friday 18 December
        Assert.Equal(["consultation.published_before_resend", "consultation.published_before_resend", "consultation.not_published"],
            (await Sessions.OpenOnProposalAsync(Appraiser, proposal, Input())).Errors.Select(e => e.Code));

        // Publishing again: only the board's appraiser; then the new list carries the three, and stands.
        var today = OfficeTime.Date(Clock.GetUtcNow());
        await Assert.ThrowsAsync<AccessDeniedException>(() => Consultations.PublishOnProposalAsync(TestActors.Leader, proposal, today));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Consultations.PublishOnProposalAsync(BoardCouncilTests.BoardMember(_board, 1), proposal, today));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Consultations.PublishOnProposalAsync(
            new Actor("unbound", "unbound", new HashSet<string> { Roles.Appraiser }, null), proposal, today));
        Assert.Equal("proposal.not_for_this_board", Assert.Single((await Consultations.PublishOnProposalAsync(
            TestActors.AppraiserOf(await BoardCouncilTests.AnotherBoardAsync(App, "BTDKT8")), proposal, today)).Errors).Code);
        var again = await Consultations.PublishOnProposalAsync(Appraiser, proposal, today);
        Assert.True(again.IsSuccess, string.Join("; ", again.Errors));
        plan = (await Consultations.GetDossierPlanAsync(Appraiser, proposal))!;
        var standing = Assert.Single(plan.Consultations, c => !c.Superseded);
        Assert.Equal(again.Value, standing.Id);
        Assert.Equal([ids[0], ids[1], added], standing.Nominees.Select(n => n.NominationId));
        Assert.Equal((0, 0), (plan.AwaitingPublication.Count, plan.PublishAgain.Count));

        // While the new window runs the council waits for its last day; the day after, it meets on the three.
        var waiting = Assert.Single((await Sessions.OpenOnProposalAsync(Appraiser, proposal, Input())).Errors);
        Assert.Equal(("consultation.still_open", standing.LastDay.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)), (waiting.Code, waiting.Item));
        Clock.Advance(TimeSpan.FromDays(standing.LastDay.DayNumber - today.DayNumber + 1));
        var opened = await Sessions.OpenOnProposalAsync(Appraiser, proposal, Input());
        Assert.True(opened.IsSuccess, string.Join("; ", opened.Errors));
        Assert.Equal([ids[0], ids[1], added], (await Sessions.GetSessionAsync(Appraiser, opened.Value))!.Agenda.Select(a => a.NominationId));
    }

    [Fact]
    public async Task TwoPublishesAtOnce_MakeOneList_TheLoserIsToldSomeoneElseSaved_NeverAServerError()
    {
        var (proposal, ids) = await SentAsync("506/TTr-VP", Title.ProvincialEmulationFighter, 2);
        // Both publishes have read the nominees awaiting before either saves.
        var rendezvous = new SaveRendezvous<Consultation>(2);
        var today = new DateOnly(2026, 12, 3);

        Result<int>[] outcomes;
        using (App.Rendezvous.Hold(rendezvous))
        {
            outcomes = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
                Consultations.PublishOnProposalAsync(Appraiser, proposal, today))));
        }

        Assert.True(rendezvous.Met);
        var won = Assert.Single(outcomes, o => o.IsSuccess);
        Assert.Equal("concurrency.changed", Assert.Single(Assert.Single(outcomes, o => !o.IsSuccess).Errors).Code);
        await using var db = await App.DbAsync();
        var list = await db.Consultations.AsNoTracking().SingleAsync(c => c.ProposalId == proposal, TestContext.Current.CancellationToken);
        Assert.Equal(won.Value, list.Id);
        Assert.Equal(ids, list.Nominees.Select(n => n.NominationId));
        Assert.True(await db.Refusals.AnyAsync(r => r.Area == "consultation" && r.Action == "publish_board", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TheAgencysTwoPublishesAtOnce_MakeOneList_TooOnTheCampaign()
    {
        var ids = await DecisionScenario.NominateAsync(App, Title.ProvincialEmulationFighter, 1, passed: null);
        var rendezvous = new SaveRendezvous<Consultation>(2);

        Result<int>[] outcomes;
        using (App.Rendezvous.Hold(rendezvous))
        {
            outcomes = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
                Consultations.PublishAsync(TestActors.Officer, DecisionScenario.CampaignId, new DateOnly(2026, 12, 3)))));
        }

        Assert.True(rendezvous.Met);
        Assert.Single(outcomes, o => o.IsSuccess);
        Assert.Equal("concurrency.changed", Assert.Single(Assert.Single(outcomes, o => !o.IsSuccess).Errors).Code);
        await using var db = await App.DbAsync();
        var lists = await db.Consultations.AsNoTracking().Where(c => c.CampaignId == DecisionScenario.CampaignId && c.ProposalId == null)
            .ToListAsync(TestContext.Current.CancellationToken);
        Assert.Contains(ids[0], Assert.Single(lists).Nominees.Select(n => n.NominationId));
    }

    [Fact]
    public async Task TheAgencysConsultation_DoesNotStandForTheBoards_AndTheBoardsListIsNotTheAgencys()
    {
        // The agency published its list on the nominees before its own council and the window has long closed.
        var ids = await DecisionScenario.NominateAsync(App, Title.ProvincialEmulationFighter, 1, passed: null);
        Assert.True((await Consultations.PublishAsync(TestActors.Officer, DecisionScenario.CampaignId, new DateOnly(2026, 12, 3))).IsSuccess);
        Clock.Advance(TimeSpan.FromDays(15));
        await using (var db = await App.DbAsync())
        {
            var nomination = await db.Nominations.SingleAsync(n => n.Id == ids[0], TestContext.Current.CancellationToken);
            Assert.True(nomination.RecordCountedBallot(new BallotTally(5, 5, 5, 0, 0), "hoidong1", Clock.GetUtcNow()).IsSuccess);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var sent = await App.Service<ProposalService>().SendUpAsync(TestActors.Leader, DecisionScenario.CampaignId,
            ids, new ProposalInput { Number = "502/TTr-VP", Recipient = "Chủ tịch UBND tỉnh", ReceivingUnitId = _board });
        Assert.True(sent.IsSuccess, string.Join("; ", sent.Errors));

        // The board's council is the level that decides: it publishes its own list first.
        Assert.Equal("consultation.not_published", Assert.Single((await Sessions.OpenOnProposalAsync(Appraiser, sent.Value, Input())).Errors).Code);
        var board = await Consultations.PublishOnProposalAsync(Appraiser, sent.Value, OfficeTime.Date(Clock.GetUtcNow()));
        Assert.True(board.IsSuccess, string.Join("; ", board.Errors));

        // The agency's page shows the agency's list only; the board's shows its own only.
        Assert.DoesNotContain((await Consultations.GetPlanAsync(TestActors.Officer, DecisionScenario.CampaignId)).Consultations,
            c => c.Id == board.Value);
        Assert.Equal([board.Value], (await Consultations.GetDossierPlanAsync(Appraiser, sent.Value))!.Consultations.Select(c => c.Id));
    }

    [Fact]
    public async Task TheBoardsComments_AreModeratedByItsAppraiser_ReadByItsCouncil_AndReachedByNoOtherUser()
    {
        var (proposal, ids) = await SentAsync("503/TTr-VP", Title.ProvincialEmulationFighter, 1);
        var member = BoardCouncilTests.BoardMember(_board, 1);
        var other = await BoardCouncilTests.AnotherBoardAsync(App, "BTDKT9");

        // Publishing: only the appraiser of the board the dossier was sent to.
        var today = new DateOnly(2026, 12, 3);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Consultations.PublishOnProposalAsync(TestActors.Officer, proposal, today));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Consultations.PublishOnProposalAsync(TestActors.Leader, proposal, today));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Consultations.PublishOnProposalAsync(member, proposal, today));
        Assert.Equal("proposal.not_for_this_board", Assert.Single((await Consultations.PublishOnProposalAsync(
            TestActors.AppraiserOf(other), proposal, today)).Errors).Code);
        var published = await Consultations.PublishOnProposalAsync(Appraiser, proposal, today);
        Assert.True(published.IsSuccess, string.Join("; ", published.Errors));

        // Two comments from the public page.
        foreach (var text in new[] { "Đồng chí có nhiều sáng kiến được áp dụng toàn tỉnh.", "Nội dung không phù hợp." })
        {
            Assert.True((await Consultations.SubmitCommentAsync(new PublicCommentInput
            {
                ConsultationId = published.Value, NominationId = ids[0], AuthorName = "Lê Văn Tâm", Contact = "0912 000 111", Text = text,
            })).IsSuccess);
        }

        var comments = (await Consultations.GetDossierPlanAsync(Appraiser, proposal))!.Comments;
        Assert.Equal(2, comments.Count);
        Assert.All(comments, c => Assert.Equal("0912 000 111", c.Contact));
        var (keep, hide) = (comments.Single(c => c.Text.StartsWith("Đồng chí", StringComparison.Ordinal)).Id,
            comments.Single(c => c.Text.StartsWith("Nội dung", StringComparison.Ordinal)).Id);

        // Moderating: a board member moderates nothing and is refused; to the agency's officer and another board's
        // appraiser, the comment is not on a list of theirs, as if it did not exist. Nothing changes.
        await Assert.ThrowsAsync<AccessDeniedException>(() => Consultations.ModerateAsync(member, keep, true));
        Assert.Equal("consultation.not_found", Assert.Single((await Consultations.ModerateAsync(TestActors.Officer, keep, true)).Errors).Code);
        Assert.Equal("consultation.not_found",
            Assert.Single((await Consultations.ModerateAsync(TestActors.AppraiserOf(other), keep, true)).Errors).Code);
        Assert.True((await Consultations.ModerateAsync(Appraiser, keep, true)).IsSuccess);
        Assert.True((await Consultations.ModerateAsync(Appraiser, hide, false)).IsSuccess);

        // The board's council reads the accepted comment without its contact; the agency's roles and other boards read nothing.
        var read = (await Consultations.GetDossierPlanAsync(member, proposal))!;
        var shown = Assert.Single(read.Comments);
        Assert.Equal((keep, (string?)null, 1), (shown.Id, shown.Contact, read.HiddenCount));
        Assert.False(read.CanModerate);
        Assert.Empty(read.AwaitingPublication);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Consultations.GetDossierPlanAsync(TestActors.Officer, proposal));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Consultations.GetDossierPlanAsync(TestActors.Council, proposal));
        Assert.Null(await Consultations.GetDossierPlanAsync(TestActors.AppraiserOf(other), proposal));

        // The agency's officer still moderates the agency's own lists, never the board's.
        Assert.Equal("consultation.not_found", Assert.Single((await Consultations.ModerateAsync(TestActors.Officer, hide, true)).Errors).Code);
    }

    [Fact]
    public async Task AfterASessionCloses_AnotherOpensOnlyOnTheNomineesStillUndecided_AndTheClosedOneStaysReadable()
    {
        var (proposal, ids) = await SentAsync("504/TTr-VP", Title.ProvincialCertificateOfMerit, 2);
        var first = await Sessions.OpenOnProposalAsync(Appraiser, proposal, Input());
        Assert.True(first.IsSuccess, string.Join("; ", first.Errors));
        Assert.True((await Sessions.SetAttendanceAsync(Appraiser, first.Value, BoardMembers)).IsSuccess);
        for (var m = 1; m <= 3; m++)
        {
            // The first nominee passes 3 of 3; the second fails 1 of 3.
            var sheet = new Dictionary<int, BallotChoice> { [ids[0]] = BallotChoice.Yes, [ids[1]] = m == 1 ? BallotChoice.Yes : BallotChoice.No };
            Assert.True((await Sessions.VoteAsync(BoardCouncilTests.BoardMember(_board, m), first.Value, sheet)).IsSuccess);
        }

        Assert.True((await Sessions.CloseAsync(Appraiser, first.Value)).IsSuccess);

        // Passed waits for the decision, failed is not granted: nothing is undecided, so no second session.
        var council = (await Sessions.DossierCouncilAsync(Appraiser, proposal))!;
        Assert.Equal([ids[0]], council.Passed);
        Assert.Empty(council.Undecided);
        Assert.Equal("council.nothing_to_vote", Assert.Single((await Sessions.OpenOnProposalAsync(Appraiser, proposal, Input())).Errors).Code);

        // The board returns the dossier and the agency amends and resends it: the earlier vote was on the old dossier.
        var board = App.Service<ReceivingBoardService>();
        Clock.Advance(TimeSpan.FromHours(1));
        Assert.True((await board.ReturnAsync(Appraiser, proposal, "Bổ sung báo cáo thành tích có xác nhận của thủ trưởng.")).IsSuccess);
        Clock.Advance(TimeSpan.FromHours(1));
        Assert.True((await App.Service<ProposalService>().SendAgainAsync(TestActors.Leader, proposal,
            new ProposalInput { Number = "505/TTr-VP" })).IsSuccess);
        council = (await Sessions.DossierCouncilAsync(Appraiser, proposal))!;
        Assert.Empty(council.Passed);
        Assert.Equal([ids[0]], council.Undecided);
        Assert.Equal("decision.not_passed_by_board_council", Assert.Single((await board.IssueDecisionAsync(Appraiser, proposal, [ids[0]],
            new() { DecisionNumber = "1501/QĐ-UBND", SignerName = "Võ Văn Hưng", SignerPosition = "Chủ tịch" })).Errors).Code);

        // The second session puts only the nominee still undecided; the board's members vote; the chairman's decision follows.
        var second = await Sessions.OpenOnProposalAsync(Appraiser, proposal, Input());
        Assert.True(second.IsSuccess, string.Join("; ", second.Errors));
        Assert.Equal([ids[0]], (await Sessions.GetSessionAsync(Appraiser, second.Value))!.Agenda.Select(a => a.NominationId));
        Assert.Equal("council.dossier_session_open", Assert.Single((await Sessions.OpenOnProposalAsync(Appraiser, proposal, Input())).Errors).Code);
        Assert.True((await Sessions.SetAttendanceAsync(Appraiser, second.Value, BoardMembers)).IsSuccess);
        for (var m = 1; m <= 3; m++)
        {
            Assert.True((await Sessions.VoteAsync(BoardCouncilTests.BoardMember(_board, m), second.Value,
                new Dictionary<int, BallotChoice> { [ids[0]] = BallotChoice.Yes })).IsSuccess);
        }

        Assert.True((await Sessions.CloseAsync(Appraiser, second.Value)).IsSuccess);
        council = (await Sessions.DossierCouncilAsync(Appraiser, proposal))!;
        Assert.Equal([second.Value, first.Value], council.Sessions.Select(s => s.Id));
        Assert.Equal([ids[0]], council.Passed);
        Assert.Empty(council.Undecided);

        // The first session stays readable with its tallies.
        var closed = council.Sessions.Single(s => s.Id == first.Value);
        Assert.Equal(CouncilSessionStatus.Closed, closed.Status);
        Assert.Equal((3, 0, true), (closed.Agenda.Single(a => a.NominationId == ids[0]).Count.Yes,
            closed.Agenda.Single(a => a.NominationId == ids[0]).Count.No, closed.Agenda.Single(a => a.NominationId == ids[0]).Passed == true));
        Assert.Equal((1, 2, false), (closed.Agenda.Single(a => a.NominationId == ids[1]).Count.Yes,
            closed.Agenda.Single(a => a.NominationId == ids[1]).Count.No, closed.Agenda.Single(a => a.NominationId == ids[1]).Passed == true));

        var issued = await board.IssueDecisionAsync(Appraiser, proposal, [ids[0]],
            new() { DecisionNumber = "1502/QĐ-UBND", SignerName = "Võ Văn Hưng", SignerPosition = "Chủ tịch" });
        Assert.True(issued.IsSuccess, string.Join("; ", issued.Errors));

        // The dossier's council is the board's: the agency's roles and other boards' users read none of it.
        await Assert.ThrowsAsync<AccessDeniedException>(() => Sessions.DossierCouncilAsync(TestActors.Officer, proposal));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Sessions.DossierCouncilAsync(TestActors.Council, proposal));
        Assert.NotNull(await Sessions.DossierCouncilAsync(BoardCouncilTests.BoardMember(_board, 2), proposal));
    }
}
