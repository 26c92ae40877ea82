using Bunit;
using Emulation.Domain.Organization;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Admin;
using Emulation.Web.Data;
using Emulation.Web.Services;
using Emulation.Web.Services.Accounts;
using Emulation.Web.Services.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Accounts;

/// <summary>
/// The account and organisation pages of a second agency's administrator list its own accounts and units only, offer
/// its own departments to bind a head to, and create that head there.
/// </summary>
public sealed class SeveralAgenciesPageTests : PageTestContext
{
    private const string Agency = "SNVP";

    public SeveralAgenciesPageTests(AppFixture fixture) : base(fixture)
    {
    }

    private static string Input(string testId) => $"input[data-testid={testId}], [data-testid={testId}] input";

    /// <summary>The second agency with a department, made by the province's administrator; returns the agency's id.</summary>
    private async Task<int> SecondAgencyAsync()
    {
        var province = new Actor("quantri", "quantri", new HashSet<string> { Roles.Administrator }, null);
        var organization = App.Service<OrganizationService>();
        var agency = await organization.CreateAsync(province, new NewUnit(Agency, "Sở Nội vụ thử nghiệm"), UnitKind.Agency, null);
        Assert.True(agency.IsSuccess);
        Assert.True((await organization.CreateAsync(province, new NewUnit($"{Agency}-TC", "Phòng Tổ chức Sở"), UnitKind.Department, agency.Value)).IsSuccess);
        await using var scope = App.Services.CreateAsyncScope();
        var admin = await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(province,
            new NewAccount("qt.snvp", "Quản trị Sở", [Roles.Administrator], Agency, null));
        Assert.True(admin.IsSuccess);
        return agency.Value;
    }

    [Fact]
    public async Task TheSecondAgencysAdministrator_SeesOnlyItsAccountsAndUnits_AndBindsAHeadToItsDepartment()
    {
        SignInAs("qt.snvp", Roles.Administrator, await SecondAgencyOnceAsync());
        var page = Render<UsersPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid='user-qt.snvp']")));

        Assert.Empty(page.FindAll("[data-testid='user-tp.th']"));
        Assert.Empty(page.FindAll("[data-testid='user-congdoan']"));
        page.Find(Input("user-name")).Change("tp.snvp");
        page.Find(Input("user-fullname")).Change("Lê Văn Tổ Chức");
        page.Find(Input($"user-role-{Roles.DepartmentHead}")).Change(true);
        var unit = page.FindComponents<MudBlazor.MudSelect<string>>()
            .Single(s => s.Instance.UserAttributes.TryGetValue("data-testid", out var id) && id as string == "user-unit");
        await page.InvokeAsync(() => unit.Instance.ValueChanged.InvokeAsync($"{Agency}-TC"));
        page.Find("[data-testid=user-save]").Click();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=temporary-password]")));
        Assert.Equal("Phòng Tổ chức Sở", page.Find("[data-testid='user-unit-tp.snvp']").TextContent.Trim());
    }

    [Fact]
    public async Task TheSecondAgencysAdministrator_OnTheOrganisationPage_KeepsOnlyItsUnits_AndCreatesNoAgency()
    {
        SignInAs("qt.snvp2", Roles.Administrator, await SecondAgencyOnceAsync());
        var page = Render<OrganizationPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find($"[data-testid='unit-name-{Agency}-TC']")));

        Assert.Empty(page.FindAll("[data-testid='unit-name-TH']"));
        Assert.Empty(page.FindAll($"[data-testid='unit-name-{Emulation.Web.Data.Seed.DemoDataSeeder.BoardCode}']"));
        Assert.Equal(Agency, page.Find($"[data-testid='unit-parent-{Agency}-TC']").TextContent.Trim());
    }

    /// <summary>The agency of the class, made once: the second test of the class finds it made by the first, or makes it.</summary>
    private async Task<int> SecondAgencyOnceAsync()
    {
        await using var db = await App.DbAsync();
        var existing = await db.Units.Where(u => u.Code == Agency).Select(u => (int?)u.Id).SingleOrDefaultAsync();
        return existing ?? await SecondAgencyAsync();
    }
}
