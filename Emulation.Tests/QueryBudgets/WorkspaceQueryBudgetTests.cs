using Emulation.Tests.Infrastructure;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.EvidenceFiles;
using Emulation.Web.Services.Submissions;

namespace Emulation.Tests.QueryBudgets;

/// <summary>A unit's results page reads a fixed number of SQL queries however many criteria the table has.</summary>
public sealed class WorkspaceQueryBudgetTests : FreshAppTests
{
    /// <summary>
    /// The workspace's two and the evidence folder's one, and for each of the two services the head's agency
    /// (the unit tree, read once as each context opens for a bound account: ActorDbContexts, OrganizationScope.AgencyAbove).
    /// </summary>
    private const int PageBudget = 5;

    [Theory]
    [InlineData(1)]
    [InlineData(50)]
    public async Task ResultsPage_LoadsWithinFiveQueries_WhateverTheTableSize(int criteria)
    {
        var unitId = await App.UnitIdAsync("TH");
        var head = TestActors.HeadOf(unitId);
        var campaignId = await LaunchedCampaignWith(criteria);
        var targets = Enumerable.Range(1, criteria).ToDictionary(i => Code(i), i => (decimal?)(10 * i));
        Assert.True((await App.Service<SubmissionService>().SavePledgeAsync(head, campaignId, unitId, targets, null, submit: false)).IsSuccess);

        var counted = App.Queries.Begin();
        var workspace = await App.Service<SubmissionService>().GetWorkspaceAsync(head, campaignId, unitId);
        var folder = await App.Service<EvidenceService>().ListAsync(head, campaignId, unitId);

        Assert.Equal(criteria, workspace!.Lines.Count);
        Assert.Equal(10m * criteria, workspace.Lines.Single(l => l.Code == Code(criteria)).Target);
        Assert.NotNull(folder);
        Assert.True(counted.Count <= PageBudget, $"{counted.Count} queries:\n{string.Join("\n---\n", counted.Commands)}");
    }

    private static string Code(int i) => TestCampaigns.CriterionCode(i);

    private Task<int> LaunchedCampaignWith(int criteria) =>
        App.Service<CampaignService>().LaunchWithCriteriaAsync($"Bảng {criteria} tiêu chí", criteria);
}
