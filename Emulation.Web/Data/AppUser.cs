using Microsoft.AspNetCore.Identity;

namespace Emulation.Web.Data;

/// <summary>A login. A department head is bound to the one unit they lead.</summary>
public sealed class AppUser : IdentityUser
{
    public const int FullNameMaxLength = 120;

    public string FullName { get; set; } = "";

    /// <summary>The unit a department head answers for; null for roles that act across units.</summary>
    public int? UnitId { get; set; }

    /// <summary>The staff record of a council member who is also staff: they stand aside on their own and their unit's nominations.</summary>
    public int? PersonId { get; set; }
}
