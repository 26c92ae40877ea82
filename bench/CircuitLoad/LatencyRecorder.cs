namespace CircuitLoad;

/// <summary>
/// Collects latencies from many circuits at once and reports nearest-rank percentiles; each one is also recorded in
/// <paramref name="total"/> when given (one kind of user's latencies within the whole run's).
/// </summary>
public sealed class LatencyRecorder(LatencyRecorder? total = null)
{
    private readonly Lock _gate = new();
    private readonly List<double> _milliseconds = [];

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _milliseconds.Count;
            }
        }
    }

    public void Record(TimeSpan elapsed)
    {
        lock (_gate)
        {
            _milliseconds.Add(elapsed.TotalMilliseconds);
        }

        total?.Record(elapsed);
    }

    /// <summary>The smallest recorded value that at least <paramref name="percent"/>% of values do not exceed; 0 when empty.</summary>
    public double Percentile(double percent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(percent, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        lock (_gate)
        {
            if (_milliseconds.Count == 0)
            {
                return 0;
            }

            var sorted = _milliseconds.Order().ToArray();
            var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
            return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
        }
    }
}
