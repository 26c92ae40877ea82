using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Domain.Rules;

namespace Emulation.Domain.Proposals;

/// <summary>
/// The year's end worked back from the day proposal dossiers are due at the province (<see cref="YearEndDeadlines"/>: before
/// 10 December, while staff ratings are due before 15 December, so "ratings must be finalisable earlier"): the last working
/// day the dossier can leave, the council meeting on it by then, the list published early enough for the public
/// consultation the titles need to close before the council meets (<see cref="Consultations.Consultation"/>), and so the
/// last day the staff ratings must be final. Pure: the days off come in as data.
/// </summary>
/// <param name="SendBy">The last working day before the dossiers are due.</param>
/// <param name="CouncilBy">The last day the council can meet on the nominees: the day the dossier leaves, with its minutes.</param>
/// <param name="ConsultationDays">The longest consultation window among the titles going up; null when none needs one.</param>
/// <param name="PublishBy">The last working day the list can be published for its window to close before <see cref="CouncilBy"/>.</param>
/// <param name="RatingsBy">The last day the staff ratings must be final: the publication day, or without a consultation the working day before the council.</param>
/// <param name="RatingsDueInPractice">The last day the practice deadline for ratings leaves (the day before it).</param>
public sealed record DossierSchedule(DateOnly DossiersBefore, DateOnly SendBy, DateOnly CouncilBy, int? ConsultationDays,
    DateOnly? PublishBy, DateOnly RatingsBy, DateOnly RatingsDueInPractice, string Source)
{
    /// <summary>The practice deadline for ratings leaves them open after the day they must be final.</summary>
    public bool RatingsDueTooLate => RatingsDueInPractice > RatingsBy;

    /// <summary>
    /// The schedule of <paramref name="year"/> for a campaign offering <paramref name="titles"/>; null when every one of
    /// them is decided by the agency's head, so no dossier goes up.
    /// </summary>
    public static DossierSchedule? For(int year, IEnumerable<Title> titles, RuleSet rules, IReadOnlySet<DateOnly> daysOff)
    {
        ArgumentNullException.ThrowIfNull(titles);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(daysOff);
        var goingUp = titles.Where(t => !rules.Granting.AgencyDecides(t)).Distinct().ToList();
        if (goingUp.Count == 0)
        {
            return null;
        }

        var deadlines = rules.YearEnd;
        var before = deadlines.DossiersBefore(year);
        var sendBy = WorkingDayBefore(before, daysOff);
        int? days = goingUp.Select(rules.Council.ConsultationDaysFor).Where(d => d > 0).Max();
        DateOnly? publishBy = days is { } n ? LatestPublication(sendBy, n, daysOff) : null;
        return new DossierSchedule(before, sendBy, sendBy, days, publishBy, publishBy ?? WorkingDayBefore(sendBy, daysOff),
            deadlines.RatingsBefore(year).AddDays(-1), deadlines.Source);
    }

    /// <summary>A campaign's results deadline (the staff ratings with it) after <see cref="RatingsBy"/> leaves the dossier no time.</summary>
    public DomainError? Check(DateOnly? resultsDeadline) =>
        resultsDeadline is { } deadline && deadline > RatingsBy ? ProposalErrors.ResultsAfterSchedule(deadline, this) : null;

    private static DateOnly WorkingDayBefore(DateOnly day, IReadOnlySet<DateOnly> daysOff)
    {
        var d = day.AddDays(-1);
        while (!WorkingDays.IsWorkingDay(d, daysOff))
        {
            d = d.AddDays(-1);
        }

        return d;
    }

    /// <summary>The latest working day whose window of <paramref name="days"/> working days ends before <paramref name="councilBy"/>.</summary>
    private static DateOnly LatestPublication(DateOnly councilBy, int days, IReadOnlySet<DateOnly> daysOff)
    {
        var d = WorkingDayBefore(councilBy, daysOff);
        while (WorkingDays.LastDayOfWindow(d, days, daysOff) >= councilBy)
        {
            d = WorkingDayBefore(d, daysOff);
        }

        return d;
    }
}
