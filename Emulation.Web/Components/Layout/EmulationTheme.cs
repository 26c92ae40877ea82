using MudBlazor;

namespace Emulation.Web.Components.Layout;

internal static class EmulationTheme
{
    // System fonts only: the machines that run this have no internet, so no web fonts are linked.
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#B71C1C",
            Secondary = "#F9A825",
            AppbarBackground = "#B71C1C",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Segoe UI", "Noto Sans", "DejaVu Sans", "Arial", "sans-serif"] },
        },
    };
}
