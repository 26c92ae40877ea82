using System.Globalization;
using System.Net;
using Emulation.Domain.Scoring;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Resources;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Submissions;

namespace Emulation.Tests.Review;

/// <summary>
/// A unit the ranking cannot score in full says which figures it lacks, not only "Thiếu số liệu": its results are not
/// submitted (returned for amendment), or the criteria without a value, by name.
/// </summary>
public sealed class MissingFiguresNoteTests : FreshAppTests
{
    private const int Campaign = 1;

    [Fact]
    public async Task TheRankingRow_OfAUnitWhoseResultsWereReturned_SaysTheyAreNotSubmitted()
    {
        Assert.True((await App.Service<CampaignService>().MoveAsync(TestActors.Officer, Campaign, CampaignStep.OpenResults)).IsSuccess);
        var kt = await App.UnitIdAsync("KT");
        var th = await App.UnitIdAsync("TH");
        Assert.True((await App.Service<ReviewService>().ReturnAsync(TestActors.Officer, Campaign, kt, SubmissionKind.Results,
            "Thiếu minh chứng chỉ tiêu văn bản")).IsSuccess);
        using var client = await App.SignedInClientAsync("congdoan");

        var html = await client.GetStringAsync($"/evaluation/{Campaign}");

        var shown = WebUtility.HtmlDecode(html[html.LastIndexOf($"data-testid=\"missing-{kt}\"", StringComparison.Ordinal)..]);
        Assert.StartsWith($"data-testid=\"missing-{kt}\">Thiếu số liệu: chưa gửi kết quả<", shown, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-testid=\"missing-{th}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ANoteOnCriteriaWithoutAValue_NamesThemInTheTablesOrder_InEitherLanguage()
    {
        var missing = new MissingFigures(false, ["VB_DEN", "HOP"]);
        var names = new Dictionary<string, string> { ["VB_DEN"] = "Văn bản đến", ["HOP"] = "Hội nghị phục vụ" };
        var vi = CultureInfo.GetCultureInfo("vi-VN");

        Assert.Equal("Thiếu số liệu: Văn bản đến, Hội nghị phục vụ", Wording.MissingFigures(Wording.In(vi), vi, missing, c => names[c]));
        Assert.Equal("Figures missing: results not submitted",
            Wording.MissingFigures(Wording.In(CultureInfo.GetCultureInfo("en-US")), vi, new MissingFigures(true, []), c => names[c]));
    }
}
