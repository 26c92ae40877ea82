using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Tests.Infrastructure;

namespace Emulation.Tests.Domain.Entities;

[Trait("Category", "Fast")]
public sealed class CampaignDesignerTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 8, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateOnly March = new(2026, 3, 31);
    private static readonly DateOnly December = new(2026, 12, 10);

    private static Campaign Draft() => Campaign.Draft("Phong trào năm 2026", 2026, CampaignKind.Yearly).Value;

    private static Campaign Launched()
    {
        var campaign = Draft();
        campaign.AddCriterion(Criterion.Scored("A", "Tiêu chí A", "I", 60, "văn bản"));
        campaign.AddCriterion(Criterion.Scored("B", "Tiêu chí B", "I", 40, "cuộc họp"));
        Assert.True(campaign.ReadyToLaunch().Launch("congdoan", At, TestCampaigns.Field).IsSuccess);
        return campaign;
    }

    private static Criterion Banded(params ScoreBand[] bands) =>
        Criterion.Scored("K", "Theo khung", "I", 20, "%", ScoringMethod.Bands, bands: bands);

    [Fact]
    public void Draft_WithResultsDeadlineBeforePledgeDeadline_Fails() =>
        Assert.Equal("campaign.deadlines_out_of_order",
            Assert.Single(Campaign.Draft("X", 2026, CampaignKind.Yearly, December, March).Errors).Code);

    [Fact]
    public void Draft_WithResultsDeadlineOnThePledgeDeadline_IsAllowed() =>
        Assert.True(Campaign.Draft("X", 2026, CampaignKind.Yearly, March, March).IsSuccess);

    [Fact]
    public void SetDeadlines_WhileDraft_ChangesBoth()
    {
        var campaign = Draft();

        Assert.True(campaign.SetDeadlines(March, December).IsSuccess);

        Assert.Equal((March, December), (campaign.PledgeDeadline!.Value, campaign.ResultsDeadline!.Value));
    }

    [Fact]
    public void SetDeadlines_OutOfOrder_FailsAndKeepsTheOldOnes()
    {
        var campaign = Draft();
        campaign.SetDeadlines(March, December);

        var set = campaign.SetDeadlines(December, March);

        Assert.Equal("campaign.deadlines_out_of_order", Assert.Single(set.Errors).Code);
        Assert.Equal(March, campaign.PledgeDeadline);
    }

    [Fact]
    public void Draft_WithADeadlineInAYearNoCampaignHas_Fails() =>
        Assert.Equal("campaign.deadline_out_of_range",
            Assert.Single(Campaign.Draft("X", 2026, CampaignKind.Yearly, March, DateOnly.MaxValue).Errors).Code);

    [Fact]
    public void SetDeadlines_InYearOne_FailsAndKeepsTheOldOnes_SoACopyCanShiftThem()
    {
        var campaign = Draft();
        campaign.SetDeadlines(March, December);

        var set = campaign.SetDeadlines(DateOnly.MinValue, December);

        Assert.Equal("campaign.deadline_out_of_range", Assert.Single(set.Errors).Code);
        Assert.Equal(March, campaign.PledgeDeadline);
        Assert.True(campaign.CopyAs("Bản sao", Campaign.MaxYear).IsSuccess);
    }

    [Fact]
    public void SetDeadlines_AfterLaunch_Fails() =>
        Assert.Equal("campaign.wrong_status", Assert.Single(Launched().SetDeadlines(March, December).Errors).Code);

    [Fact]
    public void AddCriterion_WithValidBands_IsAllowed()
    {
        var campaign = Draft();

        var added = campaign.AddCriterion(Banded(new ScoreBand(1m, 1m), new ScoreBand(0.8m, 0.5m)));

        Assert.True(added.IsSuccess);
        Assert.Equal(2, campaign.FindCriterion("K")!.Bands.Count);
    }

    [Theory]
    [InlineData(1, 1.5, "campaign.band_share_out_of_range")]
    [InlineData(1, -0.1, "campaign.band_share_out_of_range")]
    [InlineData(0, 0.5, "campaign.band_ratio_not_positive")]
    [InlineData(-1, 0.5, "campaign.band_ratio_not_positive")]
    public void AddCriterion_WithABadBand_FailsNamingTheCriterion(decimal minRatio, decimal share, string code)
    {
        var added = Draft().AddCriterion(Banded(new ScoreBand(minRatio, share)));

        var error = Assert.Single(added.Errors);
        Assert.Equal((code, "K"), (error.Code, error.Item));
    }

    [Fact]
    public void AddCriterion_WithTwoBandsAtTheSameRatio_Fails()
    {
        var added = Draft().AddCriterion(Banded(new ScoreBand(1m, 1m), new ScoreBand(1m, 0.5m)));

        Assert.Equal(("campaign.band_duplicate_ratio", "K"), (Assert.Single(added.Errors).Code, added.Errors[0].Item));
    }

    [Fact]
    public void AddCriterion_ByBandsWithoutBands_Fails() =>
        Assert.Equal("campaign.bands_missing", Assert.Single(Draft().AddCriterion(Banded()).Errors).Code);

    [Fact]
    public void ScoredMaxPoints_LeavesOutBonusAndPenalty()
    {
        var campaign = Draft();
        campaign.AddCriterion(Criterion.Scored("A", "A", "I", 70, "lần"));
        campaign.AddCriterion(Criterion.Bonus("T", "Thưởng", 5, 10, "lần"));
        campaign.AddCriterion(Criterion.Penalty("P", "Trừ", 1, 10, "lần"));

        Assert.Equal(70m, campaign.ScoredMaxPoints);
    }

    [Fact]
    public void OfferTitle_WhileDraft_AddsItWithItsQuota_AndOfferingAgainChangesTheQuota()
    {
        var campaign = Draft();

        Assert.True(campaign.OfferTitle(Title.AdvancedWorker).IsSuccess);
        Assert.True(campaign.OfferTitle(Title.GrassrootsEmulationFighter, 15m).IsSuccess);
        Assert.True(campaign.OfferTitle(Title.GrassrootsEmulationFighter, 10m).IsSuccess);

        Assert.Equal(2, campaign.OfferedTitles.Count);
        Assert.Null(campaign.OfferedTitles.Single(t => t.Title == Title.AdvancedWorker).QuotaPercent);
        Assert.Equal(10m, campaign.OfferedTitles.Single(t => t.Title == Title.GrassrootsEmulationFighter).QuotaPercent);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100.5)]
    public void OfferTitle_WithAQuotaOutside0To100_Fails(decimal quota) =>
        Assert.Equal("campaign.quota_out_of_range", Assert.Single(Draft().OfferTitle(Title.AdvancedWorker, quota).Errors).Code);

    [Fact]
    public void OfferTitle_AfterLaunch_Fails() =>
        Assert.Equal("campaign.wrong_status", Assert.Single(Launched().OfferTitle(Title.AdvancedWorker).Errors).Code);

    [Fact]
    public void WithdrawTitle_RemovesIt_AndWithdrawingOneNotOfferedFails()
    {
        var campaign = Draft();
        campaign.OfferTitle(Title.AdvancedWorker);

        Assert.True(campaign.WithdrawTitle(Title.AdvancedWorker).IsSuccess);
        Assert.Empty(campaign.OfferedTitles);
        Assert.Equal("campaign.title_not_offered", Assert.Single(campaign.WithdrawTitle(Title.AdvancedWorker).Errors).Code);
    }

    [Fact]
    public void Amend_ChangingMaxPoints_ChangesItAndRecordsWhoWhenWhyAndWhat()
    {
        var campaign = Launched();

        var amended = campaign.Amend("congdoan", At, "Theo kết luận Hội đồng", new ChangeMaxPoints("A", 55));

        Assert.True(amended.IsSuccess);
        Assert.Equal(55m, campaign.FindCriterion("A")!.MaxPoints);
        var amendment = Assert.Single(campaign.Amendments);
        Assert.Equal(("congdoan", At, "Theo kết luận Hội đồng"), (amendment.By, amendment.At, amendment.Reason));
        Assert.Equal("max|A|60|55", amendment.Change);
    }

    /// <summary>A criterion is found as every code is, whatever its case or Unicode form (CleanText.SameCode), never only as spelt.</summary>
    [Fact]
    public void FindCriterion_MatchesTheCodeInAnyCase_AndTheHistoryNamesItsOwnCode()
    {
        var campaign = Draft();
        campaign.AddCriterion(Criterion.Scored("TĐ-1", "Tiêu chí thi đua", "I", 60, "văn bản"));
        campaign.AddCriterion(Criterion.Scored("B", "Tiêu chí B", "I", 40, "cuộc họp"));

        Assert.Equal("TĐ-1", campaign.FindCriterion("tđ-1")?.Code);
        Assert.True(campaign.EditCriterion("tđ-1", Criterion.Scored("TĐ-1", "Tiêu chí thi đua sửa", "I", 60, "văn bản")).IsSuccess);
        Assert.Equal("Tiêu chí thi đua sửa", campaign.FindCriterion("TĐ-1")!.Name);
        Assert.True(campaign.ReadyToLaunch().Launch("congdoan", At, TestCampaigns.Field).IsSuccess);

        Assert.True(campaign.Amend("congdoan", At, "Theo kết luận Hội đồng", new ChangeMaxPoints("Tđ-1", 50)).IsSuccess);

        Assert.Equal(50m, campaign.FindCriterion("TĐ-1")!.MaxPoints);
        Assert.Equal("max|TĐ-1|60|50", Assert.Single(campaign.Amendments).Change);
    }

    [Fact]
    public void Amend_AddingACriterion_AddsItAfterLaunch()
    {
        var campaign = Launched();

        var amended = campaign.Amend("congdoan", At, "Bổ sung nhiệm vụ", new AddCriterionChange(
            Criterion.Bonus("T", "Sáng kiến", 2, 10, "sáng kiến")));

        Assert.True(amended.IsSuccess);
        Assert.NotNull(campaign.FindCriterion("T"));
        Assert.Contains("T", Assert.Single(campaign.Amendments).Change, StringComparison.Ordinal);
    }

    [Fact]
    public void Amend_AddingATargetCriterion_AfterPledgesClosed_FailsAndChangesNothing()
    {
        var campaign = Launched();
        Assert.True(campaign.OpenResults("congdoan", At).IsSuccess);

        var amended = campaign.Amend("congdoan", At, "Bổ sung nhiệm vụ", new AddCriterionChange(
            Criterion.Scored("C", "Tiêu chí C", "I", 10, "văn bản")));

        Assert.Equal("campaign.target_criterion_after_pledges", Assert.Single(amended.Errors).Code);
        Assert.Null(campaign.FindCriterion("C"));
        Assert.Empty(campaign.Amendments);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Amend_WithoutAReason_FailsAndChangesNothing(string reason)
    {
        var campaign = Launched();

        var amended = campaign.Amend("congdoan", At, reason, new ChangeMaxPoints("A", 55));

        Assert.Equal("campaign.amendment_reason_required", Assert.Single(amended.Errors).Code);
        Assert.Equal(60m, campaign.FindCriterion("A")!.MaxPoints);
        Assert.Empty(campaign.Amendments);
    }

    [Fact]
    public void Amend_ADraft_Fails() =>
        Assert.Equal("campaign.amendment_not_allowed",
            Assert.Single(Draft().Amend("congdoan", At, "Lý do", new ChangeMaxPoints("A", 5)).Errors).Code);

    [Fact]
    public void Amend_AnUnknownCriterion_Fails() =>
        Assert.Equal("campaign.criterion_not_found",
            Assert.Single(Launched().Amend("congdoan", At, "Lý do", new ChangeMaxPoints("Z", 5)).Errors).Code);

    [Fact]
    public void Amend_AddingADuplicateCode_FailsAndRecordsNothing()
    {
        var campaign = Launched();

        var amended = campaign.Amend("congdoan", At, "Lý do", new AddCriterionChange(Criterion.Scored("A", "Trùng", "I", 5, "lần")));

        Assert.Equal("campaign.duplicate_code", Assert.Single(amended.Errors).Code);
        Assert.Empty(campaign.Amendments);
    }

    [Fact]
    public void CopyAs_CopiesCriteriaBandsTitlesAndShiftsDeadlines()
    {
        var source = Campaign.Draft("Phong trào 2025", 2025, CampaignKind.Yearly,
            new DateOnly(2025, 3, 31), new DateOnly(2025, 12, 10)).Value;
        source.AddCriterion(Criterion.Scored("K", "Theo khung", "I", 20, "%", ScoringMethod.Bands,
            bands: [new ScoreBand(1m, 1m), new ScoreBand(0.8m, 0.5m)]));
        source.OfferTitle(Title.GrassrootsEmulationFighter, 15m);

        var copy = source.CopyAs("Phong trào 2026", 2026).Value;

        Assert.Equal((CampaignStatus.Draft, 2026, "Phong trào 2026"), (copy.Status, copy.Year, copy.Name));
        Assert.Equal((new DateOnly(2026, 3, 31), new DateOnly(2026, 12, 10)), (copy.PledgeDeadline!.Value, copy.ResultsDeadline!.Value));
        var criterion = Assert.Single(copy.Criteria);
        Assert.NotSame(source.Criteria[0], criterion);
        Assert.Equal(source.Criteria[0].Bands, criterion.Bands);
        Assert.Equal((Title.GrassrootsEmulationFighter, (decimal?)15m), (copy.OfferedTitles[0].Title, copy.OfferedTitles[0].QuotaPercent));
    }

    [Fact]
    public void ReplaceCriteria_WithOneBadCriterion_KeepsTheOldTable()
    {
        var campaign = Draft();
        campaign.AddCriterion(Criterion.Scored("OLD", "Cũ", "I", 100, "lần"));

        var replaced = campaign.ReplaceCriteria([Criterion.Scored("N1", "Mới", "I", 50, "lần"), Criterion.Scored("N1", "Trùng", "I", 50, "lần")]);

        Assert.Equal("campaign.duplicate_code", Assert.Single(replaced.Errors).Code);
        Assert.Equal("OLD", Assert.Single(campaign.Criteria).Code);
    }
}
