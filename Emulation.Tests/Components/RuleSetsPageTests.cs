using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Admin;
using Emulation.Web.Data;

namespace Emulation.Tests.Components;

[Trait("Category", "Fast")]
public sealed class RuleSetsPageTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public void RuleSets_ListsTheNationalSetsAsBuiltIn()
    {
        SignInAs("quantri", Roles.Administrator);

        var page = Render<RuleSetsPage>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=ruleset-table]")));
        Assert.Contains("VN-ND98-2023", page.Markup, StringComparison.Ordinal);
        Assert.Contains("VN-ND152-2025", page.Markup, StringComparison.Ordinal);
        Assert.Contains("Có sẵn (quốc gia)", page.Markup, StringComparison.Ordinal);
        Assert.Contains("≤ 20% (25%) · Xếp loại Hoàn thành tốt trở lên · Làm tròn xuống · Theo từng đơn vị",
            page.Find("[data-testid=ruleset-table]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleSets_AnOpenEndedSet_ReadsInForceFromItsFirstDay_AndASetWithoutQuotasSaysSo()
    {
        SignInAs("quantri", Roles.Administrator);

        var page = Render<RuleSetsPage>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=ruleset-table]")));
        var table = page.Find("[data-testid=ruleset-table]").TextContent;
        Assert.Contains("01/01/2024 – 30/06/2025", table, StringComparison.Ordinal);
        Assert.Contains("Từ 01/07/2025", table, StringComparison.Ordinal);
        Assert.DoesNotContain("…", table, StringComparison.Ordinal);
        Assert.Contains("Không quy định", table, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleSets_SavingWithoutAnId_SaysWhichFieldIsMissing()
    {
        SignInAs("quantri", Roles.Administrator);
        var page = Render<RuleSetsPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=save-ruleset]")));

        page.Find("[data-testid=save-ruleset]").Click();

        page.WaitForAssertion(() => Assert.Contains("Trường 'Mã' là bắt buộc.", page.Find("[data-testid=errors]").TextContent,
            StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=ruleset-saved]"));
    }

    [Fact]
    public void RuleSets_SavingAProvincialVariant_AddsItsFirstVersion()
    {
        SignInAs("quantri", Roles.Administrator);
        var page = Render<RuleSetsPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=save-ruleset]")));

        page.Find("input[data-testid=ruleset-id]").Change("QT-BUNIT");
        page.Find("input[data-testid=ruleset-jurisdiction]").Change("QT");
        page.Find("input[data-testid=ruleset-name]").Change("Quy định của tỉnh");
        page.Find("[data-testid=save-ruleset]").Click();

        page.WaitForAssertion(() => Assert.Contains("Đã lưu QT-BUNIT, phiên bản 1.", page.Find("[data-testid=ruleset-saved]").TextContent,
            StringComparison.Ordinal));
        Assert.Contains("QT-BUNIT", page.Find("[data-testid=ruleset-table]").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("150", "Giá trị không được lớn hơn 100.")]
    [InlineData("1.000", "không rõ là số có dấu phân cách hàng nghìn")]
    public void RuleSets_AQuotaThatCannotBeRead_IsRefusedAtTheField_NotClamped(string typed, string atTheField)
    {
        SignInAs("quantri", Roles.Administrator);
        var page = Render<RuleSetsPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=save-ruleset]")));

        page.Find("input[data-testid=ruleset-id]").Change("QT-SO");
        page.Find("input[data-testid=ruleset-jurisdiction]").Change("QT");
        page.Find("input[data-testid=ruleset-name]").Change("Quy định thử");
        page.Find("input[data-testid=ruleset-quota]").Change(typed);
        page.Find("[data-testid=save-ruleset]").Click();

        page.WaitForAssertion(() => Assert.Contains("Có ô số chưa đọc được", page.Find("[data-testid=errors]").TextContent,
            StringComparison.Ordinal));
        Assert.Contains(atTheField, page.Markup, StringComparison.Ordinal);
        Assert.Equal(typed, page.Find("input[data-testid=ruleset-quota]").GetAttribute("value"));
        Assert.Empty(page.FindAll("[data-testid=ruleset-saved]"));
        Assert.DoesNotContain("QT-SO", page.Find("[data-testid=ruleset-table]").TextContent, StringComparison.Ordinal);
    }
}
