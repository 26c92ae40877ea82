using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Data.Auditing;
using Emulation.Web.Services;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Review;

/// <summary>Who may record and clear a unit's proceedings, the concurrency check and the audit trail.</summary>
public sealed class ProceedingsServiceTests : FreshAppTests
{
    private const int Campaign = 1;
    private const string Text = "Đang giải quyết đơn khiếu nại của công dân";

    [Fact]
    public async Task TheUnitsHead_AnotherUnitsHead_AndAnOfficerHeadingTheUnit_AreRefused_TheOfficerIsNot()
    {
        var unit = await App.UnitIdAsync("TH");
        var other = await App.UnitIdAsync("KT");
        var service = App.Service<ProceedingsService>();
        var since = await SinceAsync(service, unit);
        var officerHeadingTheUnit = new Actor("both", "both", new HashSet<string> { Roles.UnionOfficer, Roles.DepartmentHead }, unit);

        foreach (var refused in new[] { TestActors.HeadOf(unit), TestActors.HeadOf(other), officerHeadingTheUnit, TestActors.Leader })
        {
            await Assert.ThrowsAsync<AccessDeniedException>(() => service.RecordAsync(refused, Campaign, unit, Text, since, null));
        }

        await Assert.ThrowsAsync<AccessDeniedException>(() => service.GetAsync(TestActors.HeadOf(unit), Campaign, unit));
        Assert.False((await service.GetAsync(officerHeadingTheUnit, Campaign, unit))!.CanEdit);
        Assert.False((await service.GetAsync(TestActors.Leader, Campaign, unit))!.CanEdit);
        Assert.Null((await service.GetAsync(TestActors.Leader, Campaign, unit))!.Recorded);

        var recorded = await service.RecordAsync(TestActors.Officer, Campaign, unit, Text, since, null);

        Assert.True(recorded.IsSuccess, string.Join("; ", recorded.Errors));
        var view = (await service.GetAsync(TestActors.Leader, Campaign, unit))!;
        Assert.Equal((Text, since, TestActors.Officer.UserName), (view.Recorded!.Text, view.Recorded.Since, view.Recorded.RecordedBy));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.ClearAsync(TestActors.HeadOf(unit), Campaign, unit, view.Recorded.Version));
    }

    [Fact]
    public async Task AChangeMadeSinceTheCallerRead_IsRefused_AndEachChangeIsAudited()
    {
        var unit = await App.UnitIdAsync("KT");
        var service = App.Service<ProceedingsService>();
        var since = await SinceAsync(service, unit);
        Assert.True((await service.RecordAsync(TestActors.Officer, Campaign, unit, Text, since, null)).IsSuccess);
        var first = (await service.GetAsync(TestActors.Officer, Campaign, unit))!.Recorded!.Version;

        // Recorded again by someone who read nothing, then amended by one who read the first version.
        Assert.Equal(ConcurrencyErrors.Code, (await service.RecordAsync(TestActors.Officer, Campaign, unit, Text, since, null)).Errors.Single().Code);
        Assert.True((await service.RecordAsync(TestActors.Officer, Campaign, unit, "Thanh tra chuyên đề", since, first)).IsSuccess);
        Assert.Equal(ConcurrencyErrors.Code, (await service.ClearAsync(TestActors.Officer, Campaign, unit, first)).Errors.Single().Code);
        Assert.Equal("proceedings.text_required", (await service.RecordAsync(TestActors.Officer, Campaign, unit, " ", since,
            (await service.GetAsync(TestActors.Officer, Campaign, unit))!.Recorded!.Version)).Errors.Single().Code);

        var latest = (await service.GetAsync(TestActors.Officer, Campaign, unit))!.Recorded!.Version;
        Assert.True((await service.ClearAsync(TestActors.Officer, Campaign, unit, latest)).IsSuccess);
        Assert.Null((await service.GetAsync(TestActors.Officer, Campaign, unit))!.Recorded);

        await using var db = await App.DbAsync();
        var audited = await db.AuditEntries.AsNoTracking().Where(a => a.Entity == "UnitProceedings")
            .OrderBy(a => a.Id).Select(a => new { a.Action, a.UserName }).ToListAsync();
        Assert.Equal([AuditAction.Created, AuditAction.Updated, AuditAction.Deleted], audited.Select(a => a.Action));
        Assert.All(audited, a => Assert.Equal(TestActors.Officer.UserName, a.UserName));
    }

    private static async Task<DateOnly> SinceAsync(ProceedingsService service, int unit) =>
        new((await service.GetAsync(TestActors.Officer, Campaign, unit))!.Year, 6, 15);
}
