using Emulation.Domain.Awards;
using Emulation.Domain.Council;
using Emulation.Domain.Rules;

namespace Emulation.Tests.Domain.Council;

[Trait("Category", "Fast")]
public sealed class CouncilSessionTests
{
    private const int Worker = 1;
    private const int Fighter = 2;
    private const int OwnUnit = 3;
    private static readonly BallotReceipt Receipt = BallotReceipt.New();
    private static readonly DateTimeOffset At = new(2026, 12, 10, 8, 0, 0, TimeSpan.FromHours(7));
    private static readonly RuleSet Rules = RuleSetCatalog.Decree152;

    // m1..m5; m4 is staff (person 40) of unit 7, so stands aside on unit 7's nominations.
    private static CouncilSession Session()
    {
        var seats = Enumerable.Range(1, 5)
            .Select(i => new CouncilSeat($"m{i}", $"Member {i}", i == 4 ? 40 : null, i == 4 ? 7 : null)).ToList();
        CouncilAgendaItem[] agenda =
        [
            CouncilAgendaItem.Of(Worker, 10, 2, Title.AdvancedWorker),
            CouncilAgendaItem.Of(Fighter, 11, 2, Title.GrassrootsEmulationFighter),
            CouncilAgendaItem.Of(OwnUnit, 12, 7, Title.AdvancedWorker),
        ];
        return CouncilSession.Open(1, new DateOnly(2026, 12, 10), seats, "m1", "Secretary", agenda, "officer", At).Value;
    }

    private static void AllPresent(CouncilSession session)
    {
        foreach (var member in session.Members)
        {
            Assert.True(session.MarkAttendance(member.UserName, true).IsSuccess);
        }
    }

    [Fact]
    public void Open_WithoutMembersOrAgenda_FailsWithCodes()
    {
        var result = CouncilSession.Open(1, new DateOnly(2026, 12, 10), [], "m1", " ", [], "officer", At);

        Assert.Equal(["council.no_members", "council.secretary_required", "council.nothing_to_vote"],
            result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Open_WithAChairWhoIsNotAMember_Fails()
    {
        var result = CouncilSession.Open(1, new DateOnly(2026, 12, 10), [new CouncilSeat("m1", "A", null, null)], "x", "S",
            [CouncilAgendaItem.Of(1, 1, 1, Title.AdvancedWorker)], "officer", At);

        Assert.Equal("council.chair_not_member", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Vote_Twice_IsRefusedAndTheFirstBallotStands()
    {
        var session = Session();
        AllPresent(session);
        Assert.True(session.Vote("m1", Worker, BallotChoice.Yes, Receipt).IsSuccess);

        var second = session.Vote("m1", Worker, BallotChoice.No, Receipt);

        Assert.Equal("council.already_voted", Assert.Single(second.Errors).Code);
        Assert.True(session.HasVoted("m1", Worker));
        Assert.Equal(BallotChoice.Yes, Assert.Single(session.Ballots).Choice);
        Assert.Single(session.Participations);
    }

    [Fact]
    public void Vote_OnOneselfOrOnesOwnUnit_IsRefused()
    {
        var seats = new[] { new CouncilSeat("m1", "Member 1", 10, 9), new CouncilSeat("m2", "Member 2", null, 2) };
        var session = CouncilSession.Open(1, new DateOnly(2026, 12, 10), seats, "m1", "S",
            [CouncilAgendaItem.Of(Worker, 10, 2, Title.AdvancedWorker)], "officer", At).Value;
        AllPresent(session);

        Assert.Equal("council.recused", Assert.Single(session.Vote("m1", Worker, BallotChoice.Yes, Receipt).Errors).Code);
        Assert.Equal("council.recused", Assert.Single(session.Vote("m2", Worker, BallotChoice.Yes, Receipt).Errors).Code);
        Assert.Empty(session.Ballots);
    }

    [Fact]
    public void Vote_ByAnAbsentMemberOrAStranger_IsRefused()
    {
        var session = Session();

        Assert.Equal("council.member_absent", Assert.Single(session.Vote("m1", Worker, BallotChoice.Yes, Receipt).Errors).Code);
        Assert.Equal("council.not_member", Assert.Single(session.Vote("zz", Worker, BallotChoice.Yes, Receipt).Errors).Code);
        session.MarkAttendance("m1", true);
        Assert.Equal("council.not_on_agenda", Assert.Single(session.Vote("m1", 99, BallotChoice.Yes, Receipt).Errors).Code);
    }

    [Fact]
    public void Close_WithoutQuorum_IsRefusedAndTheSessionStaysOpen()
    {
        var session = Session();
        session.MarkAttendance("m1", true);
        session.MarkAttendance("m2", true);
        session.MarkAttendance("m3", true);
        session.Vote("m1", Worker, BallotChoice.Yes, Receipt);

        var closed = session.Close(Rules, [Worker, Fighter, OwnUnit], "officer", At);

        var error = Assert.Single(closed.Errors);
        Assert.Equal(("council.no_quorum", "3/4"), (error.Code, error.Item));
        Assert.Equal(CouncilSessionStatus.Open, session.Status);
    }

    [Fact]
    public void Close_CountsTheThresholdAgainstAllMembers()
    {
        var session = Session();
        AllPresent(session);
        foreach (var member in new[] { "m1", "m2", "m3" })
        {
            session.Vote(member, Worker, BallotChoice.Yes, Receipt);
            session.Vote(member, Fighter, BallotChoice.Yes, Receipt);
        }

        session.Vote("m4", Fighter, BallotChoice.Abstain, Receipt);
        session.Vote("m5", Worker, BallotChoice.No, Receipt);

        var decisions = session.Close(Rules, [Worker, Fighter], "officer", At).Value;

        var worker = decisions.Single(d => d.NominationId == Worker);
        var fighter = decisions.Single(d => d.NominationId == Fighter);
        Assert.True(worker.Outcome.Passed); // 3 of 5 > 1/2
        Assert.False(fighter.Outcome.Passed); // 3 of 5 < 4/5
        Assert.Equal((5, 4), (fighter.Outcome.Denominator, fighter.Outcome.RequiredYes));
        Assert.Equal(new BallotTally(5, 5, 3, 1, 0), worker.Tally);
        Assert.Equal(CouncilSessionStatus.Closed, session.Status);
        Assert.DoesNotContain(decisions, d => d.NominationId == OwnUnit);
    }

    [Fact]
    public void Close_RecusedMember_StaysInTheDenominatorUnderTheStrictReading()
    {
        var session = Session();
        AllPresent(session);
        foreach (var member in new[] { "m1", "m2" })
        {
            session.Vote(member, OwnUnit, BallotChoice.Yes, Receipt);
        }

        session.Vote("m3", OwnUnit, BallotChoice.No, Receipt);
        session.Vote("m5", OwnUnit, BallotChoice.Abstain, Receipt);

        var decision = Assert.Single(session.Close(Rules, [OwnUnit], "officer", At).Value);

        Assert.Equal(1, decision.Count.Recused);
        Assert.Equal((1, 5, 3, false), (decision.Outcome.Recused, decision.Outcome.Denominator, decision.Outcome.RequiredYes,
            decision.Outcome.Passed));
    }

    [Fact]
    public void Close_RecusedMember_LeavesTheDenominatorWhenTheRuleSetSaysSo()
    {
        var rules = Rules with { Council = Rules.Council with { Recusal = RecusalDenominator.AllMembersExceptRecused } };
        var session = Session();
        AllPresent(session);
        session.Vote("m1", OwnUnit, BallotChoice.Yes, Receipt);
        session.Vote("m2", OwnUnit, BallotChoice.Yes, Receipt);
        session.Vote("m3", OwnUnit, BallotChoice.Yes, Receipt);

        var decision = Assert.Single(session.Close(rules, [OwnUnit], "officer", At).Value);

        Assert.Equal((4, 3, true), (decision.Outcome.Denominator, decision.Outcome.RequiredYes, decision.Outcome.Passed));
    }

    [Fact]
    public void ClosedSession_RefusesVotesAttendanceAndASecondClose()
    {
        var session = Session();
        AllPresent(session);
        session.Close(Rules, [Worker], "officer", At);

        Assert.Equal("council.session_closed", Assert.Single(session.Vote("m1", Worker, BallotChoice.Yes, Receipt).Errors).Code);
        Assert.Equal("council.session_closed", Assert.Single(session.MarkAttendance("m1", false).Errors).Code);
        Assert.Equal("council.session_closed", Assert.Single(session.Close(Rules, [Worker], "officer", At).Errors).Code);
    }

    [Fact]
    public void MarkAbsent_AfterVoting_IsRefused()
    {
        var session = Session();
        AllPresent(session);
        session.Vote("m2", Worker, BallotChoice.No, Receipt);

        Assert.Equal("council.already_voted", Assert.Single(session.MarkAttendance("m2", false).Errors).Code);
        Assert.True(session.Members.Single(m => m.UserName == "m2").Present);
    }

    [Fact]
    public void Close_KeepsEachDecision_AndItIsReadBackWhateverRuleSetIsInForceLater()
    {
        var excludingRecused = Rules with { Council = Rules.Council with { Recusal = RecusalDenominator.AllMembersExceptRecused } };
        var session = Session();
        AllPresent(session);
        session.Vote("m1", OwnUnit, BallotChoice.Yes, Receipt);
        session.Vote("m2", OwnUnit, BallotChoice.Yes, Receipt);
        session.Vote("m3", OwnUnit, BallotChoice.Yes, Receipt);
        session.Vote("m5", OwnUnit, BallotChoice.No, Receipt);
        Assert.True(session.Close(excludingRecused, [OwnUnit], "officer", At).IsSuccess);

        var stored = session.Agenda.Single(a => a.NominationId == OwnUnit).Outcome;
        var readBack = session.OutcomeOf(OwnUnit, Rules).Value;

        Assert.Equal(new AgendaOutcome(3, 1, 0, 1, 3, 4, true), stored);
        Assert.Same(stored, readBack);
        Assert.Null(session.Agenda.Single(a => a.NominationId == Worker).Outcome);
    }
}
