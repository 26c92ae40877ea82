using System.Globalization;
using System.Net;

namespace CircuitLoad;

public enum LoadMode
{
    /// <summary>Open the circuits, hold them for the duration, then measure memory.</summary>
    Idle,

    /// <summary>Open the circuits and have each interact with its page at the given rate.</summary>
    Interact,

    /// <summary>
    /// A working day's mix (<see cref="LoadOptions.Mix"/>): heads typing, heads saving, officers watching the progress
    /// page, leadership paging and filtering the review dashboard, and people opening read pages, each at the rate.
    /// </summary>
    Mix,
}

public enum LoadPage
{
    /// <summary>A department head edits a value on their unit's workspace (never saves).</summary>
    Results,

    /// <summary>Leadership pages the recommendation grid of the evaluation page.</summary>
    Review,

    /// <summary>The home page: the layout and little else, the floor under every page's cost (idle only).</summary>
    Home,

    /// <summary>
    /// The bare Blazor Web App template's Counter page, anonymous (idle only): what a circuit costs with nothing of
    /// ours in it, measured against the template built and started by bench/run.sh.
    /// </summary>
    Template,
}

/// <summary>What one virtual user of the mix does.</summary>
public enum MixKind
{
    /// <summary>A head types figures on their workspace (a circuit; nothing saved).</summary>
    Type,

    /// <summary>A head types a figure, then saves the draft: a database write and a change notification (a circuit).</summary>
    Save,

    /// <summary>The officer keeps the campaign's progress page open; it re-renders on the notifications (a circuit).</summary>
    Progress,

    /// <summary>Leadership pages and filters the review dashboard (GET requests).</summary>
    Review,

    /// <summary>Someone opens read pages: home, awards, campaigns (GET requests).</summary>
    Open,
}

/// <summary>The command line, checked: a bad or unsafe argument is refused before anything connects.</summary>
public sealed record LoadOptions
{
    public const int MaxCircuits = 5_000;
    public const int MaxDurationSeconds = 600;
    public const double MaxRate = 20;
    public const string DemoPassword = "Demo@2026";

    public static readonly IReadOnlyList<string> DepartmentHeads =
        ["tp.th", "tp.kt", "tp.kgvx", "tp.nc", "tp.hctc", "tp.qttv", "tp.kstt", "tp.btcd", "tp.hcc", "tp.ttcb", "tp.nk"];

    public static readonly IReadOnlyList<string> Leadership = ["lanhdao"];

    public required Uri Url { get; init; }

    public int Circuits { get; init; } = 10;

    public LoadMode Mode { get; init; } = LoadMode.Idle;

    public int DurationSeconds { get; init; } = 30;

    /// <summary>Interactions per circuit per second (interact mode).</summary>
    public double Rate { get; init; } = 1;

    /// <summary>
    /// GETs per second of each reader of static pages in the mix (review and open); <see cref="Rate"/> when not given.
    /// A reader reads a page before opening the next, where a circuit's user types or clicks every second.
    /// </summary>
    public double? ReadRate { get; init; }

    public LoadPage Page { get; init; } = LoadPage.Results;

    /// <summary>Circuits opened per second while ramping up.</summary>
    public double Ramp { get; init; } = 20;

    public int CampaignId { get; init; } = 1;

    /// <summary>
    /// The workspace tab the heads open (<c>?tab=pledge|titles|results|staff</c>, --page results); null opens the
    /// page's default tab (results once the campaign takes them, the pledge before).
    /// </summary>
    public string? Tab { get; init; }

    public IReadOnlyList<string> Users { get; init; } = DepartmentHeads;

    public string Password { get; init; } = DemoPassword;

    /// <summary>The share of virtual users of each kind in mix mode, in percent.</summary>
    public IReadOnlyDictionary<MixKind, int> Mix { get; init; } = DefaultMix;

    /// <summary>The officer who watches the progress page and the leader who reviews, in mix mode.</summary>
    public string Officer { get; init; } = "congdoan";

    public string Leader { get; init; } = "lanhdao";

    public static readonly IReadOnlyDictionary<MixKind, int> DefaultMix = new Dictionary<MixKind, int>
    {
        [MixKind.Type] = 40, [MixKind.Save] = 15, [MixKind.Progress] = 5, [MixKind.Review] = 20, [MixKind.Open] = 20,
    };

    /// <summary>Parses and checks the arguments; the error says what is wrong and is meant for the user.</summary>
    public static (LoadOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                return (null, $"Unexpected argument '{args[i]}'. {Usage}");
            }

            values[args[i][2..]] = args[++i];
        }

        var unknown = values.Keys.Except(KnownNames).FirstOrDefault();
        if (unknown is not null)
        {
            return (null, $"Unknown option --{unknown}. {Usage}");
        }

        if (!values.TryGetValue("url", out var url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https"))
        {
            return (null, $"--url must be an absolute http(s) address. {Usage}");
        }

        if (!IsLoopback(uri))
        {
            return (null, $"Refusing {uri.Host}: the load tool only targets this machine (localhost, 127.0.0.0/8, ::1).");
        }

        try
        {
            var page = values.TryGetValue("page", out var p) ? ParseEnum<LoadPage>(p, "page") : LoadPage.Results;
            var options = new LoadOptions
            {
                Url = new Uri(uri.GetLeftPart(UriPartial.Authority) + "/"),
                Circuits = values.TryGetValue("circuits", out var c) ? ParseInt(c, "circuits") : 10,
                Mode = values.TryGetValue("mode", out var m) ? ParseEnum<LoadMode>(m, "mode") : LoadMode.Idle,
                DurationSeconds = values.TryGetValue("duration", out var d) ? ParseInt(d, "duration") : 30,
                Rate = values.TryGetValue("rate", out var r) ? ParseDouble(r, "rate") : 1,
                ReadRate = values.TryGetValue("read-rate", out var rr) ? ParseDouble(rr, "read-rate") : null,
                Ramp = values.TryGetValue("ramp", out var rp) ? ParseDouble(rp, "ramp") : 20,
                Page = page,
                CampaignId = values.TryGetValue("campaign", out var camp) ? ParseInt(camp, "campaign") : 1,
                Tab = values.GetValueOrDefault("tab"),
                Users = values.TryGetValue("users", out var u)
                    ? [.. u.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
                    : page == LoadPage.Review ? Leadership : DepartmentHeads,
                Password = values.GetValueOrDefault("password", DemoPassword),
                Mix = values.TryGetValue("mix", out var mix) ? ParseMix(mix) : DefaultMix,
                Officer = values.GetValueOrDefault("officer", "congdoan"),
                Leader = values.GetValueOrDefault("leader", "lanhdao"),
            };
            return options.Check() is { } error ? (null, error) : (options, null);
        }
        catch (FormatException ex)
        {
            return (null, ex.Message);
        }
    }

    public const string Usage =
        "Usage: CircuitLoad --url http://127.0.0.1:5080 --circuits 200 --mode idle|interact --duration 60 " +
        "[--rate 1] [--page results|review|home|template] [--ramp 20] [--campaign 1] [--tab pledge|titles|results|staff] [--users a,b] [--password p] " +
        "[--mix type=40,save=15,progress=5,review=20,open=20] [--read-rate 0.1] [--officer congdoan] [--leader lanhdao]";

    private static readonly string[] KnownNames =
        ["url", "circuits", "mode", "duration", "rate", "page", "ramp", "campaign", "tab", "users", "password", "mix", "read-rate", "officer", "leader"];

    /// <summary>True for localhost and any loopback address (127.0.0.0/8, ::1).</summary>
    public static bool IsLoopback(Uri uri) =>
        string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    private string? Check() => this switch
    {
        { Circuits: < 1 or > MaxCircuits } => $"--circuits must be between 1 and {MaxCircuits}.",
        { DurationSeconds: < 1 or > MaxDurationSeconds } => $"--duration must be between 1 and {MaxDurationSeconds} seconds.",
        { Rate: <= 0 or > MaxRate } => $"--rate must be above 0 and at most {MaxRate} interactions per circuit per second.",
        { ReadRate: <= 0 or > MaxRate } => $"--read-rate must be above 0 and at most {MaxRate} pages per reader per second.",
        { ReadRate: not null, Mode: not LoadMode.Mix } => "--read-rate paces the mix's readers: use it with --mode mix.",
        { Ramp: <= 0 } => "--ramp must be above 0 circuits per second.",
        { CampaignId: < 1 } => "--campaign must be a campaign id.",
        { Tab: not (null or "pledge" or "titles" or "results" or "staff") } => "--tab must be pledge, titles, results or staff.",
        { Tab: not null, Page: not LoadPage.Results } => "--tab names a tab of the unit workspace: use it with --page results.",
        { Users.Count: 0 } => "--users must name at least one user.",
        { Page: LoadPage.Home or LoadPage.Template, Mode: not LoadMode.Idle } => "--page home and --page template have nothing to interact with: use --mode idle.",
        { Page: LoadPage.Review, Mode: LoadMode.Interact } =>
            "--page review holds the dashboard's what-if island, which has nothing to page: use --mode idle (the mix pages and filters the static dashboard).",
        { Mix.Count: 0 } => "--mix must give at least one kind a share above 0.",
        _ => null,
    };

    /// <summary>"type=40,save=15,…": kinds left out get no share.</summary>
    private static Dictionary<MixKind, int> ParseMix(string value)
    {
        var mix = new Dictionary<MixKind, int>();
        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2);
            var share = pair.Length == 2 ? ParseInt(pair[1], "mix") : throw new FormatException($"--mix parts are kind=percent, not '{part}'.");
            if (share > 0)
            {
                mix[ParseEnum<MixKind>(pair[0], "mix")] = share;
            }
        }

        return mix;
    }

    private static int ParseInt(string value, string name) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result)
            ? result : throw new FormatException($"--{name} must be a whole number, not '{value}'.");

    private static double ParseDouble(string value, string name) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var result)
            ? result : throw new FormatException($"--{name} must be a number, not '{value}'.");

    private static T ParseEnum<T>(string value, string name) where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var result) && Enum.IsDefined(result)
            ? result : throw new FormatException($"--{name} must be one of {string.Join('|', Enum.GetNames<T>()).ToLowerInvariant()}, not '{value}'.");
}
