namespace Emulation.Domain.Organization;

/// <summary>Why a person is no longer on the staff; their records stay.</summary>
public enum LeaveReason
{
    /// <summary>Retired (nghỉ hưu).</summary>
    Retired,

    /// <summary>Moved to another agency (chuyển công tác ra ngoài cơ quan).</summary>
    MovedOut,

    /// <summary>Resigned or the contract ended (thôi việc).</summary>
    Resigned,

    /// <summary>Died (từ trần).</summary>
    Deceased,
}
