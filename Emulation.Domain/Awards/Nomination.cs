using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;

namespace Emulation.Domain.Awards;

/// <summary>A proposal to give a title to a person or unit, put to the council and then to leadership.</summary>
public sealed class Nomination : ICampaignOwned
{
    /// <summary>Nominations or awards one decision or one request may name (a province's yearly list has hundreds).</summary>
    public const int MaxPerRequest = 5000;

    /// <summary>The longest text kept from before explanations and ballot outcomes were data.</summary>
    public const int ExplanationMaxLength = 8000;
    public const int ReasonMaxLength = 1000;

    private Nomination(int campaignId, int? personId, int unitId, Title title, Explanation? explanation, string ruleSetId)
    {
        CampaignId = campaignId;
        PersonId = personId;
        UnitId = unitId;
        Title = title;
        Explanation = explanation;
        RuleSetId = ruleSetId;
    }

    public int Id { get; private set; }
    public int CampaignId { get; private set; }
    public int? PersonId { get; private set; }
    public int UnitId { get; private set; }
    public Title Title { get; private set; }

    /// <summary>
    /// Why the engine recommended it, as data (conditions with their codes and facts, the rule set and version, the
    /// article): worded in the reader's language where it is shown. Null for a nomination added by hand.
    /// </summary>
    public Explanation? Explanation { get; private set; }

    /// <summary>The explanation as text, for nominations made before explanations were kept as data; empty since.</summary>
    public string LegacyExplanation { get; private set; } = "";

    public string RuleSetId { get; private set; }
    public NominationStatus Status { get; private set; } = NominationStatus.Proposed;
    public BallotTally? Ballot { get; private set; }

    /// <summary>
    /// How the council decided the ballot, as facts (attendance and quorum, threshold and denominator, recused members,
    /// written ballots, article, rule set and version): worded in the reader's language where it is shown.
    /// </summary>
    public VoteOutcome? BallotOutcome { get; private set; }

    /// <summary>How the ballot was decided, as text, for ballots recorded before outcomes were kept as data; else null.</summary>
    public string? LegacyBallotExplanation { get; private set; }

    public string? BallotRecordedBy { get; private set; }
    public DateTimeOffset? BallotRecordedAt { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? RejectionReason { get; private set; }

    /// <summary>Why the union officer added it by hand; null for a nomination the engine recommended.</summary>
    public string? AddedReason { get; private set; }

    public string? AddedBy { get; private set; }
    public DateTimeOffset? AddedAt { get; private set; }
    public string? WithdrawalReason { get; private set; }
    public string? WithdrawnBy { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }

    /// <summary>Set when an award this recommendation's streak relied on was revoked: it must be evaluated again.</summary>
    public string? RevokedBasisNote { get; private set; }

    /// <summary>The proposal dossier that carries it to the level that decides it; null for what the agency decides.</summary>
    public int? ProposalId { get; private set; }

    /// <summary>Puts the engine's recommendation to the council, with its explanation and the rule set it was made under.</summary>
    public static Nomination Propose(int campaignId, int? personId, int unitId, Title title, Explanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        return new(campaignId, personId, unitId, title, explanation, explanation.RuleSet);
    }

    /// <summary>The union officer puts a subject to the council by hand; the reason is kept and shown.</summary>
    public static Result<Nomination> AddManually(int campaignId, int? personId, int unitId, Title title, string reason,
        string ruleSetId, string by, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result<Nomination>.Failure(NominationErrors.ReasonRequired());
        }

        if (CleanText.Refusal(reason, multiLine: true) is { } unclean)
        {
            return Result<Nomination>.Failure(unclean);
        }

        var trimmed = CleanText.Normalize(reason);
        var clipped = trimmed.Length <= ReasonMaxLength ? trimmed : trimmed[..ReasonMaxLength];
        return Result<Nomination>.Success(new Nomination(campaignId, personId, unitId, title, null, ruleSetId)
        {
            AddedReason = clipped,
            AddedBy = by,
            AddedAt = at,
        });
    }

    /// <summary>Takes the nomination off the list before leadership decides; the reason is kept and shown.</summary>
    public Result Withdraw(string by, DateTimeOffset at, string reason)
    {
        if (Status is NominationStatus.Approved or NominationStatus.Rejected or NominationStatus.Withdrawn
            or NominationStatus.SentUp)
        {
            return Result.Failure(NominationErrors.CannotWithdraw(Status));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result.Failure(NominationErrors.ReasonRequired());
        }

        if (CleanText.Refusal(reason, multiLine: true) is { } unclean)
        {
            return Result.Failure(unclean);
        }

        var trimmed = CleanText.Normalize(reason);
        Status = NominationStatus.Withdrawn;
        WithdrawnBy = by;
        WithdrawnAt = at;
        WithdrawalReason = trimmed.Length <= ReasonMaxLength ? trimmed : trimmed[..ReasonMaxLength];
        return Result.Success();
    }

    /// <summary>
    /// The proposing agency takes the nominee out of the dossier that carries it, while the dossier is back for amendment
    /// (<see cref="Proposals.Proposal.Withdraw"/>): one still waiting, or one the deciding level refused. The nominee stays
    /// recorded as once in the dossier, withdrawn, with who, when and why.
    /// </summary>
    internal Result WithdrawFromDossier(string by, DateTimeOffset at, string? reason)
    {
        if (Status is not (NominationStatus.SentUp or NominationStatus.Rejected))
        {
            return Result.Failure(NominationErrors.CannotWithdraw(Status));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result.Failure(NominationErrors.ReasonRequired());
        }

        if (CleanText.Refusal(reason, multiLine: true) is { } unclean)
        {
            return Result.Failure(unclean);
        }

        Status = NominationStatus.Withdrawn;
        WithdrawnBy = by;
        WithdrawnAt = at;
        WithdrawalReason = Clip(CleanText.Normalize(reason));
        return Result.Success();
    }

    /// <summary>Records the council's counted ballots and its decision on them (<see cref="CouncilVote.Decide(BallotTally, Title, RuleSet)"/>).</summary>
    public Result RecordBallot(BallotTally tally, VoteOutcome outcome, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Title != Title)
        {
            throw new ArgumentException("The outcome is of a vote on another title.", nameof(outcome));
        }

        if (Status is NominationStatus.Approved or NominationStatus.Rejected or NominationStatus.SentUp)
        {
            return Result.Failure(NominationErrors.AlreadyDecided(Status));
        }

        if (Status == NominationStatus.Withdrawn)
        {
            return Result.Failure(NominationErrors.Withdrawn());
        }

        if (tally.Yes < 0 || tally.No < 0 || tally.Abstain < 0 ||
            tally.Yes + tally.No + tally.Abstain > tally.Present || tally.Present > tally.CouncilMembers)
        {
            return Result.Failure(NominationErrors.InvalidTally());
        }

        Ballot = tally;
        BallotOutcome = outcome;
        BallotRecordedBy = by;
        BallotRecordedAt = at;
        Status = outcome.Passed ? NominationStatus.Passed : NominationStatus.Failed;
        return Result.Success();
    }

    /// <summary>
    /// The agency's own approval: only for a title its head decides (<paramref name="granting"/>); anything above goes
    /// up in a proposal dossier (<see cref="SendUp"/>).
    /// </summary>
    public Result Approve(string by, DateTimeOffset at, GrantingRule granting)
    {
        if (granting.Title != Title)
        {
            throw new ArgumentException("The granting rule is for another title.", nameof(granting));
        }

        if (Status == NominationStatus.Passed && granting.DecidedBy != AwardingLevel.HeadOfAgency)
        {
            return Result.Failure(NominationErrors.DecidedAbove(granting));
        }

        return Approve(by, at);
    }

    /// <summary>
    /// Puts a passed nomination into proposal <paramref name="proposalId"/> for the level that decides its title; the
    /// agency's head cannot send up what is theirs to decide.
    /// </summary>
    public Result SendUp(int proposalId, GrantingRule granting)
    {
        if (granting.Title != Title)
        {
            throw new ArgumentException("The granting rule is for another title.", nameof(granting));
        }

        if (Status != NominationStatus.Passed)
        {
            return Result.Failure(Status is NominationStatus.Approved or NominationStatus.Rejected or NominationStatus.SentUp
                ? NominationErrors.AlreadyDecided(Status)
                : NominationErrors.NotPassed(Status));
        }

        if (granting.DecidedBy == AwardingLevel.HeadOfAgency)
        {
            return Result.Failure(NominationErrors.AgencyDecides(granting));
        }

        Status = NominationStatus.SentUp;
        ProposalId = proposalId;
        return Result.Success();
    }

    /// <summary>Records what the deciding level decided on a nomination sent up: granted (an award follows) or not.</summary>
    public Result RecordOutcomeAbove(bool granted, string by, DateTimeOffset at, string? reason)
    {
        if (Status != NominationStatus.SentUp)
        {
            return Result.Failure(Status is NominationStatus.Approved or NominationStatus.Rejected
                ? NominationErrors.AlreadyDecided(Status)
                : NominationErrors.NotSentUp(Status));
        }

        if (!granted && string.IsNullOrWhiteSpace(reason))
        {
            return Result.Failure(NominationErrors.ReasonRequired());
        }

        if (!granted && CleanText.Refusal(reason!, multiLine: true) is { } unclean)
        {
            return Result.Failure(unclean);
        }

        Status = granted ? NominationStatus.Approved : NominationStatus.Rejected;
        DecidedBy = by;
        DecidedAt = at;
        RejectionReason = granted ? null : Clip(CleanText.Normalize(reason!));
        return Result.Success();
    }

    private static string Clip(string text) => text.Length <= ReasonMaxLength ? text : text[..ReasonMaxLength];

    private Result Approve(string by, DateTimeOffset at)
    {
        if (Status != NominationStatus.Passed)
        {
            return Result.Failure(Status is NominationStatus.Approved or NominationStatus.Rejected
                ? NominationErrors.AlreadyDecided(Status)
                : NominationErrors.NotPassed(Status));
        }

        Status = NominationStatus.Approved;
        DecidedBy = by;
        DecidedAt = at;
        return Result.Success();
    }

    public Result Reject(string by, DateTimeOffset at, string reason)
    {
        if (Status is NominationStatus.Approved or NominationStatus.Rejected or NominationStatus.SentUp)
        {
            return Result.Failure(NominationErrors.AlreadyDecided(Status));
        }

        if (Status == NominationStatus.Withdrawn)
        {
            return Result.Failure(NominationErrors.Withdrawn());
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result.Failure(NominationErrors.ReasonRequired());
        }

        Status = NominationStatus.Rejected;
        DecidedBy = by;
        DecidedAt = at;
        RejectionReason = reason.Trim();
        return Result.Success();
    }

    /// <summary>
    /// The nominee's unit submitted again the results the officer had returned, and the engine still recommends the
    /// title: the nomination comes back to the council with the recommendation made on the new figures
    /// (<paramref name="reevaluated"/>; null for one added by hand, whose reason stands). A ballot counted on the returned
    /// figures no longer stands: the council votes again (its session's minutes keep the earlier count).
    /// </summary>
    public Result ComeBackOnResubmittedResults(Explanation? reevaluated)
    {
        if (Status is not (NominationStatus.Proposed or NominationStatus.Passed))
        {
            return Result.Failure(Status == NominationStatus.Withdrawn ? NominationErrors.Withdrawn() : NominationErrors.AlreadyDecided(Status));
        }

        if (reevaluated is not null)
        {
            Explanation = reevaluated;
            RuleSetId = reevaluated.RuleSet;
            LegacyExplanation = "";
        }

        Status = NominationStatus.Proposed;
        Ballot = null;
        BallotOutcome = null;
        LegacyBallotExplanation = null;
        BallotRecordedBy = null;
        BallotRecordedAt = null;
        return Result.Success();
    }

    /// <summary>Flags the recommendation: an award its streak counted was revoked by a later decision.</summary>
    public void FlagRevokedBasis(string note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        var combined = RevokedBasisNote is null ? note.Trim() : RevokedBasisNote + " " + note.Trim();
        RevokedBasisNote = combined.Length <= ReasonMaxLength ? combined : combined[..ReasonMaxLength];
    }
}
