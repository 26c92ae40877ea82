namespace Emulation.Domain.Organization;

/// <summary>A member of staff (cán bộ, công chức, viên chức, người lao động).</summary>
public sealed class Person
{
    public const int NameMaxLength = 120;
    public const int PositionMaxLength = 120;

    private Person(string fullName, Gender gender, int unitId, DateOnly recruitedOn, string position)
    {
        FullName = fullName;
        Gender = gender;
        UnitId = unitId;
        RecruitedOn = recruitedOn;
        Position = position;
    }

    public int Id { get; private set; }
    public string FullName { get; private set; }
    public Gender Gender { get; private set; }
    public int UnitId { get; private set; }
    public DateOnly RecruitedOn { get; private set; }
    public string Position { get; private set; }

    public static Person Create(string fullName, Gender gender, int unitId, DateOnly recruitedOn, string position)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fullName);
        return new Person(fullName.Trim(), gender, unitId, recruitedOn, position.Trim());
    }
}
