using Emulation.Domain.Results;

namespace Emulation.Domain.Scoring;

/// <summary>One year of a person's record, as the eligibility rules read it.</summary>
public sealed record StaffYear(
    int Year,
    QualityRating Rating,
    int MonthsWorked,
    int MaternityLeaveMonths,
    DisciplineLevel Discipline,
    InitiativeLevel Initiative,
    bool ProceedingsPending = false);
