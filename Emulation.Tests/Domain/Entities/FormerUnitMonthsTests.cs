using Emulation.Domain.Organization;

namespace Emulation.Tests.Domain.Entities;

/// <summary>
/// Months of a year spent in a former unit, read from a person's positions: counted from January (or the recruitment
/// month) to the month before arriving in the reviewing unit; a merger into it or a move in an earlier year is none.
/// </summary>
[Trait("Category", "Fast")]
public sealed class FormerUnitMonthsTests
{
    private const int Former = 1;
    private const int Reviewing = 2;

    private static Person MovedOn(DateOnly on, DateOnly? recruited = null)
    {
        var person = Person.Create("Trần Thị Bình", Gender.Female, Former, recruited ?? new DateOnly(2015, 3, 1), "Chuyên viên");
        Assert.True(person.Transfer(Reviewing, "Chuyên viên", on).IsSuccess);
        return person;
    }

    [Theory]
    [InlineData(7, 1, 6)]
    [InlineData(7, 15, 6)]
    [InlineData(3, 1, 2)]
    [InlineData(1, 1, 0)]
    public void MonthsBeforeTheMonthOfArrival_AreTheFormerUnits(int month, int day, int expected) =>
        Assert.Equal(expected, MovedOn(new DateOnly(2026, month, day)).MonthsInFormerUnitIn(2026, u => u == Reviewing));

    [Fact]
    public void RecruitedWithinTheYear_CountsFromTheRecruitmentMonth() =>
        Assert.Equal(5, MovedOn(new DateOnly(2026, 9, 1), new DateOnly(2026, 4, 10)).MonthsInFormerUnitIn(2026, u => u == Reviewing));

    [Fact]
    public void AMoveInAnEarlierYear_OrAMergerIntoTheReviewingUnit_IsNoTransferThisYear()
    {
        Assert.Equal(0, MovedOn(new DateOnly(2025, 7, 1)).MonthsInFormerUnitIn(2026, u => u == Reviewing));
        Assert.Equal(0, MovedOn(new DateOnly(2026, 7, 1)).MonthsInFormerUnitIn(2026, u => u is Reviewing or Former));

        var merged = Person.Create("Lê Văn An", Gender.Male, Former, new DateOnly(2015, 3, 1), "Chuyên viên");
        merged.FollowMergedUnit(Reviewing, new DateOnly(2026, 7, 1));
        Assert.Equal(0, merged.MonthsInFormerUnitIn(2026, u => u is Reviewing or Former));
    }

    [Fact]
    public void SomeoneStillInTheFormerUnit_HasNoMonthsThere_ForTheReviewingUnit() =>
        Assert.Equal(0, Person.Create("Phạm Minh", Gender.Male, Former, new DateOnly(2015, 3, 1), "Chuyên viên")
            .MonthsInFormerUnitIn(2026, u => u == Reviewing));
}
