using Emulation.Domain.Awards;
using Emulation.Domain.Proposals;
using Emulation.Domain.Rules;

namespace Emulation.Tests.Domain.Proposals;

/// <summary>
/// DOMAIN: staff quality ratings are due before 15 December and dossiers to the provincial Department of Home Affairs before
/// 10 December; "these conflict: ratings must be finalisable earlier". Worked back from the dossier deadline of 2026
/// (Thursday 10 December), through the council and the public consultation the titles need, to the day the ratings must
/// be final. 2026 is used for its calendar; the deadlines are rule-set data.
/// </summary>
[Trait("Category", "Fast")]
public sealed class DossierScheduleTests
{
    private static readonly RuleSet Rules = RuleSetCatalog.Decree152;
    private static readonly IReadOnlySet<DateOnly> NoDaysOff = new HashSet<DateOnly>();

    private static DateOnly Day(int month, int day) => new(2026, month, day);

    /// <summary>
    /// Chiến sĩ thi đua cấp tỉnh goes up and needs 10 working days of public consultation: the dossier leaves by Wednesday
    /// 9 December, the council meets by then, so the list is published by Tuesday 24 November (its window, 25 November to
    /// 8 December, closes before the council) and the ratings are final by that day, three weeks before the practice's
    /// 15 December.
    /// </summary>
    [Fact]
    public void AProvincialFighterNominee_NeedsTheRatingsByThe24thOfNovember_NotThe15thOfDecember()
    {
        var schedule = DossierSchedule.For(2026, [Title.AdvancedWorker, Title.GrassrootsEmulationFighter, Title.ProvincialEmulationFighter],
            Rules, NoDaysOff)!;

        Assert.Equal((Day(12, 10), Day(12, 9), Day(12, 9)), (schedule.DossiersBefore, schedule.SendBy, schedule.CouncilBy));
        Assert.Equal((10, Day(11, 24), Day(11, 24)), (schedule.ConsultationDays, schedule.PublishBy, schedule.RatingsBy));
        Assert.Equal(Day(12, 8), WorkingDays.LastDayOfWindow(schedule.PublishBy!.Value, 10, NoDaysOff));
        Assert.True(WorkingDays.LastDayOfWindow(Day(11, 25), 10, NoDaysOff) >= schedule.CouncilBy);
        Assert.Equal((Day(12, 14), true), (schedule.RatingsDueInPractice, schedule.RatingsDueTooLate));
        Assert.Contains("10/12", schedule.Source, StringComparison.Ordinal);
    }

    /// <summary>Titles that go up without a consultation: the ratings are final the working day before the council, Tuesday 8 December.</summary>
    [Fact]
    public void TitlesGoingUpWithoutAConsultation_NeedTheRatingsTheWorkingDayBeforeTheCouncil()
    {
        var schedule = DossierSchedule.For(2026, [Title.ProvincialCertificateOfMerit, Title.ExcellentLabourCollective], Rules, NoDaysOff)!;

        Assert.Equal(((int?)null, (DateOnly?)null, Day(12, 8)), (schedule.ConsultationDays, schedule.PublishBy, schedule.RatingsBy));
        Assert.True(schedule.RatingsDueTooLate);
    }

    /// <summary>Only titles the agency's head decides: no dossier goes up, so no schedule binds the ratings.</summary>
    [Fact]
    public void OnlyTitlesTheAgencyDecides_SendNoDossier()
    {
        Assert.Null(DossierSchedule.For(2026, [Title.AdvancedWorker, Title.GrassrootsEmulationFighter, Title.AdvancedLabourCollective,
            Title.CertificateOfCommendation], Rules, NoDaysOff));
    }

    /// <summary>A day off inside the window (here 1 December) moves the publication, and the ratings, a working day earlier.</summary>
    [Fact]
    public void ADayOffInsideTheWindow_MovesTheRatingsAWorkingDayEarlier()
    {
        var schedule = DossierSchedule.For(2026, [Title.ProvincialEmulationFighter], Rules, new HashSet<DateOnly> { Day(12, 1) })!;

        Assert.Equal((Day(11, 23), Day(11, 23)), (schedule.PublishBy, schedule.RatingsBy));
    }

    /// <summary>
    /// The campaign's results deadline, the staff ratings with it: 15 December leaves no time and is named with the days;
    /// 24 November is the last that does; 25 November is one day late.
    /// </summary>
    [Fact]
    public void AResultsDeadlineAfterTheDayTheRatingsMustBeFinal_IsNamedWithTheSchedule()
    {
        var schedule = DossierSchedule.For(2026, [Title.ProvincialEmulationFighter], Rules, NoDaysOff)!;

        var late = schedule.Check(Day(12, 15))!;

        Assert.Equal(("proposal.results_after_schedule", "15/12/2026"), (late.Code, late.Item));
        Assert.Equal(new object[] { "24/11/2026", "09/12/2026", 10 }, late.Facts.Select(f => f.Value));
        Assert.Null(schedule.Check(Day(11, 24)));
        Assert.NotNull(schedule.Check(Day(11, 25)));
        Assert.Null(schedule.Check(null));
    }

    /// <summary>
    /// A province that wants dossiers before 20 December (a Sunday) and ratings before 20 November: the dossier leaves on
    /// Friday 18 December, the list is published by Thursday 3 December, and ratings due by 19 November are in time.
    /// </summary>
    [Fact]
    public void AProvincesOwnDeadlines_AreRuleSetData()
    {
        var province = Rules.DeriveFor("HP", "HP-2026", 1, "Hải Phòng", "QĐ 212/2025/QĐ-UBND") with
        {
            YearEnd = new YearEndDeadlines { DossiersBeforeMonth = 12, DossiersBeforeDay = 20, RatingsBeforeMonth = 11, RatingsBeforeDay = 20 },
        };

        var schedule = DossierSchedule.For(2026, [Title.ProvincialEmulationFighter], province, NoDaysOff)!;

        Assert.Equal((Day(12, 18), Day(12, 3)), (schedule.SendBy, schedule.RatingsBy));
        Assert.Equal((Day(11, 19), false), (schedule.RatingsDueInPractice, schedule.RatingsDueTooLate));
        Assert.Empty(RuleSetValidator.Validate(province));
    }

    [Theory]
    [InlineData(2, 29)]
    [InlineData(4, 31)]
    [InlineData(13, 1)]
    [InlineData(12, 0)]
    public void RuleSetValidator_RefusesAYearEndDeadlineThatIsNotADayOfEveryYear(int month, int day)
    {
        var rules = Rules with { YearEnd = new YearEndDeadlines { DossiersBeforeMonth = month, DossiersBeforeDay = day } };

        Assert.Contains(RuleSetValidator.Validate(rules), e => e.Code == "rules.invalid_year_end");
    }

    [Fact]
    public void BothCatalogueRuleSets_CarryThePracticesDeadlines_AsUnconfirmed()
    {
        Assert.All(RuleSetCatalog.All, r =>
        {
            Assert.Equal((12, 15, 12, 10), (r.YearEnd.RatingsBeforeMonth, r.YearEnd.RatingsBeforeDay, r.YearEnd.DossiersBeforeMonth, r.YearEnd.DossiersBeforeDay));
            Assert.Contains(r.UnconfirmedSettings, s => s.StartsWith("Year-end deadlines", StringComparison.Ordinal));
            Assert.Empty(RuleSetValidator.Validate(r));
        });
    }
}
