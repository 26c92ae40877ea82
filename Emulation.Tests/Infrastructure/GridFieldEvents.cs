using AngleSharp.Dom;
using Bunit;
using Emulation.Web.Components.Shared;

namespace Emulation.Tests.Infrastructure;

/// <summary>
/// Typing into a field of an editable grid in bUnit as the browser does: the field's change goes up to the one handler
/// around the grid's fields (<c>@onfieldchange</c>, <see cref="FieldChangeEventArgs"/>), named after the field.
/// </summary>
public static class GridFieldEvents
{
    public static void ChangeField(this IElement field, string value) =>
        field.TriggerEvent("onfieldchange", new FieldChangeEventArgs { Field = field.GetAttribute("name") ?? "", Value = value });
}
