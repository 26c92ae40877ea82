namespace Emulation.Domain.Results;

/// <summary>Disciplinary measure taken in the year, from mildest to harshest.</summary>
public enum DisciplineLevel
{
    None,
    Reprimand,
    Warning,
    Demotion,
    Dismissal,
}
