using System.Globalization;
using Bunit;
using Emulation.Tests.Infrastructure;
using MudBlazor;

namespace Emulation.Tests.Components;

/// <summary>MudBlazor's own messages follow the app's language.</summary>
[Trait("Category", "Fast")]
public sealed class MudTextsTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public void NumberField_GivenText_SaysSoInVietnamese()
    {
        var field = Render<MudNumericField<decimal?>>(p => p.Add(x => x.Culture, CultureInfo.GetCultureInfo("vi-VN")));

        field.Find("input").Change("mười hai");

        field.WaitForAssertion(() => Assert.Contains("Không phải là số hợp lệ.", field.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain("Not a valid number", field.Markup, StringComparison.Ordinal);
    }
}
