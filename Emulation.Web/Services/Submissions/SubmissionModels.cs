using Emulation.Domain.Campaigns;
using Emulation.Domain.Organization;
using Emulation.Domain.Pledges;
using Emulation.Domain.Results;

namespace Emulation.Web.Services.Submissions;

public sealed record UnitOption(int Id, string Code, string Name);

/// <summary>One criterion of a unit's pledge and results form.</summary>
public sealed record WorkspaceLine(string Code, string Name, string Group, CriterionKind Kind, ScoringMethod Method,
    decimal MaxPoints, string UnitOfMeasure, bool NeedsTarget, decimal? Target, decimal? Value);

/// <summary>
/// A unit's pledge or results as a save left them: the version to send with the next save, and the status (a submit
/// changes it; a draft save does not).
/// </summary>
public sealed record SavedSubmission(Guid Version, SubmissionStatus Status);

/// <summary>Everything a department head sees for one campaign: the pledge, the results and where both stand.</summary>
public sealed record UnitWorkspace(
    int CampaignId,
    string CampaignName,
    int Year,
    CampaignStatus CampaignStatus,
    int UnitId,
    string UnitName,
    IReadOnlyList<WorkspaceLine> Lines,
    SubmissionStatus PledgeStatus,
    Guid? PledgeVersion,
    SubmissionStatus ResultStatus,
    Guid? ResultVersion,
    DateOnly? PledgeDeadline,
    DateOnly? ResultsDeadline,
    bool CanEdit)
{
    /// <summary>Whether the unit is in one of the campaign's blocs (<see cref="Campaigns.CampaignParticipation"/>); if not, nothing is entered.</summary>
    public bool TakesPart { get; init; } = true;

    public string? PledgeReturnReason { get; init; }
    public string? ResultReturnReason { get; init; }
    public bool PledgeLate { get; init; }
    public bool ResultLate { get; init; }

    public bool PledgeOpen => CanEdit && CampaignStatus.AcceptsPledges() &&
        PledgeStatus is SubmissionStatus.Draft or SubmissionStatus.Returned;

    public bool ResultsOpen => CanEdit && CampaignStatus.AcceptsResults(ResultStatus) &&
        ResultStatus is SubmissionStatus.Draft or SubmissionStatus.Returned;

    /// <summary>
    /// Whether the head may change the staff's yearly records (and the import that fills them): while pledges or results
    /// are open, and in review while the unit's results are returned to it, ratings included.
    /// </summary>
    public bool StaffOpen => CanEdit && CampaignStatus.AcceptsEvidence(ResultStatus);
}

/// <summary>One staff member's yearly record as edited in the grid.</summary>
public sealed class StaffYearRow
{
    public int PersonId { get; init; }
    public string FullName { get; init; } = "";
    public Gender Gender { get; init; }
    public string Position { get; init; } = "";
    public DateOnly RecruitedOn { get; init; }
    public QualityRating Rating { get; set; } = QualityRating.Good;
    public int MonthsWorked { get; set; } = 12;
    public int MaternityLeaveMonths { get; set; }

    /// <summary>Months of leave (not working time): the only absence that caps the rating (Decree 90/2020 Art. 2(3)).</summary>
    public int LeaveMonths { get; set; }
    public DisciplineLevel Discipline { get; set; }
    public InitiativeLevel Initiative { get; set; }

    /// <summary>Months of the year in a former unit, as entered; read from the positions instead when they show the move.</summary>
    public int MonthsInFormerUnit { get; set; }

    /// <summary>Whether the former unit's opinion on the year has been received.</summary>
    public bool FormerUnitOpinionReceived { get; set; }

    /// <summary>Months in a former unit the person's positions show (a move into this unit within the year); 0 for none.</summary>
    public int MonthsInFormerUnitFromPositions { get; init; }

    /// <summary>
    /// Whether the grid asks about a former unit for this person without the head saying so: their positions show a
    /// move into the unit this year, or months there or the former unit's opinion are recorded (or just typed). Being
    /// recruited this year is not enough: most recruits come from no other unit, and the head opens the questions for
    /// those who did.
    /// </summary>
    public bool MayHaveFormerUnit => MonthsInFormerUnitFromPositions > 0 || MonthsInFormerUnit > 0 || FormerUnitOpinionReceived;

    /// <summary>The months in a former unit the evaluation reads: the positions' when they show the move.</summary>
    public int FormerUnitMonthsShown => MonthsInFormerUnitFromPositions > 0 ? MonthsInFormerUnitFromPositions : MonthsInFormerUnit;

    /// <summary>
    /// The stretches of the year the person's positions show them on the staff, when a leaving (and perhaps a return)
    /// broke the year: the grid shows how the months worked were counted from them; null for an unbroken year.
    /// </summary>
    public YearOnStaff? OnStaff { get; init; }

    /// <summary>Whether the months recorded differ from those the positions give (the head corrected them).</summary>
    public bool MonthsDifferFromPositions =>
        OnStaff is { } onStaff && MonthsWorked + MaternityLeaveMonths + LeaveMonths != onStaff.Months;

    /// <summary>The head's reason for months other than the positions give (required while they differ); null for none.</summary>
    public string? MonthsWorkedReason { get; set; }

    public bool Saved { get; init; }

    /// <summary>
    /// The saved record's concurrency version as read, or null when nothing is saved for this person and year yet:
    /// saving the grid fails with <see cref="ConcurrencyErrors.ChangedByOthers"/> when someone changed it since.
    /// </summary>
    public Guid? Version { get; init; }
}
