using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Tests.Infrastructure;

namespace Emulation.Tests.Domain.Entities;

/// <summary>Issue 20, item 4: the launch is refused, with every reason as a code and its facts, while the draft is not ready.</summary>
[Trait("Category", "Fast")]
public sealed class CampaignLaunchTests
{
    private static readonly DateTimeOffset At = new(2026, 2, 1, 8, 0, 0, TimeSpan.FromHours(7));

    private static Campaign Draft() => Campaign.Draft("Phong trào năm 2026", 2026, CampaignKind.Yearly).Value;

    private static Campaign Ready(decimal scoredPoints = 100m)
    {
        var campaign = Draft();
        campaign.AddCriterion(Criterion.Scored("A", "Văn bản đến", "I", scoredPoints, "văn bản"));
        campaign.AddCriterion(Criterion.Bonus("SK", "Sáng kiến", 2, 10, "sáng kiến"));
        return campaign.ReadyToLaunch();
    }

    [Fact]
    public void Launch_AnEmptyDraftOverNoUnit_ListsEveryReasonAndStaysDraft()
    {
        var campaign = Draft();

        var launched = campaign.Launch("congdoan", At, new LaunchField([]));

        Assert.Equal(
            ["campaign.no_criteria", "campaign.no_title_offered", "campaign.pledge_deadline_missing",
                "campaign.results_deadline_missing", "campaign.no_units"],
            launched.Errors.Select(e => e.Code));
        Assert.Equal(CampaignStatus.Draft, campaign.Status);
        Assert.Empty(campaign.Transitions);
    }

    [Theory]
    [InlineData(90)]
    [InlineData(100.5)]
    [InlineData(1000)]
    public void Launch_WhenTheScoredPointsDoNotTotal100_IsRefusedWithTheTotalAsAFact(double points)
    {
        var campaign = Ready((decimal)points);

        var refusal = Assert.Single(campaign.Launch("congdoan", At, TestCampaigns.Field).Errors);

        Assert.Equal("campaign.scored_total_out_of_scale", refusal.Code);
        Assert.Equal([KeyValuePair.Create("total", (object)(decimal)points), KeyValuePair.Create("scale", (object)100m)], refusal.Facts);
        Assert.Equal(CampaignStatus.Draft, campaign.Status);
    }

    [Fact]
    public void Launch_WithAnEmptyBloc_NamesTheBloc()
    {
        var field = new LaunchField([new LaunchBloc("Khối các phòng", 8), new LaunchBloc("Khối sự nghiệp", 0)]);

        var refusal = Assert.Single(Ready().Launch("congdoan", At, field).Errors);

        Assert.Equal(("campaign.empty_bloc", "Khối sự nghiệp"), (refusal.Code, refusal.Item));
    }

    [Fact]
    public void Launch_WithOnlyADeadlineMissing_SaysWhichOne()
    {
        var campaign = Draft();
        campaign.AddCriterion(Criterion.Scored("A", "Văn bản đến", "I", 100, "văn bản"));
        campaign.OfferTitle(Title.AdvancedWorker);
        campaign.SetDeadlines(null, TestCampaigns.ResultsDeadline);

        Assert.Equal("campaign.pledge_deadline_missing", Assert.Single(campaign.LaunchRefusals(TestCampaigns.Field)).Code);
    }

    [Fact]
    public void Launch_AReadyDraft_LaunchesAndTheFieldCountsItsUnits()
    {
        var campaign = Ready();
        var field = new LaunchField([new LaunchBloc("Khối các phòng", 8), new LaunchBloc("Khối sự nghiệp", 3)]);

        Assert.Empty(campaign.LaunchRefusals(field));
        Assert.True(campaign.Launch("congdoan", At, field).IsSuccess);
        Assert.Equal(CampaignStatus.Launched, campaign.Status);
        Assert.Equal(11, field.Units);
    }

    [Fact]
    public void Launch_Again_IsTheWrongStatusOnly()
    {
        var campaign = Ready();
        campaign.Launch("congdoan", At, TestCampaigns.Field);

        Assert.Equal("campaign.wrong_status", Assert.Single(campaign.Launch("congdoan", At, new LaunchField([])).Errors).Code);
    }
}
