using Microsoft.AspNetCore.Components;

namespace Emulation.Web.Components.Shared;

/// <summary>
/// A field of an editable grid changed: its <c>name</c> ("months-12", "value-VB_DEN") and its new text. A grid listens
/// once, on the element around its fields (<c>@onfieldchange</c>), rather than with an <c>@onchange</c> on each field:
/// each of those is one more delegate, event handler and attribute that every idle circuit keeps, some 120 on a page
/// of the staff grid. The browser builds these arguments from the changed field (<c>wwwroot/js/unsaved-edits.js</c>,
/// where the field's name also keys what the tab keeps unsaved).
/// </summary>
public sealed class FieldChangeEventArgs : EventArgs
{
    public string Field { get; set; } = "";

    public string? Value { get; set; }
}

/// <summary>
/// The Razor compiler's list of this app's own DOM events: <c>@onfieldchange</c> is the browser's <c>change</c>, which
/// Blazor hands to handlers up the field's ancestors under this name (its own <c>@onchange</c> stays on the field).
/// </summary>
[EventHandler("onfieldchange", typeof(FieldChangeEventArgs), enableStopPropagation: true, enablePreventDefault: true)]
public static class EventHandlers;
