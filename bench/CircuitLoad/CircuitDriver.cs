using System.Diagnostics;
using CircuitLoad.Scenarios;

namespace CircuitLoad;

/// <summary>
/// Runs one circuit's scenario: at the given rate, send the next interaction and wait for a render batch that shows
/// the expected text. Latency is from sending the event to receiving that batch.
/// </summary>
public sealed class CircuitDriver(CircuitClient client, IScenario scenario, RunCounters counters, LatencyRecorder latencies)
{
    public static readonly TimeSpan RenderTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Feeds the scenario every batch received so far without waiting.</summary>
    public void Drain()
    {
        while (client.Batches.TryRead(out var batch))
        {
            scenario.Observe(batch);
        }
    }

    public async Task InteractAsync(double ratePerSecond, Random random, CancellationToken stop)
    {
        var period = TimeSpan.FromSeconds(1 / ratePerSecond);
        try
        {
            // Start at a random point in the first period so the circuits do not act in lockstep.
            await Task.Delay(period * random.NextDouble(), stop);
            while (!stop.IsCancellationRequested && client.IsAlive)
            {
                var began = Stopwatch.GetTimestamp();
                if (!await InteractOnceAsync(stop))
                {
                    return;
                }

                var rest = period - Stopwatch.GetElapsedTime(began);
                if (rest > TimeSpan.Zero)
                {
                    await Task.Delay(rest, stop);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run is over.
        }
    }

    /// <summary>
    /// The page may still be loading (a component renders again when its data arrives): read batches until the
    /// scenario has something to do, or the render timeout passes.
    /// </summary>
    private async Task<PlannedInteraction?> NextAfterMoreRendersAsync(CancellationToken stop)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop);
        timeout.CancelAfter(RenderTimeout);
        try
        {
            while (true)
            {
                scenario.Observe(await client.Batches.ReadAsync(timeout.Token));
                if (scenario.Next() is { } step)
                {
                    return step;
                }
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        catch (System.Threading.Channels.ChannelClosedException)
        {
            return null;
        }
    }

    /// <summary>False when the page offers nothing to act on: that is one error, and this circuit stops interacting.</summary>
    private async Task<bool> InteractOnceAsync(CancellationToken stop)
    {
        Drain();
        var step = scenario.Next() ?? await NextAfterMoreRendersAsync(stop);
        if (step is null)
        {
            if (!stop.IsCancellationRequested)
            {
                counters.Error($"nothing to act on in {scenario.PagePath} after {RenderTimeout.TotalSeconds:0} s");
            }

            return false;
        }

        counters.Interaction();
        var sent = Stopwatch.GetTimestamp();
        try
        {
            await client.DispatchEventAsync(step.Target, step.EventName, step.FieldValue, step.EventArgs, stop);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The connection went away under the send (e.g. the server dropped the circuit).
            counters.Error($"could not send {step.EventName} on {scenario.PagePath}: {ex.Message}");
            return false;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop);
        timeout.CancelAfter(RenderTimeout);
        var renders = 0;
        Rendering.RenderBatch? last = null;
        try
        {
            while (true)
            {
                var batch = await client.Batches.ReadAsync(timeout.Token);
                renders++;
                last = batch;
                scenario.Observe(batch);
                if (step.IsShownBy(batch))
                {
                    latencies.Record(Stopwatch.GetElapsedTime(sent));
                    return true;
                }
            }
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            // No batch showed the expected text in time: a wrong render if something rendered, else no render at all.
            if (renders > 0)
            {
                counters.WrongRender($"{renders} batches after {step.EventName} on {scenario.PagePath}, none showing '{step.ExpectedText}'; the last: {last?.Describe()}");
            }
            else
            {
                counters.Error($"no render within {RenderTimeout.TotalSeconds:0} s of {step.EventName} on {scenario.PagePath}");
            }
        }
        catch (System.Threading.Channels.ChannelClosedException)
        {
            counters.Error($"connection closed while waiting for a render on {scenario.PagePath}");
        }

        return true;
    }
}
