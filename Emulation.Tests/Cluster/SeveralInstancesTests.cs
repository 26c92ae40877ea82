using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Emulation.Domain.Pledges;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data.Seed;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Notifications;
using Emulation.Web.Services.Submissions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Cluster;

/// <summary>
/// Two instances of the app on one database, as behind a load balancer. A starts first (migrates, seeds, creates
/// the Data Protection key), then B, so the order is the one a rolling start gives.
/// </summary>
public sealed partial class SeveralInstancesTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly Dictionary<string, decimal?> Targets = new()
    {
        ["VB_DEN"] = 100, ["VB_DI"] = 50, ["HOP"] = 10, ["TTHC"] = 5, ["DUNG_HAN"] = 98,
    };

    private readonly EmulationAppFactory _a = new(EmulationAppFactory.DatabaseFeed);
    private EmulationAppFactory _b = null!;

    public ValueTask InitializeAsync()
    {
        _ = _a.Services;
        _b = new EmulationAppFactory(("Database:SqlitePath", _a.DatabasePath), EmulationAppFactory.DatabaseFeed);
        _ = _b.Services;
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _b.DisposeAsync();
        await _a.DisposeAsync();
    }

    [Fact]
    public async Task BothInstances_ShareTheOneDataProtectionKey_TheFirstOneCreated()
    {
        await using var db = await _a.DbAsync();

        Assert.Single(await db.DataProtectionKeys.ToListAsync());
    }

    [Fact]
    public async Task SignInOnA_IsValidOnB()
    {
        var cookies = new CookieContainer();
        using var onA = _a.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var onB = _b.CreateDefaultClient(new CookieContainerHandler(cookies));

        var login = await onA.PostLoginAsync("congdoan", DemoDataSeeder.DemoPassword);
        var page = await onB.GetAsync("/campaigns");

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Phong trào thi đua", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AntiforgeryTokenFromA_IsAcceptedByB()
    {
        var cookies = new CookieContainer();
        using var onA = _a.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var onB = _b.CreateDefaultClient(new CookieContainerHandler(cookies));
        var form = await onA.GetStringAsync("/account/login");
        var token = WebUtility.HtmlDecode(AntiforgeryField().Match(form).Groups["token"].Value);

        var login = await onB.PostAsync("/account/login", LoginForm(token));
        var forged = await onB.PostAsync("/account/login", LoginForm(token[..^4] + "AAAA"));

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task SubmissionOnA_ReachesViewsOnB_AndEachInstanceHearsEveryChangeOnce()
    {
        var unitId = await _a.UnitIdAsync("TH");
        var heardOnA = 0;
        var heardOnB = 0;
        var bHeard = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onA = _a.Service<SubmissionNotifier>().Subscribe(1, () =>
        {
            Interlocked.Increment(ref heardOnA);
            return Task.CompletedTask;
        });
        using var onB = _b.Service<SubmissionNotifier>().Subscribe(1, () =>
        {
            Interlocked.Increment(ref heardOnB);
            bHeard.TrySetResult();
            return Task.CompletedTask;
        });

        var submitted = await _a.Service<SubmissionService>()
            .SavePledgeAsync(TestActors.HeadOf(unitId), 1, unitId, Targets, null, submit: true);
        var sinceSave = Stopwatch.StartNew();
        await bHeard.Task.WaitAsync(TimeSpan.FromSeconds(10));
        output.WriteLine($"B heard A's submission {sinceSave.ElapsedMilliseconds} ms after it was saved");
        var accepted = await _b.Service<ReviewService>().AcceptAsync(TestActors.Officer, 1, unitId, SubmissionKind.Pledge);
        await BarrierAsync(_a, _b);
        await BarrierAsync(_b, _a);

        Assert.True(submitted.IsSuccess);
        Assert.True(accepted.IsSuccess);
        Assert.Equal(2, heardOnA);
        Assert.Equal(2, heardOnB);
    }

    [Fact]
    public async Task ReturnedResultsOnB_RefreshTheEvaluationKeptOnA()
    {
        Assert.IsType<DatabaseChangeFeed>(_a.Service<ICampaignChangeFeed>());
        var unitId = (await _a.Service<ReviewService>().ProgressAsync(TestActors.Officer, 1))!.Rows
            .First(p => p.ResultStatus == SubmissionStatus.Submitted).UnitId;
        var before = await UnitRowOnAAsync(unitId);

        var returned = await _b.Service<ReviewService>()
            .ReturnAsync(TestActors.Officer, 1, unitId, SubmissionKind.Results, "Thiếu minh chứng");
        await BarrierAsync(_b, _a);

        Assert.True(returned.IsSuccess);
        Assert.NotNull(before);
        Assert.NotEqual(before, await UnitRowOnAAsync(unitId));
    }

    [Fact]
    public async Task AChangeOnB_ArrivesOnA_NamingItsUnit()
    {
        var heard = new List<CampaignChange>();
        using var every = _a.Service<SubmissionNotifier>().SubscribeToEveryCampaign(change =>
        {
            lock (heard)
            {
                heard.Add(change);
            }

            return Task.CompletedTask;
        });
        var th = await _a.UnitIdAsync("TH");
        var kt = await _a.UnitIdAsync("KT");

        await _b.Service<SubmissionNotifier>().PublishAsync(1, CampaignChangeKind.Edit, th);
        await _b.Service<SubmissionNotifier>().PublishAsync(1, CampaignChangeKind.Submission, kt);
        await BarrierAsync(_b, _a);

        // Whether both came in one poll or two, each arrives with its unit, so A's evaluation reads only those units.
        lock (heard)
        {
            Assert.Equal([new CampaignChange(1, CampaignChangeKind.Edit, th), new CampaignChange(1, CampaignChangeKind.Submission, kt)],
                heard.Where(c => c.CampaignId == 1).OrderBy(c => c.UnitId == kt));
        }
    }

    private async Task<UnitRow?> UnitRowOnAAsync(int unitId) =>
        (await _a.Service<ReviewDashboardService>().UnitsAsync(TestActors.Council, 1,
            new UnitQuery(PageSize: ReviewDashboardService.MaxPageSize))).Rows.SingleOrDefault(r => r.UnitId == unitId);

    /// <summary>
    /// Waits until <paramref name="to"/> has read every change <paramref name="from"/> wrote so far: pollers read
    /// in id order, so once a marker change sent after them arrives, any duplicate of the earlier ones would have too.
    /// </summary>
    private static async Task BarrierAsync(EmulationAppFactory from, EmulationAppFactory to)
    {
        const int markerCampaign = -1;
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = to.Service<SubmissionNotifier>().Subscribe(markerCampaign, () =>
        {
            arrived.TrySetResult();
            return Task.CompletedTask;
        });
        await from.Service<SubmissionNotifier>().PublishAsync(markerCampaign);
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private static FormUrlEncodedContent LoginForm(string token) => new(new Dictionary<string, string>
    {
        ["_handler"] = "login",
        ["__RequestVerificationToken"] = token,
        ["Input.UserName"] = "congdoan",
        ["Input.Password"] = DemoDataSeeder.DemoPassword,
    });

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
