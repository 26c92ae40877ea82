using Emulation.Tests.Infrastructure;
using Emulation.Web.Services;
using Emulation.Web.Services.Awards;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Council;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Integration;

/// <summary>Services refuse the wrong role and the wrong unit, whatever the page shows.</summary>
public sealed class AccessTests(AppFixture fixture) : SharedAppTests(fixture)
{
    private int _campaignId;
    private int _ownUnit;
    private int _otherUnit;

    public override async ValueTask InitializeAsync()
    {
        await using var db = await App.DbAsync();
        _campaignId = await db.Campaigns.Select(c => c.Id).FirstAsync();
        _ownUnit = await App.UnitIdAsync("TH");
        _otherUnit = await App.UnitIdAsync("KT");
    }

    [Fact]
    public async Task DepartmentHead_OpeningAnotherUnitsWorkspace_IsRefused() =>
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            App.Service<SubmissionService>().GetWorkspaceAsync(TestActors.HeadOf(_ownUnit), _campaignId, _otherUnit));

    [Fact]
    public async Task DepartmentHead_SavingAnotherUnitsPledge_IsRefusedAndNothingChanges()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            App.Service<SubmissionService>().SavePledgeAsync(TestActors.HeadOf(_ownUnit), _campaignId, _otherUnit,
                new Dictionary<string, decimal?> { ["VB_DEN"] = 1 }, null, submit: true));
        await using var db = await App.DbAsync();
        var pledge = await db.Pledges.SingleAsync(p => p.CampaignId == _campaignId && p.UnitId == _otherUnit);
        Assert.NotEqual(1m, pledge.TargetFor("VB_DEN"));
    }

    [Fact]
    public async Task DepartmentHead_RatingStaffOfAnotherUnit_IsRefused()
    {
        var submissions = App.Service<SubmissionService>();
        var otherStaff = await submissions.GetStaffYearAsync(TestActors.Officer, _otherUnit, 2026);
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            submissions.SaveStaffYearAsync(TestActors.HeadOf(_ownUnit), _ownUnit, 2026, otherStaff));
    }

    [Fact]
    public async Task Officer_CannotEnterAUnitsResults() =>
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            App.Service<SubmissionService>().SaveResultsAsync(TestActors.Officer, _campaignId, _ownUnit,
                new Dictionary<string, decimal?>(), null, submit: false));

    [Fact]
    public async Task DepartmentHead_CannotCreateCampaigns() =>
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            App.Service<CampaignService>().CreateDraftAsync(TestActors.HeadOf(_ownUnit),
                new CampaignDraftInput { Name = "x", Year = 2026 }));

    [Fact]
    public async Task DepartmentHead_CannotSeeTheEvaluation() =>
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            App.Service<ReviewDashboardService>().SummaryAsync(TestActors.HeadOf(_ownUnit), _campaignId));

    [Fact]
    public async Task Leadership_CannotVote() =>
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            App.Service<CouncilSessionService>().VoteAsync(TestActors.Leader, 1,
                new Dictionary<int, Emulation.Domain.Awards.BallotChoice> { [1] = Emulation.Domain.Awards.BallotChoice.Yes }));

    [Fact]
    public async Task CouncilMember_CannotApprove() =>
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            App.Service<AwardService>().ApproveAsync(TestActors.Council, _campaignId, [1],
                new DecisionInput { DecisionNumber = "1/QĐ" }));
}
