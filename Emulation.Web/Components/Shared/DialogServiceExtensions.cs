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
}
