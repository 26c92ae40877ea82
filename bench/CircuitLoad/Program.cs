namespace CircuitLoad;

/// <summary>
/// Headless Blazor Server circuit load: <c>--url --circuits --mode idle|interact --duration [--rate] [--page] [--ramp]</c>.
/// Prints one JSON line on stdout; progress and problems go to stderr. Exit 2 for refused arguments.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var (options, error) = LoadOptions.Parse(args);
        if (options is null)
        {
            await Console.Error.WriteLineAsync(error);
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        var run = new LoadRun(options, Console.Error);
        try
        {
            var report = await run.RunAsync(cancel.Token);
            Console.WriteLine(report.ToJsonLine());
            foreach (var (identifier, count) in run.JsCalls.MostCalled())
            {
                await Console.Error.WriteLineAsync($"js call {identifier} x{count}");
            }

            return report.CircuitsConnected > 0 ? 0 : 1;
        }
        catch (InvalidOperationException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }
    }
}
