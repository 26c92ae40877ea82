using Emulation.Domain.Pledges;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services;
using Emulation.Web.Services.Submissions;

namespace Emulation.Tests.Integration;

/// <summary>Submit → the officer returns with a reason → the unit fixes and resubmits → the officer accepts.</summary>
public sealed class ReviewTests : FreshAppTests
{
    private int _unitId;

    private static readonly Dictionary<string, decimal?> Targets = new()
    {
        ["VB_DEN"] = 100, ["VB_DI"] = 50, ["HOP"] = 10, ["TTHC"] = 5, ["DUNG_HAN"] = 98,
    };

    public override async ValueTask InitializeAsync() => _unitId = await App.UnitIdAsync("TH");

    [Fact]
    public async Task Pledge_ReturnedThenResubmitted_IsAccepted_AndEveryStepIsVisibleInProgress()
    {
        var submissions = App.Service<SubmissionService>();
        var reviews = App.Service<ReviewService>();
        var head = TestActors.HeadOf(_unitId);
        var published = 0;
        using var subscription = App.Service<SubmissionNotifier>().Subscribe(1, () =>
        {
            Interlocked.Increment(ref published);
            return Task.CompletedTask;
        });

        Assert.True((await submissions.SavePledgeAsync(head, 1, _unitId, Targets, null, submit: true)).IsSuccess);
        Assert.True((await reviews.ReturnAsync(TestActors.Officer, 1, _unitId, SubmissionKind.Pledge, "Thiếu chỉ tiêu họp")).IsSuccess);
        var returned = await submissions.GetWorkspaceAsync(head, 1, _unitId);
        Assert.Equal((SubmissionStatus.Returned, "Thiếu chỉ tiêu họp"), (returned!.PledgeStatus, returned.PledgeReturnReason));

        var changed = Targets.ToDictionary(t => t.Key, t => t.Value);
        changed["HOP"] = 20;
        Assert.True((await submissions.SavePledgeAsync(head, 1, _unitId, changed, returned.PledgeVersion, submit: true)).IsSuccess);
        Assert.True((await reviews.AcceptAsync(TestActors.Officer, 1, _unitId, SubmissionKind.Pledge)).IsSuccess);

        var progress = (await reviews.ProgressAsync(TestActors.Officer, 1))!.Rows.Single(p => p.UnitId == _unitId);
        Assert.Equal(SubmissionStatus.Accepted, progress.PledgeStatus);
        Assert.Equal(4, published);
    }

    [Fact]
    public async Task Review_OfSomethingNotSubmitted_IsRefused() =>
        Assert.Equal("submission.nothing_to_review", Assert.Single(
            (await App.Service<ReviewService>().AcceptAsync(TestActors.Officer, 1, _unitId, SubmissionKind.Results)).Errors).Code);

    [Fact]
    public async Task DepartmentHead_CannotReview() =>
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            App.Service<ReviewService>().AcceptAsync(TestActors.HeadOf(_unitId), 1, _unitId, SubmissionKind.Pledge));

    [Fact]
    public async Task Progress_ListsEveryUnit_WithTheSeededSubmissions()
    {
        var progress = (await App.Service<ReviewService>().ProgressAsync(TestActors.Leader, 1))!.Rows;

        Assert.Equal(11, progress.Count);
        Assert.Equal(10, progress.Count(p => p.PledgeStatus == SubmissionStatus.Submitted));
        Assert.Equal(SubmissionStatus.Draft, progress.Single(p => p.UnitId == _unitId).PledgeStatus);
    }

    [Fact]
    public async Task Progress_PagesAreTheWholeBoardInSlices_BlocsInTheReadersOrder_CountsOverEveryUnit()
    {
        var reviews = App.Service<ReviewService>();
        var all = (await reviews.ProgressAsync(TestActors.Officer, 1))!;
        var ordered = all.Rows.OrderBy(r => r.BlocName, StringComparer.CurrentCulture).ThenBy(r => r.UnitId);
        Assert.Equal(ordered.Select(r => r.UnitId), all.Rows.Select(r => r.UnitId));
        Assert.True(all.Rows.Select(r => r.BlocName).Distinct().Count() > 1, "The demo campaign has more than one bloc.");
        Assert.Equal((11, 11), (all.Units, all.Shown));
        Assert.Equal(all.Rows.Count(r => r.PledgeStatus is SubmissionStatus.Submitted or SubmissionStatus.Accepted), all.PledgesIn);
        Assert.Equal(all.Rows.Count(r => r.ResultStatus is SubmissionStatus.Submitted or SubmissionStatus.Accepted), all.ResultsIn);

        // Pages of four cross the blocs' borders.
        var paged = new List<UnitProgress>();
        for (var page = 0; page * 4 < all.Shown; page++)
        {
            var board = (await reviews.ProgressAsync(TestActors.Officer, 1, page, 4))!;
            Assert.Equal((page, all.Units, all.PledgesIn), (board.Page, board.Units, board.PledgesIn));
            paged.AddRange(board.Rows);
        }

        Assert.Equal(all.Rows.ToList(), paged);
        Assert.Equal(2, (await reviews.ProgressAsync(TestActors.Officer, 1, page: 9, pageSize: 4))!.Page);

        var awaiting = all.Rows.Where(r => r.PledgeStatus == SubmissionStatus.Submitted || r.ResultStatus == SubmissionStatus.Submitted).ToList();
        var awaitingBoard = (await reviews.ProgressAsync(TestActors.Officer, 1, page: 1, pageSize: 3, awaitingOnly: true))!;
        Assert.Equal((awaiting.Count, all.Units), (awaitingBoard.Shown, awaitingBoard.Units));
        Assert.Equal(awaiting.Skip(3).Take(3).ToList(), awaitingBoard.Rows.ToList());
    }
}
