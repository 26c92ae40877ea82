using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Admin;
using Emulation.Web.Data;
using Emulation.Web.Services.Rules;
using Microsoft.AspNetCore.Components.Web;

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

    /// <summary>
    /// Every title's vote threshold and consultation days carry the same labels: a screen reader hears which title they
    /// are for from the group around them, named by the title's heading.
    /// </summary>
    [Theory]
    [InlineData("default", "Các danh hiệu, hình thức không quy định riêng")]
    [InlineData("ProvincialEmulationFighter", "Chiến sĩ thi đua cấp tỉnh")]
    [InlineData("GrassrootsEmulationFighter", "Chiến sĩ thi đua cơ sở")]
    public void RuleSets_EachTitlesCouncilFields_AreAGroupNamedByTheTitle(string group, string title)
    {
        SignInAs("quantri", Roles.Administrator);
        var page = Render<RuleSetsPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=save-ruleset]")));

        var fields = page.Find($"[data-testid=ruleset-council-group-{group}]");

        Assert.Equal("group", fields.GetAttribute("role"));
        Assert.Equal(title, page.Find($"#{fields.GetAttribute("aria-labelledby")}").TextContent.Trim());
        Assert.NotEmpty(fields.QuerySelectorAll("input[data-testid$=-numerator]"));
    }

    /// <summary>The editor's labels are whole sentences: its form is the one whose labels wrap above their fields (app.css).</summary>
    [Fact]
    public void RuleSets_TheEditorsForm_LetsItsLongLabelsWrap()
    {
        SignInAs("quantri", Roles.Administrator);
        var page = Render<RuleSetsPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=save-ruleset]")));

        Assert.Contains("ruleset-form", page.Find("[data-testid=derive-form]").ClassList);
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

    /// <summary>Fills the identity a provincial variant needs, so a test changes only the settings it is about.</summary>
    [Fact]
    public async Task RuleSets_TheSecondClickOfADoubleClick_StoresNoSecondVersion()
    {
        SignInAs("quantri", Roles.Administrator);
        var page = Render<RuleSetsPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=save-ruleset]")));
        Identify(page, "QT-NHAP-DUP");

        await page.Find("[data-testid=save-ruleset]").ClickAsync(new MouseEventArgs { Detail = 1 });
        await page.Find("[data-testid=save-ruleset]").ClickAsync(new MouseEventArgs { Detail = 2 });

        var versions = (await App.Service<RuleSetService>().ListAsync(TestActors.Admin)).Count(r => r.Id == "QT-NHAP-DUP");
        Assert.Equal(1, versions);
    }

    private static void Identify(IRenderedComponent<RuleSetsPage> page, string id)
    {
        page.Find("input[data-testid=ruleset-id]").Change(id);
        page.Find("input[data-testid=ruleset-jurisdiction]").Change("QT");
        page.Find("input[data-testid=ruleset-name]").Change("Quy định của tỉnh");
    }

    [Fact]
    public void RuleSets_TheCollectiveSharesOfArt27And28_AreOnTheForm_InVietnamese_FilledFromTheBase()
    {
        SignInAs("quantri", Roles.Administrator);
        var page = Render<RuleSetsPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=save-ruleset]")));

        var form = page.Find("[data-testid=derive-form]").TextContent;
        Assert.Contains("Tập thể lao động tiên tiến (Luật Thi đua, khen thưởng 06/2022/QH15 Điều 28)", form, StringComparison.Ordinal);
        Assert.Contains("Tập thể lao động xuất sắc (Điều 27)", form, StringComparison.Ordinal);
        Assert.Contains("Phải trên tỷ lệ này (vừa bằng thì chưa đạt)", form, StringComparison.Ordinal);
        Assert.Contains("Ưu tiên nữ khi bằng điểm", form, StringComparison.Ordinal);
        Assert.Equal("7", page.Find("input[data-testid=ruleset-advanced-share-numerator]").GetAttribute("value"));
        Assert.Equal("10", page.Find("input[data-testid=ruleset-advanced-share-denominator]").GetAttribute("value"));
        Assert.Equal("7", page.Find("input[data-testid=ruleset-excellent-share-numerator]").GetAttribute("value"));
        Assert.Contains("Điều 28: ≥ 7/10 · Điều 27: ≥ 7/10", page.Find("[data-testid=ruleset-table]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleSets_AProvinceReadingArt28AsMoreThanHalf_SavesItAsANewVersion_AndTheTableShowsIt()
    {
        SignInAs("quantri", Roles.Administrator);
        var page = Render<RuleSetsPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=save-ruleset]")));

        Identify(page, "QT-TREN-NUA");
        page.Find("input[data-testid=ruleset-advanced-share-numerator]").Change("1");
        page.Find("input[data-testid=ruleset-advanced-share-denominator]").Change("2");
        page.Find("input[data-testid=ruleset-advanced-share-strict]").Change(true);
        page.Find("input[data-testid=ruleset-excellent-share-numerator]").Change("8");
        page.Find("[data-testid=save-ruleset]").Click();

        page.WaitForAssertion(() => Assert.Contains("Đã lưu QT-TREN-NUA, phiên bản 1.", page.Find("[data-testid=ruleset-saved]").TextContent,
            StringComparison.Ordinal));
        Assert.Contains("Điều 28: > 1/2 · Điều 27: ≥ 8/10", page.Find("[data-testid=ruleset-table]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleSets_MoreThanAHundredPercent_IsRefusedNamingTheSettingInVietnamese_AndNothingIsSaved()
    {
        SignInAs("quantri", Roles.Administrator);
        var page = Render<RuleSetsPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=save-ruleset]")));

        Identify(page, "QT-TRAM");
        page.Find("input[data-testid=ruleset-advanced-share-numerator]").Change("10");
        page.Find("input[data-testid=ruleset-advanced-share-strict]").Change(true);
        page.Find("input[data-testid=ruleset-excellent-min-score]").Change("95");
        page.Find("input[data-testid=ruleset-women-share-numerator]").Change("12");
        page.Find("[data-testid=save-ruleset]").Click();

        page.WaitForAssertion(() => Assert.Contains("Phải trên tỷ lệ Lao động tiên tiến (không thể trên 100%)",
            page.Find("[data-testid=errors]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Tỷ lệ nữ của tập thể được ưu tiên", page.Find("[data-testid=errors]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Collectives.", page.Find("[data-testid=errors]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=ruleset-saved]"));
        Assert.DoesNotContain("QT-TRAM", page.Find("[data-testid=ruleset-table]").TextContent, StringComparison.Ordinal);
    }
}
