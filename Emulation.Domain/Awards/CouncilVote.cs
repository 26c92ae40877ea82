using System.Globalization;

using Emulation.Domain.Common;
using Emulation.Domain.Rules;

namespace Emulation.Domain.Awards;

/// <summary>
/// Decides a council vote; the explanation spells out the arithmetic, and whoever shows it names the title. The threshold is a share of ALL council members, not of those present
/// (Decree 98/2023 Art. 30(7)); quorum is a share of all members too.
/// </summary>
public static class CouncilVote
{
    public static Result<VoteOutcome> Decide(BallotTally tally, Title title, RuleSet rules) =>
        Decide(tally, title, rules, []);

    /// <summary>
    /// As <see cref="Decide(BallotTally, Title, RuleSet)"/>, after removing the ballots of recused members
    /// (each recused member's ballot as cast, if it was counted). Recused members stay in the denominator unless
    /// the rule set says <see cref="RecusalDenominator.AllMembersExceptRecused"/>; the explanation says which.
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

        var inv = CultureInfo.InvariantCulture;
        string share = threshold.ShareOfAllMembers.ToString();
        string cmpVi = threshold.Strict ? "trên" : "ít nhất";
        string cmpEn = threshold.Strict ? "more than" : "at least";
        string denomVi = excludeRecused
            ? string.Format(inv, "mẫu số là tổng số {0} thành viên Hội đồng trừ {1} thành viên không tham gia biểu quyết (quy định của bộ quy tắc)", tally.CouncilMembers, recused)
            : string.Format(inv, "mẫu số là TỔNG SỐ {0} thành viên Hội đồng, không phải số có mặt ({1}){2}", tally.CouncilMembers, tally.Present,
                recused > 0 ? string.Format(inv, "; {0} thành viên không tham gia biểu quyết vẫn được tính vào mẫu số", recused) : "");
        string denomEn = excludeRecused
            ? string.Format(inv, "the denominator is all {0} council members less {1} recused (rule-set setting)", tally.CouncilMembers, recused)
            : string.Format(inv, "the denominator is ALL {0} council members, not those present ({1}){2}", tally.CouncilMembers, tally.Present,
                recused > 0 ? string.Format(inv, "; {0} recused member(s) still count in it", recused) : "");

        string writtenVi = tally.Written > 0
            ? string.Format(inv, " Trong số phiếu có {0} phiếu bằng văn bản của thành viên vắng mặt (căn cứ {1}, theo bộ quy tắc).",
                tally.Written, council.WrittenBallotsArticle)
            : "";
        string writtenEn = tally.Written > 0
            ? string.Format(inv, " Of the ballots, {0} were cast in writing by absent members ({1}, per the rule set).",
                tally.Written, council.WrittenBallotsArticle)
            : "";
        string vi = string.Format(inv,
            "{0}. Có mặt {1}/{2} (cần {3}, tỷ lệ {4}): {5}. Đồng ý {6}; cần {7} {8} ({9}) — {10}.{14} Căn cứ {11}; bộ quy tắc {12} phiên bản {13}.",
            passed ? "ĐẠT" : "KHÔNG ĐẠT", tally.Present, tally.CouncilMembers, requiredPresent,
            council.Quorum, quorumMet ? "đủ túc số" : "không đủ túc số", yes, cmpVi, share, requiredYes, denomVi,
            council.Article, rules.Id, rules.Version, writtenVi);
        string en = string.Format(inv,
            "{0}. Present {1}/{2} (quorum {3}, share {4}): {5}. Yes {6}; needs {7} {8} ({9}) — {10}.{14} Basis {11}; rule set {12} version {13}.",
            passed ? "PASSED" : "FAILED", tally.Present, tally.CouncilMembers, requiredPresent,
            council.Quorum, quorumMet ? "quorum met" : "quorum not met", yes, cmpEn, share, requiredYes, denomEn,
            council.Article, rules.Id, rules.Version, writtenEn);

        return Result<VoteOutcome>.Success(new VoteOutcome(title, passed, quorumMet, yes, denominator, requiredYes,
            tally.Present, requiredPresent, recused, rules.Id, rules.Version, council.Article, vi, en));
    }
}
