using Emulation.Domain.Campaigns;
using Emulation.Domain.Pledges;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

namespace Emulation.Tests.Domain.Scoring;

/// <summary>Two units merged mid-campaign: the successor's figures, combined as chosen, and its place in the ranking.</summary>
[Trait("Category", "Fast")]
public sealed class MergedRankingTests
{
    private static readonly IReadOnlyList<Criterion> Table =
    [
        .. InputBuilder.StandardCriteria(),
        Criterion.Scored("HD", "Đánh giá của Hội đồng", "Phong trào", 20m, "điểm", ScoringMethod.CouncilPoints),
        Criterion.Bonus("TH", "Cờ thi đua", 5m, 10m, "lần"),
        Criterion.Scored("DH", "Hồ sơ đúng hạn", "Cải cách hành chính", 10m, "%"),
    ];

    private static readonly Dictionary<int, IReadOnlyDictionary<string, decimal>> Figures = new()
    {
        [1] = new Dictionary<string, decimal> { ["KQ1"] = 120m, ["KQ2"] = 4m, ["CN"] = 1m, ["HD"] = 18m, ["TH"] = 1m, ["DH"] = 96m },
        [2] = new Dictionary<string, decimal> { ["KQ1"] = 60m, ["KQ2"] = 6m, ["CN"] = 0m, ["HD"] = 15m, ["DH"] = 99m },
    };

    [Fact]
    public void Sum_AddsQuantities_AveragesCouncilPoints_AndMeetsYesNoOnlyWhenEveryUnitDid()
    {
        var combined = MergedFigures.Combine(Table, Figures, MergeFigures.Summed);

        Assert.Equal(180m, combined["KQ1"]);
        Assert.Equal(10m, combined["KQ2"]);
        Assert.Equal(0m, combined["CN"]);
        Assert.Equal(16.5m, combined["HD"]);
        Assert.Equal(1m, combined["TH"]);
        Assert.Equal(97.5m, combined["DH"]);
    }

    [Fact]
    public void Average_AveragesEveryFigure_LeavingOutAUnitWithout()
    {
        var combined = MergedFigures.Combine(Table, Figures, new MergeFigures(FiguresChoice.Average));

        Assert.Equal(90m, combined["KQ1"]);
        Assert.Equal(5m, combined["KQ2"]);
        Assert.Equal(16.5m, combined["HD"]);
        Assert.Equal(1m, combined["TH"]);
    }

    [Fact]
    public void TakeOne_TakesThatUnitsFiguresAsTheyAre_AndNothingOfTheOthers()
    {
        var combined = MergedFigures.Combine(Table, Figures, new MergeFigures(FiguresChoice.TakeOne, 2));

        Assert.Equal((60m, 6m, 0m, 15m), (combined["KQ1"]!.Value, combined["KQ2"]!.Value, combined["CN"]!.Value, combined["HD"]!.Value));
        Assert.Null(combined["TH"]);
    }

    [Fact]
    public void OnlyQuantities_MayBeSummed()
    {
        Assert.Equal([true, true, false, false, true, false], Table.Select(MergedFigures.CanSum));
    }

    [Theory]
    [InlineData(new[] { SubmissionStatus.Accepted, SubmissionStatus.Accepted }, SubmissionStatus.Accepted)]
    [InlineData(new[] { SubmissionStatus.Accepted, SubmissionStatus.Submitted }, SubmissionStatus.Submitted)]
    [InlineData(new[] { SubmissionStatus.Accepted, SubmissionStatus.Returned }, SubmissionStatus.Draft)]
    [InlineData(new SubmissionStatus[0], SubmissionStatus.Draft)]
    public void TheCombinedReport_StandsWhereTheLeastAdvancedOneStood(SubmissionStatus[] statuses, SubmissionStatus expected) =>
        Assert.Equal(expected, MergedFigures.CombinedStatus(statuses));

    [Fact]
    public void AfterAMerge_TheSuccessorIsRankedInTheBloc_AndThePredecessorsAreNot()
    {
        // Units 1 and 2 (bloc 1) merge into 5; unit 3 stays in bloc 1, unit 4 is in bloc 2.
        var successor = MergedFigures.Combine(InputBuilder.StandardCriteria(),
            new Dictionary<int, IReadOnlyDictionary<string, decimal>>
            {
                [1] = new Dictionary<string, decimal> { ["KQ1"] = 90m, ["KQ2"] = 10m, ["CN"] = 1m },
                [2] = new Dictionary<string, decimal> { ["KQ1"] = 50m, ["KQ2"] = 10m, ["CN"] = 1m },
            }, MergeFigures.Summed);
        var targets = MergedFigures.Combine(InputBuilder.StandardCriteria(),
            new Dictionary<int, IReadOnlyDictionary<string, decimal>>
            {
                [1] = new Dictionary<string, decimal> { ["KQ1"] = 100m, ["KQ2"] = 10m },
                [2] = new Dictionary<string, decimal> { ["KQ1"] = 100m, ["KQ2"] = 10m },
            }, MergeFigures.Summed);
        var merged = new UnitBuilder(5, blocId: 1);
        foreach (var (code, value) in successor)
        {
            merged.Value(code, value!.Value);
        }

        merged.Target("KQ1", targets["KQ1"]!.Value).Target("KQ2", targets["KQ2"]!.Value);

        var eval = new InputBuilder()
            .Unit(merged)
            .Unit(new UnitBuilder(3, blocId: 1).Value("KQ1", 80m))
            .Unit(new UnitBuilder(4, blocId: 2).Value("KQ1", 10m))
            .Evaluate();

        var ranks = eval.Rankings.ToDictionary(r => r.UnitId, r => (r.BlocId, r.Rank));
        Assert.Equal([3, 4, 5], ranks.Keys.Order());
        // 140 of 200 (70 %) against 80 of 100 (80 %): the successor is second in bloc 1, the other bloc is untouched.
        Assert.Equal(((int?)1, 2), ranks[5]);
        Assert.Equal(((int?)1, 1), ranks[3]);
        Assert.Equal(((int?)2, 1), ranks[4]);
    }
}
