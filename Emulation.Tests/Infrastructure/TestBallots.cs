using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Domain.Rules;
using Emulation.Tests.Infrastructure;

namespace Emulation.Tests.Infrastructure;

/// <summary>A council's ballot recorded on a nomination the way a session records it: counted, then decided under Decree 152.</summary>
internal static class TestBallots
{
    public static Result RecordCountedBallot(this Nomination nomination, BallotTally tally, string by, DateTimeOffset at)
    {
        var decided = CouncilVote.Decide(tally, nomination.Title, RuleSetCatalog.Decree152);
        Assert.True(decided.IsSuccess);
        return nomination.RecordBallot(tally, decided.Value, by, at);
    }
}
