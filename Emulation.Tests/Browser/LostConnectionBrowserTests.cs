using System.Globalization;
using System.Text.RegularExpressions;
using Emulation.Domain.Results;
using Emulation.Tests.Architecture;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Submissions;
using Microsoft.Playwright;

namespace Emulation.Tests.Browser;

/// <summary>
/// A head typing results or their staff's year loses the connection mid-edit (the network drops: the browser's
/// WebSocket is cut and every attempt to reach <c>/_blazor</c> fails until it comes back). What they typed is not lost:
/// back on the same circuit it reaches the server, and on a new circuit (reload) it is put back in its fields, marked
/// as not saved.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class LostConnectionBrowserTests(BrowserFixture fixture)
{
    private static readonly string Screenshots = Path.Combine(DomainPurityTests.RepositoryRoot(), "artifacts", "screenshots");

    [Fact]
    public async Task ResultsTyped_WhenTheConnectionDrops_ComeBackMarkedUnsavedInANewCircuit()
    {
        var (campaignId, unitId) = await ResultsOpenCampaignAsync("Phong trào kiểm thử mất kết nối, tải lại");
        await using var head = await BrowserSession.SignInAsync(fixture, "tp.hctc", Screenshots);
        var network = await Network.ControlAsync(head.Page);
        await head.GoAsync($"campaigns/{campaignId}/units/{unitId}");

        await head.TypeAsync("value-VB_DEN", "120");
        await Assertions.Expect(head.ByTestId("unsaved-value-VB_DEN")).ToHaveTextAsync("Chưa lưu");
        // Typed, not yet left: the change goes to the server only when the field loses focus, which is when the
        // reconnect dialog opens, with no circuit to hear it.
        await head.Page.Locator("input[data-testid='value-VB_DI']").FillAsync("45,5");
        await network.DropAsync();
        await head.Page.Locator("#components-reconnect-modal[open]").WaitForAsync();

        network.Restore();
        // Back on another tab of the workspace: the results tab says it keeps figures that were not saved.
        await head.GoAsync($"campaigns/{campaignId}/units/{unitId}?tab=pledge");
        await Assertions.Expect(head.ByTestId("tab-results-unsaved")).ToHaveTextAsync("có số liệu chưa lưu");
        await Assertions.Expect(head.ByTestId("tab-pledge-unsaved")).ToBeHiddenAsync();
        await Assertions.Expect(head.ByTestId("tab-staff-unsaved")).ToBeHiddenAsync();
        await head.AssertFitsPhoneAsync("lost-connection-other-tab-phone");
        await head.ClickAsync("tab-results");
        await head.WaitForPageAsync("**/units/*?tab=results", "unsaved-restored");

        var restored = head.ByTestId("unsaved-restored");
        await Assertions.Expect(restored).ToContainTextAsync("Văn bản đến được xử lý (Kết quả): 120");
        await Assertions.Expect(restored).ToContainTextAsync("Văn bản đi được ban hành (Kết quả): 45,5");
        await Assertions.Expect(head.Page.Locator("input[data-testid='value-VB_DEN']")).ToHaveValueAsync("120");
        await Assertions.Expect(head.Page.Locator("input[data-testid='value-VB_DI']")).ToHaveValueAsync("45,5");
        await Assertions.Expect(head.ByTestId("unsaved-value-VB_DI")).ToHaveTextAsync("Chưa lưu");
        await head.ShotAsync("lost-connection-restored");

        await head.ClickAsync("save-results");
        await Assertions.Expect(head.ByTestId("saved")).ToBeVisibleAsync();
        await head.Page.ReloadAsync();
        await head.WaitForCircuitIfInteractiveAsync();
        await Assertions.Expect(head.Page.Locator("input[data-testid='value-VB_DI']")).ToHaveValueAsync("45,5");
        await Assertions.Expect(head.ByTestId("unsaved-restored")).ToHaveCountAsync(0);
        await Assertions.Expect(head.ByTestId("unsaved-value-VB_DI")).ToHaveCountAsync(0);
        await Assertions.Expect(head.ByTestId("tab-results-unsaved")).ToBeHiddenAsync();
        var saved = await fixture.App.Service<SubmissionService>().GetWorkspaceAsync(TestActors.HeadOf(unitId), campaignId, unitId);
        Assert.Equal(45.5m, saved!.Lines.Single(l => l.Code == "VB_DI").Value);
        Assert.Equal(120m, saved.Lines.Single(l => l.Code == "VB_DEN").Value);
    }

    [Fact]
    public async Task ResultsTyped_WhenTheConnectionDrops_ReachTheSameCircuitWhenItReconnects()
    {
        var (campaignId, unitId) = await ResultsOpenCampaignAsync("Phong trào kiểm thử mất kết nối, nối lại");
        await using var head = await BrowserSession.SignInAsync(fixture, "tp.hctc", Screenshots);
        var network = await Network.ControlAsync(head.Page);
        await head.GoAsync($"campaigns/{campaignId}/units/{unitId}");

        await head.Page.Locator("input[data-testid='value-VB_DEN']").FillAsync("77");
        await network.DropAsync();
        var modal = head.Page.Locator("#components-reconnect-modal[open]");
        await modal.WaitForAsync();
        network.Restore();
        await Assertions.Expect(modal).ToHaveCountAsync(0, new() { Timeout = 60_000 });

        // The circuit is the one from before the drop: it learnt of the figure only from the change sent again.
        await Assertions.Expect(head.ByTestId("unsaved-value-VB_DEN")).ToHaveTextAsync("Chưa lưu");
        await head.ClickAsync("save-results");
        await Assertions.Expect(head.ByTestId("saved")).ToBeVisibleAsync();
        var saved = await fixture.App.Service<SubmissionService>().GetWorkspaceAsync(TestActors.HeadOf(unitId), campaignId, unitId);
        Assert.Equal(77m, saved!.Lines.Single(l => l.Code == "VB_DEN").Value);
    }

    [Fact]
    public async Task StaffChosenAndTyped_ReachTheGridsOneHandler_AlsoWhenSentAgainAfterTheConnectionDrops()
    {
        var (campaignId, unitId) = await ResultsOpenCampaignAsync("Phong trào kiểm thử mất kết nối, cán bộ");
        await using var head = await BrowserSession.SignInAsync(fixture, "tp.hctc", Screenshots);
        var network = await Network.ControlAsync(head.Page);
        await head.GoAsync($"campaigns/{campaignId}/units/{unitId}?tab=staff");
        var rating = head.Page.Locator("select[data-testid^='rating-']").First;
        var person = (await rating.GetAttributeAsync("name"))!["rating-".Length..];
        var months = head.ByTestId($"months-{person}");

        // A choice reaches the circuit at once; a month typed and not left only when the connection is back, sent
        // again by the browser for the field it kept.
        await rating.SelectOptionAsync(nameof(QualityRating.Excellent));
        await months.FillAsync("10");
        await network.DropAsync();
        var modal = head.Page.Locator("#components-reconnect-modal[open]");
        await modal.WaitForAsync();
        network.Restore();
        await Assertions.Expect(modal).ToHaveCountAsync(0, new() { Timeout = 60_000 });

        await head.ClickAsync("save-staff");
        await Assertions.Expect(head.ByTestId("staff-saved")).ToBeVisibleAsync();
        var saved = (await fixture.App.Service<SubmissionService>().GetStaffYearAsync(TestActors.HeadOf(unitId), unitId, 2026))
            .Single(row => row.PersonId == int.Parse(person, CultureInfo.InvariantCulture));
        Assert.Equal((QualityRating.Excellent, 10), (saved.Rating, saved.MonthsWorked));
    }

    /// <summary>A campaign of two criteria whose results are open, with the HCTC unit's pledge submitted.</summary>
    private async Task<(int CampaignId, int UnitId)> ResultsOpenCampaignAsync(string name)
    {
        var unitId = await fixture.App.UnitIdAsync("HCTC");
        var campaigns = fixture.App.Service<CampaignService>();
        var campaignId = (await campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput { Name = name, Year = 2026 })).Value;
        await campaigns.AddCriterionAsync(TestActors.Officer, campaignId,
            new CriterionInput { Code = "VB_DEN", Name = "Văn bản đến được xử lý", MaxPoints = 50, UnitOfMeasure = "văn bản" });
        await campaigns.AddCriterionAsync(TestActors.Officer, campaignId,
            new CriterionInput { Code = "VB_DI", Name = "Văn bản đi được ban hành", MaxPoints = 50, UnitOfMeasure = "văn bản" });
        await campaigns.ReadyToLaunchAsync(campaignId);
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, campaignId, CampaignStep.Launch)).IsSuccess);
        var pledged = await fixture.App.Service<SubmissionService>().SavePledgeAsync(TestActors.HeadOf(unitId), campaignId, unitId,
            new Dictionary<string, decimal?> { ["VB_DEN"] = 100, ["VB_DI"] = 40 }, null, submit: true);
        Assert.True(pledged.IsSuccess);
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, campaignId, CampaignStep.OpenResults)).IsSuccess);
        return (campaignId, unitId);
    }

    /// <summary>
    /// The page's connection to <c>/_blazor</c>, routed through Playwright: cut on demand (both ends of the WebSocket
    /// closed, and every new attempt, WebSocket or HTTP, refused) and restored.
    /// </summary>
    private sealed partial class Network
    {
        private readonly List<(IWebSocketRoute Page, IWebSocketRoute Server)> _open = [];
        private volatile bool _down;

        public static async Task<Network> ControlAsync(IPage page)
        {
            var network = new Network();
            await page.RouteWebSocketAsync(Blazor(), socket =>
            {
                if (network._down)
                {
                    _ = socket.CloseAsync();
                    return;
                }

                lock (network._open)
                {
                    network._open.Add((socket, socket.ConnectToServer()));
                }
            });
            await page.RouteAsync(Blazor(), route => network._down ? route.AbortAsync("internetdisconnected") : route.FallbackAsync());
            return network;
        }

        public async Task DropAsync()
        {
            _down = true;
            List<(IWebSocketRoute Page, IWebSocketRoute Server)> open;
            lock (_open)
            {
                open = [.. _open];
                _open.Clear();
            }

            foreach (var (page, server) in open)
            {
                await server.CloseAsync();
                await page.CloseAsync(new() { Code = 4000, Reason = "network dropped" });
            }
        }

        public void Restore() => _down = false;

        [GeneratedRegex("/_blazor")]
        private static partial Regex Blazor();
    }
}
