using Emulation.Tests.Infrastructure;
using Emulation.Web.Services;

namespace Emulation.Tests.Components;

/// <summary>
/// The day the forms offer as today (a decision's date, a dossier's, a revocation's) is the office's, not the server's:
/// the approval page offered <see cref="DateTime.Today"/>, and a decision issued at 06:14 in Vietnam on a server kept at
/// UTC was dated the day before (walk39).
/// </summary>
[Trait("Category", "Fast")]
public sealed class OfficeTodayTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(23)]
    public void Today_IsTheOfficesDay_WhateverTheUtcDayIs(int officeHour)
    {
        var clock = SettableClock.OnOfficeDay(new DateOnly(2026, 12, 7), officeHour);

        Assert.Equal(new DateTime(2026, 12, 7), OfficeTime.Today(clock));
        Assert.Equal(TimeSpan.Zero, OfficeTime.Today(clock).TimeOfDay);
    }
}
