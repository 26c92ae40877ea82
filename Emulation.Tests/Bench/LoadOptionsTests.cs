using CircuitLoad;

namespace Emulation.Tests.Bench;

/// <summary>The load tool's command line: what it accepts and what it refuses before connecting anywhere.</summary>
public sealed class LoadOptionsTests
{
    [Fact]
    public void Parse_ReadsTheDocumentedCommandLine()
    {
        var (options, error) = LoadOptions.Parse(
            ["--url", "http://127.0.0.1:5080", "--circuits", "200", "--mode", "idle", "--duration", "60",
             "--rate", "0.5", "--page", "review", "--ramp", "10"]);

        Assert.Null(error);
        Assert.NotNull(options);
        Assert.Equal(new Uri("http://127.0.0.1:5080/"), options.Url);
        Assert.Equal(200, options.Circuits);
        Assert.Equal(LoadMode.Idle, options.Mode);
        Assert.Equal(60, options.DurationSeconds);
        Assert.Equal(0.5, options.Rate);
        Assert.Equal(LoadPage.Review, options.Page);
        Assert.Equal(10, options.Ramp);
        Assert.Equal(LoadOptions.Leadership, options.Users);
    }

    [Fact]
    public void Parse_DefaultsToIdleDepartmentHeadsOnTheResultsPage()
    {
        var (options, _) = LoadOptions.Parse(["--url", "http://localhost:5080"]);

        Assert.Equal(LoadMode.Idle, options!.Mode);
        Assert.Equal(LoadPage.Results, options.Page);
        Assert.Equal(LoadOptions.DepartmentHeads, options.Users);
    }

    [Fact]
    public void Parse_HomePage_IsForIdleCircuitsOnly()
    {
        var (idle, _) = LoadOptions.Parse(["--url", "http://127.0.0.1:5080", "--page", "home"]);
        var (interact, error) = LoadOptions.Parse(["--url", "http://127.0.0.1:5080", "--page", "home", "--mode", "interact"]);

        Assert.Equal(LoadPage.Home, idle!.Page);
        Assert.Null(interact);
        Assert.Contains("--mode idle", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Mix_TakesAShareInPercentPerKindAndDropsKindsWithNone()
    {
        var (options, _) = LoadOptions.Parse(["--url", "http://127.0.0.1:5080", "--mode", "mix", "--mix", "type=50,save=30,review=20,open=0"]);
        var (bad, error) = LoadOptions.Parse(["--url", "http://127.0.0.1:5080", "--mode", "mix", "--mix", "typing=50"]);

        Assert.Equal(LoadMode.Mix, options!.Mode);
        Assert.Equal(new Dictionary<MixKind, int> { [MixKind.Type] = 50, [MixKind.Save] = 30, [MixKind.Review] = 20 }, options.Mix);
        Assert.Null(bad);
        Assert.Contains("--mix", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TemplatePage_IsForIdleCircuitsOnly()
    {
        var (idle, _) = LoadOptions.Parse(["--url", "http://127.0.0.1:5081", "--page", "template"]);
        var (mix, error) = LoadOptions.Parse(["--url", "http://127.0.0.1:5081", "--page", "template", "--mode", "mix"]);

        Assert.Equal(LoadPage.Template, idle!.Page);
        Assert.Null(mix);
        Assert.Contains("--mode idle", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReadRate_PacesTheMixsReadersOnly()
    {
        var (mix, _) = LoadOptions.Parse(["--url", "http://127.0.0.1:5080", "--mode", "mix", "--read-rate", "0.1"]);
        var (idle, error) = LoadOptions.Parse(["--url", "http://127.0.0.1:5080", "--read-rate", "0.1"]);
        var (unpaced, _) = LoadOptions.Parse(["--url", "http://127.0.0.1:5080", "--mode", "mix"]);

        Assert.Equal(0.1, mix!.ReadRate);
        Assert.Equal(1, mix.Rate);
        Assert.Null(idle);
        Assert.Contains("--mode mix", error, StringComparison.Ordinal);
        Assert.Null(unpaced!.ReadRate);
    }

    [Theory]
    [InlineData("--read-rate", "0", "--read-rate")]
    [InlineData("--circuits", "5001", "--circuits")]
    [InlineData("--circuits", "0", "--circuits")]
    [InlineData("--duration", "601", "--duration")]
    [InlineData("--rate", "0", "--rate")]
    [InlineData("--mode", "storm", "--mode")]
    [InlineData("--page", "admin", "--page")]
    [InlineData("--circuits", "many", "--circuits")]
    [InlineData("--colour", "blue", "--colour")]
    public void Parse_RefusesOutOfBoundsOrUnknownValues(string name, string value, string mentioned)
    {
        var (options, error) = LoadOptions.Parse(["--url", "http://127.0.0.1:5080", name, value]);

        Assert.Null(options);
        Assert.Contains(mentioned, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://10.0.0.5:5080")]
    [InlineData("http://example.com")]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://127.0.0.1.example.com")]
    public void Parse_RefusesHostsOtherThanThisMachine(string url)
    {
        var (options, error) = LoadOptions.Parse(["--url", url]);

        Assert.Null(options);
        Assert.Contains("Refusing", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://127.8.9.10", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://[::2]:5080", false)]
    [InlineData("http://192.168.1.1", false)]
    public void IsLoopback_AcceptsOnlyLoopbackAddresses(string url, bool loopback) =>
        Assert.Equal(loopback, LoadOptions.IsLoopback(new Uri(url)));
}
