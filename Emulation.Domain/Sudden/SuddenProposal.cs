using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Domain.Rules;

namespace Emulation.Domain.Sudden;

/// <summary>
/// A proposal for a sudden award (khen thưởng đột xuất): a person or a collective, the form, the achievement in words and
/// its evidence files. The short path: proposed → reviewed by the council (only when the rule set asks) → decided by the
/// leadership, whose decision records an award of kind <see cref="AwardKind.Sudden"/> — no basis for a merit award.
/// A long-service proposal (<see cref="ProposeLongService"/>) takes the same path and records an award of kind
/// <see cref="AwardKind.LongService"/>: one proposal and decision path for the awards outside the yearly campaign.
/// </summary>
public sealed class SuddenProposal
{
    public const int AchievementMaxLength = 2000;
    public const int ReasonMaxLength = 1000;
    public const int ArticleMaxLength = 200;

    private SuddenProposal(int? personId, int unitId, Title title, string achievement, bool councilReview,
        string article, string proposedBy, DateTimeOffset proposedAt)
    {
        PersonId = personId;
        UnitId = unitId;
        Title = title;
        Achievement = achievement;
        CouncilReview = councilReview;
        Article = article;
        ProposedBy = proposedBy;
        ProposedAt = proposedAt;
    }

    public int Id { get; private set; }

    /// <summary>The person proposed; null when the collective (the unit) is.</summary>
    public int? PersonId { get; private set; }

    public int UnitId { get; private set; }
    public Title Title { get; private set; }
    public string Achievement { get; private set; }

    /// <summary>Whether the council reviews it, as the rule set in force said when it was proposed.</summary>
    public bool CouncilReview { get; private set; }

    /// <summary>The article that allows the form on the spot, as the rule set named it.</summary>
    public string Article { get; private set; }

    /// <summary>The kind of award the decision records: <see cref="AwardKind.Sudden"/> or <see cref="AwardKind.LongService"/>.</summary>
    public AwardKind Kind { get; private set; } = AwardKind.Sudden;

    public SuddenProposalStatus Status { get; private set; } = SuddenProposalStatus.Proposed;
    public string ProposedBy { get; private set; }
    public DateTimeOffset ProposedAt { get; private set; }
    public string? ReviewedBy { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }

    /// <summary>Why the council or the leadership turned it down.</summary>
    public string? RejectionReason { get; private set; }

    /// <summary>The decision that granted it, once decided.</summary>
    public int? DecisionId { get; private set; }

    /// <summary>
    /// Opens a proposal when the rule set lets <paramref name="proposer"/> propose <paramref name="title"/> on the spot
    /// and the agency decides it.
    /// </summary>
    public static Result<SuddenProposal> Propose(int? personId, int unitId, Title title, string? achievement,
        SuddenAwardRules rules, GrantingRules granting, SuddenProposer proposer, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(granting);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var errors = new List<DomainError>();
        var rule = rules.For(title);
        if (rule is null)
        {
            errors.Add(SuddenProposalErrors.NotOnTheSpot(title));
        }
        else if (!rule.ProposedBy.Contains(proposer))
        {
            errors.Add(SuddenProposalErrors.NotYourProposal(title));
        }
        else if (!granting.AgencyDecides(title))
        {
            errors.Add(SuddenProposalErrors.DecidedAbove(title));
        }

        if (!Titles.IsCollective(title) && personId is null)
        {
            errors.Add(SuddenProposalErrors.PersonRequired());
        }
        else if (Titles.IsCollective(title) && personId is not null)
        {
            errors.Add(SuddenProposalErrors.CollectiveMismatch());
        }

        var text = CleanAchievement(achievement, errors);
        return errors.Count > 0
            ? Result<SuddenProposal>.Failure(errors)
            : Result<SuddenProposal>.Success(new SuddenProposal(personId, unitId, title, text!, rule!.CouncilReview,
                rule.Article, by, at));
    }

    /// <summary>
    /// Opens a long-service proposal for a person the engine listed (<see cref="LongService.LongServiceEligibility"/>):
    /// refused when the assessment is not eligible or the agency does not decide the form. The achievement is the
    /// contribution in words (the officer edits what the page drafts from the explanation); the article is the rule's,
    /// with the rule set and version that listed the person.
    /// </summary>
    public static Result<SuddenProposal> ProposeLongService(LongService.LongServiceAssessment assessment, string? achievement,
        LongServiceRule rule, GrantingRules granting, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(granting);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var errors = new List<DomainError>();
        if (!assessment.IsEligible || assessment.Explanation.Title != rule.Title)
        {
            errors.Add(SuddenProposalErrors.NotEligibleForLongService());
        }
        else if (!granting.AgencyDecides(rule.Title))
        {
            errors.Add(SuddenProposalErrors.DecidedAbove(rule.Title));
        }

        var text = CleanAchievement(achievement, errors);
        var article = $"{rule.Article} ({assessment.Explanation.RuleSet})";
        return errors.Count > 0
            ? Result<SuddenProposal>.Failure(errors)
            : Result<SuddenProposal>.Success(new SuddenProposal(assessment.PersonId, assessment.UnitId, rule.Title, text!,
                rule.CouncilReview, article.Length > ArticleMaxLength ? article[..ArticleMaxLength] : article, by, at)
            { Kind = AwardKind.LongService });
    }

    /// <summary>Whether the leadership may decide now: proposed without council review, or reviewed.</summary>
    public bool AwaitsLeadership =>
        Status == SuddenProposalStatus.Reviewed || (Status == SuddenProposalStatus.Proposed && !CouncilReview);

    /// <summary>Evidence may change while nobody has decided yet.</summary>
    public bool AcceptsEvidence => Status == SuddenProposalStatus.Proposed;

    /// <summary>The council's opinion: agreed sends it to the leadership, not agreed closes it with the reason.</summary>
    public Result RecordCouncilReview(bool agreed, string? reason, string by, DateTimeOffset at)
    {
        if (!CouncilReview)
        {
            return Result.Failure(SuddenProposalErrors.NoCouncilReview());
        }

        if (Status != SuddenProposalStatus.Proposed)
        {
            return Result.Failure(SuddenProposalErrors.WrongStatus(Status));
        }

        if (!agreed)
        {
            return Reject(reason, by, at);
        }

        Status = SuddenProposalStatus.Reviewed;
        ReviewedBy = by;
        ReviewedAt = at;
        return Result.Success();
    }

    /// <summary>Checks the leadership may decide it now; the decision itself is issued by the caller.</summary>
    public Result CanBeDecided() =>
        AwaitsLeadership ? Result.Success()
        : Status == SuddenProposalStatus.Proposed ? Result.Failure(SuddenProposalErrors.AwaitsCouncil())
        : Result.Failure(SuddenProposalErrors.WrongStatus(Status));

    /// <summary>Records the decision that granted it.</summary>
    public void MarkDecided(int decisionId, string by, DateTimeOffset at)
    {
        BusinessRuleViolationException.ThrowIf(!AwaitsLeadership, "SuddenProposalIsDecidedOnce",
            $"A proposal that is {Status} cannot be decided.");
        Status = SuddenProposalStatus.Decided;
        DecisionId = decisionId;
        ReviewedBy ??= by;
        ReviewedAt ??= at;
    }

    /// <summary>Turns it down with a reason, before it is decided.</summary>
    public Result Reject(string? reason, string by, DateTimeOffset at)
    {
        if (Status is SuddenProposalStatus.Decided or SuddenProposalStatus.Rejected)
        {
            return Result.Failure(SuddenProposalErrors.WrongStatus(Status));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result.Failure(SuddenProposalErrors.ReasonRequired());
        }

        if (CleanText.Refusal(reason, multiLine: true) is { } unclean)
        {
            return Result.Failure(unclean);
        }

        var clean = CleanText.Normalize(reason);
        Status = SuddenProposalStatus.Rejected;
        RejectionReason = clean.Length > ReasonMaxLength ? clean[..ReasonMaxLength] : clean;
        ReviewedBy = by;
        ReviewedAt = at;
        return Result.Success();
    }

    private static string? CleanAchievement(string? achievement, List<DomainError> errors)
    {
        if (string.IsNullOrWhiteSpace(achievement))
        {
            errors.Add(SuddenProposalErrors.AchievementRequired());
            return null;
        }

        if (CleanText.Refusal(achievement, multiLine: true) is { } unclean)
        {
            errors.Add(unclean);
            return null;
        }

        var text = CleanText.Normalize(achievement);
        if (text.Length > AchievementMaxLength)
        {
            errors.Add(SuddenProposalErrors.AchievementTooLong(AchievementMaxLength));
            return null;
        }

        return text;
    }
}
