using Emulation.Domain.Common;

namespace Emulation.Domain.Organization;

/// <summary>An emulation bloc (khối thi đua): units ranked against each other.</summary>
public sealed class Bloc
{
    public const int NameMaxLength = 200;
    public const int CodeMaxLength = 20;

    private Bloc(string name) => Name = name;

    public int Id { get; private set; }
    public string Name { get; private set; }

    /// <summary>A short code for other systems; null for blocs created without one.</summary>
    public string? Code { get; private set; }

    public static Bloc Create(string name, string? code = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new Bloc(CleanText.Require(name, nameof(Name))) { Code = CleanText.RequireOptional(code, nameof(Code)) };
    }

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = CleanText.Require(name, nameof(Name));
    }
}
