namespace Emulation.Domain.Organization;

/// <summary>An emulation bloc (khối thi đua): units ranked against each other.</summary>
public sealed class Bloc
{
    public const int NameMaxLength = 200;

    private Bloc(string name) => Name = name;

    public int Id { get; private set; }
    public string Name { get; private set; }

    public static Bloc Create(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new Bloc(name.Trim());
    }
}
