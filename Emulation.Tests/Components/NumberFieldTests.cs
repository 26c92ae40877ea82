using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Campaigns;
using Emulation.Web.Components.Shared;
using Emulation.Web.Data;
using Emulation.Web.Services.Campaigns;

namespace Emulation.Tests.Components;

/// <summary>Numbers typed into the designer and the campaign form are never silently changed (issue 20, item 5).</summary>
[Trait("Category", "Fast")]
public sealed class NumberFieldTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Theory]
    [InlineData("95.5")]
    [InlineData("95,5")]
    public void CriterionEditor_MaxPointsWithAPointOrAComma_IsNinetyFiveAndAHalf(string typed)
    {
        CriterionInput? added = null;
        var editor = Render<CriterionEditor>(p => p.Add(x => x.OnAdd, (CriterionInput input) => added = input));
        Fill(editor);

        editor.Find("input[data-testid=criterion-max]").Change(typed);
        editor.Find("[data-testid=add-criterion]").Click();

        Assert.Equal(95.5m, added?.MaxPoints);
    }

    [Fact]
    public void CriterionEditor_MaxPointsOf1000WithAThousandsDot_IsRefusedAsAmbiguousAtTheField_AndNotAdded()
    {
        var added = 0;
        var editor = Render<CriterionEditor>(p => p.Add(x => x.OnAdd, (CriterionInput _) => added++));
        Fill(editor);

        editor.Find("input[data-testid=criterion-max]").Change("1.000");
        editor.Find("[data-testid=add-criterion]").Click();

        Assert.Contains("không rõ là số có dấu phân cách hàng nghìn hay số thập phân", editor.Markup, StringComparison.Ordinal);
        Assert.NotNull(editor.Find("[data-testid=criterion-unread]"));
        Assert.Equal(0, added);
    }

    [Fact]
    public void CriterionEditor_MaxPointsOf1e32_GetsAMessageAtTheField_NotZero()
    {
        var added = 0;
        var editor = Render<CriterionEditor>(p => p.Add(x => x.OnAdd, (CriterionInput _) => added++));
        Fill(editor);

        editor.Find("input[data-testid=criterion-max]").Change("100000000000000000000000000000000");
        editor.Find("[data-testid=add-criterion]").Click();

        Assert.Contains("Giá trị không được lớn hơn 1.000.", editor.Markup, StringComparison.Ordinal);
        Assert.Equal(0, added);
    }

    [Fact]
    public void CampaignForm_AYearOfMinusFive_GetsAMessageAtTheField_AndNoCampaignIsCreated()
    {
        SignInAs("congdoan", Roles.UnionOfficer);
        var list = Render<CampaignList>();
        list.WaitForAssertion(() => list.Find("input[data-testid=campaign-name]"));
        var before = list.Markup;
        list.Find("input[data-testid=campaign-name]").Change("Năm âm");

        list.Find("input[data-testid=campaign-year]").Change("-5");
        list.Find("[data-testid=create-campaign]").Click();

        // The form validates asynchronously: on a loaded machine the message arrives a render later.
        list.WaitForAssertion(() => Assert.Contains("Giá trị không được nhỏ hơn 2000.", list.Markup, StringComparison.Ordinal));
        Assert.NotNull(list.Find("[data-testid=campaign-unread]"));
        Assert.Equal("-5", list.Find("input[data-testid=campaign-year]").GetAttribute("value"));
        Assert.DoesNotContain("Năm âm", before, StringComparison.Ordinal);
        Assert.DoesNotContain(">Năm âm<", list.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void NoNumericFieldsLeft_SoMudBlazorsEnglishNotAValidNumberCannotAppear()
    {
        var editor = Render<CriterionEditor>(p => p.Add(x => x.OnAdd, (CriterionInput _) => { }));
        editor.Find("input[data-testid=criterion-max]").Change("abc");

        Assert.DoesNotContain("Not a valid number", editor.Markup, StringComparison.Ordinal);
        Assert.Contains("“abc” không phải là số.", editor.Markup, StringComparison.Ordinal);
    }

    private static void Fill(IRenderedComponent<CriterionEditor> editor)
    {
        editor.Find("input[data-testid=criterion-code]").Change("K");
        editor.Find("input[data-testid=criterion-name]").Change("Điểm");
    }
}
