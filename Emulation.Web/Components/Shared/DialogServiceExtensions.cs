using MudBlazor;

namespace Emulation.Web.Components.Shared;

public static class DialogServiceExtensions
{
    /// <summary>
    /// Shows <see cref="ConfirmDialog"/> and answers whether the person confirmed; closing or cancelling is no.
    /// Only inside an interactive island (<see cref="InteractivePage"/> holds the dialog provider).
    /// </summary>
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string title, string message, string confirmText)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var parameters = new DialogParameters<ConfirmDialog>
        {
            { d => d.Message, message },
            { d => d.ConfirmText, confirmText },
        };
        var dialog = await dialogs.ShowAsync<ConfirmDialog>(title, parameters,
            new DialogOptions { CloseOnEscapeKey = true, MaxWidth = MaxWidth.Small, FullWidth = true });
        var result = await dialog.Result;
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
