using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Organization;
using Emulation.Domain.Pledges;
using Emulation.Tests.Council;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Services;
using Emulation.Web.Services.Awards;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Council;
using Emulation.Web.Services.Home;
using Emulation.Web.Services.Organization;
using Emulation.Web.Services.Rules;
using Emulation.Web.Services.Staff;
using Emulation.Web.Services.Sudden;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Home;

/// <summary>Each role's "what needs me now" follows the campaign as it moves, on a clock the test sets.</summary>
public sealed class HomeServiceTests : FreshAppTests
{
    private static readonly Dictionary<string, decimal?> Targets = new()
    {
        ["VB_DEN"] = 100, ["VB_DI"] = 50, ["HOP"] = 10, ["TTHC"] = 5, ["DUNG_HAN"] = 98,
    };

    /// <summary>Five days after the seeded campaign's pledge deadline (which follows the day the demo was seeded).</summary>
    private SettableClock _clock = null!;

    private DateOnly _pledgeDeadline;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _pledgeDeadline = (await App.SeededScheduleAsync()).PledgeDeadline;
        _clock = SettableClock.OnOfficeDay(_pledgeDeadline.AddDays(5));
    }

    private HomeService Home => new(App.Service<IDbContextFactory<EmulationDbContext>>(), _clock, App.Service<RuleSetService>());

    [Fact]
    public async Task Officer_SeesTheLateUnit_ThenItsSubmissionWaiting_ThenItReturned_AndTheHeadSeesTheReason()
    {
        var campaignId = await App.SeededCampaignIdAsync();
        var th = await App.UnitIdAsync("TH");
        var head = TestActors.HeadOf(th);

        var before = Assert.Single((await Home.OfficerAsync(TestActors.Officer)).Campaigns, c => c.Id == campaignId);
        Assert.Equal(CampaignStatus.Launched, before.Status);
        Assert.Equal(_pledgeDeadline, before.NextDeadline);
        Assert.Contains(before.Units, u => u.UnitId == th && u.Flag == UnitFlagKind.Late && u.Kind == SubmissionKind.Pledge);
        var headBefore = Assert.Single(await Home.HeadAsync(head));
        Assert.Equal((SubmissionKind.Pledge, SubmissionStatus.Draft, _pledgeDeadline),
            (headBefore.Due, headBefore.DueStatus, headBefore.DueDeadline));

        Assert.True((await App.Service<SubmissionService>().SavePledgeAsync(head, campaignId, th, Targets, null, submit: true)).IsSuccess);
        var submitted = Assert.Single((await Home.OfficerAsync(TestActors.Officer)).Campaigns, c => c.Id == campaignId);
        Assert.DoesNotContain(submitted.Units, u => u.UnitId == th);
        Assert.Equal(before.AwaitingReview + 1, submitted.AwaitingReview);

        Assert.True((await App.Service<ReviewService>().ReturnAsync(TestActors.Officer, campaignId, th, SubmissionKind.Pledge,
            "Thiếu chỉ tiêu họp")).IsSuccess);
        var returned = Assert.Single((await Home.OfficerAsync(TestActors.Officer)).Campaigns, c => c.Id == campaignId);
        Assert.Contains(returned.Units, u => u.UnitId == th && u.Flag == UnitFlagKind.Returned);
        Assert.Equal(before.AwaitingReview, returned.AwaitingReview);
        var headAfter = Assert.Single(await Home.HeadAsync(head));
        Assert.Equal((SubmissionStatus.Returned, "Thiếu chỉ tiêu họp", SubmissionKind.Pledge),
            (headAfter.DueStatus, headAfter.ReturnReason, headAfter.ReturnedKind));
    }

    [Fact]
    public void Head_ToldOfAReturnedResultsReport_WhilePledgesAreOpen_IsToldItIsTheResults_NotThePledgeDue()
    {
        var campaign = new HeadCampaign(1, "Phong trào", CampaignStatus.Launched, 2, SubmissionStatus.Submitted, null,
            SubmissionStatus.Returned, null, "Thiếu số liệu quý IV");

        Assert.Equal((SubmissionKind.Pledge, SubmissionKind.Results), (campaign.Due, campaign.ReturnedKind));
        Assert.Null((campaign with { ReturnReason = null }).ReturnedKind);
    }

    [Fact]
    public async Task SessionToOpen_ThenOpenBallotsWithTheMembersOwnCount_ThenPassedNominationsForLeadership()
    {
        var scenario = await CouncilScenario.SeedConsultedAsync(App);
        var campaigns = App.Service<CampaignService>();
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, scenario.CampaignId, CampaignStep.OpenResults)).IsSuccess);
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, scenario.CampaignId, CampaignStep.StartReview)).IsSuccess);

        var toOpen = Assert.Single((await Home.OfficerAsync(TestActors.Officer)).SessionsToOpen);
        Assert.Equal((scenario.CampaignId, 4), (toOpen.CampaignId, toOpen.Proposed));
        Assert.Empty(await Home.CouncilAsync(CouncilDriver.Member(2)));

        var session = await CouncilDriver.OpenWithAllPresentAsync(App, scenario.CampaignId);
        await CouncilDriver.VoteAsync(App, session, 2, BallotChoice.Yes, [scenario.Worker, scenario.ProvincialFighter]);
        Assert.Empty((await Home.OfficerAsync(TestActors.Officer)).SessionsToOpen);
        var ballot = Assert.Single(await Home.CouncilAsync(CouncilDriver.Member(2)));
        Assert.Equal((session, scenario.CampaignId, 4, 2), (ballot.SessionId, ballot.CampaignId, ballot.Nominations, ballot.Voted));
        Assert.Equal(0, Assert.Single(await Home.CouncilAsync(CouncilDriver.Member(1))).Voted);
        Assert.Empty(await Home.LeadershipAsync(TestActors.Leader));

        await CouncilDriver.VoteAsync(App, session, 1, BallotChoice.Yes, [scenario.Worker]);
        await CouncilDriver.VoteAsync(App, session, 3, BallotChoice.Yes, [scenario.Worker]);
        await CouncilDriver.VoteAsync(App, session, 5, BallotChoice.Yes, [scenario.Worker]);
        Assert.True((await App.Service<CouncilSessionService>().CloseAsync(TestActors.Officer, session)).IsSuccess);

        Assert.Empty(await Home.CouncilAsync(CouncilDriver.Member(2)));
        var waiting = Assert.Single(await Home.LeadershipAsync(TestActors.Leader));
        Assert.Equal(scenario.CampaignId, waiting.CampaignId);
        Assert.True(waiting.Passed >= 1);
    }

    [Fact]
    public async Task Head_SeesHowManyOfTheStaffInPost_PledgedForThemselves()
    {
        var campaignId = await App.SeededCampaignIdAsync();
        var th = await App.UnitIdAsync("TH");
        var head = TestActors.HeadOf(th);
        var before = Assert.Single(await Home.HeadAsync(head));
        Assert.True(before.TakesStaffPledges);
        Assert.Equal(0, before.StaffPledged);

        var me = await StaffAsync("nv.th1");
        Assert.True((await App.Service<StaffService>().SavePledgeAsync(me, campaignId, me.PersonId!.Value, Title.AdvancedWorker, null)).IsSuccess);
        var colleague = await StaffAsync("nv.th2");
        Assert.True((await App.Service<PeopleService>().LeaveAsync(TestActors.Admin, colleague.PersonId!.Value,
            new PersonLeaving(LeaveReason.Retired, new DateOnly(2026, 3, 31), null))).IsSuccess);

        var after = Assert.Single(await Home.HeadAsync(head));
        Assert.Equal((1, before.StaffCount - 1), (after.StaffPledged, after.StaffCount));
        var unitPage = (await App.Service<StaffService>().GetUnitPledgesAsync(head, th, campaignId))!;
        Assert.Equal(after.StaffCount, unitPage.StaffCount);
    }

    [Fact]
    public async Task Head_IsNotToldOfACampaign_TheirUnitTakesNoPartIn()
    {
        var th = await App.UnitIdAsync("TH");
        var kt = await App.UnitIdAsync("KT");
        var campaigns = App.Service<CampaignService>();
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput { Name = "Thi đua chuyên đề", Year = 2026 })).Value;
        await campaigns.AddCriterionAsync(TestActors.Officer, id,
            new CriterionInput { Code = "HOP", Name = "Cuộc họp", MaxPoints = 100, UnitOfMeasure = "cuộc" });
        await campaigns.ReadyToLaunchAsync(id);
        Assert.True((await App.Service<CampaignSetupService>().ChangeBlocsAsync(TestActors.Officer, id, new BlocEdit.MoveUnit(th, null))).IsSuccess);
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, id, CampaignStep.Launch)).IsSuccess);

        Assert.DoesNotContain(await Home.HeadAsync(TestActors.HeadOf(th)), c => c.CampaignId == id);
        Assert.Contains(await Home.HeadAsync(TestActors.HeadOf(kt)), c => c.CampaignId == id);
        var officers = Assert.Single((await Home.OfficerAsync(TestActors.Officer)).Campaigns, c => c.Id == id);
        Assert.DoesNotContain(officers.Units, u => u.UnitId == th);
    }

    private async Task<Actor> StaffAsync(string userName)
    {
        await using var db = await App.DbAsync();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName);
        return new Actor(user.Id, userName, new HashSet<string> { Roles.Staff }, null, user.PersonId);
    }

    [Fact]
    public async Task EachRolesHome_IsRefusedToTheOtherRoles()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => Home.OfficerAsync(TestActors.HeadOf(1)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Home.HeadAsync(TestActors.Officer));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Home.CouncilAsync(TestActors.Leader));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Home.LeadershipAsync(TestActors.Council));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Home.SuddenAwaitingAsync(TestActors.Officer));
    }

    /// <summary>
    /// A title a higher level decides is not the leadership's to approve: the home sends it to Trình cấp trên, and the
    /// approval page gets only what the agency's own decision takes. A sudden award waiting for them is counted too.
    /// </summary>
    [Fact]
    public async Task Leadership_SeesWhatToApprove_WhatToSendUp_AndTheSuddenAwardsToDecide()
    {
        await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 2);
        await DecisionScenario.NominateAsync(App, Title.ProvincialCertificateOfMerit, 1);
        var unitId = await App.UnitIdAsync("TH");
        var proposed = await App.Service<SuddenAwardService>().ProposeAsync(TestActors.HeadOf(unitId), new SuddenProposalInput
        {
            UnitId = unitId, Title = Title.CollectiveCertificateOfCommendation, Achievement = "Hỗ trợ di dời dân vùng lũ",
        });
        Assert.True(proposed.IsSuccess, string.Join("; ", proposed.Errors));

        var waiting = Assert.Single(await Home.LeadershipAsync(TestActors.Leader));
        Assert.Equal((DecisionScenario.CampaignId, 2, 1), (waiting.CampaignId, waiting.Passed, waiting.ToSendUp));
        Assert.Equal(2, (await App.Service<AwardService>().ListForDecisionAsync(TestActors.Leader, DecisionScenario.CampaignId))
            .Count(n => n.Status == NominationStatus.Passed));
        Assert.Equal(1, await Home.SuddenAwaitingAsync(TestActors.Leader));
    }
}
