namespace Emulation.Domain.Organization;

/// <summary>How a unit came from its predecessor.</summary>
public enum UnitChangeKind
{
    Merged,
    Split,
}
