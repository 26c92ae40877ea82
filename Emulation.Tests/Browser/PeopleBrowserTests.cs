using System.Globalization;
using System.Text.RegularExpressions;
using Emulation.Tests.Architecture;
using Emulation.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Emulation.Tests.Browser;

/// <summary>
/// An office keeps its own staff list: the administrator adds a new hire from the People page, then transfers them to
/// another unit from a day, and the positions held show both.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed partial class PeopleBrowserTests(BrowserFixture fixture)
{
    private static readonly string Screenshots = Path.Combine(DomainPurityTests.RepositoryRoot(), "artifacts", "screenshots");

    [Fact]
    public async Task AdministratorAddsAPerson_ThenTransfersThem_AndTheTenureHistoryShowsBoth()
    {
        await using var admin = await BrowserSession.SignInAsync(fixture, "quantri", Screenshots);
        await admin.ClickAsync("nav-people");
        await admin.WaitForPageAsync("**/admin/people", "people-add");
        await admin.ClickAsync("people-add");
        await admin.WaitForPageAsync("**/admin/people/new", "person-form");

        await admin.TypeAsync("person-code", "PW-001");
        await admin.TypeAsync("person-fullname", "Lâm Thị Hoa");
        await admin.TypeAsync("person-position", "Chuyên viên");
        await admin.TypeAsync("person-recruited", "01/02/2024");
        await admin.ClickAsync("person-save");
        await admin.WaitForPageAsync(PersonPage(), "transfer-form");
        await Assertions.Expect(admin.Page.Locator("h1")).ToHaveTextAsync("Lâm Thị Hoa");

        await admin.ChooseAsync(admin.Page.GetByLabel("Đơn vị mới"), "Phòng Kinh tế");
        await admin.TypeAsync("transfer-on", "01/09/2025");
        await admin.ClickAsync("transfer");

        await Assertions.Expect(admin.ByTestId("tenure-row")).ToHaveCountAsync(2);
        await Assertions.Expect(admin.ByTestId("person-summary")).ToContainTextAsync("Phòng Kinh tế");
        await Assertions.Expect(admin.ByTestId("tenure-row").First).ToContainTextAsync("01/09/2025");
        await admin.ShotAsync("people-01-added-and-transferred");
    }

    [Fact]
    public async Task OnAPhone_ATransferDatedBeforeRecruitment_IsRefusedInView_WithTheDayAsTheOfficeWritesIt()
    {
        int id;
        DateOnly recruited;
        await using (var db = await fixture.App.DbAsync())
        {
            (id, recruited) = await db.People.Where(p => p.Code == "TH-003").Select(p => ValueTuple.Create(p.Id, p.RecruitedOn)).SingleAsync();
        }

        await using var admin = await BrowserSession.SignInAsync(fixture, "quantri", Screenshots);
        await admin.Page.SetViewportSizeAsync(390, 844);
        await admin.GoAsync($"admin/people/{id}");
        await admin.TypeAsync("transfer-on", recruited.AddYears(-1).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await admin.ClickAsync("transfer");

        // The refusal is at the top of the page, far above the transfer's button on a phone: it is brought into view.
        var refusal = admin.ByTestId("errors");
        await Assertions.Expect(refusal).ToContainTextAsync($"Ngày điều chuyển trước ngày tuyển dụng ({recruited:dd/MM/yyyy}).");
        await Assertions.Expect(refusal).ToBeInViewportAsync();
        await admin.ShotAsync("people-02-phone-transfer-refused-in-view");
    }

    [GeneratedRegex(@"/admin/people/\d+$")]
    private static partial Regex PersonPage();
}
