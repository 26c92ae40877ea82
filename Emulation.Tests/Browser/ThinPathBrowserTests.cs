using Emulation.Web.Services.Campaigns;
using Emulation.Tests.Architecture;
using Emulation.Domain.Awards;
using Emulation.Tests.Council;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services.Council;
using Microsoft.Playwright;

namespace Emulation.Tests.Browser;

/// <summary>
/// The foundation's path in headless Chromium, signing in as each role in turn. Every step clicks something only
/// the live circuit can answer. Screenshots land in artifacts/screenshots.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ThinPathBrowserTests(BrowserFixture fixture)
{
    private static readonly string Screenshots = Path.Combine(DomainPurityTests.RepositoryRoot(), "artifacts", "screenshots");

    [Fact]
    public async Task EveryRole_WalksACampaignFromLaunchToAnApprovedAward()
    {
        var unitId = await fixture.App.UnitIdAsync("TH");
        int campaignId;

        await using (var officer = await BrowserSession.SignInAsync(fixture, "congdoan", Screenshots))
        {
            await officer.GoAsync("campaigns");
            await officer.TypeAsync("campaign-name", "Phong trào kiểm thử trên trình duyệt");
            await officer.ClickAsync("create-campaign");
            try
            {
                await officer.WaitForPageAsync("**/campaigns/*", "launch");
            }
            catch (TimeoutException e)
            {
                throw new InvalidOperationException($"No campaign page after creating one: {officer.Page.Url} shows " +
                    await officer.Page.InnerTextAsync("main"), e);
            }
            campaignId = int.Parse(officer.Page.Url.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

            await officer.ClickAsync("launch");
            await Assertions.Expect(officer.ByTestId("confirm-refusals")).ToContainTextAsync("ít nhất một tiêu chí");
            await officer.ClickAsync("confirm-close");
            // Deadlines and the titles on offer are set in the designer too; here the service sets them for the walk.
            await fixture.App.Service<CampaignService>().ReadyToLaunchAsync(campaignId);
            await officer.GoAsync($"campaigns/{campaignId}");

            await officer.TypeAsync("criterion-code", "VB_DEN");
            await officer.TypeAsync("criterion-name", "Văn bản đến được xử lý");
            await officer.TypeAsync("criterion-max", "100");
            await officer.TypeAsync("criterion-uom", "văn bản");
            await officer.ClickAsync("add-criterion");
            await Assertions.Expect(officer.ByTestId("criteria-table")).ToContainTextAsync("VB_DEN");
            await officer.ShotAsync("01-officer-campaign-designed");
            await officer.ClickAsync("launch");
            await officer.ClickAsync("confirm-ok");
            await Assertions.Expect(officer.ByTestId("open-results")).ToBeVisibleAsync();
            await officer.ShotAsync("02-officer-campaign-launched");
        }

        await using (var head = await BrowserSession.SignInAsync(fixture, "tp.th", Screenshots))
        {
            await head.GoAsync($"campaigns/{campaignId}/units/{unitId}");
            await head.TypeAsync("target-VB_DEN", "-10");
            await head.ClickAsync("submit-pledge");
            await head.ClickAsync("confirm-ok");
            await Assertions.Expect(head.Page.Locator(".entry-field:has(input[data-testid='target-VB_DEN'])"))
                .ToContainTextAsync("Chỉ tiêu phải lớn hơn 0.");
            await head.TypeAsync("target-VB_DEN", "1200");
            await head.ClickAsync("submit-pledge");
            await head.ClickAsync("confirm-ok");
            await Assertions.Expect(head.ByTestId("saved")).ToContainTextAsync("Đã gửi đăng ký thi đua.");
            // The island refreshed the static page around it: the pledge's status chip says it was sent.
            await Assertions.Expect(head.ByTestId("workspace-statuses")).ToContainTextAsync("Đăng ký thi đua: Đã gửi");
            await head.ShotAsync("03-head-pledge-submitted");
        }

        await using (var officer = await BrowserSession.SignInAsync(fixture, "congdoan", Screenshots))
        {
            await officer.GoAsync($"campaigns/{campaignId}");
            // A step the campaign never takes back asks first, saying what it closes.
            await officer.ClickAsync("open-results");
            await Assertions.Expect(officer.Page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("không gửi hay sửa đăng ký thi đua được nữa");
            await officer.ClickAsync("confirm-ok");
            await Assertions.Expect(officer.ByTestId("start-review")).ToBeVisibleAsync();
        }

        await using (var head = await BrowserSession.SignInAsync(fixture, "tp.th", Screenshots))
        {
            await head.GoAsync($"campaigns/{campaignId}/units/{unitId}");
            // On a phone the results tab, with its evidence list's criterion select and file input, fits the width.
            await Assertions.Expect(head.ByTestId("evidence-criterion")).ToBeVisibleAsync();
            await head.AssertFitsPhoneAsync("04-head-results-phone");
            await head.TypeAsync("value-VB_DEN", "1.260");
            await Assertions.Expect(head.Page.Locator(".entry-field:has(input[data-testid='value-VB_DEN'])"))
                .ToContainTextAsync("không rõ là số có dấu phân cách hàng nghìn hay số thập phân");
            await head.TypeAsync("value-VB_DEN", "1260");
            await head.ClickAsync("submit-results");
            await head.ClickAsync("confirm-ok");
            await Assertions.Expect(head.ByTestId("saved")).ToContainTextAsync("Đã gửi báo cáo kết quả.");
            await Assertions.Expect(head.ByTestId("workspace-statuses")).ToContainTextAsync("Kết quả thực hiện: Đã gửi");
            await head.ClickAsync("tab-staff");
            await head.WaitForPageAsync("**/units/*?tab=staff", "download-template");
            // At 1280 px the whole grid shows, its last column included: nothing hides behind a horizontal scroll.
            await Assertions.Expect(head.Page.Locator("select[name^='initiative-']").First).ToBeVisibleAsync();
            var hidden = await head.Page.EvaluateAsync<int>(
                "() => { const box = document.querySelector(\"[data-testid='staff-table'] .mud-table-container\"); return box.scrollWidth - box.clientWidth; }");
            Assert.True(hidden <= 0, $"At 1280 px the staff grid hides {hidden} px behind a scroll.");
            await head.ClickAsync("save-staff");
            await Assertions.Expect(head.ByTestId("staff-saved")).ToBeVisibleAsync();
            await head.ShotAsync("04-head-results-and-ratings");
        }

        await using (var officer = await BrowserSession.SignInAsync(fixture, "congdoan", Screenshots))
        {
            await officer.GoAsync($"campaigns/{campaignId}");
            await officer.ClickAsync("start-review");
            await officer.ClickAsync("confirm-ok");
            await Assertions.Expect(officer.ByTestId("go-evaluation")).ToBeVisibleAsync();
            await officer.GoAsync($"evaluation/{campaignId}");
            await Assertions.Expect(officer.ByTestId($"total-{unitId}")).ToHaveTextAsync("100,00");
            await Assertions.Expect(officer.ByTestId("recommendation-table")).ToContainTextAsync("Lao động tiên tiến");
            await officer.ShotAsync("05-officer-scores-and-recommendations");
            // The what-if sandbox: no share of Lao động tiên tiến allowed takes the recommendation away, nothing saved.
            await officer.ClickAsync("whatif-open");
            await officer.WaitForPageAsync("**/evaluation/*whatif=open*", "whatif-kind");
            await officer.Page.SelectOptionAsync("[data-testid='whatif-title']", "AdvancedWorker");
            await officer.TypeAsync("whatif-share", "0");
            await officer.ClickAsync("whatif-add");
            await Assertions.Expect(officer.ByTestId("whatif-change")).ToContainTextAsync("Lao động tiên tiến");
            await officer.ClickAsync("whatif-run");
            await Assertions.Expect(officer.ByTestId("whatif-row").First).ToContainTextAsync("Bớt");
            await officer.ShotAsync("05b-officer-what-if");
            await officer.PhoneShotAsync("05b-officer-what-if-phone");
            await officer.ClickAsync("nominate");
            await Assertions.Expect(officer.ByTestId("nominated")).ToBeVisibleAsync();
            await officer.GoAsync($"council/{campaignId}");
            await officer.ClickAsync("open-session");
            await Assertions.Expect(officer.ByTestId("session")).ToBeVisibleAsync();
            await officer.ClickAsync("all-present");
            await officer.ClickAsync("save-attendance");
            await Assertions.Expect(officer.ByTestId("quorum")).ToContainTextAsync("Có mặt 5/5");
            await officer.ShotAsync("06-officer-session-opened");
        }

        await using (var council = await BrowserSession.SignInAsync(fixture, "hoidong1", Screenshots))
        {
            await council.GoAsync($"council/{campaignId}");
            await council.ClickAsync("choose-all-yes");
            await council.ClickAsync("submit-ballot");
            await council.ClickAsync("confirm-ok");
            await Assertions.Expect(council.ByTestId("council-message")).ToBeVisibleAsync();
            // A secret ballot: the page says the member voted, never how; the receipt code is shown once.
            await Assertions.Expect(council.ByTestId("my-ballot").First).ToHaveTextAsync("Đã bỏ phiếu kín");
            await Assertions.Expect(council.ByTestId("receipt-code")).Not.ToBeEmptyAsync();
            // Nothing left to vote on: the page says so instead of offering to send a ballot of no nominations.
            await Assertions.Expect(council.ByTestId("ballot-complete")).ToBeVisibleAsync();
            await Assertions.Expect(council.ByTestId("submit-ballot")).ToHaveCountAsync(0);
            await council.ShotAsync("07-council-member-voted");
        }

        // Two more members vote through the service; the browser has already shown a member's own ballot.
        var session = (await fixture.App.Service<CouncilSessionService>().GetAsync(TestActors.Officer, campaignId))!;
        var agenda = session.Agenda.Select(a => a.NominationId).ToList();
        await CouncilDriver.VoteAsync(fixture.App, session.Id, 2, BallotChoice.Yes, agenda);
        await CouncilDriver.VoteAsync(fixture.App, session.Id, 3, BallotChoice.Yes, agenda);

        await using (var officer = await BrowserSession.SignInAsync(fixture, "congdoan", Screenshots))
        {
            await officer.GoAsync($"council/{campaignId}");
            await officer.ClickAsync("close-session");
            // hoidong5 is present and has not voted: the secretary hears it before the session closes on them.
            await Assertions.Expect(officer.Page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("có thành viên có mặt chưa bỏ phiếu");
            await officer.ClickAsync("confirm-ok");
            await Assertions.Expect(officer.ByTestId("agenda-table")).ToContainTextAsync("Hội đồng thông qua");
            await officer.ShotAsync("08-council-session-closed");
        }

        await using (var leader = await BrowserSession.SignInAsync(fixture, "lanhdao", Screenshots))
        {
            await leader.GoAsync($"approval/{campaignId}");
            await leader.Page.Locator("[data-testid='nomination-table'] thead input[type=checkbox]").CheckAsync();
            await leader.TypeAsync("decision-number", "321/QĐ-VP");
            await leader.ClickAsync("approve");
            await leader.ClickAsync("confirm-ok");
            await Assertions.Expect(leader.ByTestId("approval-done")).ToBeVisibleAsync();
            // Everything decided: the list stays to read, with nothing left to choose and no form to approve "0".
            await Assertions.Expect(leader.ByTestId("decision-form")).ToHaveCountAsync(0);
            await Assertions.Expect(leader.Page.Locator("[data-testid='nomination-table'] input[type=checkbox]:not([disabled])")).ToHaveCountAsync(0);
            await leader.ShotAsync("09-leadership-approved");
            await leader.GoAsync("awards");
            await Assertions.Expect(leader.ByTestId("awards-table")).ToContainTextAsync("321/QĐ-VP");
            await leader.ShotAsync("10-awards-list");
        }
    }
}
