using Emulation.Domain.Campaigns;
using Emulation.Domain.Pledges;
using Emulation.Domain.Results;

namespace Emulation.Tests.Domain.Entities;

[Trait("Category", "Fast")]
public sealed class SubmissionTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 8, 0, 0, TimeSpan.FromHours(7));

    private static readonly IReadOnlyList<Criterion> Table =
    [
        Criterion.Scored("VB", "Văn bản", "I", 50, "văn bản"),
        Criterion.Scored("DUNG_HAN", "Đúng hạn", "II", 30, "%"),
        Criterion.Scored("PT", "Phong trào", "III", 20, "có/không", ScoringMethod.YesNo),
        Criterion.Penalty("TRE", "Trễ hạn", 1, 10, "văn bản"),
    ];

    [Fact]
    public void Pledge_NeedsATargetForEveryTargetedCriterion()
    {
        var pledge = Pledge.Start(1, 1);

        var set = pledge.SetTargets(Table, new Dictionary<string, decimal?> { ["VB"] = 100 });

        var error = Assert.Single(set.Errors);
        Assert.Equal(("pledge.missing_target", "DUNG_HAN"), (error.Code, error.Item));
        Assert.Empty(pledge.Targets);
    }

    [Fact]
    public void Pledge_OnceSubmitted_CannotChange()
    {
        var pledge = Pledge.Start(1, 1);
        pledge.SetTargets(Table, new Dictionary<string, decimal?> { ["VB"] = 100, ["DUNG_HAN"] = 98 });
        pledge.Submit("tp.th", At);

        Assert.Equal("pledge.not_editable", Assert.Single(pledge.SetTargets(Table,
            new Dictionary<string, decimal?> { ["VB"] = 1, ["DUNG_HAN"] = 1 }).Errors).Code);
        Assert.Equal(100m, pledge.TargetFor("VB"));
    }

    [Theory]
    [InlineData("VB", -1, "result.negative")]
    [InlineData("VB", 2_000_000_000, "result.too_large")]
    [InlineData("PT", 2, "result.not_yes_no")]
    [InlineData("DUNG_HAN", 101, "result.percent_out_of_range")]
    public void Result_OutOfRange_IsRefusedNamingTheCriterion(string code, decimal value, string expected)
    {
        var result = UnitResult.Start(1, 1);

        var recorded = result.Record(Table, new Dictionary<string, decimal?> { [code] = value });

        var error = Assert.Single(recorded.Errors);
        Assert.Equal((expected, code), (error.Code, error.Item));
        Assert.Empty(result.Values);
    }

    [Fact]
    public void Result_WithAnUnknownCode_IsRefused() =>
        Assert.Equal("result.unknown_criterion", Assert.Single(UnitResult.Start(1, 1)
            .Record(Table, new Dictionary<string, decimal?> { ["XYZ"] = 1 }).Errors).Code);

    [Fact]
    public void Result_SubmitWithMissingScoredValues_ListsEachMissing_ButNotPenalties()
    {
        var result = UnitResult.Start(1, 1);
        result.Record(Table, new Dictionary<string, decimal?> { ["VB"] = 10 });

        var submitted = result.Submit(Table, "tp.th", At);

        Assert.Equal(["DUNG_HAN", "PT"], submitted.Errors.Select(e => e.Item));
        Assert.Equal(SubmissionStatus.Draft, result.Status);
    }

    [Theory]
    [InlineData(5, 0, 0, QualityRating.Good, "staff.too_few_months_to_rate")]
    [InlineData(9, 0, 3, QualityRating.Excellent, "staff.absence_caps_rating")]
    [InlineData(7, 0, 5, QualityRating.Good, "staff.absence_caps_rating")]
    [InlineData(6, 0, 6, QualityRating.Good, "staff.absence_caps_rating")]
    [InlineData(5, 0, 7, QualityRating.Completed, "staff.too_few_months_to_rate")]
    [InlineData(10, 3, 0, QualityRating.Good, "staff.invalid_months")]
    [InlineData(8, 2, 3, QualityRating.Good, "staff.invalid_months")]
    public void StaffYear_BreakingDecree90Art2_3_IsRefused(int worked, int maternity, int leave, QualityRating rating, string expected) =>
        Assert.Equal(expected, Assert.Single(StaffYearResult.Start(7, 1, 2026)
            .Record(rating, worked, maternity, DisciplineLevel.None, InitiativeLevel.None, leaveMonths: leave).Errors).Code);

    /// <summary>Decree 90/2020 Art. 2(3): months before recruitment are not leave; recruited 4 May, eight months at work may be "good".</summary>
    [Theory]
    [InlineData(8, QualityRating.Good)]
    [InlineData(8, QualityRating.Excellent)]
    [InlineData(6, QualityRating.Good)]
    public void StaffYear_Decree90Art2_3_RecruitedMidYearWithoutLeave_MayBeRatedGood(int worked, QualityRating rating)
    {
        var record = StaffYearResult.Start(7, 1, 2026);

        Assert.True(record.Record(rating, worked, 0, DisciplineLevel.None, InitiativeLevel.None).IsSuccess);
        Assert.Equal(0, record.LeaveMonths);
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void StaffYear_Decree90Art2_3_OnlyLeaveCapsTheRating(int leave, bool good)
    {
        var record = StaffYearResult.Start(7, 1, 2026);

        Assert.Equal(good, record.Record(QualityRating.Good, 12 - leave, 0, DisciplineLevel.None, InitiativeLevel.None,
            leaveMonths: leave).IsSuccess);
    }

    [Fact]
    public void StaffYear_Circular01Art1_5_MaternityInjuryOrTrainingIsNotLeave()
    {
        var record = StaffYearResult.Start(7, 1, 2026);

        Assert.True(record.Record(QualityRating.Good, 7, 5, DisciplineLevel.None, InitiativeLevel.None).IsSuccess);
    }

    [Fact]
    public void StaffYear_Decree152Art4_4_KeepsTheDisciplinaryPeriod()
    {
        var record = StaffYearResult.Start(7, 1, 2026);
        record.Record(QualityRating.NotCompleted, 12, 0, DisciplineLevel.Reprimand, InitiativeLevel.None);

        Assert.True(record.RecordDisciplinePeriod(new DateOnly(2026, 3, 1), new DateOnly(2027, 2, 28)).IsSuccess);
        Assert.Equal(new DateOnly(2027, 2, 28), record.DisciplineTo);
        Assert.Equal("staff.invalid_discipline_period",
            Assert.Single(record.RecordDisciplinePeriod(new DateOnly(2026, 3, 1), new DateOnly(2026, 2, 1)).Errors).Code);
    }

    [Fact]
    public void StaffYear_MaternityLeaveCountsAsWorkingTime()
    {
        var record = StaffYearResult.Start(7, 1, 2026);

        Assert.True(record.Record(QualityRating.Excellent, 6, 6, DisciplineLevel.None, InitiativeLevel.None).IsSuccess);
    }

    [Fact]
    public void StaffYear_Disciplined_MustBeRatedNotCompleted() =>
        Assert.Equal("staff.discipline_means_not_completed", Assert.Single(StaffYearResult.Start(7, 1, 2026)
            .Record(QualityRating.Good, 12, 0, DisciplineLevel.Reprimand, InitiativeLevel.None).Errors).Code);
}
