using Emulation.Domain.Awards;
using Emulation.Tests.Council;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Data.Inbox;
using Emulation.Web.Services;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Decisions;
using Emulation.Web.Services.Inbox;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Emulation.Tests.Inbox;

/// <summary>
/// Who is told what, in the app (e-mail is off here: no <c>Email:Host</c>): deadline reminders once per deadline per
/// person on a clock the test moves, ballots opened to each seated member, a decision to the awardee's own account.
/// </summary>
public sealed class InboxServiceTests : FreshAppTests
{
    /// <summary>Three days before the seeded campaign's pledge deadline (which follows the day the demo was seeded).</summary>
    private SettableClock _clock = null!;

    private DateOnly _pledgeDeadline;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _pledgeDeadline = (await App.SeededScheduleAsync()).PledgeDeadline;
        _clock = SettableClock.OnOfficeDay(_pledgeDeadline.AddDays(-3));
    }

    private DeadlineReminder Reminder(int days = 3) => new(App.Service<IDbContextFactory<EmulationDbContext>>(),
        App.Service<InboxService>(), Options.Create(new InboxOptions { ReminderDays = days }), _clock,
        NullLogger<DeadlineReminder>.Instance);

    [Fact]
    public async Task DeadlineReminder_RemindsTheLateUnitsHead_OnceBeforeAndOnceAfter_TheDeadline()
    {
        var reminder = Reminder();

        Assert.Equal(1, await reminder.RemindAsync());
        Assert.Equal(0, await reminder.RemindAsync());
        _clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(0, await reminder.RemindAsync());
        _clock.Advance(TimeSpan.FromDays(2));
        // Past it, the head once more, and the union officer once with how many units are late.
        Assert.Equal(2, await reminder.RemindAsync());
        Assert.Equal(0, await reminder.RemindAsync());

        // Under the two reminders, the demo campaign's launch, which the seed told every head of.
        var all = await App.Service<InboxService>().ListAsync(await ActorAsync("tp.th", Roles.DepartmentHead));
        Assert.Equal([NotificationKind.DeadlinePassed, NotificationKind.DeadlineSoon, NotificationKind.CampaignLaunched],
            all.Select(i => i.Kind));
        var items = all.Take(2).ToList();
        Assert.All(items, i => Assert.Equal(_pledgeDeadline.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), i.Detail));
        var th = await App.UnitIdAsync("TH");
        Assert.All(items, i => Assert.EndsWith($"/units/{th}", i.Link));
        var late = Assert.Single(await App.ItemsAsync("congdoan"), i => i.Kind == NotificationKind.UnitsLate);
        var campaignId = await App.SeededCampaignIdAsync();
        Assert.Equal(("1", $"campaigns/{campaignId}/progress"), (late.Detail, late.Link));
        Assert.Equal(["congdoan"], await App.ToldAsync(NotificationKind.UnitsLate));
        await using var db = await App.DbAsync();
        Assert.Empty(await db.OutboxEmails.ToListAsync());
    }

    [Fact]
    public async Task DeadlineReminder_AtTheResultsStage_RemindsOnlyTheUnitThatHasNotReported_AndTellsTheOfficerOnceItIsLate()
    {
        var campaignId = await App.SeededCampaignIdAsync();
        Assert.True((await App.Service<CampaignService>().MoveAsync(TestActors.Officer, campaignId, CampaignStep.OpenResults)).IsSuccess);
        var resultsDeadline = (await App.SeededScheduleAsync()).ResultsDeadline;
        _clock = SettableClock.OnOfficeDay(resultsDeadline.AddDays(-1));
        var reminder = Reminder();

        // The ten other units reported (the tests' demo): only Phòng Tổng hợp is reminded.
        Assert.Equal(1, await reminder.RemindAsync());
        Assert.Equal(["tp.th"], await App.ToldAsync(NotificationKind.DeadlineSoon));
        var soon = Assert.Single(await App.ItemsAsync("tp.th"), i => i.Kind == NotificationKind.DeadlineSoon);
        Assert.Equal(($"Báo cáo kết quả – {await CampaignNameAsync(campaignId)}", resultsDeadline.ToString("dd/MM/yyyy",
            System.Globalization.CultureInfo.InvariantCulture)), (soon.Subject, soon.Detail));
        Assert.Empty(await App.ToldAsync(NotificationKind.UnitsLate));

        _clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(2, await reminder.RemindAsync());
        Assert.Equal(["congdoan"], await App.ToldAsync(NotificationKind.UnitsLate));
        Assert.Equal(0, await reminder.RemindAsync());
    }

    [Fact]
    public async Task DeadlineReminder_SaysNothing_WhileTheDeadlineIsFurtherThanTheSetting() =>
        Assert.Equal(0, await Reminder(days: 2).RemindAsync());

    [Fact]
    public async Task Inbox_CountsUnread_AndMarksOneOrAllRead_OnlyForItsOwner()
    {
        await Reminder().RemindAsync();
        _clock.Advance(TimeSpan.FromDays(5));
        await Reminder().RemindAsync();
        var inbox = App.Service<InboxService>();
        var head = await ActorAsync("tp.th", Roles.DepartmentHead);
        var other = await ActorAsync("tp.kt", Roles.DepartmentHead);

        // The demo's launch, which the seed told every head of, is unread too.
        Assert.Equal(3, await inbox.UnreadCountAsync(head));
        var first = (await inbox.ListAsync(head))[0];
        await inbox.MarkReadAsync(other, first.Id);
        Assert.Equal(3, await inbox.UnreadCountAsync(head));
        await inbox.MarkReadAsync(head, first.Id);
        Assert.Equal(2, await inbox.UnreadCountAsync(head));
        await inbox.MarkReadAsync(head, null);
        Assert.Equal(0, await inbox.UnreadCountAsync(head));
        Assert.All(await inbox.ListAsync(head), i => Assert.True(i.IsRead));
    }

    [Fact]
    public async Task AReturnedResultsReport_LeadsTheHeadToTheResultsTab_NotThePledgeTab()
    {
        var campaignId = await App.SeededCampaignIdAsync();
        var kt = await App.UnitIdAsync("KT");

        Assert.True((await App.Service<ReviewService>().ReturnAsync(TestActors.Officer, campaignId, kt, SubmissionKind.Results,
            "Thiếu minh chứng số văn bản đến")).IsSuccess);

        var returned = Assert.Single(await App.Service<InboxService>().ListAsync(await ActorAsync("tp.kt", Roles.DepartmentHead)),
            i => i.Kind == NotificationKind.SubmissionReturned);
        Assert.Equal($"campaigns/{campaignId}/units/{kt}?tab=results", returned.Link);
    }

    [Fact]
    public async Task OpeningASession_TellsEverySeatedMember_ThatBallotsAreOpen()
    {
        var scenario = await CouncilScenario.SeedConsultedAsync(App);
        var campaigns = App.Service<CampaignService>();
        await campaigns.MoveAsync(TestActors.Officer, scenario.CampaignId, CampaignStep.OpenResults);
        await campaigns.MoveAsync(TestActors.Officer, scenario.CampaignId, CampaignStep.StartReview);

        await CouncilDriver.OpenWithAllPresentAsync(App, scenario.CampaignId);

        foreach (var member in CouncilDriver.AllMembers)
        {
            var item = Assert.Single(await App.Service<InboxService>().ListAsync(await ActorAsync(member, Roles.CouncilMember)),
                i => i.Kind == NotificationKind.BallotOpened);
            Assert.Equal($"council/{scenario.CampaignId}", item.Link);
        }

        // The seated members only: not the officer who runs the session.
        Assert.Equal([.. CouncilDriver.AllMembers.Order(StringComparer.Ordinal)], await App.ToldAsync(NotificationKind.BallotOpened));
    }

    [Fact]
    public async Task TheOfficesCouncilNotices_ReachOnlyCouncilMembersBoundToTheOffice()
    {
        // A council account bound to no agency (it sits on no council: decision 0013) and a second agency's member.
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var made = await scope.ServiceProvider.GetRequiredService<Emulation.Web.Services.Accounts.AccountService>().CreateAsync(
                await App.ActorAsync("quantri", Roles.Administrator),
                new Emulation.Web.Services.Accounts.NewAccount("hd.chuagan", "Thành viên chưa gắn", [Roles.CouncilMember], null, null));
            Assert.True(made.IsSuccess, string.Join(", ", made.Errors.Select(e => e.Code)));
        }

        var other = await Emulation.Tests.Accounts.SecondAgencies.SecondAgencyAsync(App, "HDN");
        var scenario = await CouncilScenario.SeedConsultedAsync(App);
        var campaigns = App.Service<CampaignService>();
        await campaigns.MoveAsync(TestActors.Officer, scenario.CampaignId, CampaignStep.OpenResults);
        await campaigns.MoveAsync(TestActors.Officer, scenario.CampaignId, CampaignStep.StartReview);
        await CouncilDriver.OpenWithAllPresentAsync(App, scenario.CampaignId);

        var reviewers = await App.ToldAsync(NotificationKind.EvaluationReady);
        var ballots = await App.ToldAsync(NotificationKind.BallotOpened);
        Assert.All(CouncilDriver.AllMembers, member => Assert.Contains(member, reviewers));
        Assert.Equal([.. CouncilDriver.AllMembers.Order(StringComparer.Ordinal)], ballots);
        foreach (var outsider in new[] { "hd.chuagan", other.Council.UserName })
        {
            Assert.DoesNotContain(outsider, reviewers);
            Assert.DoesNotContain(outsider, ballots);
        }
    }

    [Fact]
    public async Task SubmittingAPledge_TellsTheUnionOfficer_WithTheProgressPage_WhileADraftSaveTellsNobody()
    {
        var campaignId = await App.SeededCampaignIdAsync();
        var th = await App.UnitIdAsync("TH");
        var head = TestActors.HeadOf(th);
        var submissions = App.Service<SubmissionService>();
        var officer = await ActorAsync("congdoan", Roles.UnionOfficer);
        Dictionary<string, decimal?> targets = new() { ["VB_DEN"] = 100, ["VB_DI"] = 50, ["HOP"] = 10, ["TTHC"] = 5, ["DUNG_HAN"] = 98 };

        var draft = await submissions.SavePledgeAsync(head, campaignId, th, targets, null, submit: false);
        Assert.True(draft.IsSuccess, string.Join("; ", draft.Errors));
        // The demo's ten other pledges are there already.
        Assert.Equal(10, (await App.Service<InboxService>().ListAsync(officer)).Count);

        Assert.True((await submissions.SavePledgeAsync(head, campaignId, th, targets, draft.Value.Version, submit: true)).IsSuccess);

        var item = (await App.Service<InboxService>().ListAsync(officer))[0];
        Assert.Equal((NotificationKind.SubmissionReceived, "Đăng ký thi đua – Phòng Tổng hợp", $"campaigns/{campaignId}/progress"),
            (item.Kind, item.Subject, item.Link));
        Assert.Empty(await App.Service<InboxService>().ListAsync(await ActorAsync("lanhdao", Roles.Leadership)));
    }

    [Fact]
    public async Task ClosingASessionThatPassedNominations_TellsTheLeadership_HowManyWaitForItsDecision()
    {
        var scenario = await CouncilScenario.SeedConsultedAsync(App);
        var campaigns = App.Service<CampaignService>();
        await campaigns.MoveAsync(TestActors.Officer, scenario.CampaignId, CampaignStep.OpenResults);
        await campaigns.MoveAsync(TestActors.Officer, scenario.CampaignId, CampaignStep.StartReview);
        var sessionId = await CouncilDriver.OpenWithAllPresentAsync(App, scenario.CampaignId);
        // Member 4 works in the nominee's unit and sits this one out.
        foreach (var member in new[] { 1, 2, 3, 5 })
        {
            await CouncilDriver.VoteAsync(App, sessionId, member, BallotChoice.Yes, [scenario.Worker]);
        }

        Assert.True((await App.Service<Emulation.Web.Services.Council.CouncilSessionService>()
            .CloseAsync(TestActors.Officer, sessionId)).IsSuccess);

        await using var db = await App.DbAsync();
        var passed = await db.Nominations.CountAsync(n => n.CampaignId == scenario.CampaignId && n.Status == NominationStatus.Passed);
        Assert.True(passed >= 1);
        var item = Assert.Single(await App.Service<InboxService>().ListAsync(await ActorAsync("lanhdao", Roles.Leadership)),
            i => i.Kind == NotificationKind.NominationsPassed);
        Assert.Equal((NotificationKind.NominationsPassed, passed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"approval/{scenario.CampaignId}"), (item.Kind, item.Detail, item.Link));
    }

    [Fact]
    public async Task IssuingADecision_TellsTheAwardeeWhoseAccountIsLinkedToTheirPerson()
    {
        await using (var db = await App.DbAsync())
        {
            var personOfHoidong4 = await db.Users.Where(u => u.UserName == "hoidong4").Select(u => u.PersonId).SingleAsync();
            var ids = await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 1, people: q => q.Where(p => p.Id == personOfHoidong4));
            var issued = await App.Service<DecisionService>().IssueAwardDecisionAsync(TestActors.Leader, DecisionScenario.CampaignId,
                ids, DecisionScenario.Input("7/QĐ-TĐKT"));
            Assert.True(issued.IsSuccess, string.Join("; ", issued.Errors));
        }

        var item = Assert.Single(await App.Service<InboxService>().ListAsync(await ActorAsync("hoidong4", Roles.CouncilMember)));
        Assert.Equal((NotificationKind.DecisionIssued, "7/QĐ-TĐKT"), (item.Kind, item.Subject));
        Assert.Empty(await App.Service<InboxService>().ListAsync(await ActorAsync("hoidong1", Roles.CouncilMember)));
    }

    [Fact]
    public async Task AReturnedPledgesNotice_WaitsUntilTheUnitSendsItAgain_ThenIsSettled_ForTheHeadWhoSentIt_AndTheOtherHead()
    {
        var campaignId = await App.SeededCampaignIdAsync();
        var th = await App.UnitIdAsync("TH");
        await CreateAccountAsync(new("tp.th2", "Lê Minh Châu", [Roles.DepartmentHead], "TH", null));
        var submissions = App.Service<SubmissionService>();
        Dictionary<string, decimal?> targets = new() { ["VB_DEN"] = 100, ["VB_DI"] = 50, ["HOP"] = 10, ["TTHC"] = 5, ["DUNG_HAN"] = 98 };
        Assert.True((await submissions.SavePledgeAsync(TestActors.HeadOf(th), campaignId, th, targets, null, submit: true)).IsSuccess);
        Assert.True((await App.Service<ReviewService>().ReturnAsync(TestActors.Officer, campaignId, th, SubmissionKind.Pledge,
            "Chỉ tiêu họp thấp hơn năm trước")).IsSuccess);
        var head = await ActorAsync("tp.th", Roles.DepartmentHead);
        var colleague = await ActorAsync("tp.th2", Roles.DepartmentHead);
        Assert.False((await NoticeAsync(head, NotificationKind.SubmissionReturned)).Settled);
        Assert.False((await NoticeAsync(colleague, NotificationKind.SubmissionReturned)).Settled);
        Assert.Equal(1, await App.Service<NoticeSteps>().UnreadCountAsync(colleague));

        targets["HOP"] = 12;
        Guid returnedVersion;
        await using (var db = await App.DbAsync())
        {
            returnedVersion = db.VersionOf(await db.Pledges.SingleAsync(p => p.CampaignId == campaignId && p.UnitId == th));
        }

        var sent = await submissions.SavePledgeAsync(TestActors.HeadOf(th), campaignId, th, targets, returnedVersion, submit: true);
        Assert.True(sent.IsSuccess, string.Join("; ", sent.Errors));

        foreach (var reader in new[] { head, colleague })
        {
            var notice = await NoticeAsync(reader, NotificationKind.SubmissionReturned);
            Assert.True(notice.Settled);
            Assert.False(notice.IsRead);
            Assert.Equal($"campaigns/{campaignId}/units/{th}?tab=pledge", notice.Link);
        }

        // The launch's notice, which asked for the same pledge, is settled by the same sending.
        Assert.True((await NoticeAsync(head, NotificationKind.CampaignLaunched)).Settled);
        Assert.Equal(0, await App.Service<NoticeSteps>().UnreadCountAsync(colleague));
    }

    [Fact]
    public async Task ABallotNotice_WaitsWhileTheSessionIsOpen_ThenIsSettled_ForAMemberWhoVoted_AndOneWhoDidNot()
    {
        var scenario = await CouncilScenario.SeedConsultedAsync(App);
        var campaigns = App.Service<CampaignService>();
        await campaigns.MoveAsync(TestActors.Officer, scenario.CampaignId, CampaignStep.OpenResults);
        await campaigns.MoveAsync(TestActors.Officer, scenario.CampaignId, CampaignStep.StartReview);
        var sessionId = await CouncilDriver.OpenWithAllPresentAsync(App, scenario.CampaignId);
        foreach (var member in new[] { 1, 2, 3, 5 })
        {
            await CouncilDriver.VoteAsync(App, sessionId, member, BallotChoice.Yes, [scenario.Worker]);
        }

        var voter = await ActorAsync("hoidong1", Roles.CouncilMember);
        var abstainer = await ActorAsync("hoidong4", Roles.CouncilMember);
        // Each still has nominations on the agenda to vote on.
        Assert.False((await NoticeAsync(voter, NotificationKind.BallotOpened)).Settled);
        Assert.False((await NoticeAsync(abstainer, NotificationKind.BallotOpened)).Settled);

        Assert.True((await App.Service<Emulation.Web.Services.Council.CouncilSessionService>()
            .CloseAsync(TestActors.Officer, sessionId)).IsSuccess);

        Assert.True((await NoticeAsync(voter, NotificationKind.BallotOpened)).Settled);
        Assert.True((await NoticeAsync(abstainer, NotificationKind.BallotOpened)).Settled);
        // What the closing passed now waits for the leadership, told by a notice of its own that waits in turn.
        Assert.False((await NoticeAsync(await ActorAsync("lanhdao", Roles.Leadership), NotificationKind.NominationsPassed)).Settled);
    }

    [Fact]
    public async Task ASuddenProposalsNotice_WaitsForTheLeadership_ThenIsSettled_ForTheLeaderWhoDecided_AndAColleague()
    {
        await CreateAccountAsync(new("lanhdao2", "Phạm Thu Hà", [Roles.Leadership], null, null));
        var th = await App.UnitIdAsync("TH");
        int person;
        await using (var db = await App.DbAsync())
        {
            person = await db.People.Where(p => p.UnitId == th && p.LeftOn == null).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        }

        var sudden = App.Service<Emulation.Web.Services.Sudden.SuddenAwardService>();
        var proposed = await sudden.ProposeAsync(await ActorAsync("tp.th", Roles.DepartmentHead), new Emulation.Web.Services.Sudden.SuddenProposalInput
        {
            PersonId = person, UnitId = th, Title = Title.CertificateOfCommendation, Achievement = "Cứu người trong lũ ngày 12/9",
        });
        Assert.True(proposed.IsSuccess, string.Join("; ", proposed.Errors));
        var leader = await ActorAsync("lanhdao", Roles.Leadership);
        var colleague = await ActorAsync("lanhdao2", Roles.Leadership);
        var steps = App.Service<NoticeSteps>();
        Assert.False((await NoticeAsync(leader, NotificationKind.SuddenAwaiting)).Settled);
        Assert.False((await NoticeAsync(colleague, NotificationKind.SuddenAwaiting)).Settled);
        Assert.Equal(1, await steps.UnreadCountAsync(colleague));

        Assert.True((await sudden.RejectAsync(TestActors.Leader, proposed.Value, "Chưa đủ hồ sơ xác nhận")).IsSuccess);

        foreach (var reader in new[] { leader, colleague })
        {
            var notice = await NoticeAsync(reader, NotificationKind.SuddenAwaiting);
            Assert.True(notice.Settled);
            Assert.Equal($"sudden/{proposed.Value}", notice.Link);
            Assert.Equal(0, await steps.UnreadCountAsync(reader));
        }

        // The raw count still holds it unread: only its step is done.
        Assert.Equal(1, await App.Service<InboxService>().UnreadCountAsync(colleague));
    }

    /// <summary>The reader's latest notice of <paramref name="kind"/>, as the inbox page shows it.</summary>
    private async Task<InboxItem> NoticeAsync(Actor reader, NotificationKind kind)
    {
        var items = await App.Service<NoticeSteps>().SettleAsync(reader, await App.Service<InboxService>().ListAsync(reader));
        return items.First(i => i.Kind == kind);
    }

    private async Task CreateAccountAsync(Emulation.Web.Services.Accounts.NewAccount account)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var made = await scope.ServiceProvider.GetRequiredService<Emulation.Web.Services.Accounts.AccountService>().CreateAsync(
            await App.ActorAsync("quantri", Roles.Administrator), account);
        Assert.True(made.IsSuccess, string.Join(", ", made.Errors.Select(e => e.Code)));
    }

    private Task<Actor> ActorAsync(string userName, string role) => App.ActorAsync(userName, role);

    private async Task<string> CampaignNameAsync(int campaignId)
    {
        await using var db = await App.DbAsync();
        return await db.Campaigns.Where(c => c.Id == campaignId).Select(c => c.Name).SingleAsync();
    }
}
