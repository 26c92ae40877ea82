using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Emulation.Tests.Infrastructure;

/// <summary>
/// Choosing a day in bUnit as a person does in MudBlazor's date picker (DateField and the forms that edit): the picker
/// carrying <c>data-testid</c> takes the day. A change event on the picker's input did not reach its date in bUnit; the
/// browser tests type the days (dd/MM/yyyy) as a person does.
/// </summary>
public static class DatePickerEvents
{
    public static Task PickDayAsync<T>(this IRenderedComponent<T> page, string testId, DateOnly day) where T : class, IComponent
    {
        ArgumentNullException.ThrowIfNull(page);
        var picker = page.FindComponents<MudDatePicker>()
            .Single(p => p.Instance.UserAttributes.TryGetValue("data-testid", out var id) && Equals(id, testId));
        return page.InvokeAsync(() => picker.Instance.DateChanged.InvokeAsync(day.ToDateTime(TimeOnly.MinValue)));
    }
}
