using Emulation.Domain.Organization;

namespace Emulation.Tests.Domain.Entities;

[Trait("Category", "Fast")]
public sealed class ReorganizationTests
{
    private static readonly DateOnly On = new(2026, 7, 1);

    [Fact]
    public void Rename_KeepsTheFormerNameForDatesBeforeTheChange()
    {
        var unit = Unit.Create("KT", "Phòng Kinh tế", UnitKind.Department);

        Assert.True(unit.Rename("Phòng Kinh tế – Ngành", On).IsSuccess);

        Assert.Equal("Phòng Kinh tế", unit.NameOn(new DateOnly(2026, 6, 30)));
        Assert.Equal("Phòng Kinh tế – Ngành", unit.NameOn(On));
        Assert.Equal("Phòng Kinh tế", Assert.Single(unit.FormerNames).Name);
    }

    [Fact]
    public void Rename_ToTheSameName_Fails() =>
        Assert.Equal("organization.name_unchanged",
            Assert.Single(Unit.Create("KT", "Phòng Kinh tế", UnitKind.Department).Rename("Phòng Kinh tế", On).Errors).Code);

    [Fact]
    public void Merge_ClosesTheSourcesTheDayBefore_AndLinksEach()
    {
        var a = Unit.Create("A", "Phòng A", UnitKind.Department);
        var b = Unit.Create("B", "Phòng B", UnitKind.Department);
        var merged = Unit.Create("AB", "Phòng A-B", UnitKind.Department);

        var links = Reorganization.Merge([a, b], merged, On);

        Assert.Equal(2, links.Value.Count);
        Assert.All([a, b], u => Assert.Equal(new DateOnly(2026, 6, 30), u.ClosedOn!.Value));
        Assert.All(links.Value, l => Assert.Equal(UnitChangeKind.Merged, l.Kind));
    }

    [Fact]
    public void Merge_OfOneUnit_Fails() =>
        Assert.Equal("organization.merge_needs_two", Assert.Single(Reorganization.Merge(
            [Unit.Create("A", "Phòng A", UnitKind.Department)], Unit.Create("B", "B", UnitKind.Department), On).Errors).Code);

    [Fact]
    public void ClosedUnit_CannotBeMergedOrRenamedAgain()
    {
        var a = Unit.Create("A", "Phòng A", UnitKind.Department);
        var b = Unit.Create("B", "Phòng B", UnitKind.Department);
        Reorganization.Merge([a, b], Unit.Create("AB", "AB", UnitKind.Department), On);

        Assert.Equal("organization.unit_closed", Assert.Single(a.Rename("Mới", On).Errors).Code);
        Assert.False(Reorganization.Split(b, [Unit.Create("X", "X", UnitKind.Department), Unit.Create("Y", "Y", UnitKind.Department)], On).IsSuccess);
    }

    [Fact]
    public void LineageOf_FollowsMergersAndSplitsBackToEveryAncestor()
    {
        UnitLineage[] links = [.. Reorganization.Merge(
            [Stored(1), Stored(2)], Stored(3), On).Value, .. Reorganization.Split(Stored(3), [Stored(4), Stored(5)], On.AddYears(1)).Value];

        Assert.Equal([1, 2, 3, 4], Reorganization.LineageOf(4, links).Order());
        Assert.Equal([5], Reorganization.LineageOf(5, []).Order());
    }

    /// <summary>A successor inherits each predecessor's years that ended before the change; through a chain, the earliest change bounds.</summary>
    [Fact]
    public void InheritedYears_AreTheYearsBeforeEachChange()
    {
        UnitLineage[] links = [.. Reorganization.Merge(
            [Stored(1), Stored(2)], Stored(3), On).Value, .. Reorganization.Split(Stored(3), [Stored(4), Stored(5)], On.AddYears(1)).Value];

        var inherited = Reorganization.InheritedYears(4, links);

        Assert.Equal(2026, inherited[3]);
        Assert.Equal(2025, inherited[1]);
        Assert.Equal(2025, inherited[2]);
        Assert.False(inherited.ContainsKey(4));
        Assert.Empty(Reorganization.InheritedYears(1, links));
    }

    [Fact]
    public void Person_MovingToTheSameUnitAndPosition_Fails() =>
        Assert.Equal("organization.same_unit", Assert.Single(
            Person.Create("Lê Văn An", Gender.Male, 3, new DateOnly(2015, 1, 1), "Chuyên viên")
                .Transfer(3, "Chuyên viên", new DateOnly(2020, 1, 1)).Errors).Code);

    /// <summary>A unit as it comes back from the database, with the id the database gave it.</summary>
    private static Unit Stored(int id)
    {
        var unit = Unit.Create($"U{id}", $"Đơn vị {id}", UnitKind.Department);
        typeof(Unit).GetProperty(nameof(Unit.Id))!.SetValue(unit, id);
        return unit;
    }
}
