using Emulation.Domain.Awards;
using Emulation.Domain.Council;
using Emulation.Domain.Rules;

namespace Emulation.Tests.Domain.Council;

/// <summary>
/// Written ballots of absent members (the older Decree 91/2017/NĐ-CP Art. 45(8)): counted only where the rule set says
/// so, recorded by the secretary for an absent member, counted toward the vote and never toward the quorum.
/// </summary>
[Trait("Category", "Fast")]
public sealed class WrittenBallotTests
{
    private const int Fighter = 2;
    private static readonly BallotReceipt Receipt = BallotReceipt.New();
    private static readonly DateTimeOffset At = new(2026, 12, 10, 8, 0, 0, TimeSpan.FromHours(7));
    private static readonly RuleSet Counted = RuleSetCatalog.Decree152 with
    {
        Council = RuleSetCatalog.Decree152.Council with { WrittenBallotsOfAbsentMembers = true },
    };

    /// <summary>m1..m5, a Chiến sĩ thi đua cơ sở nomination (at least 80 % of all five: 4 "yes" votes), and who is present.</summary>
    private static CouncilSession Session(params int[] present)
    {
        var seats = Enumerable.Range(1, 5).Select(i => new CouncilSeat($"m{i}", $"Member {i}", null, null)).ToList();
        var session = CouncilSession.Open(1, new DateOnly(2026, 12, 10), seats, "m1", "Secretary",
            [CouncilAgendaItem.Of(Fighter, 11, 2, Title.GrassrootsEmulationFighter)], "officer", At).Value;
        foreach (var i in present)
        {
            Assert.True(session.MarkAttendance($"m{i}", true).IsSuccess);
        }

        return session;
    }

    private static void Vote(CouncilSession session, BallotChoice choice, params int[] members)
    {
        foreach (var i in members)
        {
            Assert.True(session.Vote($"m{i}", Fighter, choice, Receipt).IsSuccess);
        }
    }

    [Fact]
    public void RuleSetsInForce_DoNotCountWrittenBallots_ByDefault()
    {
        Assert.False(RuleSetCatalog.Decree152.Council.WrittenBallotsOfAbsentMembers);
        Assert.False(new CouncilRules().WrittenBallotsOfAbsentMembers);
    }

    [Fact]
    public void WrittenBallot_WhereTheRuleSetDoesNotCountThem_IsRefused()
    {
        var session = Session(1, 2, 3, 4);

        var recorded = session.RecordWrittenBallot(RuleSetCatalog.Decree152.Council, "m5", Fighter, BallotChoice.Yes, Receipt);

        Assert.Equal("council.written_ballots_not_counted", Assert.Single(recorded.Errors).Code);
        Assert.Empty(session.Ballots);
    }

    [Fact]
    public void WrittenBallot_OfAnAbsentMember_CountsTowardTheThreshold_Decree91Art45Clause8()
    {
        var without = Session(1, 2, 3, 4);
        Vote(without, BallotChoice.Yes, 1, 2, 3);
        Vote(without, BallotChoice.No, 4);
        var with = Session(1, 2, 3, 4);
        Vote(with, BallotChoice.Yes, 1, 2, 3);
        Vote(with, BallotChoice.No, 4);

        Assert.True(with.RecordWrittenBallot(Counted.Council, "m5", Fighter, BallotChoice.Yes, Receipt).IsSuccess);

        var failed = Assert.Single(without.Close(Counted, [Fighter], "officer", At).Value);
        var passed = Assert.Single(with.Close(Counted, [Fighter], "officer", At).Value);
        Assert.False(failed.Outcome.Passed); // 3 of 5 < 80 %
        Assert.True(passed.Outcome.Passed); // 4 of 5, one in writing
        Assert.Equal((4, 1, 4), (passed.Tally.Present, passed.Tally.Written, passed.Outcome.Yes));
        Assert.Equal((1, "Nghị định 91/2017/NĐ-CP Điều 45 khoản 8"), (passed.Outcome.Written, passed.Outcome.WrittenBallotsArticle));
        Assert.Equal(0, failed.Outcome.Written);
    }

    [Fact]
    public void WrittenBallots_DoNotMakeTheQuorum()
    {
        var session = Session(1, 2, 3);
        Vote(session, BallotChoice.Yes, 1, 2, 3);
        Assert.True(session.RecordWrittenBallot(Counted.Council, "m4", Fighter, BallotChoice.Yes, Receipt).IsSuccess);
        Assert.True(session.RecordWrittenBallot(Counted.Council, "m5", Fighter, BallotChoice.Yes, Receipt).IsSuccess);

        var closed = session.Close(Counted, [Fighter], "officer", At);

        Assert.Equal("council.no_quorum", Assert.Single(closed.Errors).Code);
    }

    [Fact]
    public void WrittenBallot_ForAPresentMember_IsRefused_TheyVoteInPerson()
    {
        var session = Session(1, 2, 3, 4, 5);

        var recorded = session.RecordWrittenBallot(Counted.Council, "m5", Fighter, BallotChoice.Yes, Receipt);

        Assert.Equal("council.member_present", Assert.Single(recorded.Errors).Code);
    }

    [Fact]
    public void WrittenBallot_Twice_OrThenMarkedPresent_IsRefused()
    {
        var session = Session(1, 2, 3, 4);
        Assert.True(session.RecordWrittenBallot(Counted.Council, "m5", Fighter, BallotChoice.No, Receipt).IsSuccess);

        var twice = session.RecordWrittenBallot(Counted.Council, "m5", Fighter, BallotChoice.Yes, Receipt);
        var present = session.MarkAttendance("m5", true);

        Assert.Equal("council.already_voted", Assert.Single(twice.Errors).Code);
        Assert.Equal("council.already_voted", Assert.Single(present.Errors).Code);
        Assert.True(Assert.Single(session.Participations, p => p.MemberUserName == "m5").Written);
        Assert.Equal(1, session.Count(Fighter).No);
    }

    [Fact]
    public void Vote_WithWrittenBallots_WhereTheRuleSetDoesNotCountThem_IsAnInvalidTally()
    {
        var tally = new BallotTally(5, 4, 4, 0, 0) { Written = 1 };

        Assert.False(CouncilVote.Decide(tally, Title.GrassrootsEmulationFighter, RuleSetCatalog.Decree152).IsSuccess);
        Assert.True(CouncilVote.Decide(tally, Title.GrassrootsEmulationFighter, Counted).IsSuccess);
    }
}
