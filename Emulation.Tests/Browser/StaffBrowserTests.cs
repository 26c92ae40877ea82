using Emulation.Tests.Architecture;
using Microsoft.Playwright;

namespace Emulation.Tests.Browser;

/// <summary>A member of staff signs in, registers their personal emulation pledge and opens their own profile.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffBrowserTests(BrowserFixture fixture)
{
    private static readonly string Screenshots = Path.Combine(DomainPurityTests.RepositoryRoot(), "artifacts", "screenshots");

    [Fact]
    public async Task Staff_SignsIn_Pledges_AndSeesTheirOwnProfile()
    {
        await using var staff = await BrowserSession.SignInAsync(fixture, "nv.th1", Screenshots);
        await Assertions.Expect(staff.ByTestId("nav-my-pledge")).ToBeVisibleAsync();
        await Assertions.Expect(staff.ByTestId("nav-council")).ToHaveCountAsync(0);
        await staff.ShotAsync("staff-01-home");

        await staff.ClickAsync("nav-my-pledge");
        // The pledge page is an island reached by enhanced navigation: wait for its own circuit, not the old page's.
        await staff.WaitForPageAsync("**/me/pledge", "circuit-live");
        if (await staff.ByTestId("pledge-edit").CountAsync() > 0)
        {
            await staff.ClickAsync("pledge-edit");
        }

        await staff.Page.GetByLabel("Danh hiệu đăng ký").ClickAsync();
        await staff.Page.GetByRole(AriaRole.Option, new() { Name = "Lao động tiên tiến" }).ClickAsync();
        await staff.Page.GetByLabel("Cam kết (không bắt buộc)").FillAsync("Hoàn thành xuất sắc nhiệm vụ được giao.");
        await staff.ShotAsync("staff-02-pledge-form");
        await staff.ClickAsync("pledge-save");
        await Assertions.Expect(staff.ByTestId("pledge-saved")).ToBeVisibleAsync();
        await Assertions.Expect(staff.ByTestId("pledge-registered").First).ToContainTextAsync("Lao động tiên tiến");
        await staff.ShotAsync("staff-03-pledged");

        await staff.ClickAsync("nav-my-profile");
        await staff.WaitForPageAsync("**/me/profile", "profile-name");
        await Assertions.Expect(staff.ByTestId("profile-name")).ToContainTextAsync("Hồ sơ thành tích");
        await Assertions.Expect(staff.ByTestId("own-nominations-none").Or(staff.ByTestId("own-nominations"))).ToBeVisibleAsync();
        await staff.ShotAsync("staff-04-profile");
    }
}
