using Emulation.Domain.Campaigns;
using Emulation.Tests.Infrastructure;

namespace Emulation.Tests.Domain.Entities;

/// <summary>Issue 20, item 7: a draft's criteria are edited, not only deleted; a launched table is frozen.</summary>
[Trait("Category", "Fast")]
public sealed class CriterionEditTests
{
    private static readonly DateTimeOffset At = new(2026, 2, 1, 8, 0, 0, TimeSpan.FromHours(7));

    private static Campaign Draft()
    {
        var campaign = Campaign.Draft("Phong trào năm 2026", 2026, CampaignKind.Yearly).Value;
        campaign.AddCriterion(Criterion.Scored("A", "Văn bản đến", "I", 60, "văn bản"));
        campaign.AddCriterion(Criterion.Scored("B", "Cuộc họp", "I", 40, "cuộc"));
        return campaign;
    }

    [Fact]
    public void Edit_ADraftsLine_ChangesItInItsPlace()
    {
        var campaign = Draft();
        var before = campaign.Criteria[0];

        var edited = campaign.EditCriterion("A", Criterion.Scored("A1", "Văn bản đến được xử lý", "II", 70, "văn bản",
            ScoringMethod.YesNo, CriterionDirection.LowerIsBetter));

        Assert.True(edited.IsSuccess);
        Assert.Same(before, campaign.Criteria[0]);
        Assert.Equal(("A1", "Văn bản đến được xử lý", "II", 70m, ScoringMethod.YesNo, CriterionDirection.LowerIsBetter),
            (before.Code, before.Name, before.Group, before.MaxPoints, before.Method, before.Direction));
        Assert.Equal(["A1", "B"], campaign.Criteria.Select(c => c.Code));
    }

    [Fact]
    public void Edit_IntoAnotherLinesCode_OrWithNoPoints_IsRefusedAndChangesNothing()
    {
        var campaign = Draft();

        var taken = campaign.EditCriterion("A", Criterion.Scored("b", "Văn bản", "I", 60, "văn bản"));
        var zero = campaign.EditCriterion("A", Criterion.Scored("A", "Văn bản", "I", 0, "văn bản"));
        var bands = campaign.EditCriterion("A", Criterion.Scored("A", "Văn bản", "I", 60, "%", ScoringMethod.Bands));

        Assert.Equal("campaign.duplicate_code", Assert.Single(taken.Errors).Code);
        Assert.Equal("campaign.invalid_max_points", Assert.Single(zero.Errors).Code);
        Assert.Equal("campaign.bands_missing", Assert.Single(bands.Errors).Code);
        Assert.Equal(("A", "Văn bản đến", 60m), (campaign.Criteria[0].Code, campaign.Criteria[0].Name, campaign.Criteria[0].MaxPoints));
    }

    [Fact]
    public void Edit_KeepingItsOwnCode_IsNotADuplicate() =>
        Assert.True(Draft().EditCriterion("B", Criterion.Scored("B", "Cuộc họp được phục vụ", "I", 40, "cuộc")).IsSuccess);

    [Fact]
    public void Edit_AnUnknownLine_IsRefused() =>
        Assert.Equal("campaign.criterion_not_found",
            Assert.Single(Draft().EditCriterion("Z", Criterion.Scored("Z", "Z", "I", 10, "lần")).Errors).Code);

    [Fact]
    public void Edit_AfterLaunch_IsRefused_TheTableIsFrozen()
    {
        var campaign = Draft().ReadyToLaunch();
        Assert.True(campaign.Launch("congdoan", At, TestCampaigns.Field).IsSuccess);

        var edited = campaign.EditCriterion("A", Criterion.Scored("A", "Đổi tên", "I", 60, "văn bản"));

        Assert.Equal("campaign.wrong_status", Assert.Single(edited.Errors).Code);
        Assert.Equal("Văn bản đến", campaign.Criteria[0].Name);
    }
}
