using Emulation.Domain.Organization;

namespace Emulation.Tests.Domain.Entities;

/// <summary>
/// A person marked as left comes back: the day after their last day in the same place undoes the leaving; a later day
/// opens a new position, and a whole year between the two is a year away, in no unit's review.
/// </summary>
[Trait("Category", "Fast")]
public sealed class PersonReturnTests
{
    private static readonly DateOnly LastDay = new(2024, 3, 31);

    private static Person LeftPerson()
    {
        var person = Person.Create("Trần Thị Về", Gender.Female, 1, new DateOnly(2015, 3, 1), "Chuyên viên", "NV-VE");
        Assert.True(person.Leave(LeaveReason.MovedOut, LastDay, "QĐ 5").IsSuccess);
        return person;
    }

    [Fact]
    public void Return_TheDayAfterLeaving_InTheSamePlace_UndoesTheLeaving()
    {
        var person = LeftPerson();

        Assert.True(person.Return(LastDay.AddDays(1), 1, "Chuyên viên").IsSuccess);

        Assert.True(person.IsActive);
        Assert.Null(person.LeaveReason);
        Assert.Null(person.LeaveNote);
        var tenure = Assert.Single(person.Tenures);
        Assert.Null(tenure.To);
        Assert.True(person.OnStaffDuring(2025));
    }

    [Fact]
    public void Return_AfterTimeAway_OpensANewPosition_AndAWholeYearAwayIsInNoReview()
    {
        var person = LeftPerson();

        Assert.True(person.Return(new DateOnly(2026, 1, 5), 2, "Phó Trưởng phòng").IsSuccess);

        Assert.Equal((2, "Phó Trưởng phòng"), (person.UnitId, person.Position));
        Assert.Equal([(new DateOnly(2015, 3, 1), (DateOnly?)LastDay), (new DateOnly(2026, 1, 5), null)],
            person.Tenures.OrderBy(t => t.From).Select(t => (t.From, t.To)));
        Assert.True(person.OnStaffDuring(2024));
        Assert.False(person.OnStaffDuring(2025));
        Assert.True(person.OnStaffDuring(2026));
        Assert.Null(person.UnitInYear(2025));
        Assert.Equal(2, person.UnitInYear(2026));
    }

    [Fact]
    public void Return_IsRefused_ForSomeoneOnTheStaff_OnOrBeforeTheLastDay_AndWithoutAPosition()
    {
        var active = Person.Create("Lê Văn Ở", Gender.Male, 1, new DateOnly(2015, 3, 1), "Chuyên viên");
        var left = LeftPerson();

        Assert.Equal("organization.person_not_left", Assert.Single(active.Return(new DateOnly(2026, 1, 1), 1, "Chuyên viên").Errors).Code);
        Assert.Equal("organization.return_before_leaving", Assert.Single(left.Return(LastDay, 1, "Chuyên viên").Errors).Code);
        Assert.Equal("organization.position_required", Assert.Single(left.Return(new DateOnly(2026, 1, 1), 1, " ").Errors).Code);
        Assert.False(left.IsActive);
    }
}
