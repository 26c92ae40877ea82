using System.Net;
using System.Text.RegularExpressions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services.Campaigns;

namespace Emulation.Tests.Review;

/// <summary>
/// The review dashboard after a step the officer just took: with no wait for a fresh evaluation at all (a province's
/// size, where it takes seconds), the page still ends on the new state, streamed after the previous one.
/// </summary>
public sealed partial class EvaluationPageStreamingTests() : FreshAppTests(("Evaluation:FreshWait", "00:00:00"))
{
    private const int Campaign = 1;

    [Fact]
    public async Task AfterTheReviewStarts_TheDashboard_ShowsItWithoutAReload()
    {
        var campaigns = App.Service<CampaignService>();
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, Campaign, CampaignStep.OpenResults)).IsSuccess);
        using var client = await App.SignedInClientAsync("congdoan");
        var whileReporting = Shown(await client.GetStringAsync($"/evaluation/{Campaign}"));
        Assert.True(NominateDisabled(whileReporting));

        Assert.True((await campaigns.MoveAsync(TestActors.Officer, Campaign, CampaignStep.StartReview)).IsSuccess);
        var inReview = Shown(await client.GetStringAsync($"/evaluation/{Campaign}"));

        Assert.False(NominateDisabled(inReview));
        Assert.DoesNotContain("data-testid=\"evaluation-updating\"", inReview, StringComparison.Ordinal);
    }

    /// <summary>What the reader is left with: the last render streamed into the page, else the page as first sent.</summary>
    private static string Shown(string html)
    {
        var last = html.LastIndexOf("<template blazor-component-id=", StringComparison.Ordinal);
        return WebUtility.HtmlDecode(last < 0 ? html : html[last..]);
    }

    private static bool NominateDisabled(string html) =>
        NominateButton().Match(html) is { Success: true } button
            ? button.Value.Contains(" disabled", StringComparison.Ordinal)
            : throw new Xunit.Sdk.XunitException("no nominate button on the dashboard");

    [GeneratedRegex("<button[^>]*data-testid=\"nominate\"[^>]*>")]
    private static partial Regex NominateButton();
}
