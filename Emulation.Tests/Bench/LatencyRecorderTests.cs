using CircuitLoad;

namespace Emulation.Tests.Bench;

/// <summary>Nearest-rank percentiles of the load tool's latencies.</summary>
public sealed class LatencyRecorderTests
{
    [Fact]
    public void Percentile_IsTheNearestRank()
    {
        var recorder = new LatencyRecorder();
        foreach (var ms in Enumerable.Range(1, 100).Reverse())
        {
            recorder.Record(TimeSpan.FromMilliseconds(ms));
        }

        Assert.Equal(50, recorder.Percentile(50), 3);
        Assert.Equal(90, recorder.Percentile(90), 3);
        Assert.Equal(99, recorder.Percentile(99), 3);
        Assert.Equal(100, recorder.Percentile(100), 3);
        Assert.Equal(1, recorder.Percentile(0), 3);
    }

    [Fact]
    public void Percentile_OfFewValues_RoundsUpToARecordedValue()
    {
        var recorder = new LatencyRecorder();
        recorder.Record(TimeSpan.FromMilliseconds(10));
        recorder.Record(TimeSpan.FromMilliseconds(30));
        recorder.Record(TimeSpan.FromMilliseconds(20));

        Assert.Equal(20, recorder.Percentile(50), 3);
        Assert.Equal(30, recorder.Percentile(90), 3);
    }

    [Fact]
    public void Percentile_OfNothing_IsZero() => Assert.Equal(0, new LatencyRecorder().Percentile(99));

    [Fact]
    public async Task Record_FromManyThreads_KeepsEveryValue()
    {
        var recorder = new LatencyRecorder();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 1000; i++)
            {
                recorder.Record(TimeSpan.FromMilliseconds(i));
            }
        })));

        Assert.Equal(8000, recorder.Count);
    }
}
