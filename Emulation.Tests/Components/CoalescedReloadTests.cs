using Emulation.Web.Components.Shared;
using Microsoft.Extensions.Logging.Abstractions;

namespace Emulation.Tests.Components;

/// <summary>
/// A view reloading through <see cref="CoalescedReload"/> ends as a read from scratch shows the data, whatever bursts of
/// changes it heard while reloading, and runs one reload at a time, fewer than the changes when they come in bursts.
/// </summary>
[Trait("Category", "Fast")]
public sealed class CoalescedReloadTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task AfterAnyBurstOfChanges_TheViewEqualsAReadFromScratch(int seed)
    {
        var random = new Random(seed);
        for (int round = 0; round < 40; round++)
        {
            var data = new List<int>();
            var gate = new Lock();
            IReadOnlyList<int> view = [];
            int running = 0, overlapping = 0;
            var reload = new CoalescedReload(async () =>
            {
                if (Interlocked.Increment(ref running) > 1)
                {
                    Interlocked.Increment(ref overlapping);
                }

                await Task.Yield();
                List<int> read;
                lock (gate)
                {
                    read = [.. data];
                }

                await Task.Delay(Random.Shared.Next(0, 3));
                view = read;
                Interlocked.Decrement(ref running);
            }, NullLogger.Instance);

            int changes = random.Next(1, 30);
            var heard = new List<Task>();
            for (int i = 0; i < changes; i++)
            {
                lock (gate)
                {
                    data.Add(random.Next());
                }

                heard.Add(reload.Heard());
                if (random.Next(4) == 0)
                {
                    await Task.Delay(random.Next(0, 3));
                }
            }

            await Task.WhenAll(heard).WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Equal(data, view);
            Assert.Equal(0, overlapping);
            Assert.InRange(reload.Reloads, 1, changes);
        }
    }

    [Fact]
    public async Task ChangesHeardDuringAReload_CostOneMoreReload_NotOneEach()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reload = new CoalescedReload(async () =>
        {
            started.TrySetResult();
            await release.Task;
        }, NullLogger.Instance);

        var first = reload.Heard();
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var later = Enumerable.Range(0, 10).Select(_ => reload.Heard()).ToList();
        release.SetResult();
        await Task.WhenAll(later.Append(first)).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, reload.Reloads);
    }

    [Fact]
    public async Task AFailedReload_IsLogged_AndTheNextChangeReloadsAgain()
    {
        int calls = 0;
        var reload = new CoalescedReload(() => Interlocked.Increment(ref calls) == 1
            ? Task.FromException(new InvalidOperationException("the page's request has ended"))
            : Task.CompletedTask, NullLogger.Instance);

        await reload.Heard().WaitAsync(TimeSpan.FromSeconds(10));
        await reload.Heard().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, calls);
    }
}
