using System.Net;
using System.Text.RegularExpressions;
using Emulation.Domain.Awards;
using Emulation.Domain.Proposals;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data.Seed;
using Emulation.Web.Services.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Proposals;

/// <summary>
/// The board's dossier page is a static form: it sends back the version of the dossier it showed, so that a step taken
/// on a dossier someone changed since is refused as changed by someone else, as every other page does.
/// </summary>
public sealed partial class BoardDossierFormTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private EmulationAppFactory App => fixture.App;

    [Fact]
    public async Task AReturnSentFromAPageShowingAnOlderDossier_IsRefused_AndTheRefreshedPageReturnsIt()
    {
        var nominations = await DecisionScenario.NominateAsync(App, Title.ProvincialCertificateOfMerit, 2);
        var board = await App.UnitIdAsync(DemoDataSeeder.BoardCode);
        var sent = await App.Service<ProposalService>().SendUpAsync(TestActors.Leader, DecisionScenario.CampaignId, nominations,
            new ProposalInput { Number = "95/TTr-VP", Recipient = "Chủ tịch UBND tỉnh", ReceivingUnitId = board });
        Assert.True(sent.IsSuccess, string.Join("; ", sent.Errors));
        var path = $"/board/{sent.Value}";
        using var appraiser = await App.SignedInClientAsync(DemoDataSeeder.BoardUserName);
        var shown = await appraiser.GetStringAsync(path);

        // Another appraiser records the outcome of one nominee while this page still shows both waiting.
        Assert.True((await App.Service<ReceivingBoardService>().DecideAsync(TestActors.AppraiserOf(board), sent.Value,
            [nominations[0]], new ProposalOutcomeInput { Granted = false, Reason = "Chưa đủ điều kiện." })).IsSuccess);
        var refused = WebUtility.HtmlDecode(await (await ReturnAsync(appraiser, path, shown)).Content.ReadAsStringAsync());

        Assert.Contains("Người khác đã lưu", refused, StringComparison.Ordinal);
        Assert.Equal((ProposalStatus.Sent, (string?)null), await StatusAsync(sent.Value));

        var returned = await ReturnAsync(appraiser, path, refused);

        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Equal((ProposalStatus.Returned, "Bổ sung hồ sơ."), await StatusAsync(sent.Value));
    }

    /// <summary>Posts the page's return form as the browser would, with the version the page <paramref name="html"/> showed.</summary>
    private static Task<HttpResponseMessage> ReturnAsync(HttpClient client, string path, string html) =>
        client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "return",
            ["__RequestVerificationToken"] = LoginClient.AntiforgeryToken(html),
            ["ReturnReason"] = "Bổ sung hồ sơ.",
            ["VersionRead"] = VersionRead().Match(html).Groups["version"].Value,
        }));

    private async Task<(ProposalStatus, string?)> StatusAsync(int proposal)
    {
        await using var db = await App.DbAsync();
        var p = await db.Proposals.AsNoTracking().SingleAsync(p => p.Id == proposal, TestContext.Current.CancellationToken);
        return (p.Status, p.ReturnReason);
    }

    [GeneratedRegex("name=\"VersionRead\" value=\"(?<version>[^\"]+)\"")]
    private static partial Regex VersionRead();
}
