using Emulation.Domain.Campaigns;
using Emulation.Domain.Pledges;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Submissions;

namespace Emulation.Tests.Integration;

/// <summary>A criterion added by amendment never leaves a unit without a target for it.</summary>
public sealed class AmendmentTargetTests : FreshAppTests
{
    private const int Campaign = 1;

    private CampaignService Campaigns => App.Service<CampaignService>();

    [Fact]
    public async Task AddingATargetCriterion_WhilePledgesAreOpen_SendsSubmittedPledgesBackWithTheReason()
    {
        var unit = await App.UnitIdAsync("KT");
        Assert.Equal(SubmissionStatus.Submitted, (await WorkspaceAsync(unit)).PledgeStatus);

        var amended = await Campaigns.AmendAddCriterionAsync(TestActors.Officer, Campaign,
            new CriterionInput { Code = "CDS", Name = "Hồ sơ số hóa", MaxPoints = 5, UnitOfMeasure = "%" }, "Theo chỉ đạo của UBND tỉnh");

        Assert.True(amended.IsSuccess);
        var workspace = await WorkspaceAsync(unit);
        Assert.Equal(SubmissionStatus.Returned, workspace.PledgeStatus);
        Assert.Contains("CDS", workspace.PledgeReturnReason, StringComparison.Ordinal);
        Assert.Contains("Theo chỉ đạo của UBND tỉnh", workspace.PledgeReturnReason, StringComparison.Ordinal);
        Assert.Contains(workspace.Lines, l => l.Code == "CDS" && l.NeedsTarget && l.Target is null);
    }

    [Fact]
    public async Task AddingATargetCriterion_AfterPledgesClosed_IsRefused_ButAYesNoOneIsAdded()
    {
        Assert.True((await Campaigns.MoveAsync(TestActors.Officer, Campaign, CampaignStep.OpenResults)).IsSuccess);

        var refused = await Campaigns.AmendAddCriterionAsync(TestActors.Officer, Campaign,
            new CriterionInput { Code = "CDS", Name = "Hồ sơ số hóa", MaxPoints = 5, UnitOfMeasure = "%" }, "Bổ sung");
        var added = await Campaigns.AmendAddCriterionAsync(TestActors.Officer, Campaign,
            new CriterionInput { Code = "CDS", Name = "Có số hóa hồ sơ", MaxPoints = 5, Method = ScoringMethod.YesNo }, "Bổ sung");

        Assert.Equal("campaign.target_criterion_after_pledges", Assert.Single(refused.Errors).Code);
        Assert.True(added.IsSuccess);
        var unit = await App.UnitIdAsync("KT");
        Assert.NotEqual(SubmissionStatus.Returned, (await WorkspaceAsync(unit)).PledgeStatus);
    }

    private async Task<UnitWorkspace> WorkspaceAsync(int unit) =>
        (await App.Service<SubmissionService>().GetWorkspaceAsync(TestActors.HeadOf(unit), Campaign, unit))!;
}
