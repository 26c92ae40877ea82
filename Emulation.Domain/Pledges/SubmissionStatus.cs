namespace Emulation.Domain.Pledges;

/// <summary>Where a unit's pledge or result report stands in the officer's review.</summary>
public enum SubmissionStatus
{
    Draft,
    Submitted,
    Returned,
    Accepted,
}
