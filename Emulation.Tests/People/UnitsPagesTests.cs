using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Admin;
using Emulation.Web.Components.Pages.Campaigns;
using Emulation.Web.Data;
using Emulation.Web.Services.Campaigns;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace Emulation.Tests.People;

/// <summary>The organisation page creates and retires units; the campaign designer's bloc editor adds a bloc and fills it.</summary>
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
        page.Find(Input("retire-on")).Change("2027-01-01");
        page.Find("[data-testid=retire]").Click();

        // Retiring cannot be undone: asked first, naming the unit and the day.
        page.WaitForAssertion(() => Assert.Contains("Giải thể Phòng Tổng hợp từ ngày 01/01/2027",
            page.Find("[data-testid=confirm-message]").TextContent, StringComparison.Ordinal));
        Confirm(page);
        page.WaitForAssertion(() => Assert.Contains("vẫn còn cán bộ", page.Find("[data-testid=errors]").TextContent, StringComparison.Ordinal));
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
