using Emulation.Domain.Organization;

namespace Emulation.Domain.Scoring;

/// <summary>A person with the evaluated year's record and their history (earlier years and awards).</summary>
public sealed record PersonInput(
    int PersonId,
    int UnitId,
    string FullName,
    Gender Gender,
    DateOnly RecruitedOn,
    IReadOnlyList<StaffYear> Years,
    IReadOnlyList<AwardRecord> Awards)
{
    /// <summary>The day the person died, when they did on or before the reference day: their titles are given posthumously.</summary>
    public DateOnly? DiedOn { get; init; }
}
