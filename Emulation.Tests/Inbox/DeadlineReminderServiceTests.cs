using System.Threading.Channels;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Data.Inbox;
using Emulation.Web.Services;
using Emulation.Web.Services.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Emulation.Tests.Inbox;

/// <summary>
/// The deadline reminder as the host runs it: started as a hosted service on a clock the test moves (its timer
/// included), a round at once and one each interval, each awaited through the round's own log line, never by waiting.
/// </summary>
public sealed class DeadlineReminderServiceTests : FreshAppTests
{
    [Fact]
    public async Task Started_ItRemindsAtOnce_ThenEachDay_OnceBeforeAndOnceAfterTheDeadline_AndStopsCleanly()
    {
        var deadline = (await App.SeededScheduleAsync()).PledgeDeadline;
        var clock = new FakeTimeProvider(new DateTimeOffset(deadline.AddDays(-3).ToDateTime(new TimeOnly(9, 0)), OfficeTime.Offset));
        var rounds = new RoundLog();
        var reminder = new DeadlineReminder(App.Service<IDbContextFactory<EmulationDbContext>>(), App.Service<InboxService>(),
            Options.Create(new InboxOptions { ReminderDays = 3, ReminderInterval = TimeSpan.FromDays(1) }), clock, rounds);

        await reminder.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            // Three days before: the head of the unit yet to pledge.
            Assert.Equal(1, await rounds.NextAsync());
            Assert.Equal(["tp.th"], await App.ToldAsync(NotificationKind.DeadlineSoon));

            // Two days before, the day before, the day itself: nothing twice.
            for (var day = 0; day < 3; day++)
            {
                clock.Advance(TimeSpan.FromDays(1));
                Assert.Equal(0, await rounds.NextAsync());
            }

            // The day after: the head again, and the union officer with how many are late; then nothing more.
            clock.Advance(TimeSpan.FromDays(1));
            Assert.Equal(2, await rounds.NextAsync());
            Assert.Equal(["tp.th"], await App.ToldAsync(NotificationKind.DeadlinePassed));
            Assert.Equal(["congdoan"], await App.ToldAsync(NotificationKind.UnitsLate));
            clock.Advance(TimeSpan.FromDays(1));
            Assert.Equal(0, await rounds.NextAsync());

            // Less than an interval on: no round.
            clock.Advance(TimeSpan.FromHours(23));
            Assert.False(rounds.Any);
        }
        finally
        {
            await reminder.StopAsync(TestContext.Current.CancellationToken);
        }

        Assert.Empty(rounds.Warnings);
    }

    /// <summary>The reminder's log: each round's count as it is logged, and any warning.</summary>
    private sealed class RoundLog : ILogger<DeadlineReminder>
    {
        private readonly Channel<int> _counts = Channel.CreateUnbounded<int>();

        public List<string> Warnings { get; } = [];

        public bool Any => _counts.Reader.TryPeek(out _);

        public async Task<int> NextAsync() => await _counts.Reader.ReadAsync(TestContext.Current.CancellationToken);

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Warning)
            {
                Warnings.Add(formatter(state, exception));
            }
            else if (state is IReadOnlyList<KeyValuePair<string, object?>> values &&
                values.FirstOrDefault(v => v.Key == "Count").Value is int count)
            {
                _counts.Writer.TryWrite(count);
            }
        }
    }
}
