using Emulation.Domain.Awards;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Tests.Proposals;
using Emulation.Web.Data;
using Emulation.Web.Data.Inbox;
using Emulation.Web.Services.Accounts;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Inbox;
using Emulation.Web.Services.LongService;
using Emulation.Web.Services.Proposals;
using Emulation.Web.Services.Sudden;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Inbox;

/// <summary>
/// The steps of the year and of the awards outside it that told nobody before: the move to review, a dossier returned
/// (to the leader who sends it again as well), a decision to the heads of the units it awards, a sudden or long-service
/// proposal to whoever it waits for and its refusal to its proposer, a password reset to its holder. Each goes to
/// those who act on it and nobody else.
/// </summary>
public sealed class CycleNoticeTests : FreshAppTests
{
    private static readonly string[] CouncilAndLeadership = ["hoidong1", "hoidong2", "hoidong3", "hoidong4", "hoidong5", "lanhdao"];

    [Fact]
    public async Task MovingToReview_TellsTheCouncilAndTheLeadership_TheScoresAreThereToRead()
    {
        var campaignId = await App.SeededCampaignIdAsync();
        var campaigns = App.Service<CampaignService>();
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, campaignId, CampaignStep.OpenResults)).IsSuccess);
        Assert.Empty(await App.ToldAsync(NotificationKind.EvaluationReady));

        Assert.True((await campaigns.MoveAsync(TestActors.Officer, campaignId, CampaignStep.StartReview)).IsSuccess);

        Assert.Equal(CouncilAndLeadership, await App.ToldAsync(NotificationKind.EvaluationReady));
        var item = Assert.Single(await App.ItemsAsync("hoidong1"), i => i.Kind == NotificationKind.EvaluationReady);
        Assert.Equal($"evaluation/{campaignId}", item.Link);
        Assert.StartsWith($"{item.Subject} đã chuyển sang bình xét: kết quả chấm điểm, xếp hạng",
            InboxText.Text(item.Kind, item.Subject, item.Detail, InboxText.Vietnamese), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADossierTheBoardReturns_TellsTheOfficerAndTheLeaderWhoSendsItAgain_WithTheReason()
    {
        var (proposal, _, board) = await BoardScenario.SentAsync(App, "92/TTr-VP", Title.ProvincialCertificateOfMerit);

        Assert.True((await App.Service<ReceivingBoardService>().ReturnAsync(TestActors.AppraiserOf(board), proposal,
            "Bổ sung báo cáo thành tích")).IsSuccess);

        Assert.Equal(["congdoan", "lanhdao"], await App.ToldAsync(NotificationKind.ProposalReturned));
        var item = Assert.Single(await App.ItemsAsync("lanhdao"), i => i.Kind == NotificationKind.ProposalReturned);
        Assert.Equal(("92/TTr-VP", "Bổ sung báo cáo thành tích", $"proposals/{DecisionScenario.CampaignId}"),
            (item.Subject, item.Detail, item.Link));
    }

    [Fact]
    public async Task ADecision_TellsTheHeadsOfTheUnitsItAwards_HowManyAreTheirs_AndNoOtherHead()
    {
        var th = await App.UnitIdAsync("TH");
        var kt = await App.UnitIdAsync("KT");
        var ids = new List<int>();
        ids.AddRange(await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 2, people: q => q.Where(p => p.UnitId == th)));
        ids.AddRange(await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 1, people: q => q.Where(p => p.UnitId == kt)));

        var issued = await App.Service<Web.Services.Decisions.DecisionService>().IssueAwardDecisionAsync(TestActors.Leader,
            DecisionScenario.CampaignId, ids, DecisionScenario.Input("12/QĐ-VP"));
        Assert.True(issued.IsSuccess, string.Join("; ", issued.Errors));

        Assert.Equal(["tp.kt", "tp.th"], await App.ToldAsync(NotificationKind.UnitAwarded));
        var th2 = Assert.Single(await App.ItemsAsync("tp.th"), i => i.Kind == NotificationKind.UnitAwarded);
        Assert.Equal(("12/QĐ-VP", "2", $"profile/unit/{th}"), (th2.Subject, th2.Detail, th2.Link));
        Assert.Equal("1", Assert.Single(await App.ItemsAsync("tp.kt"), i => i.Kind == NotificationKind.UnitAwarded).Detail);
    }

    [Fact]
    public async Task ADecisionTheBoardRecordsFromPaper_TellsTheHeadOfTheAwardeesUnit_AsAnIssuedOneDoes()
    {
        var (proposal, nomination, board) = await BoardScenario.SentAsync(App, "93/TTr-VP", Title.ProvincialCertificateOfMerit);

        var decided = await App.Service<ReceivingBoardService>().DecideAsync(TestActors.AppraiserOf(board), proposal, [nomination],
            new ProposalOutcomeInput
            {
                DecisionNumber = "2346/QĐ-UBND", DecisionDate = new DateTime(2027, 1, 12), IssuerName = "Chủ tịch UBND tỉnh Quảng Trị",
            });
        Assert.True(decided.IsSuccess, string.Join("; ", decided.Errors));

        await using var db = await App.DbAsync();
        var code = await db.Nominations.Where(n => n.Id == nomination)
            .Join(db.Units, n => n.UnitId, u => u.Id, (_, u) => u.Code).SingleAsync();
        var head = $"tp.{code.ToLowerInvariant()}";
        Assert.Equal([head], await App.ToldAsync(NotificationKind.UnitAwarded));
        var item = Assert.Single(await App.ItemsAsync(head), i => i.Kind == NotificationKind.UnitAwarded);
        Assert.Equal(("2346/QĐ-UBND", "1"), (item.Subject, item.Detail));
    }

    [Fact]
    public async Task ASuddenProposal_WaitsForTheLeadership_WhoIsTold_AndItsRefusalReachesTheHeadWhoProposedIt()
    {
        var th = await App.UnitIdAsync("TH");
        var head = await App.ActorAsync("tp.th", Roles.DepartmentHead);
        await using var db = await App.DbAsync();
        var person = await db.People.Where(p => p.UnitId == th && p.LeftOn == null).OrderBy(p => p.Id).Skip(4).FirstAsync();
        var sudden = App.Service<SuddenAwardService>();

        var proposed = await sudden.ProposeAsync(head, new SuddenProposalInput
        {
            PersonId = person.Id, UnitId = th, Title = Title.CertificateOfCommendation, Achievement = "Cứu người trong lũ ngày 12/9",
        });
        Assert.True(proposed.IsSuccess, string.Join("; ", proposed.Errors));

        // The rule set in force needs no council opinion on a Giấy khen: it waits for the leadership's decision.
        Assert.Equal(["lanhdao"], await App.ToldAsync(NotificationKind.SuddenAwaiting));
        var waiting = Assert.Single(await App.ItemsAsync("lanhdao"), i => i.Kind == NotificationKind.SuddenAwaiting);
        Assert.Equal((person.FullName, "Giấy khen", $"sudden/{proposed.Value}"), (waiting.Subject, waiting.Detail, waiting.Link));

        Assert.True((await sudden.RejectAsync(TestActors.Leader, proposed.Value, "Chưa đủ hồ sơ xác nhận")).IsSuccess);

        Assert.Equal(["tp.th"], await App.ToldAsync(NotificationKind.SuddenRejected));
        var refused = Assert.Single(await App.ItemsAsync("tp.th"), i => i.Kind == NotificationKind.SuddenRejected);
        Assert.Equal((person.FullName, "Chưa đủ hồ sơ xác nhận"), (refused.Subject, refused.Detail));
    }

    [Fact]
    public async Task AProposalTheCouncilMustReview_WaitsForTheOfficers_ThenForTheLeadershipOnceAgreed()
    {
        var th = await App.UnitIdAsync("TH");
        var head = await App.ActorAsync("tp.th", Roles.DepartmentHead);
        var sudden = App.Service<SuddenAwardService>();
        var proposed = await sudden.ProposeAsync(head, new SuddenProposalInput
        {
            UnitId = th, Title = Title.CollectiveCertificateOfCommendation, Achievement = "Hỗ trợ di dời dân vùng lũ",
        });
        Assert.True(proposed.IsSuccess, string.Join("; ", proposed.Errors));
        await using (var db = await App.DbAsync())
        {
            // A province whose rules ask the council's opinion first (a rule-set setting).
            await db.SuddenProposals.Where(p => p.Id == proposed.Value).ExecuteUpdateAsync(p => p.SetProperty(x => x.CouncilReview, true));
            await db.InboxNotifications.ExecuteDeleteAsync();
        }

        await App.Service<InboxService>().SuddenAwaitingAsync(proposed.Value, head.UserName);
        Assert.Equal(["congdoan"], await App.ToldAsync(NotificationKind.SuddenAwaiting));

        Assert.True((await sudden.RecordReviewAsync(TestActors.Officer, proposed.Value, true, null)).IsSuccess);

        Assert.Equal(["congdoan", "lanhdao"], await App.ToldAsync(NotificationKind.SuddenAwaiting));
        Assert.Equal("Phòng Tổng hợp", Assert.Single(await App.ItemsAsync("lanhdao")).Subject);
    }

    [Fact]
    public async Task ALongServiceProposal_WaitsForTheLeadership_WhoIsTold_NotTheOfficerWhoProposedIt()
    {
        var longService = App.Service<LongServiceService>();
        var row = (await longService.ListAsync(TestActors.Officer)).Rows.First(r => r.ProposalId is null);

        var proposed = await longService.ProposeAsync(TestActors.Officer, new LongServiceProposalInput
        {
            PersonId = row.PersonId, Title = row.Explanation.Title, Achievement = LongServiceService.Draft(row),
        });
        Assert.True(proposed.IsSuccess, string.Join("; ", proposed.Errors));

        Assert.Equal(["lanhdao"], await App.ToldAsync(NotificationKind.SuddenAwaiting));
        Assert.Equal($"sudden/{proposed.Value}",
            Assert.Single(await App.ItemsAsync("lanhdao"), i => i.Kind == NotificationKind.SuddenAwaiting).Link);
    }

    [Fact]
    public async Task APasswordReset_TellsTheAccountsHolder_AndNobodyElse()
    {
        var admin = await App.ActorAsync("quantri", Roles.Administrator);

        using var scope = App.Services.CreateScope();
        var reset = await scope.ServiceProvider.GetRequiredService<AccountService>().ResetPasswordAsync(admin, "tp.kt");
        Assert.True(reset.IsSuccess, string.Join("; ", reset.Errors));

        Assert.Equal(["tp.kt"], await App.ToldAsync(NotificationKind.PasswordReset));
        var item = Assert.Single(await App.ItemsAsync("tp.kt"), i => i.Kind == NotificationKind.PasswordReset);
        Assert.Equal(("tp.kt", "account/password"), (item.Subject, item.Link));
        Assert.DoesNotContain(reset.Value.TemporaryPassword!, InboxText.Text(item.Kind, item.Subject, item.Detail, InboxText.Vietnamese), StringComparison.Ordinal);
    }
}
