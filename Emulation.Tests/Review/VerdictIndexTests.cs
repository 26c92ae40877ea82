using CsCheck;

using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;
using Emulation.Tests.Domain.Properties;
using Emulation.Web.Services.Evaluation;

namespace Emulation.Tests.Review;

/// <summary>
/// The dashboard's verdict pages read through <see cref="VerdictIndex"/> must be exactly the pages a plain filter over
/// every verdict gives: same rows in the same order, same total.
/// </summary>
public sealed class VerdictIndexTests
{
    private static readonly Campaign Campaign = Campaign.Draft("Phong trào thi đua", InputBuilder.Year, CampaignKind.Yearly).Value;

    private static readonly Gen<RecommendationQuery> Query = Gen.Select(
        OrAny(Gen.Enum<Title>()), OrAny(Gen.Enum<RecommendationStatus>()), OrAny(Gen.Int[1, 4]), Gen.Int[0, 3], Gen.Int[1, 7])
        .Select(q => new RecommendationQuery(UnitId: q.Item3, Title: q.Item1, Status: q.Item2, Page: q.Item4, PageSize: q.Item5));

    /// <summary>A filter's value, or no filter one time in three.</summary>
    private static Gen<T?> OrAny<T>(Gen<T> value) where T : struct =>
        Gen.Select(Gen.Int[0, 2], value).Select(v => v.Item1 == 0 ? (T?)null : v.Item2);

    [Fact]
    public void APage_IsThePlainFiltersPage()
    {
        Gen.Select(EngineGenerators.Input, Query).Sample((input, query) =>
        {
            var evaluation = CampaignEvaluator.Evaluate(input, InputBuilder.Rules).Value;
            var snapshot = EvaluationSnapshot.Create(Campaign, input, InputBuilder.Rules, evaluation,
                new Dictionary<int, string>(), DateTimeOffset.UnixEpoch);
            var expected = evaluation.Recommendations.Where(r =>
                (query.UnitId is null || r.UnitId == query.UnitId) && (query.Title is null || r.Title == query.Title) &&
                (query.Status is null || r.Status == query.Status)).ToList();

            var page = ReviewDashboardService.Recommendations(snapshot, query);

            Assert.Equal(expected.Count, page.Total);
            Assert.Equal(
                expected.Skip(query.Page * query.PageSize).Take(query.PageSize).Select(r => (r.PersonId, r.UnitId, r.Title, r.Status)),
                page.Rows.Select(r => (r.PersonId, r.UnitId, r.Title, r.Status)));
        }, iter: 300);
    }

    [Fact]
    public void Tallies_CountEveryVerdictOnce_ByTitleAndStatus()
    {
        EngineGenerators.Input.Sample(input =>
        {
            var evaluation = CampaignEvaluator.Evaluate(input, InputBuilder.Rules).Value;

            var tallies = new VerdictIndex(evaluation.Recommendations).Tallies;

            Assert.Equal(evaluation.Recommendations.Count, tallies.Sum(t => t.Recommended + t.NotEligible + t.OverQuota + t.Deferred));
            foreach (var t in tallies)
            {
                Assert.Equal(evaluation.Recommendations.Count(r => r.Title == t.Title && r.Status == RecommendationStatus.Recommended), t.Recommended);
                Assert.Equal(evaluation.Recommendations.Count(r => r.Title == t.Title && r.Status == RecommendationStatus.OverQuota), t.OverQuota);
            }
        }, iter: 200);
    }

    [Fact]
    public void RecommendedByUnit_CountsEachUnitsRecommendations_OnItAndItsPeople()
    {
        EngineGenerators.Input.Sample(input =>
        {
            var evaluation = CampaignEvaluator.Evaluate(input, InputBuilder.Rules).Value;

            var counted = new VerdictIndex(evaluation.Recommendations).RecommendedByUnit;

            var expected = evaluation.Recommendations.Where(r => r.Status == RecommendationStatus.Recommended)
                .GroupBy(r => r.UnitId).ToDictionary(g => g.Key, g => g.Count());
            Assert.Equal(expected.OrderBy(u => u.Key), counted.OrderBy(u => u.Key));
        }, iter: 200);
    }
}
