using Emulation.Web.Services.Campaigns;
using System.Text.RegularExpressions;
using Emulation.Tests.Architecture;
using Emulation.Tests.Infrastructure;
using Emulation.Domain.Pledges;
using Emulation.Web.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Emulation.Tests.Browser;

/// <summary>
/// A new office from nothing, all in the browser: the first start in Production on an empty database creates only the
/// administrator from configuration; the administrator changes the initial password, creates a unit, a person in it,
/// the head's account bound to both and a union officer's account; the officer designs and launches a campaign; the
/// head changes the temporary password and registers the unit's pledge. Each step is photographed (walk-NN-…). An
/// installation of its own: Production, an empty database, the administrator from configuration.
/// </summary>
public sealed partial class OnboardingWalkBrowserTests(ChromiumFixture fixture) : OwnAppBrowserTests(fixture,
    ("environment", "Production"),
    ("Emulation:SeedDemoData", "false"),
    (PublicAddress.Key, "https://thidua.example.gov.vn"),
    ($"{AdminOnboardingOptions.Section}:UserName", AdminUserName),
    ($"{AdminOnboardingOptions.Section}:InitialPassword", InitialPassword))
{
    private const string AdminUserName = "quantri.so";
    private const string InitialPassword = "Khoi@Dau2026";

    private static readonly string Screenshots = Path.Combine(DomainPurityTests.RepositoryRoot(), "artifacts", "screenshots");

    [Fact]
    public async Task FromAnEmptyProductionDatabase_TheAdministratorSetsUpTheOffice_AndANewHeadPledges()
    {
        await using (var db = await App.DbAsync())
        {
            Assert.False(await db.Units.AnyAsync());
            Assert.Equal([AdminUserName], await db.Users.Select(u => u.UserName).ToListAsync());
        }

        string headPassword;
        string officerPassword;
        await using (var admin = await BrowserSession.SignInAsync(Browser, BaseUrl, AdminUserName, Screenshots, InitialPassword))
        {
            await admin.WaitForPageAsync("**/account/password", "password-must-change");
            await admin.ShotAsync("walk-01-admin-must-change-initial-password");
            await admin.ChangePasswordAsync(InitialPassword, "Quan@Tri2026");
            await admin.ShotAsync("walk-02-admin-password-changed");

            await admin.ClickAsync("nav-organization");
            await admin.WaitForPageAsync("**/admin/organization", "create-unit-form");
            await admin.TypeAsync("create-unit-code", "KH");
            await admin.TypeAsync("create-unit-name", "Phòng Kế hoạch");
            await admin.ClickAsync("create-unit");
            await Assertions.Expect(admin.ByTestId("unit-name-KH")).ToHaveTextAsync("Phòng Kế hoạch");
            await admin.ShotAsync("walk-03-admin-created-unit");

            await admin.ClickAsync("nav-people");
            await admin.WaitForPageAsync("**/admin/people", "people-add");
            await admin.ClickAsync("people-add");
            await admin.WaitForPageAsync("**/admin/people/new", "person-form");
            await admin.TypeAsync("person-code", "KH-001");
            await admin.TypeAsync("person-fullname", "Trần Thu Hà");
            await admin.ChooseAsync(admin.Page.GetByLabel("Đơn vị", new() { Exact = true }), "Phòng Kế hoạch");
            await admin.TypeAsync("person-position", "Trưởng phòng");
            await admin.TypeAsync("person-recruited", "01/03/2015");
            await admin.ClickAsync("person-save");
            await admin.WaitForPageAsync(PersonPage(), "transfer-form");
            await Assertions.Expect(admin.ByTestId("person-summary")).ToContainTextAsync("Phòng Kế hoạch");
            await admin.ShotAsync("walk-04-admin-created-person");

            await admin.ClickAsync("nav-users");
            await admin.WaitForPageAsync("**/admin/users", "user-form");
            await admin.TypeAsync("user-name", "tp.kehoach");
            await admin.TypeAsync("user-fullname", "Trần Thu Hà");
            await admin.Page.GetByLabel("Trưởng phòng", new() { Exact = true }).CheckAsync();
            await admin.ChooseAsync(admin.Page.GetByLabel("Đơn vị phụ trách (trưởng phòng)"), "Phòng Kế hoạch");
            // The head's own staff record, found by its code; the field shows the choice once the circuit has it.
            var person = admin.Page.Locator("input[data-testid='user-person']");
            var choice = admin.Page.GetByRole(AriaRole.Option, new() { Name = "KH-001 – Trần Thu Hà (Phòng Kế hoạch)" });
            await person.FillAsync("KH-001");
            await choice.ClickAsync();
            await Assertions.Expect(choice).ToHaveCountAsync(0);
            await Assertions.Expect(person).ToHaveValueAsync("KH-001 – Trần Thu Hà (Phòng Kế hoạch)");
            await admin.ClickAsync("user-save");
            await Assertions.Expect(admin.ByTestId("user-tp.kehoach")).ToBeVisibleAsync();
            headPassword = (await admin.ByTestId("temporary-password").TextContentAsync())!.Trim();
            await admin.ShotAsync("walk-05-admin-created-head-account");
            await admin.PhoneShotAsync("walk-05-admin-created-head-account-phone");

            await admin.TypeAsync("user-name", "congdoan.so");
            await admin.TypeAsync("user-fullname", "Lê Văn Bình");
            await admin.Page.GetByLabel("Cán bộ Công đoàn", new() { Exact = true }).CheckAsync();
            await admin.ClickAsync("user-save");
            await Assertions.Expect(admin.ByTestId("user-congdoan.so")).ToBeVisibleAsync();
            await Assertions.Expect(admin.ByTestId("users-password")).ToContainTextAsync("congdoan.so");
            officerPassword = (await admin.ByTestId("temporary-password").TextContentAsync())!.Trim();
            await admin.ShotAsync("walk-06-admin-created-union-officer-account");
        }

        int campaignId;
        await using (var officer = await BrowserSession.SignInAsync(Browser, BaseUrl, "congdoan.so", Screenshots, officerPassword))
        {
            await officer.WaitForPageAsync("**/account/password", "password-must-change");
            await officer.ChangePasswordAsync(officerPassword, "Cong@Doan2026");

            await officer.ClickAsync("nav-campaigns");
            await officer.WaitForPageAsync("**/campaigns", "new-campaign");
            await officer.TypeAsync("campaign-name", "Phong trào thi đua năm đầu tiên");
            await officer.ClickAsync("create-campaign");
            await officer.WaitForPageAsync(CampaignPage(), "launch");
            campaignId = int.Parse(officer.Page.Url.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
            await officer.TypeAsync("criterion-code", "KH_VB");
            await officer.TypeAsync("criterion-name", "Kế hoạch được ban hành đúng hạn");
            await officer.TypeAsync("criterion-max", "100");
            await officer.TypeAsync("criterion-uom", "kế hoạch");
            await officer.ClickAsync("add-criterion");
            await Assertions.Expect(officer.ByTestId("criteria-table")).ToContainTextAsync("KH_VB");
            await officer.ShotAsync("walk-07-officer-designed-campaign");
            // Deadlines and the titles on offer are set in the designer too; here the service sets them for the walk.
            await App.Service<CampaignService>().ReadyToLaunchAsync(campaignId);
            await officer.GoAsync($"campaigns/{campaignId}");

            await officer.ClickAsync("launch");
            await officer.ClickAsync("confirm-ok");
            await Assertions.Expect(officer.ByTestId("open-results")).ToBeVisibleAsync();
            await officer.ShotAsync("walk-08-officer-launched-campaign");
        }

        await using (var head = await BrowserSession.SignInAsync(Browser, BaseUrl, "tp.kehoach", Screenshots, headPassword))
        {
            await head.WaitForPageAsync("**/account/password", "password-must-change");
            await head.ShotAsync("walk-09-head-must-change-temporary-password");
            await head.PhoneShotAsync("walk-09-head-must-change-temporary-password-phone");
            await head.ChangePasswordAsync(headPassword, "Thu@Ha2026");

            await head.ClickAsync("nav-unit");
            await head.WaitForPageAsync("**/unit", "my-campaigns");
            await head.ByTestId("my-campaigns").GetByText("Phong trào thi đua năm đầu tiên").ClickAsync();
            await head.WaitForPageAsync(UnitWorkspace(), "submit-pledge");
            await head.TypeAsync("target-KH_VB", "12");
            await head.ClickAsync("submit-pledge");
            await head.ClickAsync("confirm-ok");
            await Assertions.Expect(head.ByTestId("saved")).ToContainTextAsync("Đã gửi đăng ký thi đua.");
            await head.ShotAsync("walk-10-head-registered-unit-pledge");
            await head.PhoneShotAsync("walk-10-head-registered-unit-pledge-phone");
        }

        await using (var db = await App.DbAsync())
        {
            var unitId = await db.Units.Where(u => u.Code == "KH").Select(u => u.Id).SingleAsync();
            var head = await db.Users.SingleAsync(u => u.UserName == "tp.kehoach");
            Assert.Equal(unitId, head.UnitId);
            Assert.Equal(await db.People.Where(p => p.Code == "KH-001").Select(p => (int?)p.Id).SingleAsync(), head.PersonId);
            Assert.Equal(["congdoan.so", AdminUserName, "tp.kehoach"], (await db.Users.Select(u => u.UserName).ToListAsync()).Order(StringComparer.Ordinal));
            var pledge = await db.Pledges.SingleAsync(p => p.CampaignId == campaignId && p.UnitId == unitId);
            Assert.Equal(SubmissionStatus.Submitted, pledge.Status);
            Assert.Equal("tp.kehoach", pledge.SubmittedBy);
            Assert.Equal(12m, pledge.TargetFor("KH_VB"));
        }
    }

    [GeneratedRegex(@"/admin/people/\d+$")]
    private static partial Regex PersonPage();

    [GeneratedRegex(@"/campaigns/\d+$")]
    private static partial Regex CampaignPage();

    [GeneratedRegex(@"/campaigns/\d+/units/\d+$")]
    private static partial Regex UnitWorkspace();
}
