using Emulation.Domain.Awards;
using Emulation.Domain.Council;
using Emulation.Domain.Organization;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Tests.Proposals;
using Emulation.Web.Data;
using Emulation.Web.Data.Inbox;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Council;
using Emulation.Web.Services.Proposals;
using Emulation.Web.Services.Submissions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Inbox;

/// <summary>
/// The demo deployment holds the office and the provincial board: a notice reaches the accounts of the tree its step
/// belongs to, never every account holding a role. The office's own steps reach none of the board's accounts; the
/// board's own steps reach none of the office's, which hears only the board's answer; a second agency's officer and
/// leader, bound to its own node, hear nothing of the office's campaign.
/// </summary>
public sealed class TreeScopeTests : FreshAppTests
{
    private static readonly Dictionary<string, decimal?> Targets = new()
    {
        ["VB_DEN"] = 100, ["VB_DI"] = 50, ["HOP"] = 10, ["TTHC"] = 5, ["DUNG_HAN"] = 98,
    };

    [Fact]
    public async Task TheOfficesSteps_FromPledgeToDecision_ReachNoneOfTheBoardsAccounts()
    {
        var campaignId = await App.SeededCampaignIdAsync();
        var th = await App.UnitIdAsync("TH");
        var head = await App.ActorAsync("tp.th", Roles.DepartmentHead);
        Assert.True((await App.Service<SubmissionService>().SavePledgeAsync(head, campaignId, th, Targets, null, submit: true)).IsSuccess);
        Assert.True((await App.Service<ReviewService>().ReturnAsync(TestActors.Officer, campaignId, th, SubmissionKind.Pledge, "Bổ sung")).IsSuccess);
        var campaigns = App.Service<CampaignService>();
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, campaignId, CampaignStep.OpenResults)).IsSuccess);
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, campaignId, CampaignStep.StartReview)).IsSuccess);
        await DecisionScenario.IssueAsync(App, "9/QĐ-VP", Title.AdvancedWorker, 2);

        Assert.Contains("congdoan", await App.ToldAsync(NotificationKind.SubmissionReceived));
        Assert.Contains("lanhdao", await App.ToldAsync(NotificationKind.EvaluationReady));
        Assert.NotEmpty(await App.ToldAsync(NotificationKind.UnitAwarded));
        foreach (var account in InboxReads.BoardAccounts)
        {
            Assert.Empty(await App.ItemsAsync(account));
        }

        await App.AssertEveryNoticeReachedItsReadersAsync();
    }

    [Fact]
    public async Task TheBoardsSteps_ReachOnlyTheBoardsAccountsMeantForThem_AndTheOfficeHearsOnlyTheAnswer()
    {
        var (proposal, nominees, board, session) = await BoardCouncilTests.SessionOnDossierAsync(App, "91/TTr-VP", 2);
        var appraiser = TestActors.AppraiserOf(board);

        // Sent: the appraiser receives it; the board's council members hear of it only when their ballot opens.
        Assert.Equal([Web.Data.Seed.DemoDataSeeder.BoardUserName], await App.ToldAsync(NotificationKind.ProposalReceived));
        foreach (var member in InboxReads.BoardAccounts.Skip(1))
        {
            var item = Assert.Single(await App.ItemsAsync(member));
            Assert.Equal((NotificationKind.BallotOpened, $"board/council/{session}"), (item.Kind, item.Link));
        }

        var sessions = App.Service<CouncilSessionService>();
        for (var m = 1; m <= 3; m++)
        {
            var cast = await sessions.VoteAsync(BoardCouncilTests.BoardMember(board, m), session,
                nominees.ToDictionary(n => n, _ => BallotChoice.Yes));
            Assert.True(cast.IsSuccess, string.Join("; ", cast.Errors));
        }

        Assert.True((await sessions.CloseAsync(appraiser, session)).IsSuccess);

        // Closed with both passed: the appraiser is to issue the chairman's decision; the office hears nothing yet.
        Assert.Equal([Web.Data.Seed.DemoDataSeeder.BoardUserName], await App.ToldAsync(NotificationKind.BoardNomineesPassed));
        var passed = Assert.Single(await App.ItemsAsync(Web.Data.Seed.DemoDataSeeder.BoardUserName),
            i => i.Kind == NotificationKind.BoardNomineesPassed);
        Assert.Equal(("91/TTr-VP", "2", $"board/{proposal}"), (passed.Subject, passed.Detail, passed.Link));
        Assert.Empty(await App.ToldAsync(NotificationKind.ProposalDecided));

        var issued = await App.Service<ReceivingBoardService>().IssueDecisionAsync(appraiser, proposal, nominees, new()
        {
            DecisionNumber = "1301/QĐ-UBND", DecisionDate = new DateTime(2027, 1, 12), SignerName = "Võ Văn Hưng", SignerPosition = "Chủ tịch",
        });
        Assert.True(issued.IsSuccess, string.Join("; ", issued.Errors));

        // The answer reaches the office's officer and leader, who act on it, and none of the board's accounts.
        Assert.Equal(["congdoan", "lanhdao"], await App.ToldAsync(NotificationKind.ProposalDecided));
        var unitsAwarded = await HeadsOfNomineesUnitsAsync(nominees);
        Assert.Equal(unitsAwarded, await App.ToldAsync(NotificationKind.UnitAwarded));
        var officeAccounts = (await App.HoldingAsync(Roles.UnionOfficer)).Concat(await App.HoldingAsync(Roles.Leadership))
            .Concat(await App.HoldingAsync(Roles.CouncilMember)).Concat(await App.HoldingAsync(Roles.DepartmentHead));
        foreach (var account in officeAccounts)
        {
            Assert.DoesNotContain(await App.ItemsAsync(account), i => i.Kind is NotificationKind.ProposalReceived or
                NotificationKind.BoardNomineesPassed || i.Link.StartsWith("board/", StringComparison.Ordinal));
        }

        await App.AssertEveryNoticeReachedItsReadersAsync();
    }

    [Fact]
    public async Task ASecondAgencysOfficerAndLeader_HearNothingOfTheOfficesCampaign()
    {
        var (officer, leader) = await SecondAgencyAccountsAsync();
        var campaignId = await App.SeededCampaignIdAsync();
        var th = await App.UnitIdAsync("TH");
        var head = await App.ActorAsync("tp.th", Roles.DepartmentHead);

        Assert.True((await App.Service<SubmissionService>().SavePledgeAsync(head, campaignId, th, Targets, null, submit: true)).IsSuccess);
        var campaigns = App.Service<CampaignService>();
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, campaignId, CampaignStep.OpenResults)).IsSuccess);
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, campaignId, CampaignStep.StartReview)).IsSuccess);

        Assert.Equal(["congdoan"], await App.ToldAsync(NotificationKind.SubmissionReceived));
        Assert.DoesNotContain(leader, await App.ToldAsync(NotificationKind.EvaluationReady));
        Assert.Contains("lanhdao", await App.ToldAsync(NotificationKind.EvaluationReady));
        Assert.Empty(await App.ItemsAsync(officer));
        Assert.Empty(await App.ItemsAsync(leader));
    }

    /// <summary>
    /// A second agency in the same deployment, with a department, and an officer and a leader bound to its node (the
    /// account pages bind only heads today: the binding is written here as a deployment of several agencies would).
    /// </summary>
    private async Task<(string Officer, string Leader)> SecondAgencyAccountsAsync()
    {
        int agencyId;
        await using (var db = await App.DbAsync())
        {
            var agency = Unit.Create("SXD", "Sở Xây dựng", UnitKind.Agency);
            db.Units.Add(agency);
            await db.SaveChangesAsync();
            db.Units.Add(Unit.Create("SXD-VP", "Văn phòng Sở Xây dựng", UnitKind.Department, agency.Id));
            await db.SaveChangesAsync();
            agencyId = agency.Id;
        }

        using var scope = App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var (name, role) in new[] { ("congdoan.sxd", Roles.UnionOfficer), ("lanhdao.sxd", Roles.Leadership) })
        {
            var user = new AppUser { UserName = name, FullName = name, UnitId = agencyId };
            Assert.True((await users.CreateAsync(user)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }

        return ("congdoan.sxd", "lanhdao.sxd");
    }

    private async Task<List<string>> HeadsOfNomineesUnitsAsync(List<int> nominees)
    {
        await using var db = await App.DbAsync();
        var units = await db.Nominations.Where(n => nominees.Contains(n.Id)).Select(n => n.UnitId).Distinct().ToListAsync();
        var heads = await App.HoldingAsync(Roles.DepartmentHead);
        return [.. (await db.Users.Where(u => u.UnitId != null && units.Contains(u.UnitId.Value)).Select(u => u.UserName!).ToListAsync())
            .Where(heads.Contains).Order(StringComparer.Ordinal)];
    }
}
