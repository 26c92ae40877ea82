using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Emulation.Tests.Infrastructure;

/// <summary>
/// Choosing a day in bUnit as a person does in MudBlazor's date picker (DateField and the forms that edit): the picker
/// carrying <c>data-testid</c> takes the day. Its typed text is read by the picker's own script-backed input, which bUnit
/// does not run; the browser tests type the days (dd/MM/yyyy).
/// </summary>
public static class DatePickerEvents
{
    public static Task PickDayAsync<T>(this IRenderedComponent<T> page, string testId, DateOnly day) where T : IComponent
    {
        ArgumentNullException.ThrowIfNull(page);
        var picker = page.FindComponents<MudDatePicker>()
            .Single(p => p.Instance.UserAttributes.TryGetValue("data-testid", out var id) && Equals(id, testId));
        return page.InvokeAsync(() => picker.Instance.DateChanged.InvokeAsync(day.ToDateTime(TimeOnly.MinValue)));
    }
}
