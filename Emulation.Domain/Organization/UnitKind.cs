namespace Emulation.Domain.Organization;

public enum UnitKind
{
    Agency,
    Department,
    PublicServiceUnit,
}
