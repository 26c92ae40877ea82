namespace Emulation.Web.Services.Inbox;

/// <summary>
/// The loop of the app's background workers: a round now, then one every <c>interval</c> until the app stops. A failed
/// round is logged and the next one runs as planned; stopping ends the loop without an error.
/// </summary>
internal static class PeriodicRounds
{
    public static async Task RunAsync(TimeSpan interval, TimeProvider clock, Func<CancellationToken, Task> round,
        ILogger logger, string failure, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await round(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
#pragma warning disable CA2254 // The message is one of the workers' fixed texts, not built from data.
                logger.LogWarning(e, failure);
#pragma warning restore CA2254
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
