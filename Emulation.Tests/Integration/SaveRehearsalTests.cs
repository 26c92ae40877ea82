using System.Globalization;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Notifications;
using Emulation.Web.Services.Submissions;
using Emulation.Web.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Emulation.Tests.Integration;

/// <summary>
/// The start-up rehearsal of a head's saves (<see cref="SaveRehearsal"/>, run by <see cref="SavePathWarmUp"/>) goes through
/// every kind of save the service makes, and keeps nothing: no pledge, results or staff record, no audit entry, no change
/// notification for other instances, no inbox item, and no change heard by this instance's views or evaluations.
/// </summary>
public sealed class SaveRehearsalTests() : FreshAppTests(EmulationAppFactory.DatabaseFeed)
{
    [Fact]
    public async Task TheRehearsal_SavesEveryKind_AndKeepsNothing_AndTellsNobody()
    {
        await App.Service<CampaignService>().LaunchWithOneCriterionAsync("Phong trào diễn tập lưu");
        var heard = new List<CampaignChange>();
        using var listening = App.Service<SubmissionNotifier>().SubscribeToEveryCampaign(change =>
        {
            lock (heard)
            {
                heard.Add(change);
            }

            return Task.CompletedTask;
        });
        var before = await FingerprintAsync();

        var rehearsed = await SavePathWarmUp.RehearseAsync(App.Services);

        Assert.Subset(rehearsed.ToHashSet(), new HashSet<string> { "pledge draft", "pledge submitted", "staff year" });
        Assert.DoesNotContain(rehearsed, kind => kind.Contains("refused", StringComparison.Ordinal));
        Assert.Equal(before, await FingerprintAsync());
        Assert.Empty(heard);
    }

    [Fact]
    public async Task TheWarmUp_RunsOnceTheAppHasStarted_WhenOn()
    {
        await using var app = new EmulationAppFactory((SavePathWarmUp.EnabledKey, "true"));
        var warmUp = Assert.Single(app.Services.GetServices<IHostedService>().OfType<SavePathWarmUp>());

        await warmUp.ExecuteTask!.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(warmUp.ExecuteTask.IsCompletedSuccessfully);
        Assert.Empty(App.Services.GetServices<IHostedService>().OfType<SavePathWarmUp>());
    }

    /// <summary>Every row a save or its news could write, counted, and each pledge's status and version.</summary>
    private async Task<string> FingerprintAsync()
    {
        await using var db = await App.DbAsync();
        var pledges = await db.Pledges.AsNoTracking().OrderBy(p => p.Id)
            .Select(p => $"{p.Id}:{p.Status}:{EF.Property<Guid>(p, EmulationDbContext.VersionProperty)}").ToListAsync();
        int[] counts =
        [
            await db.AuditEntries.CountAsync(), await db.ChangeNotifications.CountAsync(), await db.InboxNotifications.CountAsync(),
            await db.OutboxEmails.CountAsync(), await db.UnitResults.CountAsync(), await db.StaffYearResults.CountAsync(),
        ];
        return string.Join("|", counts.Select(c => c.ToString(CultureInfo.InvariantCulture)).Concat(pledges));
    }
}
