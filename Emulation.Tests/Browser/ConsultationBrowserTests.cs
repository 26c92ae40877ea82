using Emulation.Tests.Architecture;
using Emulation.Tests.Council;
using Emulation.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Emulation.Tests.Browser;

/// <summary>
/// Public consultation before the council, end to end on an app whose clock the test moves: the union officer cannot
/// open the council on a nominee never published, then publishes the list, an anonymous visitor comments on the public
/// page, the officer accepts the comment, and the council session is refused before the window closes and opens after
/// it. Photographed in vi-VN at desktop and phone width.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ConsultationBrowserTests(BrowserFixture fixture) : IAsyncLifetime
{
    private static readonly string Screenshots = Path.Combine(DomainPurityTests.RepositoryRoot(), "artifacts", "screenshots");

    private readonly EmulationAppFactory _app = new() { Clock = new SettableClock(DateTimeOffset.UtcNow) };
    private string _baseUrl = "";
    private CouncilScenario _scenario = null!;

    private SettableClock Clock => _app.Clock!;

    public async ValueTask InitializeAsync()
    {
        _baseUrl = BrowserFixture.Listen(_app);
        _scenario = await CouncilScenario.SeedAsync(_app);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task OfficerPublishes_AVisitorComments_TheOfficerAccepts_AndTheCouncilWaitsForTheWindow()
    {
        var campaign = _scenario.CampaignId;
        await using (var officer = await BrowserSession.SignInAsync(fixture.Browser, _baseUrl, "congdoan", Screenshots))
        {
            // Never published, the nominee keeps the council from meeting, and is named.
            await officer.GoAsync($"council/{campaign}");
            await officer.ClickAsync("open-session");
            await Assertions.Expect(officer.ByTestId("errors")).ToContainTextAsync("(Chiến sĩ thi đua cấp tỉnh) chưa được công khai để lấy ý kiến");
            await Assertions.Expect(officer.ByTestId("session")).ToHaveCountAsync(0);
            await officer.ShotAsync("consultation-00-council-refused-unpublished");

            await officer.GoAsync($"consultations?campaign={campaign}");
            await Assertions.Expect(officer.ByTestId("awaiting-list")).ToBeVisibleAsync();
            await officer.ClickAsync("publish");
            await officer.WaitForPageAsync("**/consultations?campaign=*", "consultation-message");
            await Assertions.Expect(officer.ByTestId("consultation-window").First).ToContainTextAsync("10 ngày làm việc");
            await officer.ShotAsync("consultation-01-published");
            await officer.PhoneShotAsync("consultation-02-published-phone");
        }

        var visitorContext = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "vi-VN" });
        await using (visitorContext)
        {
            var visitor = new BrowserSession(visitorContext, await visitorContext.NewPageAsync(), _baseUrl, Screenshots);
            await visitor.GoAsync("public/consultations");
            await Assertions.Expect(visitor.ByTestId("consultation-nominee")).ToHaveCountAsync(1);
            await visitor.ShotAsync("consultation-03-public");
            await visitor.PhoneShotAsync("consultation-04-public-phone");
            await visitor.Page.SelectOptionAsync("[data-testid=comment-about]", new SelectOptionValue { Index = 1 });
            await visitor.Page.FillAsync("[data-testid=comment-name]", "Nguyễn Thị Góp Ý");
            await visitor.Page.FillAsync("[data-testid=comment-contact]", "gopy@example.vn");
            await visitor.Page.FillAsync("[data-testid=comment-text]", "Đồng chí có sáng kiến được áp dụng toàn tỉnh; tôi đồng ý.");
            await visitor.ClickAsync("comment-submit");
            await visitor.WaitForPageAsync("**/public/consultations", "comment-sent");
            await visitor.ShotAsync("consultation-05-comment-sent");
        }

        await using (var officer = await BrowserSession.SignInAsync(fixture.Browser, _baseUrl, "congdoan", Screenshots))
        {
            await officer.GoAsync($"consultations?campaign={campaign}");
            await officer.Page.Locator("[data-testid^=accept-]").First.ClickAsync();
            await officer.WaitForPageAsync("**/consultations?campaign=*", "consultation-message");
            await Assertions.Expect(officer.ByTestId("comment-status").First).ToContainTextAsync("Đã chấp nhận");
            await officer.ShotAsync("consultation-06-accepted");

            await officer.GoAsync($"council/{campaign}");
            await Assertions.Expect(officer.ByTestId("council-comment")).ToContainTextAsync("Nguyễn Thị Góp Ý");
            await officer.ClickAsync("open-session");
            await Assertions.Expect(officer.ByTestId("errors")).ToContainTextAsync("đang được lấy ý kiến công khai đến hết ngày");
            await Assertions.Expect(officer.ByTestId("session")).ToHaveCountAsync(0);
            await officer.ShotAsync("consultation-07-council-refused");
        }

        await using (var db = await _app.DbAsync())
        {
            var lastDay = await db.Consultations.Where(c => c.CampaignId == campaign).Select(c => c.LastDay).SingleAsync();
            var morningAfter = new DateTimeOffset(lastDay.AddDays(1).ToDateTime(new TimeOnly(8, 0)), TimeSpan.FromHours(7));
            Clock.Advance(morningAfter - Clock.GetUtcNow());
        }

        // The days moved past the sign-in's lifetime: the officer signs in again.
        await using (var officer = await BrowserSession.SignInAsync(fixture.Browser, _baseUrl, "congdoan", Screenshots))
        {
            await officer.GoAsync($"council/{campaign}");
            await Assertions.Expect(officer.ByTestId("council-comment-counts")).ToContainTextAsync("1");
            await officer.ClickAsync("open-session");
            await Assertions.Expect(officer.ByTestId("session")).ToBeVisibleAsync();
            await officer.ShotAsync("consultation-08-council-opened");
            await officer.PhoneShotAsync("consultation-09-council-opened-phone");
        }
    }
}
