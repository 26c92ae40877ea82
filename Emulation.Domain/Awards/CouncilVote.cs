using Emulation.Domain.Common;
using Emulation.Domain.Rules;

namespace Emulation.Domain.Awards;

/// <summary>
/// Decides a council vote and keeps the facts of its arithmetic (<see cref="VoteOutcome"/>), which the web layer words. The
/// threshold is a share of ALL council members, not of those present (Decree 98/2023 Art. 30(7)); quorum is a share of
/// all members too.
/// </summary>
public static class CouncilVote
{
    public static Result<VoteOutcome> Decide(BallotTally tally, Title title, RuleSet rules) =>
        Decide(tally, title, rules, []);

    /// <summary>
    /// As <see cref="Decide(BallotTally, Title, RuleSet)"/>, after removing the ballots of recused members
    /// (each recused member's ballot as cast, if it was counted). Recused members stay in the denominator unless
    /// the rule set says <see cref="RecusalDenominator.AllMembersExceptRecused"/>; the outcome says which.
    /// </summary>
    public static Result<VoteOutcome> Decide(BallotTally tally, Title title, RuleSet rules,
        IReadOnlyList<BallotChoice> recusedBallots)
    {
        if (tally.CouncilMembers <= 0 || tally.Present < 0 || tally.Yes < 0 || tally.No < 0 || tally.Abstain < 0 ||
            tally.Written < 0 || tally.Yes + tally.No + tally.Abstain > tally.Present + tally.Written ||
            tally.Present + tally.Written > tally.CouncilMembers ||
            (tally.Written > 0 && !rules.Council.WrittenBallotsOfAbsentMembers))
        {
            return Result<VoteOutcome>.Failure(NominationErrors.InvalidTally());
        }

        int recusedYes = recusedBallots.Count(b => b == BallotChoice.Yes);
        int recusedNo = recusedBallots.Count(b => b == BallotChoice.No);
        int recusedAbstain = recusedBallots.Count(b => b == BallotChoice.Abstain);
        if (recusedYes > tally.Yes || recusedNo > tally.No || recusedAbstain > tally.Abstain)
        {
            return Result<VoteOutcome>.Failure(new DomainError("ballot.invalid_recusal",
                "A recused member's ballot is not among those counted.", title.ToString()));
        }

        int recused = recusedBallots.Count;
        int yes = tally.Yes - recusedYes;
        var council = rules.Council;
        VoteThreshold threshold = council.ThresholdFor(title);
        bool excludeRecused = council.Recusal == RecusalDenominator.AllMembersExceptRecused;
        var (requiredYes, denominator) = council.RequiredYes(title, tally.CouncilMembers, recused);

        int requiredPresent = (int)council.Quorum.MinimumCount(tally.CouncilMembers);
        bool quorumMet = tally.Present >= requiredPresent;
        bool passed = quorumMet && denominator > 0 && yes >= requiredYes;

        return Result<VoteOutcome>.Success(new VoteOutcome(title, passed, tally.CouncilMembers, tally.Present, requiredPresent,
            council.Quorum, quorumMet, yes, requiredYes, threshold.ShareOfAllMembers, threshold.Strict, denominator, recused,
            excludeRecused, tally.Written, council.WrittenBallotsArticle, council.Article, rules.Id, rules.Version));
    }
}
