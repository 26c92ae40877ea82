using Emulation.Domain.Common;

namespace Emulation.Domain.Rules;

public static class RuleSetErrors
{
    public static DomainError NoneInForce(DateOnly date, string jurisdiction) =>
        new("rules.none_in_force", $"No rule set is in force on {date:yyyy-MM-dd} for '{jurisdiction}'.", jurisdiction);

    /// <summary>
    /// A campaign's year with no rule set in force on its 31 December (a year before Law 06/2022 took effect, or a province
    /// whose own rules lapsed): nothing of that year can be evaluated until an administrator adds one.
    /// </summary>
    public static DomainError NoneForYear(int year, string jurisdiction) =>
        new("rules.none_for_year", $"No rule set is in force for the year {year} in '{jurisdiction}': the campaigns of that year cannot be evaluated until an administrator adds one.", jurisdiction)
        {
            Facts = DomainError.FactsOf(("year", year)),
        };

    public static DomainError InvalidShare(string setting) =>
        new("rules.invalid_share", $"Setting '{setting}' must be a share between 0 and 1 with a positive denominator.", setting);

    public static DomainError InvalidQuota(string title) =>
        new("rules.invalid_quota", $"The quota for '{title}' must be between 0% and 100%.", title);

    /// <summary>The cap on excellent ratings outside 0–100%, or an exceptional cap below the ordinary one.</summary>
    public static DomainError InvalidExcellentShare() =>
        new("rules.invalid_excellent_share", "The cap on excellent ratings must be between 0% and 100%, the exceptional cap no lower than the ordinary one.", "ExcellentShare");

    /// <summary>A title listed twice, or proposed from a level above the one that decides it.</summary>
    public static DomainError InvalidGranting(string title) =>
        new("rules.invalid_granting", $"The granting authority of '{title}' is listed twice or proposed from above the level that decides it.", title);

    /// <summary>A form listed twice for sudden awards, or with nobody who may propose it.</summary>
    public static DomainError InvalidSudden(string title) =>
        new("rules.invalid_sudden", $"The sudden-award form '{title}' is listed twice or names nobody who may propose it.", title);

    /// <summary>A long-service form listed twice, with no position, no term, or a share outside 0 to 1.</summary>
    public static DomainError InvalidLongService(string title) =>
        new("rules.invalid_long_service", $"The long-service form '{title}' is listed twice, names no position, or has no term or share.", title);

    /// <summary>A year-end deadline that is not a day of every year (a month outside 1–12, 31 April, 29 February).</summary>
    public static DomainError InvalidYearEnd() =>
        new("rules.invalid_year_end", "The year-end deadlines must be days every year has.", "YearEnd");

    /// <summary>A percentage setting (a collective's score as a share of its scored maximum) outside 0–100%.</summary>
    public static DomainError InvalidPercent(string setting) =>
        new("rules.invalid_percent", $"Setting '{setting}' must be between 0% and 100%.", setting);

    /// <summary>A ratio every target must reach (the flag's "vượt mức") that is not above zero.</summary>
    public static DomainError InvalidRatio(string setting) =>
        new("rules.invalid_ratio", $"Setting '{setting}' must be above zero.", setting);

    public static DomainError InvalidCount(string setting) =>
        new("rules.invalid_count", $"Setting '{setting}' must be zero or more.", setting);

    public static DomainError InvalidPeriod(string id) =>
        new("rules.invalid_period", $"Rule set '{id}' ends before it starts.", id);

    /// <summary>A streak or a count of years outside 1 to <see cref="RuleSetValidator.MaxYears"/>, or a count within a streak longer than the streak.</summary>
    public static DomainError InvalidStreak(string setting) =>
        new("rules.invalid_streak", $"Setting '{setting}' must be a number of years from 1 to {RuleSetValidator.MaxYears}, and no more than the years it is counted within.", setting)
        {
            Facts = DomainError.FactsOf(("max", RuleSetValidator.MaxYears)),
        };

    /// <summary>A council threshold of no vote at all, or a title listed twice among the thresholds or the consultations.</summary>
    public static DomainError InvalidThreshold(string title) =>
        new("rules.invalid_threshold", $"The vote threshold or consultation of '{title}' is listed twice, needs no vote, or is longer than {RuleSetValidator.MaxConsultationDays} working days.", title)
        {
            Facts = DomainError.FactsOf(("maxDays", RuleSetValidator.MaxConsultationDays)),
        };

    /// <summary>A cash multiplier below zero, above the largest any form carries, with more than two decimals, or listed twice.</summary>
    public static DomainError InvalidMultiplier(string title) =>
        new("rules.invalid_multiplier", $"The cash multiplier of '{title}' must be from 0 to {RuleSetValidator.MaxMultiplier} with at most two decimals, once per title.", title)
        {
            Facts = DomainError.FactsOf(("max", RuleSetValidator.MaxMultiplier)),
        };

    /// <summary>A base salary that is not a positive whole number of đồng, or two from the same day.</summary>
    public static DomainError InvalidBaseSalary(string day) =>
        new("rules.invalid_base_salary", $"The base salary from {day} must be a whole number of đồng above zero, one per day.", day);

    /// <summary>A scope the setting cannot be counted in (the cap on excellent ratings is counted per unit or over the agency).</summary>
    public static DomainError InvalidScope(string setting) =>
        new("rules.invalid_scope", $"Setting '{setting}' cannot be counted bloc by bloc.", setting);
}
