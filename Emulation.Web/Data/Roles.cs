namespace Emulation.Web.Data;

/// <summary>The application's roles; names are stored in the Identity tables and used in policies.</summary>
public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string UnionOfficer = nameof(UnionOfficer);
    public const string DepartmentHead = nameof(DepartmentHead);
    public const string CouncilMember = nameof(CouncilMember);
    public const string Leadership = nameof(Leadership);

    /// <summary>Cán bộ, công chức, viên chức, người lao động: sees their own record and registers their own pledge.</summary>
    public const string Staff = nameof(Staff);

    /// <summary>
    /// Cán bộ thẩm định of the receiving board (Ban Thi đua – Khen thưởng, Sở Nội vụ), bound to the board's unit: receives,
    /// appraises, returns and decides the dossiers sent to that board, and sees nothing of the agency's own work.
    /// </summary>
    public const string Appraiser = nameof(Appraiser);

    /// <summary>
    /// Thành viên Hội đồng Thi đua – Khen thưởng of the receiving board, bound to the board's unit: votes by secret
    /// ballot in the board's council sessions on the dossiers sent to that board, and sees nothing of the agency's work
    /// (an agency council member is a <see cref="CouncilMember"/>, and never sits on the board's council).
    /// </summary>
    public const string BoardCouncilMember = nameof(BoardCouncilMember);

    /// <summary>The receiving board's roles: each account of them is bound to a board unit.</summary>
    public static readonly IReadOnlyList<string> Board = [Appraiser, BoardCouncilMember];

    /// <summary>The agency's roles: those that see its campaigns, records and people.</summary>
    public static readonly IReadOnlyList<string> Agency =
        [Administrator, UnionOfficer, DepartmentHead, CouncilMember, Leadership, Staff];

    public static readonly IReadOnlyList<string> All = [.. Agency, .. Board];
}
