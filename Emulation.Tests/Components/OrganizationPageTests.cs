using Bunit;
using Emulation.Domain.Organization;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Admin;
using Emulation.Web.Data;
using Emulation.Web.Services.Organization;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Components;

[Trait("Category", "Fast")]
public sealed class OrganizationPageTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public void AwardHistory_NamesItsUnit_HasItsColumnNames_AndTakesTheFocus()
    {
        SignInAs("quantri", Roles.Administrator);
        var page = Render<OrganizationPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=unit-history-open-TH]")));
        Assert.Equal("Lịch sử khen thưởng: Phòng Tổng hợp", page.Find("[data-testid=unit-history-open-TH]").GetAttribute("aria-label"));
        // Every column header names its column for a screen reader (axe: empty-table-header), the buttons' one too.
        Assert.All(page.FindAll("[data-testid=unit-table] th"), th => Assert.False(string.IsNullOrWhiteSpace(th.TextContent)));

        page.Find("[data-testid=unit-history-open-TH]").Click();

        page.WaitForAssertion(() => Assert.Equal("Lịch sử khen thưởng: Phòng Tổng hợp",
            page.Find("[data-testid=unit-history-heading]").TextContent.Trim()));
        JSInterop.VerifyFocusAsyncInvoke();
        var history = page.Find("[data-testid=unit-history]");
        Assert.Contains("app-cards", history.ClassName ?? "", StringComparison.Ordinal);
        Assert.Equal(["Năm", "Danh hiệu / hình thức", "Cá nhân / tập thể", "Đơn vị tại thời điểm quyết định", "Số quyết định"],
            history.QuerySelectorAll("th").Select(th => th.TextContent.Trim()));
        Assert.All(history.QuerySelectorAll("tbody td"), td => Assert.False(string.IsNullOrEmpty(td.GetAttribute("data-label"))));
    }

    [Fact]
    public async Task Rename_WithNoUnitChosen_IsRefusedWithAMessage_InsteadOfCrashing()
    {
        // The page now starts with the first unit chosen; the service still refuses a rename of no unit by name.
        SignInAs("quantri", Roles.Administrator);
        var page = Render<OrganizationPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=rename]")));

        var renamed = await App.Service<OrganizationService>().RenameAsync(TestActors.Admin, 0, "Phòng mới", new DateOnly(2026, 12, 1));

        Assert.Equal("organization.unit_required", Assert.Single(renamed.Errors).Code);
        Assert.Empty(page.FindAll("[data-testid=organization-done]"));
    }

    /// <summary>The domain's refusal of an empty name asks for "a code and a name": the rename form has no code.</summary>
    [Fact]
    public void Rename_WithNoNewName_AsksForTheNewName_NotForACode()
    {
        SignInAs("quantri", Roles.Administrator);
        var page = Render<OrganizationPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=rename]")));

        page.Find("button[data-testid=rename]").Click();

        page.WaitForAssertion(() => Assert.Contains("Vui lòng nhập tên mới của đơn vị.", page.Find("[data-testid=errors]").TextContent,
            StringComparison.Ordinal));
        Assert.DoesNotContain("mã và tên", page.Find("[data-testid=errors]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReclassifyAndRetire_OfNoUnit_AreRefusedWithAMessage_InsteadOfCrashing()
    {
        // An office that has no unit yet (a new installation) opens the page with nothing to choose in these forms.
        var organization = App.Service<OrganizationService>();

        var reclassified = await organization.ReclassifyAsync(TestActors.Admin, 0, UnitKind.Department, null);
        var retired = await organization.RetireAsync(TestActors.Admin, 0, new DateOnly(2027, 1, 1));

        Assert.Equal("organization.unit_required", Assert.Single(reclassified.Errors).Code);
        Assert.Equal("organization.unit_required", Assert.Single(retired.Errors).Code);
    }

    [Fact]
    public async Task Split_OfNoUnit_OrIntoPartsWithoutANameOrOfOneCode_IsRefused_AndCreatesNothing()
    {
        var organization = App.Service<OrganizationService>();
        var on = new DateOnly(2027, 1, 1);

        var ofNone = await organization.SplitAsync(TestActors.Admin, 0, [new NewUnit("SP-A", "Tổ A"), new NewUnit("SP-B", "Tổ B")], on);
        var unnamed = await organization.SplitAsync(TestActors.Admin, 0, [new NewUnit("SP-C", "Tổ C"), new NewUnit("SP-D", " ")], on);
        var oneCode = await organization.SplitAsync(TestActors.Admin, 0, [new NewUnit("SP-E", "Tổ E"), new NewUnit("sp-e", "Tổ E2")], on);

        Assert.Equal("organization.unit_required", Assert.Single(ofNone.Errors).Code);
        Assert.Equal("organization.name_required", Assert.Single(unnamed.Errors).Code);
        Assert.Equal("organization.code_taken", Assert.Single(oneCode.Errors).Code);
        await using var db = await App.DbAsync();
        Assert.False(await db.Units.AnyAsync(u => u.Code.StartsWith("SP-")));
    }
}
