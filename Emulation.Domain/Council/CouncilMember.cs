namespace Emulation.Domain.Council;

/// <summary>
/// A council member as the session saw them when it opened: their login, name, and the staff record and unit they
/// belong to (used for recusal), with attendance.
/// </summary>
public sealed class CouncilMember
{
    public const int UserNameMaxLength = 256;
    public const int NameMaxLength = 120;

    private CouncilMember(string userName, string fullName, int? personId, int? unitId)
    {
        UserName = userName;
        FullName = fullName;
        PersonId = personId;
        UnitId = unitId;
    }

    public string UserName { get; private set; }
    public string FullName { get; private set; }
    public int? PersonId { get; private set; }
    public int? UnitId { get; private set; }
    public bool Present { get; private set; }

    /// <summary>Whether the member must stand aside on a nomination of this person or unit.</summary>
    public bool IsConflicted(CouncilAgendaItem item) =>
        (PersonId is { } person && item.PersonId == person) || (UnitId is { } unit && item.UnitId == unit);

    internal static CouncilMember Seat(CouncilSeat seat) => new(seat.UserName, seat.FullName, seat.PersonId, seat.UnitId);

    internal void MarkAttendance(bool present) => Present = present;
}

/// <summary>Who sits on the council when a session opens.</summary>
public sealed record CouncilSeat(string UserName, string FullName, int? PersonId, int? UnitId);
