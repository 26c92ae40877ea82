using Emulation.Domain.Campaigns;
using Emulation.Domain.Pledges;
using Emulation.Tests.Infrastructure;
using Emulation.Tests.Staff;
using Emulation.Web.Data;
using Emulation.Web.Data.Seed;
using Emulation.Web.Services.Home;
using Emulation.Web.Services.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Home;

/// <summary>
/// The demo is started on whatever day the reviewers start it: the unit left unpledged on purpose has its pledge and
/// results still ahead, never "overdue" on the first day; the campaign is that day's year, with three lawful past years.
/// </summary>
public sealed class DemoStartTests
{
    [Theory]
    [InlineData("2026-01-10")]
    [InlineData("2026-03-31")]
    [InlineData("2026-06-15")]
    [InlineData("2026-12-05")]
    [InlineData("2026-12-31")]
    [InlineData("2028-02-29")]
    public void Schedule_PutsBothDeadlinesAhead_InOrder_AndTheCampaignLaunches(string day)
    {
        var today = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        var schedule = DemoSchedule.StartingOn(today);

        Assert.Equal(today.Year, schedule.CampaignYear);
        Assert.True(schedule.PledgeDeadline >= today.AddDays(DemoSchedule.PledgeLeadDays), $"pledge {schedule.PledgeDeadline}");
        Assert.True(schedule.ResultsDeadline > schedule.PledgeDeadline, $"results {schedule.ResultsDeadline}");
        Assert.True(schedule.RecentRecruitment <= today && schedule.RecentRecruitment.Year == today.Year);
        Assert.Equal([today.Year - 3, today.Year - 2, today.Year - 1], schedule.HistoryYears);
        var campaign = Campaign.Draft("Phong trào", schedule.CampaignYear, CampaignKind.Yearly, schedule.PledgeDeadline,
            schedule.ResultsDeadline);
        Assert.True(campaign.IsSuccess);
    }

    [Fact]
    public void Schedule_EarlyInTheYear_KeepsTheUsualDates()
    {
        var schedule = DemoSchedule.StartingOn(new DateOnly(2027, 2, 1));

        Assert.Equal((new DateOnly(2027, 3, 31), new DateOnly(2027, 12, 5)), (schedule.PledgeDeadline, schedule.ResultsDeadline));
    }

    [Fact]
    public async Task TheConfiguredStartDay_SeedsTheDemoAsOfThatDay_WhateverTheCalendarSays()
    {
        await using var app = new EmulationAppFactory((DemoStartDay.Key, "2031-06-15"));

        var schedule = await app.SeededScheduleAsync();

        Assert.Equal(2031, schedule.Year);
        Assert.Equal(new DateOnly(2031, 6, 29), schedule.PledgeDeadline);
    }

    [Theory]
    [InlineData("2026-12-05")]
    [InlineData("2027-05-20")]
    public async Task AFreshDemo_StartedOnAnyDay_LeavesTheDemoHeadWorkAhead_AndNoUnitLate(string day)
    {
        var today = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var clock = SettableClock.OnOfficeDay(today);
        await using var app = new EmulationAppFactory(("Emulation:SeedDemoData", "false"));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await ActivatorUtilities.CreateInstance<DemoDataSeeder>(scope.ServiceProvider, (TimeProvider)clock).SeedAsync();
        }

        var home = new HomeService(app.Service<IDbContextFactory<EmulationDbContext>>(), clock, app.Service<RuleSetService>());
        var th = await app.UnitIdAsync(DemoDataSeeder.DemoUnitCode);
        var head = Assert.Single(await home.HeadAsync(TestActors.HeadOf(th)));
        Assert.Equal(today.Year, (await app.SeededScheduleAsync()).Year);
        Assert.Equal(SubmissionStatus.Draft, head.DueStatus);
        Assert.True(head.PledgeDeadline > today && head.ResultsDeadline > head.PledgeDeadline,
            $"pledge {head.PledgeDeadline}, results {head.ResultsDeadline}, today {today}");
        var officer = Assert.Single((await home.OfficerAsync(TestActors.Officer)).Campaigns);
        Assert.True(officer.NextDeadline > today);
        Assert.DoesNotContain(officer.Units, u => u.Flag == UnitFlagKind.Late);
        // At the pledge stage the officer reviews the other ten units' pledges, and no results: they are not open yet.
        Assert.Equal(CampaignStatus.Launched, officer.Status);
        Assert.Equal(10, officer.AwaitingReview);

        await using var db = await app.DbAsync();
        Assert.False(await db.UnitResults.AnyAsync(r => r.Status != SubmissionStatus.Draft));
        var pledged = await db.Pledges.Select(p => p.SubmittedAt).ToListAsync();
        Assert.All(pledged, at => Assert.True(at < clock.GetUtcNow(), $"pledged {at}"));
        var units = await db.Units.Select(u => u.Id).ToListAsync();
        Assert.Empty(await RatingsOverCap.FindAsync(db, units));
        var years = await db.StaffYearResults.Select(s => s.Year).Distinct().OrderBy(y => y).ToListAsync();
        Assert.Equal([today.Year - 3, today.Year - 2, today.Year - 1, today.Year], years);
        Assert.True(await db.Awards.AllAsync(a => a.DecisionDate < today));
    }
}
