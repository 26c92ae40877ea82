using System.Text.RegularExpressions;
using Emulation.Tests.Architecture;
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
        await admin.TypeAsync("person-recruited", "2024-02-01");
        await admin.ClickAsync("person-save");
        await admin.WaitForPageAsync(PersonPage(), "transfer-form");
        await Assertions.Expect(admin.Page.Locator("h1")).ToHaveTextAsync("Lâm Thị Hoa");

        await admin.ChooseAsync(admin.Page.GetByLabel("Đơn vị mới"), "Phòng Kinh tế");
        await admin.TypeAsync("transfer-on", "2025-09-01");
        await admin.ClickAsync("transfer");

        await Assertions.Expect(admin.ByTestId("tenure-row")).ToHaveCountAsync(2);
        await Assertions.Expect(admin.ByTestId("person-summary")).ToContainTextAsync("Phòng Kinh tế");
        await Assertions.Expect(admin.ByTestId("tenure-row").First).ToContainTextAsync("01/09/2025");
        await admin.ShotAsync("people-01-added-and-transferred");
    }

    [GeneratedRegex(@"/admin/people/\d+$")]
    private static partial Regex PersonPage();
}
