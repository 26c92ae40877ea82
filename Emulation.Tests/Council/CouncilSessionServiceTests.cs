using Emulation.Domain.Awards;
using Emulation.Domain.Council;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services;
using Emulation.Web.Services.Awards;
using Emulation.Web.Services.Council;
using Emulation.Web.Services.Nominations;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Council;

/// <summary>
/// A council session through the real services on a migrated SQLite file: allowed and refused paths. The class's tests
/// share one app: each test's scenario is on a copy of the seeded campaign of its own, which holds one session at a time.
/// </summary>
public sealed class CouncilSessionServiceTests(AppFixture fixture) : SharedAppTests(fixture)
{
    private CouncilScenario _scenario = null!;

    private CouncilSessionService Sessions => App.Service<CouncilSessionService>();

    public override async ValueTask InitializeAsync() =>
        _scenario = await CouncilScenario.SeedConsultedAsync(App, await App.LaunchedCopyOfSeededCampaignAsync());

    [Fact]
    public async Task Session_SeatsEveryCouncilMember_AndLinksStaffMembersToTheirUnit()
    {
        var sessionId = await CouncilDriver.OpenWithAllPresentAsync(App, _scenario.CampaignId);

        var view = (await Sessions.GetAsync(CouncilDriver.Member(4), _scenario.CampaignId))!;

        Assert.Equal(sessionId, view.Id);
        Assert.Equal((5, 5, 4), (view.Members, view.Present, view.Quorum));
        Assert.Equal("Phòng Tổng hợp", view.Seats.Single(s => s.UserName == "hoidong4").UnitName);
        Assert.True(view.Agenda.Single(a => a.NominationId == _scenario.Worker).IRecuse);
        Assert.False(view.Agenda.Single(a => a.NominationId == _scenario.ProvincialFighter).IRecuse);
    }

    [Fact]
    public async Task Close_DecidesEachNominationAgainstAllMembers()
    {
        var sessionId = await CouncilDriver.OpenWithAllPresentAsync(App, _scenario.CampaignId);
        foreach (var member in new[] { 1, 2, 3 })
        {
            await CouncilDriver.VoteAsync(App, sessionId, member, BallotChoice.Yes, _scenario.All);
        }

        await CouncilDriver.VoteAsync(App, sessionId, 4, BallotChoice.Yes, [_scenario.ProvincialFighter, _scenario.Collective]);
        await CouncilDriver.VoteAsync(App, sessionId, 5, BallotChoice.Yes, [_scenario.ProvincialFighter]);

        Assert.True((await Sessions.CloseAsync(TestActors.Officer, sessionId)).IsSuccess);

        await using var db = await App.DbAsync();
        var nominations = await db.Nominations.Where(n => _scenario.All.Contains(n.Id)).ToDictionaryAsync(n => n.Id);
        Assert.Equal(NominationStatus.Passed, nominations[_scenario.Worker].Status); // 3 of 5 > 1/2
        Assert.Equal(new BallotTally(5, 5, 3, 0, 1), nominations[_scenario.Worker].Ballot); // hoidong4 recused
        Assert.Equal(NominationStatus.Passed, nominations[_scenario.ProvincialFighter].Status); // 5 of 5 ≥ 9/10
        var outcome = nominations[_scenario.Worker].BallotOutcome!;
        Assert.Equal((5, 5, 1, false), (outcome.Denominator, outcome.Present, outcome.Recused, outcome.RecusedLeaveDenominator));
        Assert.Null(nominations[_scenario.Worker].LegacyBallotExplanation);
        Assert.Equal(CouncilSessionStatus.Closed, (await db.CouncilSessions.SingleAsync(s => s.Id == sessionId)).Status);
    }

    [Fact]
    public async Task ClosedBallot_IsWordedInTheReadersLanguage_TheSameOnTheNominationAndTheSession()
    {
        var sessionId = await CouncilDriver.OpenWithAllPresentAsync(App, _scenario.CampaignId);
        foreach (var member in new[] { 1, 2, 3 })
        {
            await CouncilDriver.VoteAsync(App, sessionId, member, BallotChoice.Yes, _scenario.All);
        }

        Assert.True((await Sessions.CloseAsync(TestActors.Officer, sessionId)).IsSuccess);

        var council = App.Service<CouncilService>();
        var vi = (await Cultures.ReadInAsync("vi-VN", () => council.GetAsync(TestActors.Officer, _scenario.Worker)))!;
        var en = (await Cultures.ReadInAsync("en-US", () => council.GetAsync(TestActors.Officer, _scenario.Worker)))!;
        Assert.StartsWith("Lao động tiên tiến: ĐẠT. Có mặt 5/5 (cần 4, tỷ lệ 2/3): đủ túc số. Đồng ý 3; cần trên 1/2 (3) — " +
            "mẫu số là TỔNG SỐ 5 thành viên Hội đồng, không phải số có mặt (5); " +
            "1 thành viên không tham gia biểu quyết vẫn được tính vào mẫu số. Căn cứ Nghị định 98/2023/NĐ-CP Điều 30 khoản 7",
            vi.BallotExplanation, StringComparison.Ordinal);
        Assert.EndsWith("; bộ quy tắc VN-ND152-2025 phiên bản 1.", vi.BallotExplanation, StringComparison.Ordinal);
        Assert.StartsWith("Advanced Worker: PASSED. Present 5/5 (quorum 4, share 2/3): quorum met. Yes 3; needs more than 1/2 (3) — " +
            "the denominator is ALL 5 council members, not those present (5); 1 recused member(s) still count in it. " +
            "Basis Nghị định 98/2023/NĐ-CP Điều 30 khoản 7", en.BallotExplanation, StringComparison.Ordinal);
        Assert.Equal((3, true), (en.BallotOutcome!.Yes, en.BallotOutcome.Passed));
        var session = (await Cultures.ReadInAsync("en-US", () => Sessions.GetSessionAsync(TestActors.Officer, sessionId)))!;
        Assert.Equal(en.BallotExplanation, session.Agenda.Single(a => a.NominationId == _scenario.Worker).Outcome);
    }

    [Fact]
    public async Task Close_WithoutQuorum_IsRefusedAndNothingChanges()
    {
        var sessions = Sessions;
        var sessionId = (await sessions.OpenAsync(TestActors.Officer, _scenario.CampaignId,
            new OpenSessionInput { ChairUserName = "hoidong1" })).Value;
        Assert.True((await sessions.SetAttendanceAsync(TestActors.Officer, sessionId, ["hoidong1", "hoidong2", "hoidong3"])).IsSuccess);
        await CouncilDriver.VoteAsync(App, sessionId, 1, BallotChoice.Yes, _scenario.All);

        var closed = await sessions.CloseAsync(TestActors.Officer, sessionId);

        var error = Assert.Single(closed.Errors);
        Assert.Equal(("council.no_quorum", "3/4"), (error.Code, error.Item));
        await using var db = await App.DbAsync();
        Assert.All(await db.Nominations.Where(n => _scenario.All.Contains(n.Id)).ToListAsync(),
            n => Assert.Equal(NominationStatus.Proposed, n.Status));
        Assert.Equal(CouncilSessionStatus.Open, (await db.CouncilSessions.SingleAsync(s => s.Id == sessionId)).Status);
    }

    [Fact]
    public async Task Vote_Twice_IsRefusedAndTheFirstBallotStands()
    {
        var sessionId = await CouncilDriver.OpenWithAllPresentAsync(App, _scenario.CampaignId);
        await CouncilDriver.VoteAsync(App, sessionId, 1, BallotChoice.Yes, [_scenario.Collective]);

        var again = await Sessions.VoteAsync(CouncilDriver.Member(1), sessionId,
            new Dictionary<int, BallotChoice> { [_scenario.Collective] = BallotChoice.No });

        Assert.Equal("council.already_voted", Assert.Single(again.Errors).Code);
        var view = (await Sessions.GetAsync(CouncilDriver.Member(1), _scenario.CampaignId))!;
        Assert.True(view.Agenda.Single(a => a.NominationId == _scenario.Collective).IVoted);
        var count = view.Agenda.Single(a => a.NominationId == _scenario.Collective).Count;
        // One ballot is in; how it was cast is not told while the session is open.
        Assert.Equal((1, 0, 0, 0), (count.Cast, count.Yes, count.No, count.Abstain));
    }

    [Fact]
    public async Task Vote_OnOneselfOrOnesOwnUnit_IsRefusedAndNothingIsCast()
    {
        var sessionId = await CouncilDriver.OpenWithAllPresentAsync(App, _scenario.CampaignId);

        var voted = await Sessions.VoteAsync(CouncilDriver.Member(4), sessionId, new Dictionary<int, BallotChoice>
        {
            [_scenario.CouncilMembersOwn] = BallotChoice.Yes, // hoidong4 themself
            [_scenario.Worker] = BallotChoice.Yes, // hoidong4's unit
            [_scenario.Collective] = BallotChoice.Yes, // allowed, but the sheet is all or nothing
        });

        Assert.All(voted.Errors, e => Assert.Equal("council.recused", e.Code));
        await using var db = await App.DbAsync();
        Assert.Empty((await db.CouncilSessions.SingleAsync(s => s.Id == sessionId)).Ballots);
    }

    [Fact]
    public async Task Vote_ByAMemberNotMarkedPresent_IsRefused()
    {
        var sessionId = (await Sessions.OpenAsync(TestActors.Officer, _scenario.CampaignId,
            new OpenSessionInput { ChairUserName = "hoidong1" })).Value;

        var voted = await Sessions.VoteAsync(CouncilDriver.Member(2), sessionId,
            new Dictionary<int, BallotChoice> { [_scenario.Collective] = BallotChoice.Yes });

        Assert.Equal("council.member_absent", Assert.Single(voted.Errors).Code);
    }

    [Fact]
    public async Task Open_Twice_IsRefused()
    {
        await CouncilDriver.OpenWithAllPresentAsync(App, _scenario.CampaignId);

        var second = await Sessions.OpenAsync(TestActors.Officer, _scenario.CampaignId, new OpenSessionInput { ChairUserName = "hoidong1" });

        Assert.Equal("council.already_open", Assert.Single(second.Errors).Code);
    }

    [Fact]
    public async Task WrongUsers_AreRefused()
    {
        var sessionId = await CouncilDriver.OpenWithAllPresentAsync(App, _scenario.CampaignId);
        var head = TestActors.HeadOf(await App.UnitIdAsync("TH"));

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Sessions.OpenAsync(TestActors.Council, _scenario.CampaignId, new OpenSessionInput { ChairUserName = "hoidong1" }));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Sessions.SetAttendanceAsync(TestActors.Council, sessionId, CouncilDriver.AllMembers));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Sessions.VoteAsync(TestActors.Officer, sessionId, new Dictionary<int, BallotChoice> { [_scenario.Collective] = BallotChoice.Yes }));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Sessions.CloseAsync(TestActors.Council, sessionId));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Sessions.GetAsync(head, _scenario.CampaignId));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Sessions.GetMinutesAsync(head, sessionId));
    }
}
