using Microsoft.AspNetCore.Components;

namespace Emulation.Web.Components.Shared;

/// <summary>
/// One of MudBlazor's icon constants drawn as a plain <c>svg</c> element: the same look as a <c>MudIcon</c>
/// without a component that every circuit keeps alive. Only for MudBlazor's own SVG paths, never user text.
/// </summary>
public static class SvgIcon
{
    public static RenderFragment Render(string icon, string size = "medium", string? extraClass = null) => builder =>
    {
        builder.OpenElement(0, "svg");
        builder.AddAttribute(1, "class", extraClass is null
            ? $"mud-icon-root mud-svg-icon mud-icon-size-{size}"
            : $"mud-icon-root mud-svg-icon mud-icon-size-{size} {extraClass}");
        builder.AddAttribute(2, "focusable", "false");
        builder.AddAttribute(3, "viewBox", "0 0 24 24");
        builder.AddAttribute(4, "aria-hidden", "true");
        builder.AddMarkupContent(5, icon);
        builder.CloseElement();
    };
}
