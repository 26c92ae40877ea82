using System.Text.RegularExpressions;
using Emulation.Tests.Architecture;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Submissions;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace Emulation.Tests.Browser;

/// <summary>
/// A head saves while another writer holds the SQLite database: the page says at once that it is saving, in its status
/// region, with its save buttons disabled; once the database is free the save goes through and the page says when.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SaveStatusBrowserTests(BrowserFixture fixture)
{
    private static readonly string Screenshots = Path.Combine(DomainPurityTests.RepositoryRoot(), "artifacts", "screenshots");

    [Fact]
    public async Task PledgeSavedWhileTheDatabaseIsBusy_SaysSaving_ThenSaved()
    {
        var unitId = await fixture.App.UnitIdAsync("KSTT");
        var campaignId = await LaunchedCampaignAsync(unitId);
        await using var head = await BrowserSession.SignInAsync(fixture, "tp.kstt", Screenshots);
        await head.GoAsync($"campaigns/{campaignId}/units/{unitId}");
        // Every target filled: a pledge with a blank one is refused before anything is written.
        await head.TypeAsync("target-TTHC_GQ", "1500");
        await head.TypeAsync("target-TTHC_DH", "98,5");
        var status = head.ByTestId("save-status");
        await Assertions.Expect(status).ToHaveAttributeAsync("role", "status");
        await Assertions.Expect(status).ToBeEmptyAsync();

        await using (var writer = await BusyDatabaseAsync())
        {
            try
            {
                await head.ClickAsync("save-pledge");

                await Assertions.Expect(status).ToHaveTextAsync("Đang lưu…");
                await Assertions.Expect(head.ByTestId("save-pledge")).ToBeDisabledAsync();
                await Assertions.Expect(head.ByTestId("submit-pledge")).ToBeDisabledAsync();
                await Assertions.Expect(head.Page.Locator("input[data-testid='target-TTHC_GQ']")).ToBeDisabledAsync();
                await head.ShotAsync("save-status-saving");
                await head.PhoneShotAsync("save-status-saving-phone");
                await AssertAccessibleAsync(head);
                // Still waiting: nothing was written while the other writer held the database.
                await Assertions.Expect(status).ToHaveTextAsync("Đang lưu…");
            }
            finally
            {
                await using var rollback = new SqliteCommand("ROLLBACK", writer);
                await rollback.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            }
        }

        await Assertions.Expect(head.ByTestId("saved")).ToHaveTextAsync(SavedAtATime());
        await Assertions.Expect(status).ToHaveTextAsync(SavedAtATime());
        // The save button lost the focus when it was disabled; the outcome has it now, and the keyboard goes on from there.
        await Assertions.Expect(status).ToBeFocusedAsync();
        await Assertions.Expect(head.ByTestId("save-pledge")).ToBeEnabledAsync();
        var saved = await fixture.App.Service<SubmissionService>().GetWorkspaceAsync(TestActors.HeadOf(unitId), campaignId, unitId);
        Assert.Equal((1500m, 98.5m), (saved!.Lines.Single(l => l.Code == "TTHC_GQ").Target, saved.Lines.Single(l => l.Code == "TTHC_DH").Target));
        await head.ShotAsync("save-status-saved");
        await head.PhoneShotAsync("save-status-saved-phone");
        await AssertAccessibleAsync(head);
    }

    [Fact]
    public async Task StaffYearSavedWhileTheDatabaseIsBusy_SaysSaving_ThenSaved()
    {
        var unitId = await fixture.App.UnitIdAsync("BTCD");
        var campaignId = await LaunchedCampaignAsync(unitId);
        await using var head = await BrowserSession.SignInAsync(fixture, "tp.btcd", Screenshots);
        await head.GoAsync($"campaigns/{campaignId}/units/{unitId}?tab=staff");
        var months = head.Page.Locator("input[data-testid^='months-']").First;
        var person = int.Parse((await months.GetAttributeAsync("name"))!["months-".Length..], System.Globalization.CultureInfo.InvariantCulture);
        await months.FillAsync("8");
        await months.PressAsync("Tab");
        var status = head.ByTestId("save-status");

        await using (var writer = await BusyDatabaseAsync())
        {
            try
            {
                await head.ClickAsync("save-staff");

                await Assertions.Expect(status).ToHaveTextAsync("Đang lưu…");
                await Assertions.Expect(status).ToHaveAttributeAsync("role", "status");
                await Assertions.Expect(head.ByTestId("save-staff")).ToBeDisabledAsync();
                await Assertions.Expect(months).ToBeDisabledAsync();
                await head.ShotAsync("save-status-staff-saving");
                await head.PhoneShotAsync("save-status-staff-saving-phone");
            }
            finally
            {
                await using var rollback = new SqliteCommand("ROLLBACK", writer);
                await rollback.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            }
        }

        await Assertions.Expect(head.ByTestId("staff-saved")).ToHaveTextAsync(SavedAtATime());
        await Assertions.Expect(head.ByTestId("save-staff")).ToBeEnabledAsync();
        var saved = await fixture.App.Service<SubmissionService>().GetStaffYearAsync(TestActors.HeadOf(unitId), unitId, 2026);
        Assert.Equal(8, saved.Single(r => r.PersonId == person).MonthsWorked);
        await head.ShotAsync("save-status-staff-saved");
        await head.PhoneShotAsync("save-status-staff-saved-phone");
    }

    private static async Task AssertAccessibleAsync(BrowserSession session)
    {
        var axe = await AxeInPage.RunAsync(session.Page, AxeInPage.WcagAa);
        Assert.Empty(axe.Violations.Where(v => v.Impact is "critical" or "serious").Select(v => v.Id));
    }

    /// <summary>
    /// Another writer's transaction on the app's database file, begun: the app's next write waits for it. Its own
    /// connection, never pooled: a pooled one would go back to the pool still holding the lock.
    /// </summary>
    private async Task<SqliteConnection> BusyDatabaseAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = fixture.App.DatabasePath, Pooling = false }.ToString());
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var begin = new SqliteCommand("BEGIN IMMEDIATE", connection);
        await begin.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        return connection;
    }

    /// <summary>A campaign of two criteria whose pledge is open to the unit.</summary>
    private async Task<int> LaunchedCampaignAsync(int unitId)
    {
        var campaigns = fixture.App.Service<CampaignService>();
        var campaignId = (await campaigns.CreateDraftAsync(TestActors.Officer,
            new CampaignDraftInput { Name = "Phong trào kiểm thử lưu khi cơ sở dữ liệu bận", Year = 2026 })).Value;
        await campaigns.AddCriterionAsync(TestActors.Officer, campaignId,
            new CriterionInput { Code = "TTHC_GQ", Name = "Thủ tục hành chính được giải quyết", MaxPoints = 60, UnitOfMeasure = "hồ sơ" });
        await campaigns.AddCriterionAsync(TestActors.Officer, campaignId,
            new CriterionInput { Code = "TTHC_DH", Name = "Tỷ lệ hồ sơ giải quyết đúng hạn", MaxPoints = 40, UnitOfMeasure = "%" });
        await campaigns.ReadyToLaunchAsync(campaignId);
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, campaignId, CampaignStep.Launch)).IsSuccess);
        Assert.NotNull(await fixture.App.Service<SubmissionService>().GetWorkspaceAsync(TestActors.HeadOf(unitId), campaignId, unitId));
        return campaignId;
    }

    [GeneratedRegex(@"^\s*Đã lưu\. Thời điểm lưu: \d{2}:\d{2}:\d{2}\.\s*$")]
    private static partial Regex SavedAtATime();
}
