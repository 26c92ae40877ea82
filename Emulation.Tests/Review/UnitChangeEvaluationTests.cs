using Emulation.Domain.Common;
using Emulation.Domain.Pledges;
using Emulation.Domain.Scoring;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Notifications;
using Emulation.Web.Services.Rules;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Emulation.Tests.Review;

/// <summary>
/// A change that names a unit (its pledge or results saved, submitted, reviewed) is evaluated from the kept input with
/// only that unit's figures read again; the answer must be the one a whole read of the campaign gives.
/// </summary>
public sealed class UnitChangeEvaluationTests : FreshAppTests
{
    private const int Campaign = 1;

    private static readonly Dictionary<string, decimal?> Targets = new()
    {
        ["VB_DEN"] = 140, ["VB_DI"] = 70, ["HOP"] = 14, ["TTHC"] = 9, ["DUNG_HAN"] = 99,
    };

    private readonly CountingEvaluationLogger _log = new();

    [Fact]
    public async Task EachReviewAndDraftOfOneUnit_IsEvaluatedFromTheKeptInput_AsAWholeReadWouldBe()
    {
        using var kept = Snapshots(_log);
        await AssertAsWholeReadAsync(kept);
        var progress = (await App.Service<ReviewService>().ProgressAsync(TestActors.Officer, Campaign))!.Rows;
        var submitted = progress.Where(p => p.ResultStatus == SubmissionStatus.Submitted).Select(p => p.UnitId).ToList();
        Assert.True(submitted.Count >= 3, "The demo campaign has three units with submitted results.");
        var pledged = submitted[2];
        var reviews = App.Service<ReviewService>();
        var campaigns = App.Service<CampaignService>();
        // Each step, and whether it names a unit (read again from the kept input) or not (the whole campaign read).
        var steps = new List<(Func<Task<Result>> Step, bool NamesAUnit)>
        {
            (() => reviews.AcceptAsync(TestActors.Officer, Campaign, submitted[0], SubmissionKind.Results), true),
            (() => reviews.ReturnAsync(TestActors.Officer, Campaign, submitted[1], SubmissionKind.Results, "Thiếu minh chứng"), true),
            (() => reviews.ReturnAsync(TestActors.Officer, Campaign, pledged, SubmissionKind.Pledge, "Chỉ tiêu thấp"), true),
            (() => SaveDraftTargetsAsync(pledged), true),
            (() => campaigns.MoveAsync(TestActors.Officer, Campaign, CampaignStep.OpenResults), false),
            (() => ResubmitResultsAsync(submitted[1]), true),
        };

        foreach (var (step, index) in steps.Select((s, i) => (s, i)))
        {
            var outcome = await step.Step();
            Assert.True(outcome.IsSuccess, $"step {index}: {string.Join("; ", outcome.Errors.Select(e => e.Message))}");
            var (_, progressCarried) = await AssertAsWholeReadAsync(kept);
            Assert.Equal(steps.Take(index + 1).Count(s => s.NamesAUnit), _log.FromKeptInput);
            Assert.Equal(steps[index].NamesAUnit, progressCarried);
        }

        Assert.Equal(steps.Count + 1, _log.Evaluations);
    }

    [Fact]
    public async Task AUnitsFirstPledge_OrAChangeNamingNoUnit_IsAWholeRead()
    {
        using var kept = Snapshots(_log);
        await AssertAsWholeReadAsync(kept);
        var unit = await App.UnitIdAsync("TH");

        var saved = await App.Service<SubmissionService>()
            .SavePledgeAsync(TestActors.HeadOf(unit), Campaign, unit, Targets, null, submit: false);
        Assert.True(saved.IsSuccess);
        var (afterFirstPledge, _) = await AssertAsWholeReadAsync(kept);
        await App.Service<SubmissionNotifier>().PublishAsync(Campaign, CampaignChangeKind.Edit);
        await AssertAsWholeReadAsync(kept);

        Assert.Contains(afterFirstPledge.Evaluation.UnitScores, s => s.UnitId == unit);
        Assert.Equal(3, _log.Evaluations);
        Assert.Equal(0, _log.FromKeptInput);
    }

    [Fact]
    public async Task MoreThanAThousandChangesWaiting_AreReadAsAWhole()
    {
        using var kept = Snapshots(_log);
        await AssertAsWholeReadAsync(kept);
        var unit = await App.UnitIdAsync("KT");
        var notifier = App.Service<SubmissionNotifier>();

        for (var change = 0; change <= 1_000; change++)
        {
            await notifier.PublishAsync(Campaign, CampaignChangeKind.Edit, unit);
        }

        await AssertAsWholeReadAsync(kept);
        Assert.Equal(2, _log.Evaluations);
        Assert.Equal(0, _log.FromKeptInput);
    }

    /// <summary>The head saves new targets on the unit's returned pledge, as a draft.</summary>
    private async Task<Result> SaveDraftTargetsAsync(int unitId)
    {
        var head = TestActors.HeadOf(unitId);
        var submissions = App.Service<SubmissionService>();
        var workspace = (await submissions.GetWorkspaceAsync(head, Campaign, unitId))!;
        return Outcome(await submissions.SavePledgeAsync(head, Campaign, unitId, Targets, workspace.PledgeVersion, submit: false));
    }

    /// <summary>The head sends the unit's returned results again, as they were.</summary>
    private async Task<Result> ResubmitResultsAsync(int unitId)
    {
        var head = TestActors.HeadOf(unitId);
        var submissions = App.Service<SubmissionService>();
        var workspace = (await submissions.GetWorkspaceAsync(head, Campaign, unitId))!;
        return Outcome(await submissions.SaveResultsAsync(head, Campaign, unitId,
            workspace.Lines.ToDictionary(l => l.Code, l => l.Value), workspace.ResultVersion, submit: true));
    }

    private static Result Outcome(Result<SavedSubmission> saved) => saved.IsSuccess ? Result.Success() : Result.Failure(saved.Errors);

    /// <summary>
    /// The kept keeper's next answer, which must equal a whole read's, figure by figure and verdict by verdict, and so
    /// must the parts the dashboard reads from it (progress counts, verdict counts and positions), which the answer may
    /// have carried from the last one; and whether its progress counts were carried (counted again by the reload).
    /// </summary>
    private async Task<(EvaluationSnapshot Answer, bool ProgressCarried)> AssertAsWholeReadAsync(EvaluationSnapshots kept)
    {
        var answer = (await kept.GetAsync(Campaign))!.Value;
        var progressCarried = answer.CountedProgress is not null;
        using var whole = Snapshots(NullLogger<EvaluationSnapshots>.Instance);
        var wholeAnswer = (await whole.EvaluateNowAsync(Campaign))!.Value;
        Assert.Equal(Fingerprint(wholeAnswer), Fingerprint(answer));
        Assert.Equal(await PartsAsync(wholeAnswer), await PartsAsync(answer));
        return (answer, progressCarried);
    }

    /// <summary>What the dashboard's views read of a snapshot besides the evaluation (each made, or carried, on first read).</summary>
    private async Task<string> PartsAsync(EvaluationSnapshot snapshot)
    {
        var progress = await snapshot.ProgressAsync(async () =>
        {
            await using var db = await App.Service<IDbContextFactory<EmulationDbContext>>().CreateDbContextAsync();
            return await MemberProgress.ReadAsync(db, Campaign);
        });
        return string.Join("\n",
        [
            .. progress.OrderBy(p => p.BlocId).ThenBy(p => p.UnitId).Select(p => p.ToString()),
            .. snapshot.Verdicts.Tallies.Select(t => t.ToString()),
            .. snapshot.RecommendedByUnit.OrderBy(u => u.Key).Select(u => $"recommended {u.Key}: {u.Value}"),
            .. Enum.GetValues<RecommendationStatus>().Select(status =>
                $"{status}: {string.Join(",", snapshot.Verdicts.Matching(null, status))}"),
            .. snapshot.UnitNames.Keys.Order().Select(u => $"unit {u}: {string.Join(",", snapshot.Verdicts.OfUnit(u))}"),
        ]);
    }

    private static string Fingerprint(EvaluationSnapshot snapshot) => string.Join("\n",
    [
        .. snapshot.Evaluation.UnitScores.Select(s => $"unit {s.UnitId}: {s.Total} of {s.ScoredMaximum}, {s.MissingCount} missing"),
        .. snapshot.Evaluation.Rankings.Select(r => $"rank {r.UnitId} in {r.BlocId}: {r.Rank}"),
        .. snapshot.Evaluation.Recommendations.Select(r => $"{r.PersonId}/{r.UnitId} {r.Title}: {r.Status}"),
        .. snapshot.Evaluation.SetAside.Select(s => $"set aside {s.UnitId}/{s.PersonId}: {string.Join(", ", s.Errors.Select(e => e.Code))}"),
    ]);

    /// <summary>A keeper of its own that hears the app's changes and waits for each fresh answer.</summary>
    private EvaluationSnapshots Snapshots(Microsoft.Extensions.Logging.ILogger<EvaluationSnapshots> logger) =>
        new(App.Service<IDbContextFactory<EmulationDbContext>>(), App.Service<RuleSetService>(), TimeProvider.System,
            App.Service<SubmissionNotifier>(), logger, Options.Create(new EvaluationOptions { FreshWait = TimeSpan.FromMinutes(1) }));
}
