using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Emulation.Web.Components.Shared;

public static class DialogServiceExtensions
{
    /// <summary>
    /// Shows <see cref="ConfirmDialog"/> and answers whether the person confirmed; closing or cancelling is no.
    /// Only inside an interactive island (<see cref="InteractivePage"/> holds the dialog provider). A step that can be
    /// undone says how in <paramref name="undoneBy"/>; without it the dialog says the step cannot be undone. A
    /// <paramref name="warning"/> is shown under the message.
    /// </summary>
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string title, string message, string confirmText,
        string? undoneBy = null, RenderFragment? warning = null)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var parameters = new DialogParameters<ConfirmDialog>
        {
            { d => d.Message, message },
            { d => d.ConfirmText, confirmText },
            { d => d.UndoneBy, undoneBy },
            { d => d.Warning, warning },
        };
        var dialog = await dialogs.ShowAsync<ConfirmDialog>(title, parameters,
            new DialogOptions { CloseOnEscapeKey = true, MaxWidth = MaxWidth.Small, FullWidth = true });
        var result = await dialog.Result;
        // The result is completed inside the click on the dialog's button, before the dialog is taken away: the step
        // confirmed would run first (a save waiting on a busy database, for as long as it waits) with the dialog still
        // open, as if the click had been lost. Yielding lets the dialog close and be drawn closed before the step runs.
        await Task.Yield();
        return result is { Canceled: false };
    }

    /// <summary>
    /// Shows <see cref="ConfirmDialog"/> saying why a step cannot be taken yet: <paramref name="message"/> and each of
    /// <paramref name="refusals"/>, with only a button that closes it.
    /// </summary>
    public static async Task ShowRefusalsAsync(this IDialogService dialogs, string title, string message, IReadOnlyList<string> refusals)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var parameters = new DialogParameters<ConfirmDialog>
        {
            { d => d.Message, message },
            { d => d.ConfirmText, "" },
            { d => d.Refusals, refusals },
        };
        var dialog = await dialogs.ShowAsync<ConfirmDialog>(title, parameters,
            new DialogOptions { CloseOnEscapeKey = true, MaxWidth = MaxWidth.Small, FullWidth = true });
        await dialog.Result;
    }
}
