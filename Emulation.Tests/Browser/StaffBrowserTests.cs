using Emulation.Tests.Architecture;
using Emulation.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Emulation.Tests.Browser;

/// <summary>A member of staff signs in, registers their personal emulation pledge and opens their own profile.</summary>
[Collection(SecondBrowserCollection.Name)]
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
        // Other tests may have opened campaigns of their own: the pledge is made on the seeded campaign's card, whose
        // form is open already or opens with its button.
        var card = staff.ByTestId($"pledge-campaign-{await fixture.App.SeededCampaignIdAsync()}");
        var opener = card.Locator("[data-testid=pledge-edit], [data-testid=pledge-start]");
        var title = card.GetByLabel("Danh hiệu đăng ký");
        await Assertions.Expect(title.Or(opener)).ToBeVisibleAsync();
        if (await opener.CountAsync() > 0)
        {
            await opener.ClickAsync();
        }

        await staff.ChooseAsync(title, "Lao động tiên tiến");
        await staff.Page.GetByLabel("Cam kết (không bắt buộc)").FillAsync("Hoàn thành xuất sắc nhiệm vụ được giao.");
        await staff.ShotAsync("staff-02-pledge-form");
        await staff.ClickAsync("pledge-save");
        await Assertions.Expect(staff.ByTestId("pledge-saved")).ToBeVisibleAsync();
        await Assertions.Expect(card.GetByTestId("pledge-registered")).ToContainTextAsync("Lao động tiên tiến");
        await staff.ShotAsync("staff-03-pledged");

        await staff.ClickAsync("nav-my-profile");
        await staff.WaitForPageAsync("**/me/profile", "profile-name");
        await Assertions.Expect(staff.ByTestId("profile-name")).ToContainTextAsync("Hồ sơ thành tích");
        await Assertions.Expect(staff.ByTestId("own-nominations-none").Or(staff.ByTestId("own-nominations"))).ToBeVisibleAsync();
        await staff.ShotAsync("staff-04-profile");
    }
}
