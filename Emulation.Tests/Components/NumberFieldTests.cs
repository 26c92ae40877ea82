using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Campaigns;
using Emulation.Web.Components.Shared;
using Emulation.Web.Data;
using Emulation.Web.Services.Campaigns;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Emulation.Tests.Components;

/// <summary>Numbers typed into the designer and the campaign form are never silently changed (issue 20, item 5).</summary>
[Trait("Category", "Fast")]
public sealed class NumberFieldTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public void AFieldGivenNoExtraAttribute_RendersItsLabel_InsteadOfFailingThePage()
    {
        var field = Render<NumberField>(p => p.Add(x => x.Label, "Tỷ lệ"));

        Assert.Contains("Tỷ lệ", field.Markup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("95.5")]
    [InlineData("95,5")]
    public async Task CriterionEditor_MaxPointsWithAPointOrAComma_IsNinetyFiveAndAHalf(string typed)
    {
        CriterionInput? added = null;
        var editor = Render<CriterionEditor>(p => p.Add(x => x.OnAdd, (CriterionInput input) => added = input));
        await FillAsync(editor);

        await editor.Find("input[data-testid=criterion-max]").ChangeAsync(new ChangeEventArgs { Value = typed });
        await editor.Find("[data-testid=add-criterion]").ClickAsync(new MouseEventArgs());

        Assert.Equal(95.5m, added?.MaxPoints);
    }

    [Fact]
    public async Task CriterionEditor_MaxPointsOf1000WithAThousandsDot_IsRefusedAsAmbiguousAtTheField_AndNotAdded()
    {
        var added = 0;
        var editor = Render<CriterionEditor>(p => p.Add(x => x.OnAdd, (CriterionInput _) => added++));
        await FillAsync(editor);

        await editor.Find("input[data-testid=criterion-max]").ChangeAsync(new ChangeEventArgs { Value = "1.000" });
        await editor.Find("[data-testid=add-criterion]").ClickAsync(new MouseEventArgs());

        Assert.Contains("không rõ là số có dấu phân cách hàng nghìn hay số thập phân", editor.Markup, StringComparison.Ordinal);
        Assert.NotNull(editor.Find("[data-testid=criterion-unread]"));
        Assert.Equal(0, added);
    }

    [Fact]
    public async Task CriterionEditor_MaxPointsOf1e32_GetsAMessageAtTheField_NotZero()
    {
        var added = 0;
        var editor = Render<CriterionEditor>(p => p.Add(x => x.OnAdd, (CriterionInput _) => added++));
        await FillAsync(editor);

        await editor.Find("input[data-testid=criterion-max]").ChangeAsync(new ChangeEventArgs { Value = "100000000000000000000000000000000" });
        await editor.Find("[data-testid=add-criterion]").ClickAsync(new MouseEventArgs());

        Assert.Contains("Giá trị không được lớn hơn 1.000.", editor.Markup, StringComparison.Ordinal);
        Assert.Equal(0, added);
    }

    [Fact]
    public async Task CampaignForm_AYearOfMinusFive_GetsAMessageAtTheField_AndNoCampaignIsCreated()
    {
        SignInAs("congdoan", Roles.UnionOfficer);
        var list = Render<CampaignList>();
        list.WaitForAssertion(() => list.Find("input[data-testid=campaign-name]"));
        var before = list.Markup;
        await list.Find("input[data-testid=campaign-name]").ChangeAsync(new ChangeEventArgs { Value = "Năm âm" });

        await list.Find("input[data-testid=campaign-year]").ChangeAsync(new ChangeEventArgs { Value = "-5" });
        await list.Find("[data-testid=create-campaign]").ClickAsync(new MouseEventArgs());

        // The form validates asynchronously: on a loaded machine the message arrives a render later.
        list.WaitForAssertion(() => Assert.Contains("Giá trị không được nhỏ hơn 2000.", list.Markup, StringComparison.Ordinal));
        Assert.NotNull(list.Find("[data-testid=campaign-unread]"));
        Assert.Equal("-5", list.Find("input[data-testid=campaign-year]").GetAttribute("value"));
        Assert.DoesNotContain("Năm âm", before, StringComparison.Ordinal);
        Assert.DoesNotContain(">Năm âm<", list.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoNumericFieldsLeft_SoMudBlazorsEnglishNotAValidNumberCannotAppear()
    {
        var editor = Render<CriterionEditor>(p => p.Add(x => x.OnAdd, (CriterionInput _) => { }));
        await editor.Find("input[data-testid=criterion-max]").ChangeAsync(new ChangeEventArgs { Value = "abc" });

        Assert.DoesNotContain("Not a valid number", editor.Markup, StringComparison.Ordinal);
        Assert.Contains("“abc” không phải là số.", editor.Markup, StringComparison.Ordinal);
    }

    /// <summary>
    /// Each event awaited until the page has handled it: a field's change goes through MudBlazor's input asynchronously,
    /// and a click sent before that ends (bUnit's Change does not wait) could find the old value on a loaded machine.
    /// </summary>
    private static async Task FillAsync(IRenderedComponent<CriterionEditor> editor)
    {
        await editor.Find("input[data-testid=criterion-code]").ChangeAsync(new ChangeEventArgs { Value = "K" });
        await editor.Find("input[data-testid=criterion-name]").ChangeAsync(new ChangeEventArgs { Value = "Điểm" });
    }
}
