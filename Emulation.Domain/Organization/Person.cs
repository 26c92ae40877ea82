using Emulation.Domain.Common;

namespace Emulation.Domain.Organization;

/// <summary>A member of staff (cán bộ, công chức, viên chức, người lao động).</summary>
public sealed class Person
{
    public const int NameMaxLength = 120;
    public const int PositionMaxLength = 120;
    public const int CodeMaxLength = 20;

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

    /// <summary>The staff code other systems know the person by (mã cán bộ); unique, null for people entered without one.</summary>
    public string? Code { get; private set; }

    /// <summary>
    /// Moves the person to another unit. Their yearly records keep the unit they were earned in, so their history
    /// follows them and the old unit's history stays intact.
    /// </summary>
    public Result MoveTo(int unitId)
    {
        if (unitId == UnitId)
        {
            return Result.Failure(OrganizationErrors.SameUnit(unitId));
        }

        UnitId = unitId;
        return Result.Success();
    }

    /// <summary>Corrects the personal details kept on file (name, gender, recruitment day).</summary>
    public void Correct(string fullName, Gender gender, DateOnly recruitedOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fullName);
        FullName = CleanText.Require(fullName, nameof(FullName));
        Gender = gender;
        RecruitedOn = recruitedOn;
    }

    public static Person Create(string fullName, Gender gender, int unitId, DateOnly recruitedOn, string position,
        string? code = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fullName);
        return new Person(CleanText.Require(fullName, nameof(FullName)), gender, unitId, recruitedOn,
            CleanText.Require(position, nameof(Position)))
        {
            Code = CleanText.RequireOptional(code, nameof(Code)),
        };
    }
}
