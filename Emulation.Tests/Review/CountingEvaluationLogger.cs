using Emulation.Web.Services.Evaluation;
using Microsoft.Extensions.Logging;

namespace Emulation.Tests.Review;

/// <summary>
/// Counts the evaluations an <see cref="EvaluationSnapshots"/> made (the "Evaluated campaign" line each load logs), and
/// those made from the kept input with only some units' figures read again.
/// </summary>
internal sealed class CountingEvaluationLogger : ILogger<EvaluationSnapshots>
{
    private int _evaluations;
    private int _fromKeptInput;

    public int Evaluations => Volatile.Read(ref _evaluations);

    public int FromKeptInput => Volatile.Read(ref _fromKeptInput);

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
        Func<TState, Exception?, string> formatter)
    {
        var message = formatter(state, exception);
        if (!message.StartsWith("Evaluated campaign", StringComparison.Ordinal))
        {
            return;
        }

        Interlocked.Increment(ref _evaluations);
        if (message.EndsWith("units read again", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _fromKeptInput);
        }
    }
}
