namespace Emulation.Domain.Organization;

public enum Gender
{
    Female,
    Male,
}
