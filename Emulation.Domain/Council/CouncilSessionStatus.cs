namespace Emulation.Domain.Council;

public enum CouncilSessionStatus
{
    /// <summary>Attendance is being marked and members are voting.</summary>
    Open,

    /// <summary>The outcomes are recorded on the nominations; nothing changes any more.</summary>
    Closed,
}
