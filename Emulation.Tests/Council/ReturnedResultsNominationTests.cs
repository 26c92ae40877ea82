using System.Net;
using Emulation.Domain.Awards;
using Emulation.Domain.Scoring;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Resources;
using Emulation.Web.Services.Awards;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Council;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Nominations;
using Emulation.Web.Services.Proposals;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Emulation.Tests.Council;

/// <summary>
/// Phòng Kinh tế is nominated (a Provincial Emulation Fighter of its staff and the unit as an Advanced Labour Collective),
/// then the officer returns its results for amendment. The council votes, and leadership decides, only on submitted
/// results: its nominations are not put to a session, not voted to a pass, not approved and not sent up, each refusal
/// naming the unit, until it submits again; then each comes back on the engine's new recommendation, or is withdrawn
/// with the reason when the engine no longer recommends it. Phòng Tổng hợp's nominations go on as before.
/// </summary>
public sealed class ReturnedResultsNominationTests : FreshAppTests
{
    private CouncilScenario _scenario = null!;
    private int _kt;

    private CouncilSessionService Sessions => App.Service<CouncilSessionService>();

    public override async ValueTask InitializeAsync()
    {
        _scenario = await CouncilScenario.SeedConsultedAsync(App);
        _kt = await App.UnitIdAsync("KT");
        Assert.True((await App.Service<CampaignService>().MoveAsync(TestActors.Officer, _scenario.CampaignId, CampaignStep.OpenResults)).IsSuccess);
    }

    private async Task ReturnKtAsync()
    {
        var returned = await App.Service<ReviewService>().ReturnAsync(TestActors.Officer, _scenario.CampaignId, _kt,
            SubmissionKind.Results, "Thiếu minh chứng chỉ tiêu văn bản");
        Assert.True(returned.IsSuccess, string.Join("; ", returned.Errors));
    }

    private async Task PassAsync(params int[] nominationIds)
    {
        await using var db = await App.DbAsync();
        foreach (var nomination in await db.Nominations.Where(n => nominationIds.Contains(n.Id)).ToListAsync())
        {
            Assert.True(nomination.RecordCountedBallot(new BallotTally(5, 5, 5, 0, 0), "hoidong1", DateTimeOffset.UtcNow).IsSuccess);
        }

        await db.SaveChangesAsync();
    }

    private async Task<Nomination> NominationAsync(int id)
    {
        await using var db = await App.DbAsync();
        return await db.Nominations.AsNoTracking().SingleAsync(n => n.Id == id);
    }

    private async Task<string> VietnameseAsync(Emulation.Domain.Common.DomainError error) =>
        await Cultures.ReadInAsync("vi-VN", () => Task.FromResult(App.Service<IStringLocalizer<SharedResource>>().Describe(error)));

    [Fact]
    public async Task Open_LeavesTheReturnedUnitsNominationsOffTheAgenda_AndWithNothingElse_SaysWhy()
    {
        await ReturnKtAsync();

        var sessionId = await CouncilDriver.OpenWithAllPresentAsync(App, _scenario.CampaignId);

        var agenda = (await Sessions.GetSessionAsync(TestActors.Officer, sessionId))!.Agenda.Select(a => a.NominationId).Order();
        Assert.Equal(new[] { _scenario.Worker, _scenario.CouncilMembersOwn }.Order(), agenda);

        // Phòng Tổng hợp's two decided, only Phòng Kinh tế's wait: a session on them alone is refused, naming the unit.
        await CouncilDriver.VoteAsync(App, sessionId, 1, BallotChoice.Yes, [_scenario.Worker, _scenario.CouncilMembersOwn]);
        Assert.True((await Sessions.CloseAsync(TestActors.Officer, sessionId)).IsSuccess);
        var again = await Sessions.OpenAsync(TestActors.Officer, _scenario.CampaignId,
            new OpenSessionInput { ChairUserName = "hoidong1", HeldOn = CouncilDriver.HeldOn.ToDateTime(TimeOnly.MinValue) });

        var error = Assert.Single(again.Errors);
        Assert.Equal(("nomination.results_returned", "Phòng Kinh tế"), (error.Code, error.Item));
        Assert.StartsWith("Phòng Kinh tế đã bị trả lại kết quả để hoàn thiện", await VietnameseAsync(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReturnedWhileOnTheAgenda_TheItemIsMarked_ABallotOnItIsRefused_AndClosingLeavesItUndecided()
    {
        var sessionId = await CouncilDriver.OpenWithAllPresentAsync(App, _scenario.CampaignId);
        await ReturnKtAsync();

        var view = (await Sessions.GetSessionAsync(TestActors.Officer, sessionId))!;
        Assert.Equal(new[] { _scenario.ProvincialFighter, _scenario.Collective }.Order(),
            view.Agenda.Where(a => a.ResultsReturned).Select(a => a.NominationId).Order());

        var refused = await Sessions.VoteAsync(CouncilDriver.Member(1), sessionId,
            new Dictionary<int, BallotChoice> { [_scenario.Worker] = BallotChoice.Yes, [_scenario.Collective] = BallotChoice.Yes });
        Assert.Equal(("nomination.results_returned", "Phòng Kinh tế"), (Assert.Single(refused.Errors).Code, refused.Errors[0].Item));

        foreach (var member in new[] { 1, 2, 3 })
        {
            await CouncilDriver.VoteAsync(App, sessionId, member, BallotChoice.Yes, [_scenario.Worker]);
        }

        Assert.True((await Sessions.CloseAsync(TestActors.Officer, sessionId)).IsSuccess);

        Assert.Equal(NominationStatus.Passed, (await NominationAsync(_scenario.Worker)).Status);
        var collective = await NominationAsync(_scenario.Collective);
        Assert.Equal((NominationStatus.Proposed, null), (collective.Status, collective.Ballot));
        var closed = (await Sessions.GetSessionAsync(TestActors.Officer, sessionId))!;
        Assert.Null(closed.Agenda.Single(a => a.NominationId == _scenario.Collective).Passed);
    }

    [Fact]
    public async Task TheNominationsList_MarksThoseWaitingOnTheReturnedResults_AsTheAgendaDoes_UntilTheUnitSubmitsAgain()
    {
        await PassAsync(_scenario.Collective, _scenario.ProvincialFighter);
        await ReturnKtAsync();

        var listed = await App.Service<CouncilService>().ListAsync(TestActors.Officer, _scenario.CampaignId);

        Assert.Equal(new[] { _scenario.ProvincialFighter, _scenario.Collective }.Order(),
            listed.Where(n => n.ResultsReturned).Select(n => n.Id).Order());
        Assert.True((await App.Service<CouncilService>().GetAsync(TestActors.Officer, _scenario.Collective))!.ResultsReturned);
        var forLeadership = await App.Service<AwardService>().ListForDecisionAsync(TestActors.Leader, _scenario.CampaignId);
        Assert.True(forLeadership.Single(n => n.Id == _scenario.Collective).ResultsReturned);
        // The send-up page's nominees, by the same rule: the province's title waits there, marked.
        var toSendUp = (await App.Service<ProposalService>().BoardAsync(TestActors.Leader, _scenario.CampaignId)).Waiting;
        Assert.True(toSendUp.Single(n => n.Id == _scenario.ProvincialFighter).ResultsReturned);
    }

    [Fact]
    public async Task PassedBeforeTheReturn_IsNeitherApprovedNorSentUp_EachRefusalNamingTheUnit()
    {
        await PassAsync(_scenario.Collective, _scenario.ProvincialFighter, _scenario.Worker);
        await ReturnKtAsync();

        var approved = await App.Service<AwardService>().ApproveAsync(TestActors.Leader, _scenario.CampaignId,
            [_scenario.Collective, _scenario.Worker], Decisions.DecisionScenario.Input("91/QĐ-VP"));
        var sent = await App.Service<ProposalService>().SendUpAsync(TestActors.Leader, _scenario.CampaignId, [_scenario.ProvincialFighter],
            new ProposalInput { Number = "15/TTr-VP", Date = new DateTime(2026, 12, 20), Recipient = "Ban Thi đua – Khen thưởng tỉnh" });

        Assert.Equal(("nomination.results_returned", "Phòng Kinh tế"), (Assert.Single(approved.Errors).Code, approved.Errors[0].Item));
        Assert.Equal(("nomination.results_returned", "Phòng Kinh tế"), (Assert.Single(sent.Errors).Code, sent.Errors[0].Item));
        Assert.Equal(NominationStatus.Passed, (await NominationAsync(_scenario.Collective)).Status);
        Assert.Equal(NominationStatus.Passed, (await NominationAsync(_scenario.Worker)).Status); // all or nothing
        Assert.Equal(NominationStatus.Passed, (await NominationAsync(_scenario.ProvincialFighter)).Status);
        await using var db = await App.DbAsync();
        Assert.False(await db.Proposals.AnyAsync(p => p.CampaignId == _scenario.CampaignId));
        Assert.False(await db.Awards.AnyAsync(a => a.NominationId == _scenario.Collective));
    }

    [Fact]
    public async Task ApproveOverTheApi_WhileTheUnitsResultsAreReturned_IsAConflictNamingTheRule()
    {
        await PassAsync(_scenario.Collective);
        await ReturnKtAsync();
        using var leader = await App.AsUserAsync("lanhdao");

        var response = await leader.PostAsync($"/api/v1/nominations/{_scenario.Collective}/approve", ApiClients.Json("""
            {"number":"93/QĐ-VP","date":"2026-12-20","signerName":"Trần Quốc Bảo","signerPosition":"Chánh Văn phòng"}
            """));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("nomination.results_returned", body, StringComparison.Ordinal);
        Assert.Equal(NominationStatus.Passed, (await NominationAsync(_scenario.Collective)).Status);
    }

    [Fact]
    public async Task SubmittedAgain_EachNominationComesBackOnItsNewRecommendation_OrIsWithdrawnWithTheReason()
    {
        await PassAsync(_scenario.Collective, _scenario.ProvincialFighter);
        await ReturnKtAsync();
        Assert.True((await App.Service<CampaignService>().MoveAsync(TestActors.Officer, _scenario.CampaignId, CampaignStep.StartReview)).IsSuccess);
        var head = TestActors.HeadOf(_kt);
        var submissions = App.Service<SubmissionService>();
        var workspace = (await submissions.GetWorkspaceAsync(head, _scenario.CampaignId, _kt))!;
        Assert.True(workspace.ResultsOpen); // returned in review: the head corrects and submits again
        Dictionary<string, decimal?> values;
        await using (var db = await App.DbAsync())
        {
            values = (await db.UnitResults.AsNoTracking().SingleAsync(r => r.CampaignId == _scenario.CampaignId && r.UnitId == _kt))
                .Values.ToDictionary(v => v.CriterionCode, v => (decimal?)v.Value);
        }

        var submitted = await submissions.SaveResultsAsync(head, _scenario.CampaignId, _kt, values, workspace.ResultVersion, submit: true);

        Assert.True(submitted.IsSuccess, string.Join("; ", submitted.Errors));
        var evaluated = (await App.Service<EvaluationSnapshots>().EvaluateNowAsync(_scenario.CampaignId))!.Value.Evaluation;
        foreach (var id in new[] { _scenario.Collective, _scenario.ProvincialFighter })
        {
            var nomination = await NominationAsync(id);
            var recommendation = evaluated.Recommendations
                .Where(r => r.PersonId == nomination.PersonId && r.UnitId == nomination.UnitId && r.Title == nomination.Title)
                .Select(r => (Recommendation?)r).SingleOrDefault();
            if (recommendation is { Status: RecommendationStatus.Recommended } recommended)
            {
                Assert.Equal((NominationStatus.Proposed, null), (nomination.Status, nomination.Ballot));
                Assert.Equal(recommended.Explanation.Conditions.Select(c => c.Code), nomination.Explanation!.Conditions.Select(c => c.Code));
            }
            else
            {
                Assert.Equal(NominationStatus.Withdrawn, nomination.Status);
                Assert.StartsWith("Đơn vị gửi lại kết quả sau khi bị trả lại; đánh giá lại trên số liệu mới: ", nomination.WithdrawalReason,
                    StringComparison.Ordinal);
            }
        }

        // Three consecutive grassroots titles and a province-wide initiative: the seeded staff member never earned it.
        Assert.Equal(NominationStatus.Withdrawn, (await NominationAsync(_scenario.ProvincialFighter)).Status);
        Assert.Equal(NominationStatus.Proposed, (await NominationAsync(_scenario.Worker)).Status);
    }

    [Fact]
    public async Task ReturnedInReview_TheHeadCorrectsItsStaffsRatings_AndOnResubmissionTheCollectiveIsReconsideredOnThem()
    {
        await PassAsync(_scenario.Collective);
        await ReturnKtAsync();
        Assert.True((await App.Service<CampaignService>().MoveAsync(TestActors.Officer, _scenario.CampaignId, CampaignStep.StartReview)).IsSuccess);
        var head = TestActors.HeadOf(_kt);
        var submissions = App.Service<SubmissionService>();
        var workspace = (await submissions.GetWorkspaceAsync(head, _scenario.CampaignId, _kt))!;
        Assert.True(workspace.StaffOpen); // returned in review: the staff's ratings are part of what was returned

        // Nobody of the unit is an Advanced Worker any more: the collective's 70 % cannot stand (Law 06/2022 Art. 28).
        var staff = await submissions.GetStaffYearAsync(head, _kt, workspace.Year);
        foreach (var row in staff.Where(r => r.Rating != Emulation.Domain.Results.QualityRating.NotRated))
        {
            row.Rating = Emulation.Domain.Results.QualityRating.Completed;
        }

        var rated = await submissions.SaveStaffYearAsync(head, _kt, workspace.Year, staff);
        Assert.True(rated.IsSuccess, string.Join("; ", rated.Errors));
        Assert.Equal(NominationStatus.Passed, (await NominationAsync(_scenario.Collective)).Status); // waits for the results
        Dictionary<string, decimal?> values;
        await using (var db = await App.DbAsync())
        {
            values = (await db.UnitResults.AsNoTracking().SingleAsync(r => r.CampaignId == _scenario.CampaignId && r.UnitId == _kt))
                .Values.ToDictionary(v => v.CriterionCode, v => (decimal?)v.Value);
        }

        var submitted = await submissions.SaveResultsAsync(head, _scenario.CampaignId, _kt, values, workspace.ResultVersion, submit: true);

        Assert.True(submitted.IsSuccess, string.Join("; ", submitted.Errors));
        var collective = await NominationAsync(_scenario.Collective);
        Assert.Equal(NominationStatus.Withdrawn, collective.Status);
        Assert.StartsWith("Đơn vị gửi lại kết quả sau khi bị trả lại; đánh giá lại trên số liệu mới: ", collective.WithdrawalReason,
            StringComparison.Ordinal);
        Assert.False((await App.Service<SubmissionService>().GetWorkspaceAsync(head, _scenario.CampaignId, _kt))!.StaffOpen);
    }

    [Fact]
    public async Task InReview_AUnitWhoseResultsStandSubmitted_CannotChangeItsStaffsRatings()
    {
        Assert.True((await App.Service<CampaignService>().MoveAsync(TestActors.Officer, _scenario.CampaignId, CampaignStep.StartReview)).IsSuccess);

        var workspace = (await App.Service<SubmissionService>().GetWorkspaceAsync(TestActors.HeadOf(_kt), _scenario.CampaignId, _kt))!;

        Assert.NotEqual(Emulation.Domain.Pledges.SubmissionStatus.Returned, workspace.ResultStatus);
        Assert.False(workspace.StaffOpen);
    }
}
