using Emulation.Domain.Awards;
using Emulation.Domain.Pledges;
using Emulation.Domain.Scoring;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services;
using Emulation.Web.Services.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Review;

public sealed class ReviewDashboardServiceTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly ReviewDashboardService _dashboard = fixture.App.Service<ReviewDashboardService>();

    [Fact]
    public async Task Summary_GivesScoresPerBlocVerdictsPerTitleAndProgress()
    {
        var summary = (await _dashboard.SummaryAsync(TestActors.Leader, 1))!.Value;

        Assert.Equal(2, summary.Blocs.Count);
        Assert.All(summary.Blocs, b => Assert.True(b.Lowest <= b.Average && b.Average <= b.Highest));
        Assert.NotEmpty(summary.Titles);
        Assert.Equal(10, summary.Progress.Sum(p => p.ResultsSubmitted));
    }

    [Fact]
    public async Task Summary_CountsEachBlocsUnitsPledgesAndResults_AsTheDatabaseHoldsThem()
    {
        var summary = (await _dashboard.SummaryAsync(TestActors.Leader, 1))!.Value;

        await using var db = await fixture.App.DbAsync();
        var members = await db.BlocMembers.Where(m => m.CampaignId == 1).ToListAsync();
        var pledged = (await db.Pledges.Where(p => p.CampaignId == 1).Select(p => p.UnitId).ToListAsync()).ToHashSet();
        var results = await db.UnitResults.Where(r => r.CampaignId == 1).ToDictionaryAsync(r => r.UnitId, r => r.Status);
        var expected = members.GroupBy(m => m.BlocId).Select(g => (
            Bloc: g.Key, Units: g.Count(), Pledged: g.Count(m => pledged.Contains(m.UnitId)),
            Submitted: g.Count(m => results.GetValueOrDefault(m.UnitId) is SubmissionStatus.Submitted or SubmissionStatus.Accepted),
            Accepted: g.Count(m => results.GetValueOrDefault(m.UnitId) == SubmissionStatus.Accepted)))
            .OrderBy(b => b.Bloc).ToList();
        Assert.Equal(expected, summary.Progress.Select(p => (p.BlocId, p.Units, p.Pledged, p.ResultsSubmitted, p.ResultsAccepted))
            .OrderBy(b => b.BlocId).ToList());
        Assert.Contains(summary.Progress, p => p.Pledged > 0);
    }

    [Fact]
    public async Task Units_ArePagedOnTheServer_AndFilteredByBlocAndName()
    {
        var all = await _dashboard.UnitsAsync(TestActors.Council, 1, new UnitQuery(PageSize: 3));
        Assert.Equal(3, all.Rows.Count);
        Assert.True(all.Total > 3);

        var first = all.Rows[0];
        var bloc = await _dashboard.UnitsAsync(TestActors.Council, 1, new UnitQuery(first.BlocId, PageSize: 100));
        Assert.All(bloc.Rows, r => Assert.Equal(first.BlocId, r.BlocId));
        Assert.True(bloc.Total < all.Total);

        var byName = await _dashboard.UnitsAsync(TestActors.Council, 1, new UnitQuery(Search: first.UnitName.ToUpperInvariant()));
        Assert.Contains(byName.Rows, r => r.UnitId == first.UnitId);
    }

    [Fact]
    public async Task Recommendations_FilterByUnitTitleAndStatus_AndExplainOnlyThePage()
    {
        var page = await _dashboard.RecommendationsAsync(TestActors.Officer, 1,
            new RecommendationQuery(Title: Title.AdvancedWorker, Status: RecommendationStatus.Recommended, PageSize: 5));

        Assert.InRange(page.Rows.Count, 1, 5);
        Assert.All(page.Rows, r => Assert.Equal((Title.AdvancedWorker, RecommendationStatus.Recommended), (r.Title, r.Status)));
        Assert.All(page.Rows, r => Assert.NotEmpty(r.Explanation.Conditions));

        var unitId = page.Rows[0].UnitId;
        var unit = await _dashboard.RecommendationsAsync(TestActors.Officer, 1, new RecommendationQuery(UnitId: unitId, PageSize: 100));
        Assert.All(unit.Rows, r => Assert.Equal(unitId, r.UnitId));
    }

    [Fact]
    public async Task Search_IgnoresToneMarks()
    {
        var someone = (await _dashboard.RecommendationsAsync(TestActors.Officer, 1, new RecommendationQuery(PageSize: 1))).Rows[0];
        var plain = string.Concat(someone.SubjectName.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark));

        var found = await _dashboard.RecommendationsAsync(TestActors.Officer, 1, new RecommendationQuery(Search: plain, PageSize: 100));

        Assert.Contains(found.Rows, r => r.SubjectName == someone.SubjectName);
    }

    [Fact]
    public async Task Search_WithoutMarksOrCase_FindsVietnameseNames_IncludingĐ()
    {
        var kinhTe = await _dashboard.UnitsAsync(TestActors.Council, 1, new UnitQuery(Search: "  KINH TE "));
        Assert.Equal(["Phòng Kinh tế"], kinhTe.Rows.Select(r => r.UnitName));

        RecommendationView? someone = null;
        for (var page = 0; someone is null; page++)
        {
            var rows = (await _dashboard.RecommendationsAsync(TestActors.Officer, 1, new RecommendationQuery(Page: page, PageSize: 100))).Rows;
            Assert.NotEmpty(rows);
            someone = rows.FirstOrDefault(r => r.PersonId is not null && r.SubjectName.Contains('Đ', StringComparison.Ordinal));
        }

        var typed = someone.SubjectName.Replace('Đ', 'd').Replace('đ', 'd').Normalize(System.Text.NormalizationForm.FormD);
        var plain = string.Concat(typed.Where(c =>
            System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)).ToUpperInvariant();

        var found = await _dashboard.RecommendationsAsync(TestActors.Officer, 1, new RecommendationQuery(Search: plain, PageSize: 100));

        Assert.Contains(found.Rows, r => r.SubjectName == someone.SubjectName);
    }

    [Theory]
    [InlineData("Nguyễn Thị Đào", "nguyen thi dao", true)]
    [InlineData("Nguyễn Thị Đào", "THỊ ĐÀO", true)]
    [InlineData("Nguyễn Thị Đào", "thi đao", true)]
    [InlineData("Phòng Khoa giáo – Văn xã", "van xa", true)]
    [InlineData("Nguyễn Văn Hùng", "nguyen thi", false)]
    [InlineData("Trần Đức Long", "duc l", true)]
    public void NameSearch_IgnoresCaseTonesAndTheStrokeOfĐ(string name, string typed, bool found) =>
        Assert.Equal(found, NameSearch.Contains(NameSearch.Fold(name), NameSearch.Query(typed)));

    [Fact]
    public async Task Scorecard_ExplainsEveryLine()
    {
        var unit = (await _dashboard.UnitsAsync(TestActors.Leader, 1, new UnitQuery(PageSize: 1))).Rows[0];

        var card = await _dashboard.ScorecardAsync(TestActors.Leader, 1, unit.UnitId);

        Assert.NotNull(card);
        Assert.NotEmpty(card.Standing.Lines);
        Assert.All(card.Standing.Lines, l => Assert.False(string.IsNullOrWhiteSpace(l.Explanation)));
    }

    [Fact]
    public async Task WhatIf_AZeroShareLimit_RemovesEveryAdvancedWorker_AndSavesNothing()
    {
        var before = await _dashboard.RecommendationsAsync(TestActors.Leader, 1,
            new RecommendationQuery(Title: Title.AdvancedWorker, Status: RecommendationStatus.Recommended));

        var outcome = await _dashboard.WhatIfAsync(TestActors.Leader, 1, [new QuotaChange(Title.AdvancedWorker, 0m)]);

        Assert.True(outcome.IsSuccess);
        Assert.Equal(before.Total, outcome.Value.Rows.Count(r => r.Title == Title.AdvancedWorker && r.Kind == RecommendationDiffKind.Removed));
        var after = await _dashboard.RecommendationsAsync(TestActors.Leader, 1,
            new RecommendationQuery(Title: Title.AdvancedWorker, Status: RecommendationStatus.Recommended));
        Assert.Equal(before.Total, after.Total);
    }

    [Fact]
    public async Task WhatIf_WithABadShare_IsRefusedWithACode()
    {
        var outcome = await _dashboard.WhatIfAsync(TestActors.Officer, 1, [new QuotaChange(Title.AdvancedWorker, 150m)]);

        Assert.Contains(outcome.Errors, e => e.Code == "whatif.bad_share");
    }

    [Fact]
    public async Task WrongUsers_AreDenied()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => _dashboard.SummaryAsync(TestActors.HeadOf(2), 1));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _dashboard.UnitsAsync(TestActors.Admin, 1, new UnitQuery()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _dashboard.RecommendationsAsync(TestActors.HeadOf(2), 1, new RecommendationQuery()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _dashboard.ScorecardAsync(TestActors.Admin, 1, 1));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _dashboard.WhatIfAsync(TestActors.Council, 1, [new QuotaChange(Title.AdvancedWorker, 0m)]));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _dashboard.PeopleAsync(TestActors.Council, 1, 1));
    }
}
