using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Components.Shared;

/// <summary>Where an editor's last save stands.</summary>
public enum SaveStage
{
    /// <summary>Nothing saved since the editor opened or its values last changed.</summary>
    None,

    /// <summary>Sent; the database has not answered yet.</summary>
    Saving,

    /// <summary>
    /// Written, at <see cref="SaveProgress.At"/>; when <see cref="SaveProgress.RefreshFailed"/>, the page could not read
    /// the written values back afterwards, and shows what was typed (which is what was written).
    /// </summary>
    Saved,

    /// <summary>Not written: refused (the editor shows why) or the database could not be reached.</summary>
    Failed,
}

/// <summary>
/// One save of an interactive editor from the click to the database's answer, shown by <see cref="SaveStatus"/>: while
/// it runs the editor disables what would start another save, and a click that comes anyway is ignored. A save that
/// fails leaves the editor's typed values as they are. The write and the reading back of what was written are two
/// steps: once the write is in, the save is saved, whatever happens to the reading back. Each editor injects its own
/// (a transient service).
/// </summary>
public sealed class SaveProgress(TimeProvider clock, ILogger<SaveProgress> logger)
{
    public SaveStage Stage { get; private set; }

    public bool Saving => Stage == SaveStage.Saving;

    /// <summary>What the editor was saving, as the status names it ("chỉ tiêu đăng ký").</summary>
    public string What { get; private set; } = "";

    /// <summary>What a success says ("Đã lưu.", "Đã gửi báo cáo kết quả.").</summary>
    public string Done { get; private set; } = "";

    /// <summary>When the last save was written.</summary>
    public DateTimeOffset? At { get; private set; }

    /// <summary>The last save failed because the database did not answer, not because it was refused.</summary>
    public bool Unavailable { get; private set; }

    /// <summary>The last save was written, but the database did not answer when the page read the values back.</summary>
    public bool RefreshFailed { get; private set; }

    /// <summary>
    /// Runs <paramref name="write"/> (true when written, false when refused with the editor's own messages) unless a
    /// save is already running, then, once written, <paramref name="refresh"/> (the editor reads the saved values back).
    /// <paramref name="render"/> draws the editor, so that the status and its disabled buttons reach the browser before
    /// the save begins even when it follows a dialog rather than a click.
    /// </summary>
    public async Task RunAsync(string what, string done, Action render, Func<Task<bool>> write, Func<Task>? refresh = null)
    {
        if (Saving)
        {
            return;
        }

        (Stage, What, Done, Unavailable, RefreshFailed) = (SaveStage.Saving, what, done, false, false);
        render();
        // SQLite waits for another writer's lock inside a synchronous call: without handing the circuit back first,
        // the page would show nothing until the database answered.
        await Task.Yield();
        try
        {
            if (!await write())
            {
                Stage = SaveStage.Failed;
                return;
            }
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            logger.LogWarning(e, "Saving {What} failed: the database did not answer", what);
            (Stage, Unavailable) = (SaveStage.Failed, true);
            return;
        }

        (Stage, At) = (SaveStage.Saved, clock.GetUtcNow());
        try
        {
            if (refresh is not null)
            {
                await refresh();
            }
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            // Written all the same: the status must not say otherwise.
            logger.LogWarning(e, "{What} was saved but reading it back failed: the database did not answer", what);
            RefreshFailed = true;
        }
    }

    /// <summary>The editor's values changed since the last save: its outcome no longer describes them.</summary>
    public void Clear()
    {
        if (!Saving)
        {
            Stage = SaveStage.None;
        }
    }

    /// <summary>
    /// The database could not take the save: busy past its wait, unreachable, timed out, or a write it failed for its
    /// own reasons. A refusal by the rules is a result, never an exception; anything else is a fault of the page.
    /// </summary>
    private static bool IsUnavailable(Exception e) => e is DbException or DbUpdateException or TimeoutException;
}
