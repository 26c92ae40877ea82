using Emulation.Web.Documents;

namespace Emulation.Tests.Documents;

public sealed class AdministrativeTextTests
{
    [Theory]
    [InlineData(2026, 3, 5, "ngày 05 tháng 3 năm 2026")]
    [InlineData(2026, 1, 9, "ngày 09 tháng 01 năm 2026")]
    [InlineData(2026, 2, 28, "ngày 28 tháng 02 năm 2026")]
    [InlineData(2026, 12, 20, "ngày 20 tháng 12 năm 2026")]
    public void Date_PadsDaysBelowTenAndTheFirstTwoMonths(int year, int month, int day, string expected) =>
        Assert.Equal(expected, AdministrativeText.Date(new DateOnly(year, month, day)));

    [Theory]
    [InlineData("2880", "2.880")]
    [InlineData("98.5", "98,5")]
    [InlineData("98.00", "98")]
    [InlineData("1234567.25", "1.234.567,25")]
    public void Number_IsWrittenTheVietnameseWay(string value, string expected) =>
        Assert.Equal(expected, AdministrativeText.Number(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void OfficeDate_IsTheCalendarDayInVietnam() =>
        Assert.Equal(new DateOnly(2026, 3, 6),
            Emulation.Web.Services.OfficeTime.Date(new DateTimeOffset(2026, 3, 5, 18, 30, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData(2, 1, "2 cá nhân và 1 tập thể")]
    [InlineData(2, 0, "2 cá nhân")]
    [InlineData(0, 3, "3 tập thể")]
    [InlineData(1200, 0, "1.200 cá nhân")]
    public void Recipients_LeaveOutAKindWithNone(int people, int collectives, string expected) =>
        Assert.Equal(expected, AdministrativeText.Recipients(people, collectives));
}
