using System.Text.Json;
using System.Text.Json.Serialization;

namespace CircuitLoad;

/// <summary>The one JSON line a run prints. Memory figures are null when the app's diagnostics endpoint is off.</summary>
public sealed record RunReport(
    string Mode,
    string Url,
    int CircuitsRequested,
    int CircuitsConnected,
    int CircuitsFailed,
    int Interactions,
    int WrongRenders,
    int Errors,
    double P50Ms,
    double P90Ms,
    double P99Ms,
    double MaxMs,
    double? ServerRssMb,
    double? ServerManagedMb,
    double? RssPerCircuitKb,
    double? ManagedPerCircuitKb,
    double DurationS)
{
    /// <summary>Static pages opened (no circuit); the server's open circuits at the end prove it held none for them.</summary>
    public int StaticVisits { get; init; }

    /// <summary>The circuits the server reported open with all of this run's still connected.</summary>
    public int? ServerOpenCircuits { get; init; }

    /// <summary>Mix mode: users, interactions and latency by kind of user.</summary>
    public IReadOnlyDictionary<string, KindReport>? Kinds { get; init; }

    /// <summary>Mix mode: saves asked for, saves answered with a conflict, and render batches the progress pages received.</summary>
    public int Saves { get; init; }

    public int Conflicts { get; init; }

    public int ProgressUpdates { get; init; }

    /// <summary>
    /// Processor seconds the app used from the first interaction to the end of the last (interact and mix modes; idle:
    /// the hold), null when the app does not report its processor time.
    /// </summary>
    public double? ServerCpuSeconds { get; init; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public string ToJsonLine() => JsonSerializer.Serialize(this, Json);

    public static double? Megabytes(long? bytes) => bytes is { } b ? Math.Round(b / 1048576.0, 1) : null;

    /// <summary>Growth between two readings spread over the circuits held open, in KB each.</summary>
    public static double? PerCircuitKb(long? before, long? after, int circuits) =>
        before is { } b && after is { } a && circuits > 0 ? Math.Round((a - b) / 1024.0 / circuits, 1) : null;
}

/// <summary>One kind of user in a mix run.</summary>
public sealed record KindReport(int Users, int Answered, double P50Ms, double P99Ms, double MaxMs);
