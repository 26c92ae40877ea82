using System.Net;
using Emulation.Domain.Awards;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data.Seed;
using Emulation.Web.Services.Proposals;
using Emulation.Web.Services.Sudden;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Hostile;

/// <summary>
/// A page asked for a record that does not exist answers 404 with its Vietnamese notice, as a refused one answers 403:
/// each page opened by a role that may read it, once with an id no record has (404) and once with a real one (200).
/// </summary>
public sealed class NotFoundStatusTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private EmulationAppFactory App => fixture.App;

    private const int Nothing = int.MaxValue;

    private const string PageNotFound = "Không tìm thấy trang";

    private sealed record Visit(string? User, string Missing, string Real, string Notice, string Words);

    private async Task<List<Visit>> VisitsAsync()
    {
        var th = await App.UnitIdAsync("TH");
        int person;
        await using (var db = await App.DbAsync())
        {
            person = await db.People.Where(p => p.UnitId == th && p.LeftOn == null).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        }

        var nominations = await DecisionScenario.NominateAsync(App, Title.ProvincialCertificateOfMerit, 1);
        var sent = await App.Service<ProposalService>().SendUpAsync(TestActors.Leader, DecisionScenario.CampaignId, nominations,
            new ProposalInput { Number = "96/TTr-VP", Recipient = "Chủ tịch UBND tỉnh", ReceivingUnitId = await App.UnitIdAsync(DemoDataSeeder.BoardCode) });
        Assert.True(sent.IsSuccess, string.Join("; ", sent.Errors));
        var decision = await DecisionScenario.IssueAsync(App, "796/QĐ-VP", Title.AdvancedWorker, 1);
        var sudden = await App.Service<SuddenAwardService>().ProposeAsync(TestActors.Officer, new SuddenProposalInput
        {
            PersonId = person, UnitId = th, Title = Title.CertificateOfCommendation, Achievement = "Cứu người bị nạn",
        });
        Assert.True(sudden.IsSuccess, string.Join("; ", sudden.Errors));

        return
        [
            new("congdoan", $"/campaigns/{Nothing}", "/campaigns/1", "not-found", "Không tìm thấy."),
            new("congdoan", $"/campaigns/{Nothing}/progress", "/campaigns/1/progress", "progress-not-found", "Không tìm thấy."),
            new("congdoan", $"/campaigns/1/units/{Nothing}", $"/campaigns/1/units/{th}", "not-found", "Không tìm thấy."),
            new("congdoan", $"/admin/people/{Nothing}", $"/admin/people/{person}", "person-missing", "Không tìm thấy cán bộ này."),
            new("congdoan", $"/profile/person/{Nothing}", $"/profile/person/{person}", "profile-not-found", "Không tìm thấy hồ sơ."),
            new("congdoan", $"/profile/unit/{Nothing}", $"/profile/unit/{th}", "profile-not-found", "Không tìm thấy hồ sơ."),
            new("congdoan", $"/achievement-reports/{Nothing}", $"/achievement-reports/{nominations[0]}", "report-missing",
                "Không có báo cáo thành tích này"),
            new("congdoan", $"/sudden/{Nothing}", $"/sudden/{sudden.Value}", "sudden-not-found", "Không tìm thấy đề xuất."),
            new("lanhdao", $"/decisions/{Nothing}", $"/decisions/{decision.Decision.Id}", "decision-not-found", "Không tìm thấy quyết định."),
            new(DemoDataSeeder.BoardUserName, $"/board/{Nothing}", $"/board/{sent.Value}", "board-not-found",
                "Không có hồ sơ này trong số hồ sơ gửi đến Ban."),
            new(null, "/verify/AAAAAAAAAAAAAAAAAAAAAA", "/verify/" + decision.Lines[0].VerificationCode, "verify-not-found",
                "Không tìm thấy khen thưởng với mã xác minh này."),
        ];
    }

    [Fact]
    public async Task EveryPageAskedForNothing_Answers404WithItsNotice_AndForARealRecord200()
    {
        var wrong = new List<string>();
        foreach (var visit in await VisitsAsync())
        {
            var client = visit.User is { } user ? await fixture.SignedInAsync(user) : App.CreateCookieClient();

            using var missing = await client.GetAsync(visit.Missing, TestContext.Current.CancellationToken);
            var html = WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            if (missing.StatusCode != HttpStatusCode.NotFound || !html.Contains($"data-testid=\"{visit.Notice}\"", StringComparison.Ordinal) ||
                !html.Contains(visit.Words, StringComparison.Ordinal) ||
                // The address is a page: only the record is missing, so the heading does not say the page was not found.
                html.Contains(PageNotFound, StringComparison.Ordinal))
            {
                wrong.Add($"{visit.Missing} → {(int)missing.StatusCode}");
            }

            using var real = await client.GetAsync(visit.Real, TestContext.Current.CancellationToken);
            var shown = await real.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            if (real.StatusCode != HttpStatusCode.OK || shown.Contains($"data-testid=\"{visit.Notice}\"", StringComparison.Ordinal))
            {
                wrong.Add($"{visit.Real} → {(int)real.StatusCode}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task AnAddressNoPageHas_Answers404WithTheNotFoundPage()
    {
        var client = await fixture.SignedInAsync("congdoan");

        using var response = await client.GetAsync("/no-such-page", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("data-testid=\"not-found\"", html, StringComparison.Ordinal);
        Assert.Contains(PageNotFound, html, StringComparison.Ordinal);
    }
}
