using Emulation.Domain.Common;

namespace Emulation.Domain.Pledges;

/// <summary>
/// Something a unit submits to the union officer, who accepts it or returns it with a reason; a returned
/// submission is edited and submitted again.
/// </summary>
public abstract class Submittable
{
    public const int ReasonMaxLength = 1000;

    public SubmissionStatus Status { get; private set; } = SubmissionStatus.Draft;
    public DateTimeOffset? SubmittedAt { get; private set; }
    public string? SubmittedBy { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public string? ReviewedBy { get; private set; }

    /// <summary>Why the officer returned it; kept until the next submission so the unit can read it.</summary>
    public string? ReturnReason { get; private set; }

    /// <summary>Submitted or accepted: the unit can no longer change it.</summary>
    public bool IsLocked => Status is SubmissionStatus.Submitted or SubmissionStatus.Accepted;

    public Result Accept(string by, DateTimeOffset at)
    {
        if (Status != SubmissionStatus.Submitted)
        {
            return Result.Failure(SubmissionErrors.NotAwaitingReview(Status));
        }

        Status = SubmissionStatus.Accepted;
        ReviewedBy = by;
        ReviewedAt = at;
        return Result.Success();
    }

    /// <summary>
    /// Sends a submitted or accepted report back to the unit because the campaign changed under it (a recorded
    /// amendment); a draft or returned one is already open and stays as it is.
    /// </summary>
    public void ReopenForAmendment(string by, DateTimeOffset at, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (Status is SubmissionStatus.Submitted or SubmissionStatus.Accepted)
        {
            Status = SubmissionStatus.Returned;
            ReviewedBy = by;
            ReviewedAt = at;
            ReturnReason = reason.Trim();
        }
    }

    public Result Return(string by, DateTimeOffset at, string reason)
    {
        if (Status != SubmissionStatus.Submitted)
        {
            return Result.Failure(SubmissionErrors.NotAwaitingReview(Status));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result.Failure(SubmissionErrors.ReasonRequired());
        }

        Status = SubmissionStatus.Returned;
        ReviewedBy = by;
        ReviewedAt = at;
        ReturnReason = reason.Trim();
        return Result.Success();
    }

    /// <summary>Whether it arrived after the deadline day (the deadline day itself is on time).</summary>
    public bool IsLate(DateOnly? deadline, TimeSpan utcOffset) => IsLate(SubmittedAt, deadline, utcOffset);

    /// <summary>The same rule over the stored figures, for lists that read only them.</summary>
    public static bool IsLate(DateTimeOffset? submittedAt, DateOnly? deadline, TimeSpan utcOffset) =>
        deadline is { } day && submittedAt is { } at && DateOnly.FromDateTime(at.ToOffset(utcOffset).DateTime) > day;

    protected Result MarkSubmitted(string by, DateTimeOffset at, DomainError lockedError)
    {
        if (IsLocked)
        {
            return Result.Failure(lockedError);
        }

        Status = SubmissionStatus.Submitted;
        SubmittedAt = at;
        SubmittedBy = by;
        ReturnReason = null;
        return Result.Success();
    }

    /// <summary>
    /// Gives a report combined from merged units' reports the standing they had (<see cref="MergedFigures.CombinedStatus"/>),
    /// recorded as done by <paramref name="by"/> at <paramref name="at"/>; a draft stays a draft.
    /// </summary>
    public void CarryOver(SubmissionStatus status, string by, DateTimeOffset at)
    {
        if (status is SubmissionStatus.Submitted or SubmissionStatus.Accepted)
        {
            Status = SubmissionStatus.Submitted;
            SubmittedAt = at;
            SubmittedBy = by;
        }

        if (status == SubmissionStatus.Accepted)
        {
            Status = SubmissionStatus.Accepted;
            ReviewedAt = at;
            ReviewedBy = by;
        }
    }
}
