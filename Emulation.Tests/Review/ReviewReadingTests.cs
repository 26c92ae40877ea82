using Emulation.Tests.Accounts;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Submissions;

namespace Emulation.Tests.Review;

/// <summary>
/// One view of the review dashboard reads one kept evaluation (<see cref="ReviewDashboardService.ReadAsync"/>): a newer
/// one landing while the page is drawn changes nothing in it, and the next view shows the newer one. On the app's real
/// database, with its own app: these tests save a pledge.
/// </summary>
public sealed class ReviewReadingTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const int Campaign = 1;

    private static readonly Dictionary<string, decimal?> Targets = new()
    {
        ["VB_DEN"] = 100, ["VB_DI"] = 50, ["HOP"] = 10, ["TTHC"] = 5, ["DUNG_HAN"] = 98,
    };

    private ReviewDashboardService Dashboard => fixture.App.Service<ReviewDashboardService>();

    [Fact]
    public async Task AView_KeepsItsEvaluation_WhenAPledgeSavedMeanwhileLandsInTheNextView()
    {
        var unit = await fixture.App.UnitIdAsync("TH");
        var reading = (await Dashboard.ReadAsync(TestActors.Leader, Campaign))!;
        var evaluated = reading.Snapshot.Value;
        Assert.DoesNotContain(AllUnits(reading), r => r.UnitId == unit);

        var saved = await fixture.App.Service<SubmissionService>()
            .SavePledgeAsync(TestActors.HeadOf(unit), Campaign, unit, Targets, null, submit: false);
        Assert.True(saved.IsSuccess);
        await Dashboard.WhenUpdatedAsync(TestActors.Leader, Campaign);
        var next = (await Dashboard.ReadAsync(TestActors.Leader, Campaign))!;

        // The first view still draws every part from the evaluation it began with.
        Assert.Same(evaluated, reading.Snapshot.Value);
        Assert.DoesNotContain(AllUnits(reading), r => r.UnitId == unit);
        Assert.Equal(evaluated.LoadedAt, (await reading.SummaryAsync()).Value.EvaluatedAt);
        Assert.Null(reading.Scorecard(unit));
        // The next view shows the pledge in every part, and is not said to be updating.
        Assert.NotSame(evaluated, next.Snapshot.Value);
        Assert.Contains(AllUnits(next), r => r.UnitId == unit);
        Assert.NotNull(next.Scorecard(unit));
        var summary = (await next.SummaryAsync()).Value;
        Assert.False(summary.Updating);
        Assert.Equal(next.Snapshot.Value.LoadedAt, summary.EvaluatedAt);
    }

    [Fact]
    public async Task AnotherAgencysReaders_AreShownNoView_AndAHead_IsRefused()
    {
        var other = await fixture.App.SecondAgencyAsync("RR37");
        var head = TestActors.HeadOf(await fixture.App.UnitIdAsync("TH"));

        foreach (var reader in new[] { other.Leader, other.Council, other.Officer })
        {
            Assert.Null(await Dashboard.ReadAsync(reader, Campaign));
        }

        await Assert.ThrowsAsync<AccessDeniedException>(() => Dashboard.ReadAsync(head, Campaign));
        Assert.NotNull(await Dashboard.ReadAsync(TestActors.Council, Campaign));
    }

    private static IReadOnlyList<UnitRow> AllUnits(ReviewReading reading) =>
        reading.Units(new UnitQuery(PageSize: ReviewDashboardService.MaxPageSize)).Rows;
}
