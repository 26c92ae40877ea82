using MudBlazor;

namespace Emulation.Web.Components.Layout;

internal static class EmulationTheme
{
    // System fonts only: the machines that run this have no internet, so no web fonts are linked.
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            // Every colour that carries text (white on the colour, or the colour on white) keeps a contrast of at least
            // 4.5:1 (WCAG AA): MudBlazor's default info, success, warning and tertiary do not.
            Primary = "#B71C1C",
            Secondary = "#F9A825",
            SecondaryContrastText = "rgba(0, 0, 0, 0.87)",
            Tertiary = "#00695C",
            Info = "#01579B",
            Success = "#2E7D32",
            Warning = "#B45309",
            Error = "#C62828",
            AppbarBackground = "#B71C1C",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Segoe UI", "Noto Sans", "DejaVu Sans", "Arial", "sans-serif"] },
        },
    };
}
