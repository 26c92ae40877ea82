using Emulation.Tests.Architecture;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Submissions;
using Microsoft.Playwright;

namespace Emulation.Tests.Browser;

/// <summary>Pledge → results → submit → return with a reason → fix and resubmit → accept, in headless Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReviewPathBrowserTests(BrowserFixture fixture)
{
    private static readonly string Screenshots = Path.Combine(DomainPurityTests.RepositoryRoot(), "artifacts", "screenshots");

    [Fact]
    public async Task APledgeReturnedByTheOfficer_ReachesTheHeadsOpenWorkspace_WithoutAReload()
    {
        var unitId = await fixture.App.UnitIdAsync("KT");
        var campaigns = fixture.App.Service<CampaignService>();
        var campaignId = (await campaigns.CreateDraftAsync(TestActors.Officer,
            new CampaignDraftInput { Name = "Phong trào thi đua chuyển đổi số", Year = 2026 })).Value;
        await campaigns.AddCriterionAsync(TestActors.Officer, campaignId,
            new CriterionInput { Code = "CDS", Name = "Hồ sơ xử lý trực tuyến", MaxPoints = 100, UnitOfMeasure = "hồ sơ" });
        await campaigns.ReadyToLaunchAsync(campaignId);
        await campaigns.MoveAsync(TestActors.Officer, campaignId, CampaignStep.Launch);

        await using var head = await BrowserSession.SignInAsync(fixture, "tp.kt", Screenshots);
        await head.GoAsync($"campaigns/{campaignId}/units/{unitId}");
        await head.TypeAsync("target-CDS", "120");
        await head.ClickAsync("submit-pledge");
        await head.ClickAsync("confirm-ok");
        await Assertions.Expect(head.ByTestId("saved")).ToBeVisibleAsync();

        // The officer returns it elsewhere while the head's page stays open.
        Assert.True((await fixture.App.Service<ReviewService>().ReturnAsync(TestActors.Officer, campaignId, unitId,
            SubmissionKind.Pledge, "Chỉ tiêu chưa có căn cứ giao việc")).IsSuccess);

        await Assertions.Expect(head.ByTestId("live-returned")).ToContainTextAsync("Chỉ tiêu chưa có căn cứ giao việc");
        await head.ShotAsync("live-01-head-sees-return");
        await head.PhoneShotAsync("live-01-head-sees-return-phone");
        await head.ClickAsync("live-returned-reload");
        await Assertions.Expect(head.ByTestId("returned")).ToContainTextAsync("Chỉ tiêu chưa có căn cứ giao việc");
    }

    [Fact]
    public async Task ReturnedResults_AreFixedResubmittedAndAccepted()
    {
        var unitId = await fixture.App.UnitIdAsync("KGVX");
        var campaigns = fixture.App.Service<CampaignService>();
        var campaignId = (await campaigns.CreateDraftAsync(TestActors.Officer,
            new CampaignDraftInput { Name = "Phong trào thi đua cao điểm cải cách hành chính", Year = 2026 })).Value;
        await campaigns.AddCriterionAsync(TestActors.Officer, campaignId,
            new CriterionInput { Code = "TTHC", Name = "Thủ tục hành chính được công bố", MaxPoints = 100, UnitOfMeasure = "thủ tục" });
        await campaigns.ReadyToLaunchAsync(campaignId);
        await campaigns.MoveAsync(TestActors.Officer, campaignId, CampaignStep.Launch);

        await using (var head = await BrowserSession.SignInAsync(fixture, "tp.kgvx", Screenshots))
        {
            await head.GoAsync($"campaigns/{campaignId}/units/{unitId}");
            await head.TypeAsync("target-TTHC", "40");
            await head.ClickAsync("submit-pledge");
            await head.ClickAsync("confirm-ok");
            await Assertions.Expect(head.ByTestId("saved")).ToBeVisibleAsync();
        }

        await campaigns.MoveAsync(TestActors.Officer, campaignId, CampaignStep.OpenResults);

        await using (var head = await BrowserSession.SignInAsync(fixture, "tp.kgvx", Screenshots))
        {
            await head.GoAsync($"campaigns/{campaignId}/units/{unitId}");
            await head.TypeAsync("value-TTHC", "30");
            await head.ClickAsync("submit-results");
            await head.ClickAsync("confirm-ok");
            await Assertions.Expect(head.ByTestId("saved")).ToContainTextAsync("Đã gửi báo cáo kết quả.");
        }

        await using (var officer = await BrowserSession.SignInAsync(fixture, "congdoan", Screenshots))
        {
            await officer.GoAsync($"campaigns/{campaignId}/progress");
            await officer.ClickAsync($"return-{unitId}");
            await Assertions.Expect(officer.ByTestId("errors")).ToContainTextAsync("Vui lòng ghi lý do trả lại");
            await officer.TypeAsync($"reason-{unitId}", "Thiếu minh chứng số thủ tục đã công bố");
            await officer.ClickAsync($"return-{unitId}");
            await Assertions.Expect(officer.ByTestId("confirm-message")).ToContainTextAsync("Thiếu minh chứng số thủ tục đã công bố");
            await officer.ClickAsync("confirm-ok");
            await Assertions.Expect(officer.ByTestId($"result-status-{unitId}")).ToContainTextAsync("Bị trả lại");
            await officer.ShotAsync("09-officer-returned-results");
        }

        await using (var head = await BrowserSession.SignInAsync(fixture, "tp.kgvx", Screenshots))
        {
            await head.GoAsync($"campaigns/{campaignId}/units/{unitId}");
            await Assertions.Expect(head.ByTestId("returned")).ToContainTextAsync("Thiếu minh chứng số thủ tục đã công bố");
            await head.TypeAsync("value-TTHC", "42");
            await head.ClickAsync("submit-results");
            await head.ClickAsync("confirm-ok");
            await Assertions.Expect(head.ByTestId("saved")).ToContainTextAsync("Đã gửi báo cáo kết quả.");
            await head.ShotAsync("10-head-resubmitted");
        }

        await using (var officer = await BrowserSession.SignInAsync(fixture, "congdoan", Screenshots))
        {
            await officer.GoAsync($"campaigns/{campaignId}/progress");
            await officer.ClickAsync($"accept-{unitId}");
            await Assertions.Expect(officer.ByTestId($"result-status-{unitId}")).ToContainTextAsync("Đã chấp nhận");
            await officer.ShotAsync("11-officer-accepted");
        }
    }
}
