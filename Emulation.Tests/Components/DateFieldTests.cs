using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Shared;

namespace Emulation.Tests.Components;

/// <summary>
/// The one date field of the forms: in vi-VN its empty box shows the day's order in Vietnamese words, never the English
/// "dd/mm/yyyy", and its name for a screen reader stays its visible label, not the placeholder.
/// </summary>
[Trait("Category", "Fast")]
public sealed class DateFieldTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public void AnEmptyField_ShowsTheDayOrderInVietnamese()
    {
        var field = Render<DateField>(p => p.Add(x => x.Label, "Ngày quyết định"));

        var placeholder = field.Find("input").GetAttribute("placeholder");

        Assert.Equal("ngày/tháng/năm", placeholder);
        Assert.DoesNotMatch("[dmy]{2}", placeholder!);
    }

    [Fact]
    public void TheFieldsAccessibleName_IsItsLabel()
    {
        var field = Render<DateField>(p => p.Add(x => x.Label, "Ngày quyết định"));

        var input = field.Find("input");
        var label = field.Find("label");

        Assert.Equal("Ngày quyết định", label.TextContent.Trim());
        Assert.Equal(input.Id, label.GetAttribute("for"));
        Assert.Null(input.GetAttribute("aria-label"));
    }
}
