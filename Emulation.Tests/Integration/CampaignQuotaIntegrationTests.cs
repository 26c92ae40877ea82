using System.Globalization;
using Emulation.Domain.Awards;
using Emulation.Domain.Scoring;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Resources;
using Emulation.Web.Services.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Integration;

/// <summary>
/// A campaign's offered-title quota drives the evaluation page, the review dashboard's what-if and the API's scoreboard
/// alike (issue #15 item 9): the seeded campaign offers Chiến sĩ thi đua cơ sở at 1 % of its Advanced Workers.
/// </summary>
public sealed class CampaignQuotaIntegrationTests : FreshAppTests
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = await App.DbAsync();
        // The seeded campaign is past its draft, when titles are offered (it offers this one without a quota): the
        // quota is what offering it with 1 % would have stored.
        await db.Database.ExecuteSqlRawAsync(
            "UPDATE CampaignOfferedTitles SET QuotaPercent = 1 WHERE CampaignId = 1 AND Title = 'GrassrootsEmulationFighter'");
    }

    [Fact]
    public async Task CampaignQuota_AppliesToTheEvaluationTheWhatIfAndTheScoreboard_WithItsArithmetic()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");
        var dashboard = App.Service<ReviewDashboardService>();
        var fighters = (await dashboard.RecommendationsAsync(TestActors.Officer, 1,
            new RecommendationQuery(Title: Title.GrassrootsEmulationFighter, PageSize: ReviewDashboardService.MaxPageSize))).Rows
            .Where(r => r.Status is RecommendationStatus.Recommended or RecommendationStatus.OverQuota).ToList();
        Assert.True(fighters.Count > 1);
        Assert.All(fighters, f => Assert.Equal(RecommendationStatus.OverQuota, f.Status)); // 1 % of fewer than 100 rounds to 0
        Assert.All(fighters, f => Assert.Matches(@"Hạn mức: 1 % × \d+ Lao động tiên tiến = 0,\d+ → 0 \(làm tròn xuống\)",
            Wording.Explain(Wording.Vietnamese, Wording.VietnameseCulture, f.Explanation, f.Subject)));

        // The same share tried in the what-if changes nothing; lifting it gives the fighters back.
        var same = await dashboard.WhatIfAsync(TestActors.Leader, 1, [new QuotaChange(Title.GrassrootsEmulationFighter, 1m)]);
        var lifted = await dashboard.WhatIfAsync(TestActors.Leader, 1, [new QuotaChange(Title.GrassrootsEmulationFighter, null)]);
        Assert.DoesNotContain(same.Value.Rows, r => r.Title == Title.GrassrootsEmulationFighter);
        Assert.Equal(fighters.Count, lifted.Value.Rows.Count(r => r.Title == Title.GrassrootsEmulationFighter &&
            r.After == RecommendationStatus.Recommended));

        var board = (await App.Service<ScoreboardService>().EvaluateAsync(TestActors.Officer, 1))!.Value;
        Assert.All(board.Evaluation.Recommendations.Where(r => r.Title == Title.GrassrootsEmulationFighter && r.IsEligible),
            r => Assert.Equal((1m, 0), (r.Quota!.CapPercent, r.Quota.Allowed)));
    }
}
