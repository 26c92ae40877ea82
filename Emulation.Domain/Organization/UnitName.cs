namespace Emulation.Domain.Organization;

/// <summary>A name a unit used to have, and the last day it had it.</summary>
public sealed class UnitName
{
    private UnitName(string name, DateOnly until)
    {
        Name = name;
        Until = until;
    }

    public int Id { get; private set; }
    public string Name { get; private set; }
    public DateOnly Until { get; private set; }

    internal static UnitName Former(string name, DateOnly until) => new(name, until);
}
