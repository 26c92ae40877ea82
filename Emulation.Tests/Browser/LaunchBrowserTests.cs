using Emulation.Tests.Architecture;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services.Campaigns;
using Microsoft.Playwright;

namespace Emulation.Tests.Browser;

/// <summary>
/// Issue 20, items 4 and 7 in a real browser, in Vietnamese at desktop and phone width: a draft that is not ready is
/// refused with its reasons listed, and a draft's criterion opens in the editor to be changed.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class LaunchBrowserTests(BrowserFixture fixture)
{
    private static readonly string Screenshots = Path.Combine(DomainPurityTests.RepositoryRoot(), "artifacts", "screenshots");

    [Fact]
    public async Task Officer_LaunchingADraftThatIsNotReady_SeesEveryReason_AndEditsACriterion()
    {
        var campaigns = fixture.App.Service<CampaignService>();
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer,
            new CampaignDraftInput { Name = "Phong trào thi đua chưa đủ điều kiện", Year = 2026 })).Value;
        await campaigns.AddCriterionAsync(TestActors.Officer, id, new CriterionInput
        {
            Code = "VB_DEN", Name = "Văn bản đến được xử lý", Group = "I. Chuyên môn", MaxPoints = 60, UnitOfMeasure = "văn bản",
        });
        await campaigns.AddCriterionAsync(TestActors.Officer, id, new CriterionInput
        {
            Code = "HOP", Name = "Cuộc họp được phục vụ", Group = "I. Chuyên môn", MaxPoints = 30, UnitOfMeasure = "cuộc",
        });
        await using var session = await BrowserSession.SignInAsync(fixture, "congdoan", Screenshots);
        var page = session.Page;

        foreach (var (width, height, size) in new[] { (1280, 900, "desktop"), (390, 844, "phone") })
        {
            await page.SetViewportSizeAsync(width, height);
            await session.GoAsync($"campaigns/{id}");
            await session.ClickAsync("launch");
            var reasons = session.ByTestId("confirm-refusals").Locator("li");
            await Assertions.Expect(reasons).ToHaveCountAsync(4);
            await Assertions.Expect(reasons.First).ToHaveTextAsync("Các tiêu chí chấm điểm cộng lại 90 điểm; bảng điểm phải đủ 100 điểm.");
            await Assertions.Expect(session.ByTestId("confirm-ok")).ToHaveCountAsync(0);
            await session.ShotAsync($"launch-refused-{size}");
            await session.ClickAsync("confirm-close");
            await Assertions.Expect(session.ByTestId("confirm-dialog")).ToHaveCountAsync(0);

            await session.ClickAsync("edit-criterion-HOP");
            await Assertions.Expect(session.ByTestId("criterion-editor-title")).ToHaveTextAsync("Sửa tiêu chí HOP");
            await session.ByTestId("criterion-editor").ScrollIntoViewIfNeededAsync();
            await session.ShotAsync($"criterion-editor-{size}");
            await session.ClickAsync("cancel-edit");
        }

        await session.ClickAsync("edit-criterion-HOP");
        // The editor is re-created for the line it edits: filling before it is there would fill the one it replaces.
        await Assertions.Expect(session.ByTestId("criterion-editor-title")).ToHaveTextAsync("Sửa tiêu chí HOP");
        var max = page.Locator("input[data-testid=criterion-max]");
        await Assertions.Expect(max).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^30"));
        await max.FillAsync("40");
        await max.PressAsync("Tab");
        await session.ClickAsync("add-criterion");
        await Assertions.Expect(session.ByTestId("scored-total")).ToHaveTextAsync("100");
        Assert.Equal(40m, (await campaigns.GetAsync(TestActors.Officer, id))!.Criteria.Single(c => c.Code == "HOP").MaxPoints);
    }
}
