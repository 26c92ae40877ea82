using Emulation.Domain.Campaigns;
using Emulation.Tests.Infrastructure;

namespace Emulation.Tests.Domain.Entities;

[Trait("Category", "Fast")]
public sealed class CampaignTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 8, 0, 0, TimeSpan.FromHours(7));

    private static Campaign Draft() => Campaign.Draft("Phong trào năm 2026", 2026, CampaignKind.Yearly).Value;

    /// <summary>Law 06/2022 Art. 26(2): a thematic campaign knows how many years it has run, for the flag of its leaders.</summary>
    [Fact]
    public void Law26_2_AThematicCampaign_CountsItsYearsFromItsStart()
    {
        var thematic = Campaign.Draft("Chuyển đổi số 2024–2026", 2026, CampaignKind.Thematic).Value;

        Assert.Equal(1, thematic.ThematicYears);
        Assert.True(thematic.SetThematicStart(2024).IsSuccess);
        Assert.Equal(3, thematic.ThematicYears);
        Assert.Equal("campaign.invalid_thematic_start", Assert.Single(thematic.SetThematicStart(2027).Errors).Code);
        Assert.Null(Draft().ThematicYears);
        Assert.Equal("campaign.not_thematic", Assert.Single(Draft().SetThematicStart(2024).Errors).Code);
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
