using Emulation.Domain.Common;

namespace Emulation.Domain.Pledges;

public static class SubmissionErrors
{
    public static DomainError NotAwaitingReview(SubmissionStatus status) =>
        new("submission.not_awaiting_review", $"Only a submitted item can be accepted or returned; this one is {status}.");

    public static DomainError ReasonRequired() =>
        new("submission.reason_required", "Say why it is returned, so the unit knows what to fix.");
}
