namespace Emulation.Web.Components.Shared;

/// <summary>
/// An open view's reload after the campaign changes it hears (<see cref="Services.Submissions.SubmissionNotifier"/>): one
/// reload at a time, on its own, and the changes heard while one runs answered by one more after it rather than one
/// each. A burst of saves then costs a watching page two reloads, not one per save, and the save that announced a change
/// does not wait for any page to reload. The last reload always begins after the last change heard, so the view ends as
/// one read from scratch would show it. A reload that fails is logged; the next change reloads again.
/// </summary>
public sealed class CoalescedReload(Func<Task> reload, ILogger logger)
{
    private readonly Lock _gate = new();
    private Task _running = Task.CompletedTask;
    private bool _busy;
    private bool _again;
    private int _reloads;

    /// <summary>How many reloads have begun.</summary>
    public int Reloads => Volatile.Read(ref _reloads);

    /// <summary>
    /// A change was heard: starts a reload, or asks the running one for one more. The task ends once a reload that
    /// began after this change has ended; the notifier need not await it.
    /// </summary>
    public Task Heard()
    {
        lock (_gate)
        {
            if (_busy)
            {
                _again = true;
                return _running;
            }

            _busy = true;
            _running = Task.Run(ReloadUntilQuietAsync);
            return _running;
        }
    }

    private async Task ReloadUntilQuietAsync()
    {
        while (true)
        {
            Interlocked.Increment(ref _reloads);
            try
            {
                await reload();
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "An open view failed to reload after a campaign change");
            }

            lock (_gate)
            {
                if (!_again)
                {
                    _busy = false;
                    return;
                }

                _again = false;
            }
        }
    }
}
