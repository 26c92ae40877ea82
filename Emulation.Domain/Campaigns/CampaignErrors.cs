using Emulation.Domain.Common;

namespace Emulation.Domain.Campaigns;

public static class CampaignErrors
{
    public static DomainError NotFound() => new("campaign.not_found", "No such campaign.");

    public static DomainError NoCriteria() =>
        new("campaign.no_criteria", "A campaign needs at least one scored criterion before it can be launched.");

    public static DomainError DuplicateCode(string code) =>
        new("campaign.duplicate_code", $"Criterion code '{code}' is used twice.", code);

    public static DomainError InvalidMaxPoints(string code) =>
        new("campaign.invalid_max_points", $"Criterion '{code}' needs maximum points greater than zero.", code);

    public static DomainError InvalidWeight(string code) =>
        new("campaign.invalid_weight", $"Criterion '{code}' needs a weight greater than zero.", code);

    public static DomainError WrongStatus(CampaignStatus actual, CampaignStatus expected) =>
        new("campaign.wrong_status", $"The campaign is {actual}; this step needs it to be {expected}.");

    public static DomainError PeriodOnlyForThematic() =>
        new("campaign.period_only_for_thematic", "Only a thematic or period campaign has dates of its own; a yearly one runs over its year.");

    public static DomainError PeriodIncomplete() =>
        new("campaign.period_incomplete", "A campaign's own period needs both its first and its last day.");

    /// <summary>The last day (<c>endsOn</c>) lies outside the campaign's year (<c>year</c>), the year it is summed up.</summary>
    public static DomainError PeriodMustEndInYear(DateOnly endsOn, int year) =>
        new("campaign.period_must_end_in_year", $"The campaign's last day {endsOn:yyyy-MM-dd} must lie in its year {year}.")
        {
            Facts = DomainError.FactsOf(("endsOn", endsOn), ("year", year)),
        };

    public static DomainError PeriodOutOfOrder(DateOnly startsOn, DateOnly endsOn) =>
        new("campaign.period_out_of_order", $"The campaign's first day {startsOn:yyyy-MM-dd} must be in 2000 or later and not after its last day {endsOn:yyyy-MM-dd}.")
        {
            Facts = DomainError.FactsOf(("startsOn", startsOn), ("endsOn", endsOn)),
        };

    public static DomainError PeriodMissing() =>
        new("campaign.period_missing", "A thematic or period campaign needs its first and last day before it can be launched.");

    /// <summary>An emulation title, given year by year, offered on a thematic or period campaign.</summary>
    public static DomainError TitleOnlyYearly(string title) =>
        new("campaign.title_only_yearly", $"'{title}' is an emulation title given year by year; a thematic or period campaign offers forms of commendation.", title);

    /// <summary>
    /// A nomination for a title the campaign's kind may not give, decided on although the council passed it (a nomination
    /// made before new ones were refused): the item is the title, the fact the nominee.
    /// </summary>
    public static DomainError TitleNotGivenByKind(string title, string nominee) =>
        new("campaign.title_not_given_by_kind",
            $"'{title}' for {nominee} is an emulation title given year by year; a thematic or period campaign cannot grant it, even after the council passed it.",
            title)
        {
            Facts = DomainError.FactsOf(("nominee", nominee)),
        };

    public static DomainError FlagOnlyForYearlyOrThematic() =>
        new("campaign.flag_only_yearly_or_thematic", "The Emulation Flag goes with a yearly campaign or a thematic one of three years or more, not with a period campaign.");

    public static DomainError InvalidYear(int year) =>
        new("campaign.invalid_year", $"Year {year} is outside 2000–2100.");

    /// <summary>A deadline (<paramref name="deadline"/>, the field's name) on <paramref name="day"/>, a year no campaign has.</summary>
    public static DomainError DeadlineOutOfRange(string deadline, DateOnly day) =>
        new("campaign.deadline_out_of_range", $"The {deadline} {day:yyyy-MM-dd} is outside {Campaign.MinYear}–{Campaign.MaxYear}.", deadline)
        {
            Facts = DomainError.FactsOf(("day", day)),
        };

    public static DomainError DeadlinesOutOfOrder() =>
        new("campaign.deadlines_out_of_order", "The results deadline cannot be before the pledge deadline.");

    /// <summary>The same refusal, with the two dates as facts (<c>pledgeDeadline</c>, <c>resultsDeadline</c>).</summary>
    public static DomainError DeadlinesOutOfOrder(DateOnly pledgeDeadline, DateOnly resultsDeadline) =>
        DeadlinesOutOfOrder() with { Facts = DomainError.FactsOf(("pledgeDeadline", pledgeDeadline), ("resultsDeadline", resultsDeadline)) };

    /// <summary>A launch refused: the scored criteria total <paramref name="total"/>, not <paramref name="scale"/>.</summary>
    public static DomainError ScoredTotalOutOfScale(decimal total, decimal scale) =>
        new("campaign.scored_total_out_of_scale", $"The scored criteria total {total} points; the table must total {scale}.")
        {
            Facts = DomainError.FactsOf(("total", total), ("scale", scale)),
        };

    public static DomainError NoTitleOffered() =>
        new("campaign.no_title_offered", "A campaign offers at least one title before it is launched.");

    public static DomainError PledgeDeadlineMissing() =>
        new("campaign.pledge_deadline_missing", "A campaign needs a pledge deadline before it is launched.");

    public static DomainError ResultsDeadlineMissing() =>
        new("campaign.results_deadline_missing", "A campaign needs a results deadline before it is launched.");

    public static DomainError NoUnits() =>
        new("campaign.no_units", "No unit is in any bloc: a launch would tell nobody.");

    public static DomainError EmptyBloc(string bloc) =>
        new("campaign.empty_bloc", $"Bloc '{bloc}' has no unit.", bloc);

    public static DomainError BandsMissing(string code) =>
        new("campaign.bands_missing", $"Criterion '{code}' is scored by bands but has none.", code);

    public static DomainError BandShareOutOfRange(string code) =>
        new("campaign.band_share_out_of_range", $"Criterion '{code}': a band's share of the maximum must be between 0 and 1.", code);

    public static DomainError BandRatioNotPositive(string code) =>
        new("campaign.band_ratio_not_positive", $"Criterion '{code}': a band's minimum ratio of the target must be greater than zero.", code);

    public static DomainError BandDuplicateRatio(string code) =>
        new("campaign.band_duplicate_ratio", $"Criterion '{code}': two bands start at the same ratio of the target.", code);

    public static DomainError TitleNotOffered(string title) =>
        new("campaign.title_not_offered", $"The campaign does not offer {title}.", title);

    public static DomainError QuotaOutOfRange(string title) =>
        new("campaign.quota_out_of_range", $"The quota for {title} must be above 0 and at most 100 percent.", title);

    public static DomainError AmendmentReasonRequired() =>
        new("campaign.amendment_reason_required", "An amendment needs a reason.");

    public static DomainError AmendmentNotAllowed(CampaignStatus status) =>
        new("campaign.amendment_not_allowed", $"The campaign is {status}; only a launched, open or reviewed campaign is amended.");

    public static DomainError TargetCriterionAfterPledges(string code) =>
        new("campaign.target_criterion_after_pledges",
            $"Criterion {code} needs a pledged target, but pledges are closed; add it as yes/no or council points.", code);

    public static DomainError CriterionNotFound(string code) =>
        new("campaign.criterion_not_found", $"There is no criterion '{code}'.", code);
}
