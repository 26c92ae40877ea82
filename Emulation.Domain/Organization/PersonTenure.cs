namespace Emulation.Domain.Organization;

/// <summary>
/// A position a person held in a unit, from one day to another (quá trình công tác). Awards for long service and
/// contribution (niên hạn, quá trình cống hiến) and the rules that count months since recruitment (Circular 01/2024:
/// under six months, no Advanced Worker) read the history, so it is kept whole: a tenure is closed, never deleted.
/// </summary>
public sealed class PersonTenure
{
    private PersonTenure(int unitId, string position, DateOnly from)
    {
        UnitId = unitId;
        Position = position;
        From = from;
    }

    public int Id { get; private set; }
    public int UnitId { get; private set; }
    public string Position { get; private set; }
    public DateOnly From { get; private set; }

    /// <summary>The last day in the position; null while the person still holds it.</summary>
    public DateOnly? To { get; private set; }

    public bool IsCurrent => To is null;

    /// <summary>Whether the tenure covers <paramref name="day"/>.</summary>
    public bool Covers(DateOnly day) => From <= day && (To is null || day <= To);

    internal bool Overlaps(DateOnly from, DateOnly to) => From <= to && (To is null || from <= To);

    internal static PersonTenure Open(int unitId, string position, DateOnly from) => new(unitId, position, from);

    internal static PersonTenure Past(int unitId, string position, DateOnly from, DateOnly to) =>
        new(unitId, position, from) { To = to };

    internal void End(DateOnly lastDay) => To = lastDay;

    internal void Reopen() => To = null;

    internal void MoveStart(DateOnly from) => From = from;

    internal void FollowUnit(int unitId) => UnitId = unitId;
}
