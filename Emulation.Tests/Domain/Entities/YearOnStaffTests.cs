using Emulation.Domain.Organization;

namespace Emulation.Tests.Domain.Entities;

/// <summary>
/// The months a person worked in a year, read from their positions: a return within the year counts the months on
/// either side of the time away, each month with a day on the staff whole; a transfer is no break.
/// </summary>
[Trait("Category", "Fast")]
public sealed class YearOnStaffTests
{
    private static Person OnStaffSince2015() =>
        Person.Create("Trần Thị Về", Gender.Female, 1, new DateOnly(2015, 3, 1), "Chuyên viên", "NV-VE");

    [Fact]
    public void AWholeYearOnTheStaff_IsTwelveMonths_WithoutABreak()
    {
        var year = OnStaffSince2015().OnStaffIn(2026);

        Assert.Equal(12, year.Months);
        Assert.False(year.Interrupted);
    }

    [Fact]
    public void LeavingOn31March_AndComingBackOn1July_IsNineMonths_InTwoStretches()
    {
        var person = OnStaffSince2015();
        Assert.True(person.Leave(LeaveReason.Resigned, new DateOnly(2026, 3, 31), null).IsSuccess);
        Assert.True(person.Return(new DateOnly(2026, 7, 1), 1, "Chuyên viên").IsSuccess);

        var year = person.OnStaffIn(2026);

        Assert.Equal(9, year.Months);
        Assert.True(year.Interrupted);
        Assert.Equal(
            [new StaffPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)), new StaffPeriod(new DateOnly(2026, 7, 1), new DateOnly(2026, 12, 31))],
            year.Periods);
    }

    [Fact]
    public void TheMonthsOfLeavingAndOfComingBack_CountWhole()
    {
        var person = OnStaffSince2015();
        Assert.True(person.Leave(LeaveReason.Resigned, new DateOnly(2026, 3, 10), null).IsSuccess);
        Assert.True(person.Return(new DateOnly(2026, 6, 20), 1, "Chuyên viên").IsSuccess);

        Assert.Equal(3 + 7, person.OnStaffIn(2026).Months);
    }

    [Fact]
    public void RecruitedWithinTheYear_CountsTheRecruitmentMonth_ToDecember()
    {
        var person = Person.Create("Lê Văn Mới", Gender.Male, 1, new DateOnly(2026, 5, 4), "Chuyên viên");

        Assert.Equal(8, person.OnStaffIn(2026).Months);
    }

    [Fact]
    public void ATransferWithinTheYear_IsNoBreak()
    {
        var person = OnStaffSince2015();
        Assert.True(person.Transfer(2, "Chuyên viên", new DateOnly(2026, 7, 1)).IsSuccess);

        var year = person.OnStaffIn(2026);

        Assert.Equal(12, year.Months);
        Assert.Single(year.Periods);
        Assert.False(year.Interrupted);
    }

    [Fact]
    public void LeftAndNotBack_CountsTheMonthsToTheLastDay()
    {
        var person = OnStaffSince2015();
        Assert.True(person.Leave(LeaveReason.Retired, new DateOnly(2026, 8, 15), null).IsSuccess);

        var year = person.OnStaffIn(2026);

        Assert.Equal(8, year.Months);
        Assert.True(year.Interrupted);
    }
}
