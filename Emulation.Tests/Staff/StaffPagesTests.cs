using Bunit;
using Emulation.Domain.Awards;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Staff;
using Emulation.Web.Components.Pages.Units;
using Emulation.Web.Data;
using Emulation.Web.Data.Seed;
using Emulation.Web.Services;
using Emulation.Web.Services.Staff;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Staff;

/// <summary>
/// The staff pages: the pledge form offers the campaign's personal titles and saves one's own pledge; one's profile
/// shows one's own record and nominations; the head's My unit page lists the staff's pledges, read-only.
/// </summary>
public sealed class StaffPagesTests : PageTestContext
{
    public StaffPagesTests(AppFixture fixture) : base(fixture)
    {
    }

    private async Task<(string UserId, int PersonId)> StaffAsync(string userName)
    {
        await using var db = await App.DbAsync();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName);
        return (user.Id, user.PersonId!.Value);
    }

    [Fact]
    public async Task PledgePage_SavesOnesOwnPledge_AndShowsItRegistered()
    {
        var (userId, personId) = await StaffAsync("nv.th2");
        SignInAs(userId, Roles.Staff, personId: personId);
        var campaign = await App.SeededCampaignIdAsync();

        var page = Render<MyPledgePage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=pledge-save]")));
        Assert.Contains("Phòng Tổng hợp", page.Find("[data-testid=pledge-person]").TextContent, StringComparison.Ordinal);
        var select = page.FindComponent<MudBlazor.MudSelect<Title?>>();
        await page.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(Title.GrassrootsEmulationFighter));
        page.Find("textarea[data-testid=pledge-commitment], [data-testid=pledge-commitment] textarea").Input("Có ít nhất một sáng kiến được công nhận.");
        page.Find("[data-testid=pledge-save]").Click();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=pledge-saved]")));
        Assert.Contains("Chiến sĩ thi đua cơ sở", page.Find($"[data-testid=pledge-campaign-{campaign}] [data-testid=pledge-registered]").TextContent,
            StringComparison.Ordinal);
        Assert.Equal("Có ít nhất một sáng kiến được công nhận.", page.Find("[data-testid=pledge-registered-commitment]").TextContent);
        Assert.NotNull(page.Find("[data-testid=pledge-edit]"));
    }

    [Fact]
    public void PledgePage_ForAStaffAccountWithoutAPerson_SaysSo()
    {
        SignInAs("nv.khong-ho-so", Roles.Staff);

        var page = Render<MyPledgePage>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=staff-no-person]")));
        Assert.Empty(page.FindAll("[data-testid=pledge-save]"));
    }

    [Fact]
    public async Task ProfilePage_ShowsOnesOwnProfile_AndNominations()
    {
        var (userId, personId) = await StaffAsync("nv.th1");
        SignInAs(userId, Roles.Staff, personId: personId);
        string name;
        await using (var db = await App.DbAsync())
        {
            name = await db.People.Where(p => p.Id == personId).Select(p => p.FullName).SingleAsync();
        }

        var page = Render<MyProfilePage>();

        page.WaitForAssertion(() => Assert.Contains(name, page.Find("[data-testid=profile-name]").TextContent, StringComparison.Ordinal));
        Assert.NotNull(page.Find("[data-testid=own-nominations-none]"));
        // The refusal log names other users: not on a member of staff's own page.
        Assert.Empty(page.FindAll("[data-testid=refusals]"));
    }

    [Fact]
    public async Task HomeSection_ForStaff_LinksTheProfileAndThePledge()
    {
        var (userId, personId) = await StaffAsync("nv.th1");
        SignInAs(userId, Roles.Staff, personId: personId);

        var section = Render<StaffHomeSection>();

        section.WaitForAssertion(() => Assert.Equal(2, section.FindAll("a[href='me/profile'], a[href='me/pledge']").Count));
    }

    [Fact]
    public async Task MyUnitSection_ShowsTheStaffsPledges_ReadOnly()
    {
        var (_, personId) = await StaffAsync("nv.th1");
        var unit = await App.UnitIdAsync(DemoDataSeeder.DemoUnitCode);
        var campaign = await App.SeededCampaignIdAsync();
        var staff = new Actor("nv.th1", "nv.th1", new HashSet<string> { Roles.Staff }, null, personId);
        Assert.True((await App.Service<StaffService>().SavePledgeAsync(staff, campaign, personId, Title.AdvancedWorker, "Đúng hạn.")).IsSuccess);
        SignInAs("tp.th", Roles.DepartmentHead, unit);

        var section = Render<UnitStaffPledgesSection>(p => p.Add(x => x.UnitId, unit));

        section.WaitForAssertion(() => Assert.Contains("Lao động tiên tiến", section.Find("[data-testid=unit-pledges]").TextContent,
            StringComparison.Ordinal));
        Assert.Contains("Đúng hạn.", section.Find("[data-testid=unit-pledges]").TextContent, StringComparison.Ordinal);
        // The head reads the commitment; "(optional)" was the form's advice to the member of staff who wrote it.
        Assert.Equal(["Cán bộ", "Danh hiệu đăng ký", "Cam kết"], section.FindAll("[data-testid=unit-pledges] th").Select(th => th.TextContent.Trim()));
        Assert.Empty(section.FindAll("button"));
        Assert.Empty(section.FindAll("input, textarea"));
    }
}
