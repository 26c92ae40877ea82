using System.Globalization;
using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Tests.Infrastructure;

namespace Emulation.Tests.Domain.Entities;

[Trait("Category", "Fast")]
public sealed class CampaignTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 8, 0, 0, TimeSpan.FromHours(7));

    private static Campaign Draft() => Campaign.Draft("Phong trào năm 2026", 2026, CampaignKind.Yearly).Value;

    /// <summary>Law 06/2022 Art. 26(2): a thematic campaign runs over dates of its own and counts its whole years, for the flag of its leaders.</summary>
    [Fact]
    public void Law26_2_AThematicCampaign_CountsTheWholeYearsOfItsOwnPeriod()
    {
        var thematic = Campaign.Draft("Chuyển đổi số 2024–2026", 2026, CampaignKind.Thematic).Value;
        Assert.Equal(0, thematic.ThematicYears);

        Assert.True(thematic.SetPeriod(new DateOnly(2024, 3, 1), new DateOnly(2026, 12, 31)).IsSuccess);
        Assert.Equal(2, thematic.ThematicYears);
        Assert.True(thematic.SetPeriod(new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31)).IsSuccess);
        Assert.Equal(3, thematic.ThematicYears);
        Assert.Null(Draft().ThematicYears);
    }

    [Theory]
    [InlineData("2024-03-01", "2027-02-28", 3)]
    [InlineData("2024-03-01", "2027-02-27", 2)]
    [InlineData("2024-02-29", "2027-02-28", 3)]
    [InlineData("2026-01-01", "2026-01-01", 0)]
    [InlineData("2020-01-01", "2025-12-31", 6)]
    public void WholeYears_CountsBothDaysIn(string start, string end, int years) =>
        Assert.Equal(years, Campaign.WholeYears(DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(end, CultureInfo.InvariantCulture)));

    [Fact]
    public void SetPeriod_RefusesAYearlyCampaign_HalfAPeriod_AnEndOutsideItsYear_AndAStartAfterTheEnd()
    {
        var period = Campaign.Draft("Cao điểm quý IV", 2026, CampaignKind.Period).Value;

        Assert.Equal("campaign.period_only_for_thematic", Assert.Single(Draft().SetPeriod(new(2026, 1, 1), new(2026, 6, 30)).Errors).Code);
        Assert.Equal("campaign.period_incomplete", Assert.Single(period.SetPeriod(new(2026, 1, 1), null).Errors).Code);
        var outside = Assert.Single(period.SetPeriod(new(2026, 1, 1), new(2027, 1, 31)).Errors);
        Assert.Equal("campaign.period_must_end_in_year", outside.Code);
        Assert.Equal(2026, outside.Facts.Single(f => f.Key == "year").Value);
        Assert.Equal("campaign.period_out_of_order", Assert.Single(period.SetPeriod(new(2026, 12, 1), new(2026, 10, 1)).Errors).Code);
        Assert.Null(period.StartsOn);

        Assert.True(period.SetPeriod(new(2026, 10, 1), new(2026, 12, 31)).IsSuccess);
        Assert.Equal(new DateOnly(2026, 10, 1), period.StartsOn);
    }

    [Fact]
    public void Launch_OfAThematicOrPeriodCampaign_WithoutItsPeriod_IsRefused()
    {
        var thematic = Campaign.Draft("Chuyển đổi số", 2026, CampaignKind.Thematic).Value;

        Assert.Contains(thematic.LaunchRefusals(TestCampaigns.Field), e => e.Code == "campaign.period_missing");
        Assert.True(thematic.SetPeriod(new(2024, 1, 1), new(2026, 12, 31)).IsSuccess);
        Assert.DoesNotContain(thematic.LaunchRefusals(TestCampaigns.Field), e => e.Code == "campaign.period_missing");
        Assert.DoesNotContain(Draft().ReadyToLaunch().LaunchRefusals(TestCampaigns.Field), e => e.Code == "campaign.period_missing");
    }

    /// <summary>Law 06/2022 Art. 21–28: emulation titles are given year by year; a thematic or period campaign offers forms of commendation.</summary>
    [Theory]
    [InlineData(CampaignKind.Thematic, Title.AdvancedWorker, "campaign.title_only_yearly")]
    [InlineData(CampaignKind.Thematic, Title.ExcellentLabourCollective, "campaign.title_only_yearly")]
    [InlineData(CampaignKind.Period, Title.GrassrootsEmulationFighter, "campaign.title_only_yearly")]
    [InlineData(CampaignKind.Period, Title.ProvincialEmulationFlag, "campaign.flag_only_yearly_or_thematic")]
    [InlineData(CampaignKind.Thematic, Title.ProvincialEmulationFlag, null)]
    [InlineData(CampaignKind.Thematic, Title.CertificateOfCommendation, null)]
    [InlineData(CampaignKind.Period, Title.CollectiveProvincialCertificateOfMerit, null)]
    [InlineData(CampaignKind.Yearly, Title.AdvancedWorker, null)]
    public void OfferTitle_ByKind_OffersOnlyWhatThatKindMayGive(CampaignKind kind, Title title, string? refusal)
    {
        var campaign = Campaign.Draft("Phong trào", 2026, kind).Value;

        var offered = campaign.OfferTitle(title);

        Assert.Equal(refusal, offered.Errors.SingleOrDefault()?.Code);
        Assert.Equal(refusal is null, Campaign.OffersFor(kind).Contains(title));
    }

    [Fact]
    public void Launch_WithoutScoredCriteria_FailsAndStaysDraft()
    {
        var campaign = Draft();
        campaign.AddCriterion(Criterion.Penalty("TRE", "Trễ hạn", 1, 10, "văn bản"));

        var launched = campaign.ReadyToLaunch().Launch("congdoan", At, TestCampaigns.Field);

        Assert.Equal("campaign.no_criteria", Assert.Single(launched.Errors).Code);
        Assert.Equal(CampaignStatus.Draft, campaign.Status);
        Assert.Empty(campaign.Transitions);
    }

    [Fact]
    public void Lifecycle_MovesStepByStep_AndRecordsWhoAndWhen()
    {
        var campaign = Draft();
        campaign.AddCriterion(Criterion.Scored("A", "Tiêu chí A", "I", 100, "lần"));

        Assert.True(campaign.ReadyToLaunch().Launch("congdoan", At, TestCampaigns.Field).IsSuccess);
        Assert.True(campaign.OpenResults("congdoan", At).IsSuccess);
        Assert.True(campaign.StartReview("congdoan", At).IsSuccess);
        Assert.True(campaign.Close("congdoan", At).IsSuccess);

        Assert.Equal(CampaignStatus.Closed, campaign.Status);
        Assert.Equal(
            [CampaignStatus.Launched, CampaignStatus.ResultsOpen, CampaignStatus.Review, CampaignStatus.Closed],
            campaign.Transitions.Select(t => t.To));
        Assert.All(campaign.Transitions, t => Assert.Equal("congdoan", t.By));
    }

    [Fact]
    public void Launch_Twice_Fails()
    {
        var campaign = Draft();
        campaign.AddCriterion(Criterion.Scored("A", "Tiêu chí A", "I", 100, "lần"));
        campaign.ReadyToLaunch().Launch("congdoan", At, TestCampaigns.Field);

        var again = campaign.Launch("congdoan", At, TestCampaigns.Field);

        Assert.Equal("campaign.wrong_status", Assert.Single(again.Errors).Code);
    }

    [Fact]
    public void StartReview_BeforeResultsOpen_Fails()
    {
        var campaign = Draft();
        campaign.AddCriterion(Criterion.Scored("A", "Tiêu chí A", "I", 100, "lần"));
        campaign.ReadyToLaunch().Launch("congdoan", At, TestCampaigns.Field);

        Assert.False(campaign.StartReview("congdoan", At).IsSuccess);
        Assert.Equal(CampaignStatus.Launched, campaign.Status);
    }

    [Fact]
    public void AddCriterion_AfterLaunch_Fails()
    {
        var campaign = Draft();
        campaign.AddCriterion(Criterion.Scored("A", "Tiêu chí A", "I", 100, "lần"));
        campaign.ReadyToLaunch().Launch("congdoan", At, TestCampaigns.Field);

        var added = campaign.AddCriterion(Criterion.Scored("B", "Tiêu chí B", "I", 10, "lần"));

        Assert.False(added.IsSuccess);
        Assert.Single(campaign.Criteria);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void AddCriterion_WithoutPositiveMaximum_FailsNamingTheCode(decimal max)
    {
        var added = Draft().AddCriterion(Criterion.Scored("A", "Tiêu chí A", "I", max, "lần"));

        var error = Assert.Single(added.Errors);
        Assert.Equal(("campaign.invalid_max_points", "A"), (error.Code, error.Item));
    }

    [Fact]
    public void AddCriterion_WithADuplicateCode_Fails()
    {
        var campaign = Draft();
        campaign.AddCriterion(Criterion.Scored("A", "Tiêu chí A", "I", 100, "lần"));

        Assert.Equal("campaign.duplicate_code",
            Assert.Single(campaign.AddCriterion(Criterion.Scored("A", "Khác", "I", 5, "lần")).Errors).Code);
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void Draft_WithAnImplausibleYear_Fails(int year) =>
        Assert.Equal("campaign.invalid_year", Assert.Single(Campaign.Draft("X", year, CampaignKind.Yearly).Errors).Code);
}
