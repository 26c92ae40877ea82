namespace Emulation.Web.Data.Seed;

/// <summary>
/// The demo's calendar, worked out from the day it is first started: the campaign is that year's, its history the three
/// years before, and the deadlines of the work the demo head's unit is left to do (pledge, then results) lie ahead of
/// that day, so that the demo never opens on work already overdue. Early in the year these are the usual 31 March and
/// 5 December; later, the pledge is due two weeks on and the results a month after it (into the next year if need be).
/// </summary>
public sealed record DemoSchedule(int CampaignYear, DateOnly PledgeDeadline, DateOnly ResultsDeadline, DateOnly RecentRecruitment)
{
    public const int PledgeLeadDays = 14;

    public const int ResultsAfterPledgeDays = 30;

    /// <summary>The past years whose ratings and awards the demo carries.</summary>
    public IReadOnlyList<int> HistoryYears => [CampaignYear - 3, CampaignYear - 2, CampaignYear - 1];

    public static DemoSchedule StartingOn(DateOnly today)
    {
        var year = today.Year;
        var pledge = Later(new DateOnly(year, 3, 31), today.AddDays(PledgeLeadDays));
        var results = Later(new DateOnly(year, 12, 5), pledge.AddDays(ResultsAfterPledgeDays));
        // Two recruits of the year show the rule on less than six months worked: 1 August when that day has come, else
        // the first of this month (no one is recruited in the future).
        var recruited = Earlier(new DateOnly(year, 8, 1), new DateOnly(year, today.Month, 1));
        return new DemoSchedule(year, pledge, results, recruited);
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;
}
