using Emulation.Domain.Common;
using Emulation.Domain.Pledges;

namespace Emulation.Domain.Results;

public static class ResultErrors
{
    public static DomainError Negative(string code) =>
        new("result.negative", $"The value for '{code}' cannot be negative.", code);

    public static DomainError TooLarge(string code) =>
        new("result.too_large", $"The value for '{code}' is implausibly large.", code);

    public static DomainError AboveMaxPoints(string code, decimal max) =>
        new("result.above_max_points", $"The council's points for '{code}' cannot exceed the criterion's maximum of {max.ToString(System.Globalization.CultureInfo.InvariantCulture)}.", code);

    public static DomainError NotYesNo(string code) =>
        new("result.not_yes_no", $"The value for '{code}' must be 1 (yes) or 0 (no).", code);

    public static DomainError Missing(string code) =>
        new("result.missing", $"A value for '{code}' is required before submitting.", code);

    public static DomainError PercentOutOfRange(string code) =>
        new("result.percent_out_of_range", $"The value for '{code}' is a percentage and must be between 0 and 100.", code);

    public static DomainError UnknownCriterion(string code) =>
        new("result.unknown_criterion", $"There is no criterion '{code}' in this campaign.", code);

    public static DomainError NotEditable(SubmissionStatus status) =>
        new("result.not_editable", $"The results are {status} and can no longer be changed.");

    public static DomainError TooFewMonthsToRate(int personId) =>
        new("staff.too_few_months_to_rate", "Under six months' work in the year: the person is not rated.", Id(personId));

    public static DomainError AbsenceCapsRating(int personId) =>
        new("staff.absence_caps_rating", "Three months of leave or more: the rating cannot be good or excellent.", Id(personId));

    public static DomainError InvalidDisciplinePeriod(int personId) =>
        new("staff.invalid_discipline_period",
            "A disciplinary period needs a start in the record's year and an end on or after it, and a discipline level.", Id(personId));

    public static DomainError DisciplineMeansNotCompleted(int personId) =>
        new("staff.discipline_means_not_completed", "A person disciplined in the year is rated 'not completed'.", Id(personId));

    public static DomainError InvalidFormerUnitMonths(int personId) =>
        new("staff.invalid_former_unit_months",
            "Months in the former unit must be between 0 and 12 and no more than the months worked.", Id(personId));

    public static DomainError MonthsReasonRequired(int personId, int monthsFromPositions) =>
        new("staff.months_reason_required",
            $"The months differ from the {monthsFromPositions} the positions give: say why.", Id(personId));

    public static DomainError MonthsReasonTooLong(int personId) =>
        new("staff.months_reason_too_long",
            $"The reason for the months can be at most {StaffYearResult.MonthsReasonMaxLength} characters.", Id(personId));

    public static DomainError InvalidMonths(int personId) =>
        new("staff.invalid_months", "Months worked and maternity leave must be between 0 and 12 in total.", Id(personId));

    /// <summary>
    /// More staff rated excellent than the cap allows (<see cref="ExcellentShare"/>); the code names the base, the facts
    /// are the counts and the cap. <paramref name="item"/> names the unit, when the error is a unit's.
    /// </summary>
    public static DomainError ExcellentShareExceeded(ExcellentShareVerdict verdict, string? item = null) =>
        new($"staff.excellent_share_exceeded.{BaseCode(verdict.Base)}",
            $"{verdict.Excellent} rated excellent, at most {verdict.Allowed} ({verdict.CapPercent.ToString(System.Globalization.CultureInfo.InvariantCulture)}% of {verdict.BaseCount}).", item)
        {
            Facts = DomainError.FactsOf(("excellent", verdict.Excellent), ("allowed", verdict.Allowed),
                ("capPercent", verdict.CapPercent), ("base", verdict.BaseCount)),
        };

    private static string BaseCode(Rules.ExcellentShareBase shareBase) => shareBase switch
    {
        Rules.ExcellentShareBase.Good => "good",
        Rules.ExcellentShareBase.AllRated => "all_rated",
        _ => "good_or_above",
    };

    private static string Id(int personId) => personId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
