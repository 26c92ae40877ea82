using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Results;
using Emulation.Tests.Council;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services.Awards;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Council;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Nominations;
using Emulation.Web.Services.Records;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Integration;

/// <summary>The whole yearly cycle through the application services, on a real migrated SQLite file.</summary>
public sealed class ThinPathTests : FreshAppTests
{
    [Fact]
    public async Task Campaign_FromLaunchToApprovedAward_LeavesTheAwardInTheList()
    {
        var campaigns = App.Service<CampaignService>();
        var submissions = App.Service<SubmissionService>();
        var unitId = await App.UnitIdAsync("TH");
        var head = TestActors.HeadOf(unitId);

        var created = await campaigns.CreateDraftAsync(TestActors.Officer,
            new CampaignDraftInput { Name = "Phong trào thử nghiệm", Year = 2026 });
        Assert.True(created.IsSuccess);
        var campaignId = created.Value;
        Assert.True((await campaigns.AddCriterionAsync(TestActors.Officer, campaignId, new CriterionInput
        {
            Code = "VB_DEN", Name = "Văn bản đến được xử lý", Group = "I", MaxPoints = 100, UnitOfMeasure = "văn bản",
        })).IsSuccess);
        Assert.True((await campaigns.AddCriterionAsync(TestActors.Officer, campaignId, new CriterionInput
        {
            Code = "TRE_HAN", Name = "Văn bản trễ hạn", Kind = CriterionKind.Penalty, MaxPoints = 10, PointsPerUnit = 1,
            UnitOfMeasure = "văn bản",
        })).IsSuccess);
        await campaigns.ReadyToLaunchAsync(campaignId);
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, campaignId, CampaignStep.Launch)).IsSuccess);

        Assert.True((await submissions.SavePledgeAsync(head, campaignId, unitId,
            new Dictionary<string, decimal?> { ["VB_DEN"] = 1000 }, null, submit: true)).IsSuccess);
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, campaignId, CampaignStep.OpenResults)).IsSuccess);
        var workspace = await submissions.GetWorkspaceAsync(head, campaignId, unitId);
        Assert.True((await submissions.SaveResultsAsync(head, campaignId, unitId,
            new Dictionary<string, decimal?> { ["VB_DEN"] = 900, ["TRE_HAN"] = 2 }, workspace!.ResultVersion,
            submit: true)).IsSuccess);

        var staff = await submissions.GetStaffYearAsync(head, unitId, 2026);
        foreach (var row in staff.Where(r => r.RecruitedOn.Year < 2026))
        {
            row.Rating = QualityRating.Excellent;
            row.Initiative = InitiativeLevel.Grassroots;
        }

        foreach (var row in staff.Where(r => r.RecruitedOn.Year == 2026))
        {
            row.Rating = QualityRating.NotRated;
            row.MonthsWorked = 5;
        }

        Assert.True((await submissions.SaveStaffYearAsync(head, unitId, 2026, staff)).IsSuccess);
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, campaignId, CampaignStep.StartReview)).IsSuccess);

        var dashboard = App.Service<ReviewDashboardService>();
        var summary = await dashboard.SummaryAsync(TestActors.Officer, campaignId);
        Assert.Empty(summary!.Errors);
        var standing = Assert.Single((await dashboard.UnitsAsync(TestActors.Officer, campaignId, new UnitQuery())).Rows);
        Assert.Equal(88m, standing.Total); // 100 × 900/1000 − 2 late documents × 1 point
        Assert.Equal(1, standing.Rank);
        var verdicts = (await dashboard.RecommendationsAsync(TestActors.Officer, campaignId,
            new RecommendationQuery(PageSize: ReviewDashboardService.MaxPageSize))).Rows;
        var recommended = verdicts.Where(r => r.Status == Emulation.Domain.Scoring.RecommendationStatus.Recommended).ToList();
        Assert.Contains(recommended, r => r.Title == Title.AdvancedWorker);
        Assert.Contains(recommended, r => r.Title == Title.GrassrootsEmulationFighter);
        Assert.All(verdicts, r => Assert.NotEmpty(r.Explanation.Conditions));

        var nominated = await App.Service<NominationService>().NominateRecommendedAsync(TestActors.Officer, campaignId);
        Assert.True(nominated.Value > 0);

        var nominations = await App.Service<CouncilService>().ListAsync(TestActors.Council, campaignId);
        var advanced = nominations.Where(n => n.Title == Title.AdvancedWorker).Select(n => n.Id).ToList();
        var sessionId = await CouncilDriver.OpenWithAllPresentAsync(App, campaignId);
        foreach (var member in new[] { 1, 2, 3 })
        {
            await CouncilDriver.VoteAsync(App, sessionId, member, BallotChoice.Yes, advanced);
        }

        await CouncilDriver.VoteAsync(App, sessionId, 5, BallotChoice.No, advanced);
        Assert.True((await App.Service<CouncilSessionService>().CloseAsync(TestActors.Officer, sessionId)).IsSuccess);

        var awards = App.Service<AwardService>();
        var approved = await awards.ApproveAsync(TestActors.Leader, campaignId, advanced,
            new DecisionInput { DecisionNumber = "999/QĐ-VP", DecisionDate = new DateTime(2026, 12, 20) });
        Assert.True(approved.IsSuccess);

        var list = (await App.Service<LookupService>().ListAwardsAsync(head, new AwardFilter(FromYear: 2026, ToYear: 2026), 0,
            LookupService.MaxPageSize)).Rows;
        Assert.Equal(advanced.Count, list.Count(a => a.DecisionNumber == "999/QĐ-VP"));
        Assert.All(list.Where(a => a.DecisionNumber == "999/QĐ-VP"), a =>
        {
            Assert.Equal(Title.AdvancedWorker, a.Title);
            Assert.Equal("Phòng Tổng hợp", a.UnitNameAtDecision);
        });
    }
}
