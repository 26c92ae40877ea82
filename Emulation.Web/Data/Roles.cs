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

    public static readonly IReadOnlyList<string> All =
        [Administrator, UnionOfficer, DepartmentHead, CouncilMember, Leadership, Staff];
}
