using Emulation.Domain.Awards;
using Emulation.Domain.Council;
using Emulation.Domain.Rules;

namespace Emulation.Tests.Domain.Council;

[Trait("Category", "Fast")]
public sealed class SecretBallotTests
{
    private const int Worker = 1;
    private const int Fighter = 2;
    private static readonly DateTimeOffset At = new(2026, 12, 10, 8, 0, 0, TimeSpan.FromHours(7));

    private static CouncilSession Session()
    {
        var seats = Enumerable.Range(1, 5).Select(i => new CouncilSeat($"m{i}", $"Member {i}", null, i == 5 ? 7 : null)).ToList();
        var session = CouncilSession.Open(1, new DateOnly(2026, 12, 10), seats, "m1", "Secretary",
            [CouncilAgendaItem.Of(Worker, 10, 2, Title.AdvancedWorker), CouncilAgendaItem.Of(Fighter, 11, 7, Title.GrassrootsEmulationFighter)],
            "officer", At).Value;
        foreach (var member in session.Members)
        {
            session.MarkAttendance(member.UserName, true);
        }

        return session;
    }

    [Fact]
    public void ABallot_CarriesNoMemberNorTime_OnlyNominationChoiceAndSeal()
    {
        Assert.Equal(["Choice", "NominationId", "Receipt"], typeof(CouncilBallot).GetProperties().Select(p => p.Name).Order());
        Assert.DoesNotContain(typeof(CouncilParticipation).GetProperties(), p => p.PropertyType == typeof(BallotChoice));
    }

    [Fact]
    public void TheTally_CountsTheAnonymousBallots_AndTheParticipationsSayWhoVoted()
    {
        var session = Session();
        session.Vote("m1", Worker, BallotChoice.Yes, BallotReceipt.New());
        session.Vote("m2", Worker, BallotChoice.Yes, BallotReceipt.New());
        session.Vote("m3", Worker, BallotChoice.No, BallotReceipt.New());
        session.Vote("m4", Worker, BallotChoice.Abstain, BallotReceipt.New());

        var count = session.Count(Worker);
        var whileOpen = count.WithoutChoices();

        Assert.Equal((2, 1, 1, 1), (count.Yes, count.No, count.Abstain, count.NotVoted));
        Assert.Equal(1, count.NoBallot); // every member is in one count: the tally line adds up to the council's five
        Assert.Equal((4, 4, 0, 0, 0, 1), (count.Cast, whileOpen.Cast, whileOpen.Yes, whileOpen.No, whileOpen.Abstain, whileOpen.NotVoted));
        Assert.Equal(["m1", "m2", "m3", "m4"], session.Participations.Select(p => p.MemberUserName));
        var decision = Assert.Single(session.Close(RuleSetCatalog.Decree152, [Worker], "officer", At).Value);
        Assert.Equal((2, 1, 1), (decision.Count.Yes, decision.Count.No, decision.Count.Abstain));
        Assert.Equal(2, session.Agenda.Single(a => a.NominationId == Worker).Outcome!.Yes);
    }

    [Fact]
    public void AReceipt_FindsTheBallotsOfItsSheet_AndNoOthers_ItsSealsDifferPerNomination()
    {
        var session = Session();
        var mine = BallotReceipt.New();
        session.Vote("m1", Worker, BallotChoice.No, mine);
        session.Vote("m1", Fighter, BallotChoice.No, mine);
        session.Vote("m2", Worker, BallotChoice.Yes, BallotReceipt.New());

        Assert.Equal([Worker, Fighter], session.CountedWith(BallotReceipt.Parse(mine.Code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal))!));
        Assert.Empty(session.CountedWith(BallotReceipt.New()));
        Assert.NotEqual(mine.Seal(Worker), mine.Seal(Fighter));
        Assert.Null(BallotReceipt.Parse("ABCD-EFGH"));
        Assert.Null(BallotReceipt.Parse("0000-1111-OOOO-IIII"));
        Assert.Matches("^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$", mine.Code);
    }

    [Fact]
    public void PaperCounts_ReplaceTheBallots_WithinThePresentMembersWhoMayVote()
    {
        var session = Session();

        // m5 belongs to unit 7 and stands aside on the Fighter: 4 may vote.
        Assert.Equal("council.paper_count_invalid", Assert.Single(session.RecordPaperCount(Fighter, new PaperCount(5, 0, 0)).Errors).Code);
        Assert.Equal("council.paper_count_invalid", Assert.Single(session.RecordPaperCount(Fighter, new PaperCount(-1, 0, 0)).Errors).Code);
        Assert.True(session.RecordPaperCount(Fighter, new PaperCount(2, 2, 0)).IsSuccess);
        Assert.True(session.RecordPaperCount(Fighter, new PaperCount(4, 0, 0)).IsSuccess); // corrected
        Assert.Equal("council.counted_on_paper", Assert.Single(session.Vote("m1", Fighter, BallotChoice.No, BallotReceipt.New()).Errors).Code);
        session.Vote("m1", Worker, BallotChoice.Yes, BallotReceipt.New());
        Assert.Equal("council.voted_electronically", Assert.Single(session.RecordPaperCount(Worker, new PaperCount(1, 0, 0)).Errors).Code);

        var count = session.Count(Fighter);
        Assert.Equal((4, 0, 0, 1, 0, true), (count.Yes, count.No, count.Abstain, count.Recused, count.NotVoted, count.OnPaper));
        Assert.Equal(0, count.NoBallot);
        var decisions = session.Close(RuleSetCatalog.Decree152, [Worker, Fighter], "officer", At).Value;
        Assert.Equal(4, decisions.Single(d => d.NominationId == Fighter).Outcome.Yes);
        Assert.DoesNotContain(session.Ballots, b => b.NominationId == Fighter);
    }
}
