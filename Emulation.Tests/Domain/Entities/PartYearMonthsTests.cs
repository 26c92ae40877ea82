using Emulation.Domain.Awards;
using Emulation.Domain.Organization;
using Emulation.Domain.Results;
using Emulation.Tests.Domain.Builders;
using Emulation.Tests.Domain.Eligibility;

namespace Emulation.Tests.Domain.Entities;

/// <summary>
/// Part-year staff: a year broken by a leaving is counted from the positions unless the head records another figure,
/// which needs a reason; the explanation says where the months came from.
/// </summary>
[Trait("Category", "Fast")]
public sealed class PartYearMonthsTests
{
    /// <summary>Left on 31 March, back on 1 July 2026: nine months on the staff.</summary>
    private static YearOnStaff NineMonths()
    {
        var person = Person.Create("Trần Thị Về", Gender.Female, 1, new DateOnly(2015, 3, 1), "Chuyên viên", "NV-VE");
        Assert.True(person.Leave(LeaveReason.Resigned, new DateOnly(2026, 3, 31), null).IsSuccess);
        Assert.True(person.Return(new DateOnly(2026, 7, 1), 1, "Chuyên viên").IsSuccess);
        return person.OnStaffIn(2026);
    }

    private static StaffYearResult Recorded(int worked, int maternity = 0, int leave = 0)
    {
        var record = StaffYearResult.Start(7, 1, 2026);
        Assert.True(record.Record(QualityRating.Good, worked, maternity, DisciplineLevel.None, InitiativeLevel.None, leaveMonths: leave).IsSuccess);
        return record;
    }

    [Fact]
    public void AFigureOtherThanThePositions_WithoutAReason_IsRefused()
    {
        var record = Recorded(worked: 12);

        var explained = record.ExplainMonths(9, "  ");

        Assert.Equal("staff.months_reason_required", Assert.Single(explained.Errors).Code);
    }

    [Fact]
    public void AFigureOtherThanThePositions_KeepsTheReason_AndIsTheOneRead()
    {
        var record = Recorded(worked: 11);

        Assert.True(record.ExplainMonths(9, " Biệt phái về Sở Nội vụ, vẫn hưởng lương ").IsSuccess);

        Assert.Equal("Biệt phái về Sở Nội vụ, vẫn hưởng lương", record.MonthsWorkedReason);
        Assert.False(record.FollowsPositions(NineMonths()));
        Assert.Equal(11, record.MonthsWorkedGiven(NineMonths()));
    }

    [Fact]
    public void TheSameFigureAsThePositions_KeepsNoReason()
    {
        var record = Recorded(worked: 11);
        Assert.True(record.ExplainMonths(9, "Biệt phái").IsSuccess);
        Assert.True(record.Record(QualityRating.Good, 7, 2, DisciplineLevel.None, InitiativeLevel.None).IsSuccess);

        Assert.True(record.ExplainMonths(9, "Biệt phái").IsSuccess);

        Assert.Null(record.MonthsWorkedReason);
    }

    [Fact]
    public void AReasonLongerThanTheLimit_IsRefused()
    {
        var record = Recorded(worked: 12);

        var explained = record.ExplainMonths(9, new string('x', StaffYearResult.MonthsReasonMaxLength + 1));

        Assert.Equal("staff.months_reason_too_long", Assert.Single(explained.Errors).Code);
    }

    [Fact]
    public void WithoutAFigureOfTheHeadsOwn_TheMonthsComeFromThePositions_LessMaternityAndLeave()
    {
        // Saved as a whole year before the leaving was entered: the positions now give nine months.
        var record = Recorded(worked: 10, maternity: 2);

        Assert.True(record.FollowsPositions(NineMonths()));
        Assert.Equal(9 - 2, record.MonthsWorkedGiven(NineMonths()));
    }

    [Fact]
    public void AnUnbrokenYear_KeepsTheRecordedMonths()
    {
        var record = Recorded(worked: 10, leave: 2);
        var whole = YearOnStaff.From(2026, [(new DateOnly(2015, 3, 1), null)]);

        Assert.False(record.FollowsPositions(whole));
        Assert.Equal(10, record.MonthsWorkedGiven(whole));
    }

    [Fact]
    public void TheExplanation_SaysTheMonthsCameFromThePositions()
    {
        var person = new PersonBuilder(1).Worked(9).MonthsFromPositions();

        var working = AdvancedWorkerTests.Verdict(person, Title.AdvancedWorker).Conditions.Single(c => c.Code == "aw.working_time");

        Assert.Equal("monthsFrom.positions", working.Facts.Single(f => f.Name == "monthsFrom").Value);
        Assert.Equal("", working.Facts.Single(f => f.Name == "monthsReason").Value);
    }

    [Fact]
    public void TheExplanation_CarriesTheHeadsReason()
    {
        var person = new PersonBuilder(1).Worked(11).MonthsRecordedBecause("Biệt phái");

        var working = AdvancedWorkerTests.Verdict(person, Title.AdvancedWorker).Conditions.Single(c => c.Code == "aw.working_time");

        Assert.Equal(("monthsFrom.head", "Biệt phái"),
            (working.Facts.Single(f => f.Name == "monthsFrom").Value, working.Facts.Single(f => f.Name == "monthsReason").Value));
    }
}
