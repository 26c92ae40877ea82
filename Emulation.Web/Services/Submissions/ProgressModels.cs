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

/// <summary>
/// One page of a campaign's progress board: its units (<see cref="Page"/> after clamping), how many the filter shows
/// in all, and over every unit of the campaign how many there are and how many have submitted (or had accepted) their
/// pledge and their results.
/// </summary>
public sealed record ProgressBoard(IReadOnlyList<UnitProgress> Rows, int Page, int Shown, int Units, int PledgesIn, int ResultsIn);
