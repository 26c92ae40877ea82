namespace Emulation.Domain.Organization;

/// <summary>A department, centre or public service unit of the agency (a collective in award terms).</summary>
public sealed class Unit
{
    public const int NameMaxLength = 200;
    public const int CodeMaxLength = 20;

    private Unit(string code, string name, UnitKind kind)
    {
        Code = code;
        Name = name;
        Kind = kind;
    }

    public int Id { get; private set; }
    public string Code { get; private set; }
    public string Name { get; private set; }
    public UnitKind Kind { get; private set; }
    public int? BlocId { get; private set; }
    public int? ParentId { get; private set; }

    public static Unit Create(string code, string name, UnitKind kind, int? blocId = null, int? parentId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new Unit(code.Trim(), name.Trim(), kind) { BlocId = blocId, ParentId = parentId };
    }

    public void AssignToBloc(int? blocId) => BlocId = blocId;
}
