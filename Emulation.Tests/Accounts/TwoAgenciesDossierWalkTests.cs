using Emulation.Domain.Awards;
using Emulation.Domain.Council;
using Emulation.Domain.Organization;
using Emulation.Tests.Api;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data.Seed;
using Emulation.Web.Services;
using Emulation.Web.Services.Awards;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Council;
using Emulation.Web.Services.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Accounts;

/// <summary>
/// The provincial board receives every agency's dossiers although each agency's accounts read only their own campaigns:
/// the office and a second agency each send a nominee up, and the board's appraiser (<c>bantdkt</c>, bound to the board's
/// own unit) receives, appraises, puts each to its council and issues the chairman's decision on both; neither agency
/// reads the other's dossier.
/// </summary>
public sealed class TwoAgenciesDossierWalkTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private EmulationAppFactory App => fixture.App;

    private static readonly string[] BoardMembers = [.. Enumerable.Range(1, 3).Select(DemoDataSeeder.BoardCouncilUserName)];

    private static ProposalInput Letter(string number, int board) => new()
    {
        Number = number,
        Date = new DateTime(2026, 12, 15),
        Recipient = "Chủ tịch UBND tỉnh (qua Ban Thi đua – Khen thưởng, Sở Nội vụ)",
        ReceivingUnitId = board,
    };

    /// <summary>A campaign of the second agency with one of its staff nominated for the provincial Bằng khen, the ballot passed.</summary>
    private async Task<(int Campaign, int Nomination)> SecondAgencysNomineeAsync(SecondAgency b)
    {
        var campaign = await App.Service<CampaignService>().CreateDraftAsync(b.Officer,
            new CampaignDraftInput { Name = "Phong trào thi đua của Sở SNW1", Year = 2026 });
        Assert.True(campaign.IsSuccess, string.Join("; ", campaign.Errors));
        await using var db = await App.DbAsync();
        var person = Person.Create("Lê Thị Hoa", Gender.Female, b.Department, new DateOnly(2010, 3, 1), "Chuyên viên");
        db.People.Add(person);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        var nomination = Nomination.Propose(campaign.Value, person.Id, b.Department, Title.ProvincialCertificateOfMerit,
            TestExplanations.For(Title.ProvincialCertificateOfMerit));
        Assert.True(nomination.RecordCountedBallot(new BallotTally(5, 5, 5, 0, 0), "hd.SNW1", DateTimeOffset.UtcNow).IsSuccess);
        db.Nominations.Add(nomination);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (campaign.Value, nomination.Id);
    }

    [Fact]
    public async Task TheBoard_ReceivesAndDecidesTheDossiersOfBothAgencies_WhileNeitherAgencyReadsTheOthers()
    {
        var b = await App.SecondAgencyAsync("SNW1");
        var board = await App.UnitIdAsync(DemoDataSeeder.BoardCode);
        var appraiser = await App.ActorAsync(DemoDataSeeder.BoardUserName);
        Assert.Equal(board, appraiser.UnitId);
        var proposals = App.Service<ProposalService>();

        // The office's leadership (bound to nothing) and the second agency's (bound to its agency) each send a nominee.
        var officeNominee = Assert.Single(await DecisionScenario.NominateAsync(App, Title.ProvincialCertificateOfMerit, 1));
        var fromOffice = await proposals.SendUpAsync(await App.ActorAsync("lanhdao"), DecisionScenario.CampaignId, [officeNominee],
            Letter("401/TTr-VP", board));
        Assert.True(fromOffice.IsSuccess, string.Join("; ", fromOffice.Errors));
        var (campaign, secondNominee) = await SecondAgencysNomineeAsync(b);
        var fromSecond = await proposals.SendUpAsync(b.Leader, campaign, [secondNominee], Letter("12/TTr-SNW1", board));
        Assert.True(fromSecond.IsSuccess, string.Join("; ", fromSecond.Errors));

        // The second agency reads its own dossier, never the office's; the office's leadership (bound to nothing) its own.
        Assert.NotNull(await proposals.DossierAsync(b.Leader, fromSecond.Value));
        Assert.Null(await proposals.DossierAsync(b.Leader, fromOffice.Value));
        Assert.NotNull(await proposals.DossierAsync(await App.ActorAsync("lanhdao"), fromOffice.Value));

        // The board receives both, each under the agency that sent it.
        var boardService = App.Service<ReceivingBoardService>();
        var inbox = await boardService.InboxAsync(appraiser);
        Assert.Equal(DemoOrganization.AgencyName, Assert.Single(inbox, r => r.Id == fromOffice.Value).Agency);
        Assert.Equal("Sở thử nghiệm SNW1", Assert.Single(inbox, r => r.Id == fromSecond.Value).Agency);
        var sessions = App.Service<CouncilSessionService>();
        foreach (var (dossier, nominee, number) in new[] { (fromOffice.Value, officeNominee, "1401/QĐ-UBND"), (fromSecond.Value, secondNominee, "1402/QĐ-UBND") })
        {
            Assert.NotNull(await boardService.DossierAsync(appraiser, dossier));
            Assert.True((await boardService.AppraiseAsync(appraiser, dossier, nominee, "Đủ điều kiện, hồ sơ đầy đủ.")).IsSuccess);
            var session = await sessions.OpenOnProposalAsync(appraiser, dossier,
                new OpenSessionInput { ChairUserName = BoardMembers[0], HeldOn = new DateTime(2027, 1, 5) });
            Assert.True(session.IsSuccess, string.Join("; ", session.Errors));
            Assert.True((await sessions.SetAttendanceAsync(appraiser, session.Value, BoardMembers)).IsSuccess);
            foreach (var member in BoardMembers)
            {
                var cast = await sessions.VoteAsync(await App.ActorAsync(member), session.Value,
                    new Dictionary<int, BallotChoice> { [nominee] = BallotChoice.Yes });
                Assert.True(cast.IsSuccess, string.Join("; ", cast.Errors));
            }

            Assert.True((await sessions.CloseAsync(appraiser, session.Value)).IsSuccess);
            var issued = await boardService.IssueDecisionAsync(appraiser, dossier, [nominee], new DecisionInput
            {
                DecisionNumber = number, DecisionDate = new DateTime(2027, 1, 12), SignerName = "Võ Văn Hưng", SignerPosition = "Chủ tịch",
            });
            Assert.True(issued.IsSuccess, string.Join("; ", issued.Errors));
        }

        // Both nominees hold their award; each agency's leadership reads the decision on its own dossier only.
        await using var db = await App.DbAsync();
        Assert.True(await db.Awards.AnyAsync(a => a.NominationId == officeNominee, TestContext.Current.CancellationToken));
        Assert.True(await db.Awards.AnyAsync(a => a.NominationId == secondNominee, TestContext.Current.CancellationToken));
        var decisions = App.Service<Emulation.Web.Services.Decisions.DecisionService>();
        Assert.Contains(await decisions.ListAsync(b.Leader), d => d.Number == "1402/QĐ-UBND");
        Assert.DoesNotContain(await decisions.ListAsync(b.Leader), d => d.Number == "1401/QĐ-UBND");
    }
}
