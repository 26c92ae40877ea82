using Emulation.Domain.Organization;

namespace Emulation.Tests.Domain.Entities;

/// <summary>
/// A person's positions held (quá trình công tác): a transfer closes the current tenure and opens the next; history is
/// only ever added to, never before recruitment, and a person who left can no longer move.
/// </summary>
[Trait("Category", "Fast")]
public sealed class PersonTenureTests
{
    private static readonly DateOnly Recruited = new(2015, 3, 1);

    private static Person NewPerson() =>
        Person.Create("Lê Văn An", Gender.Male, unitId: 1, Recruited, "Chuyên viên", "TH-900", new DateOnly(1990, 5, 17));

    [Fact]
    public void Create_OpensTheFirstTenure_OnTheRecruitmentDay()
    {
        var person = NewPerson();

        var tenure = Assert.Single(person.Tenures);
        Assert.Equal((1, "Chuyên viên", Recruited, (DateOnly?)null), (tenure.UnitId, tenure.Position, tenure.From, tenure.To));
        Assert.True(person.IsActive);
    }

    /// <summary>
    /// The 2025 review counts someone who retired on 1 January 2025 or was recruited on 31 December 2025, and not
    /// someone who retired on 31 December 2024 or was recruited on 1 January 2026.
    /// </summary>
    [Theory]
    [InlineData("2024-12-31", false)]
    [InlineData("2025-01-01", true)]
    [InlineData("2025-09-30", true)]
    public void OnStaffDuring_AYear_CountsWhoeverLeftWithinOrAfterIt(string lastDay, bool member)
    {
        var person = NewPerson();
        Assert.True(person.Leave(LeaveReason.Retired, DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture),
            "Quyết định nghỉ hưu 15/QĐ-VP").IsSuccess);

        Assert.Equal(member, person.OnStaffDuring(2025));
    }

    [Theory]
    [InlineData("2025-12-31", true)]
    [InlineData("2026-01-01", false)]
    public void OnStaffDuring_AYear_NeedsRecruitmentByItsLastDay(string recruited, bool member)
    {
        var person = Person.Create("Trần Thị Bình", Gender.Female, unitId: 1,
            DateOnly.Parse(recruited, System.Globalization.CultureInfo.InvariantCulture), "Chuyên viên");

        Assert.Equal(member, person.OnStaffDuring(2025));
        Assert.True(person.OnStaffDuring(2026));
    }

    /// <summary>
    /// Moved from Phòng Tổng hợp (1) to Phòng Kinh tế (2) on 1 July 2025, then to Phòng Nội chính (3) on 1 January 2026:
    /// the new unit reviews 2025, the move at the turn of the year leaves 2025 to Phòng Kinh tế.
    /// </summary>
    [Fact]
    public void UnitInYear_IsTheUnitAtTheYearsEnd_SoATransferOnTheFirstOfJulyGoesToTheNewUnit()
    {
        var person = NewPerson();
        Assert.True(person.Transfer(2, "Chuyên viên", new DateOnly(2025, 7, 1)).IsSuccess);
        Assert.True(person.Transfer(3, "Chuyên viên chính", new DateOnly(2026, 1, 1)).IsSuccess);

        Assert.Equal((1, 2, 3), (person.UnitInYear(2024), person.UnitInYear(2025), person.UnitInYear(2026)));
    }

    [Fact]
    public void UnitInYear_OfSomeoneWhoLeftWithinIt_IsTheirUnitOnTheLastDay_AndNoneAfter()
    {
        var person = NewPerson();
        Assert.True(person.Transfer(2, "Chuyên viên", new DateOnly(2025, 3, 1)).IsSuccess);
        Assert.True(person.Leave(LeaveReason.Deceased, new DateOnly(2025, 10, 14), null).IsSuccess);

        Assert.Equal(2, person.UnitInYear(2025));
        Assert.Null(person.UnitInYear(2026));
    }

    [Fact]
    public void Transfer_ClosesTheCurrentTenureTheDayBefore_AndOpensTheNext()
    {
        var person = NewPerson();

        var moved = person.Transfer(2, "Phó trưởng phòng", new DateOnly(2020, 7, 1));

        Assert.True(moved.IsSuccess);
        Assert.Equal((2, "Phó trưởng phòng"), (person.UnitId, person.Position));
        Assert.Equal(new DateOnly(2020, 6, 30), person.Tenures[0].To);
        Assert.Equal((2, new DateOnly(2020, 7, 1), (DateOnly?)null), (person.Tenures[1].UnitId, person.Tenures[1].From, person.Tenures[1].To));
        Assert.Equal(1, person.TenureOn(new DateOnly(2020, 6, 30))!.UnitId);
        Assert.Equal(2, person.TenureOn(new DateOnly(2020, 7, 1))!.UnitId);
    }

    [Fact]
    public void Transfer_DatedBeforeRecruitment_IsRefusedByName()
    {
        var person = NewPerson();

        var moved = person.Transfer(2, "Chuyên viên", new DateOnly(2014, 12, 31));

        Assert.Equal("organization.transfer_before_recruitment", Assert.Single(moved.Errors).Code);
        Assert.Equal(1, person.UnitId);
        Assert.Single(person.Tenures);
    }

    [Fact]
    public void Transfer_DatedOnOrBeforeTheCurrentTenureBegan_IsRefused()
    {
        var person = NewPerson();
        Assert.True(person.Transfer(2, "Chuyên viên", new DateOnly(2020, 1, 1)).IsSuccess);

        var back = person.Transfer(3, "Chuyên viên", new DateOnly(2019, 6, 1));

        Assert.Equal("organization.transfer_before_current_tenure", Assert.Single(back.Errors).Code);
        Assert.Equal(2, person.Tenures.Count);
    }

    [Fact]
    public void Transfer_ToTheSameUnit_WithANewPosition_IsAPromotion()
    {
        var person = NewPerson();

        Assert.True(person.Transfer(1, "Trưởng phòng", new DateOnly(2021, 1, 1)).IsSuccess);

        Assert.Equal(["Chuyên viên", "Trưởng phòng"], person.Tenures.Select(t => t.Position));
    }

    [Fact]
    public void Leave_KeepsTheHistory_ClosesTheTenure_AndStopsTransfers()
    {
        var person = NewPerson();

        var left = person.Leave(LeaveReason.Retired, new DateOnly(2025, 12, 31), "Quyết định 12/QĐ-VP");

        Assert.True(left.IsSuccess);
        Assert.False(person.IsActive);
        Assert.Equal((LeaveReason.Retired, new DateOnly(2025, 12, 31)), (person.LeaveReason!.Value, person.LeftOn!.Value));
        Assert.Equal(new DateOnly(2025, 12, 31), Assert.Single(person.Tenures).To);
        Assert.Equal("organization.person_left",
            Assert.Single(person.Transfer(2, "Chuyên viên", new DateOnly(2026, 1, 1)).Errors).Code);
        Assert.Equal("organization.person_left", Assert.Single(person.Leave(LeaveReason.MovedOut, new DateOnly(2026, 1, 1), null).Errors).Code);
    }

    [Fact]
    public void Leave_BeforeTheCurrentTenureBegan_IsRefused()
    {
        var person = NewPerson();
        person.Transfer(2, "Chuyên viên", new DateOnly(2020, 1, 1));

        Assert.Equal("organization.leave_before_current_tenure",
            Assert.Single(person.Leave(LeaveReason.MovedOut, new DateOnly(2019, 12, 1), null).Errors).Code);
        Assert.True(person.IsActive);
    }

    [Fact]
    public void PastTenure_BeforeRecruitment_IsRefusedByName()
    {
        var person = NewPerson();
        person.Transfer(1, "Phó trưởng phòng", new DateOnly(2020, 1, 1));

        var added = person.AddPastTenure(1, "Nhân viên", new DateOnly(2014, 1, 1), new DateOnly(2015, 6, 30));

        Assert.Equal("organization.tenure_before_recruitment", Assert.Single(added.Errors).Code);
    }

    [Fact]
    public void PastTenure_FromRecruitment_TakesItsTimeFromTheFirstTenure()
    {
        // Recruited in 2015 as an officer; the file says specialist only from 2018.
        var person = NewPerson();

        var added = person.AddPastTenure(1, "Cán sự", Recruited, new DateOnly(2017, 12, 31));

        Assert.True(added.IsSuccess);
        var inTime = person.Tenures.OrderBy(t => t.From).ToList();
        Assert.Equal(["Cán sự", "Chuyên viên"], inTime.Select(t => t.Position));
        Assert.Equal(new DateOnly(2018, 1, 1), inTime[1].From);
        Assert.Equal("Cán sự", person.TenureOn(new DateOnly(2016, 1, 1))!.Position);
    }

    [Fact]
    public void PastTenure_OverlappingAnother_OrEndingBeforeItBegins_IsRefused()
    {
        var person = NewPerson();
        person.Transfer(2, "Trưởng phòng", new DateOnly(2022, 1, 1));

        Assert.Equal("organization.tenure_overlaps",
            Assert.Single(person.AddPastTenure(3, "Cán sự", new DateOnly(2016, 1, 1), new DateOnly(2016, 12, 31)).Errors).Code);
        Assert.Equal("organization.tenure_overlaps",
            Assert.Single(person.AddPastTenure(3, "Cán sự", Recruited, new DateOnly(2023, 1, 1)).Errors).Code);
        Assert.Equal("organization.tenure_ends_before_start",
            Assert.Single(person.AddPastTenure(3, "Cán sự", new DateOnly(2016, 1, 1), new DateOnly(2015, 12, 31)).Errors).Code);
        Assert.Equal(2, person.Tenures.Count);
    }

    [Fact]
    public void Correct_MovingRecruitmentAfterALaterTenureBegan_IsRefused_AndEarlierMovesTheFirstTenure()
    {
        var person = NewPerson();
        person.Transfer(2, "Chuyên viên", new DateOnly(2020, 1, 1));

        Assert.Equal("organization.tenure_before_recruitment",
            Assert.Single(person.Correct("Lê Văn An", Gender.Male, new DateOnly(2021, 1, 1)).Errors).Code);
        Assert.True(person.Correct("Lê Văn An", Gender.Male, new DateOnly(2014, 9, 1)).IsSuccess);
        Assert.Equal(new DateOnly(2014, 9, 1), person.Tenures[0].From);
    }

    [Fact]
    public void Correct_WithADateOfBirthNotBeforeRecruitment_IsRefused()
    {
        var person = NewPerson();

        Assert.Equal("organization.born_after_recruitment",
            Assert.Single(person.Correct("Lê Văn An", Gender.Male, Recruited, Recruited).Errors).Code);
        Assert.Equal(new DateOnly(1990, 5, 17), person.DateOfBirth);
    }

    [Fact]
    public void FollowMergedUnit_OpensATenureInTheSuccessor_FromTheMergerDay()
    {
        var person = NewPerson();

        person.FollowMergedUnit(9, new DateOnly(2025, 7, 1));

        Assert.Equal(9, person.UnitId);
        Assert.Equal([1, 9], person.Tenures.Select(t => t.UnitId));
        Assert.Equal(new DateOnly(2025, 6, 30), person.Tenures[0].To);
    }
}
