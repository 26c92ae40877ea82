using Bunit;
using Emulation.Domain.Organization;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Admin;
using Emulation.Web.Components.Pages.Campaigns;
using Emulation.Web.Data;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Organization;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace Emulation.Tests.People;

/// <summary>The organisation page creates, splits and retires units; the campaign designer's bloc editor adds a bloc and fills it.</summary>
public sealed class UnitsPagesTests(AppFixture fixture) : PageTestContext(fixture)
{
    private static string Input(string testId) => $"input[data-testid={testId}], [data-testid={testId}] input";

    [Fact]
    public async Task OrganizationPage_CreatesAUnit_AndRefusesToRetireOneWithStaff()
    {
        SignInAs("quantri", Roles.Administrator);
        var page = Render<OrganizationPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=create-unit-form]")));

        page.Find(Input("create-unit-code")).Change("UP-01");
        page.Find(Input("create-unit-name")).Change("Tổ Lưu trữ");
        page.Find("[data-testid=create-unit]").Click();

        page.WaitForAssertion(() => Assert.Equal("Tổ Lưu trữ", page.Find("[data-testid=unit-name-UP-01]").TextContent));
        Assert.Equal("Phòng, ban", page.Find("[data-testid=unit-kind-UP-01]").TextContent);

        var th = await App.UnitIdAsync("TH");
        // The unit pickers in page order: rename, change the kind, retire.
        var retire = page.FindComponents<Emulation.Web.Components.Shared.UnitSelect>()[2];
        await page.InvokeAsync(() => retire.Instance.ValueChanged.InvokeAsync(th));
        await page.PickDayAsync("retire-on", new DateOnly(2027, 1, 1));
        page.Find("[data-testid=retire]").Click();

        // Retiring cannot be undone: asked first, naming the unit and the day.
        page.WaitForAssertion(() => Assert.Contains("Giải thể Phòng Tổng hợp từ ngày 01/01/2027",
            page.Find("[data-testid=confirm-message]").TextContent, StringComparison.Ordinal));
        Confirm(page);
        page.WaitForAssertion(() => Assert.Contains("vẫn còn cán bộ", page.Find("[data-testid=errors]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OrganizationPage_SplitsAUnit_AfterAskingFirst_AndRefusesTwoNewUnitsOfOneCode()
    {
        SignInAs("quantri", Roles.Administrator);
        var source = (await App.Service<OrganizationService>().CreateAsync(TestActors.Admin,
            new NewUnit("UP-TACH", "Tổ Tổng hợp chung"), UnitKind.Department, null)).Value;
        var page = Render<OrganizationPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=split-form]")));
        // The unit pickers in page order: rename, change the kind, retire, split.
        var split = page.FindComponents<Emulation.Web.Components.Shared.UnitSelect>()[3];
        await page.InvokeAsync(() => split.Instance.ValueChanged.InvokeAsync(source));
        page.Find(Input("split-code-1")).Change("UP-T1");
        page.Find(Input("split-name-1")).Change("Tổ Văn thư");
        page.Find(Input("split-code-2")).Change("UP-T1");
        page.Find(Input("split-name-2")).Change("Tổ Lưu trữ hồ sơ");
        await page.PickDayAsync("split-on", new DateOnly(2027, 1, 1));
        page.Find("[data-testid=split]").Click();
        Confirm(page);

        page.WaitForAssertion(() => Assert.Contains("Mã đơn vị UP-T1 đã được dùng.", page.Find("[data-testid=errors]").TextContent,
            StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=unit-name-UP-T1]"));

        page.Find(Input("split-code-2")).Change("UP-T2");
        page.Find("[data-testid=split]").Click();
        page.WaitForAssertion(() => Assert.Contains("Chia tách Tổ Tổng hợp chung thành Tổ Văn thư, Tổ Lưu trữ hồ sơ từ ngày 01/01/2027",
            page.Find("[data-testid=confirm-message]").TextContent, StringComparison.Ordinal));
        Confirm(page);

        page.WaitForAssertion(() => Assert.Equal("Tổ Văn thư", page.Find("[data-testid=unit-name-UP-T1]").TextContent));
        Assert.Equal("Tổ Lưu trữ hồ sơ", page.Find("[data-testid=unit-name-UP-T2]").TextContent);
        await using var db = await App.DbAsync();
        Assert.NotNull((await db.Units.SingleAsync(u => u.Id == source)).ClosedOn);
    }

    [Fact]
    public async Task BlocEditor_OnADraft_AddsABloc_AndMovesAUnitIntoIt()
    {
        SignInAs("congdoan", Roles.UnionOfficer);
        var campaign = (await App.Service<CampaignService>().CreateDraftAsync(TestActors.Officer,
            new CampaignDraftInput { Name = "Khối trong thiết kế", Year = 2028 })).Value;
        var kt = await App.UnitIdAsync("KT");
        var editor = Render<CampaignBlocsEditor>(p => p.Add(x => x.CampaignId, campaign));
        editor.WaitForAssertion(() => Assert.NotNull(editor.Find("[data-testid=bloc-table]")));
        Assert.Empty(editor.FindAll("[data-testid=bloc-reason]"));

        editor.Find(Input("bloc-new-name")).Change("Khối giao diện");
        editor.Find("[data-testid=bloc-add]").Click();
        editor.WaitForAssertion(() => Assert.Contains("Khối giao diện", editor.Markup, StringComparison.Ordinal));
        int blocId;
        await using (var db = await App.DbAsync())
        {
            blocId = await db.Blocs.Where(b => b.Name == "Khối giao diện").Select(b => b.Id).SingleAsync();
        }

        var select = editor.FindComponents<MudSelect<int?>>()
            .Single(s => s.Instance.UserAttributes.TryGetValue("data-testid", out var id) && id as string == $"bloc-of-{kt}");
        await editor.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(blocId));

        editor.WaitForAssertion(() => Assert.Equal("Phòng Kinh tế", editor.Find($"[data-testid=bloc-units-{blocId}]").TextContent));
    }
}
