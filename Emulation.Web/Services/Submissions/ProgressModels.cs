using Emulation.Domain.Pledges;

namespace Emulation.Web.Services.Submissions;

public enum SubmissionKind
{
    Pledge,
    Results,
}

/// <summary>Where one unit stands in a campaign, as the union officer follows it.</summary>
public sealed record UnitProgress(
    int UnitId,
    string UnitName,
    string BlocName,
    SubmissionStatus PledgeStatus,
    DateTimeOffset? PledgeSubmittedAt,
    bool PledgeLate,
    SubmissionStatus ResultStatus,
    DateTimeOffset? ResultSubmittedAt,
    bool ResultLate,
    string? ReturnReason);
