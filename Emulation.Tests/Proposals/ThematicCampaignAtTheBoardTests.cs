using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Proposals;
using Emulation.Domain.Rules;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data.Seed;
using Emulation.Web.Services.Awards;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Council;
using Emulation.Web.Services.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Proposals;

/// <summary>
/// A thematic campaign gives forms of commendation, never the yearly emulation titles (Law 06/2022 Art. 21–28;
/// <see cref="Campaign.MayGrant"/>). A dossier that went up from one, before such nominations were refused, carries an
/// Excellent Labour Collective (a yearly title the provincial chairman decides) beside a provincial Certificate of Merit:
/// wherever the deciding level's yes is written — the board's decision after its council passed them, the board's
/// recorded outcome, the agency's record of an outside level's outcome — the yearly title is refused by name, and the
/// Certificate of Merit is granted. A "no" on the yearly title is recorded as any refusal is. Adding such a nominee to a
/// dossier back for amendment is refused too, as sending it up is.
/// </summary>
public sealed class ThematicCampaignAtTheBoardTests : FreshAppTests
{
    private int _campaignId;
    private int _collective;
    private int _merit;

    private ProposalService Proposals => App.Service<ProposalService>();
    private ReceivingBoardService Board => App.Service<ReceivingBoardService>();

    public override async ValueTask InitializeAsync()
    {
        _campaignId = (await App.Service<CampaignService>().CreateDraftAsync(TestActors.Officer,
            new CampaignDraftInput { Name = "Chuyên đề cải cách hành chính 2024–2026", Year = 2026, Kind = CampaignKind.Thematic })).Value;
        await using var db = await App.DbAsync();
        var th = await App.UnitIdAsync("TH");
        var person = await db.People.Where(p => p.UnitId == th).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var collective = Passed(null, th, Title.ExcellentLabourCollective);
        var merit = Passed(person, th, Title.ProvincialCertificateOfMerit);
        db.Nominations.AddRange(collective, merit);
        await db.SaveChangesAsync();
        (_collective, _merit) = (collective.Id, merit.Id);
    }

    private Nomination Passed(int? person, int unit, Title title)
    {
        var nomination = Nomination.Propose(_campaignId, person, unit, title, TestExplanations.For(title));
        Assert.True(nomination.RecordCountedBallot(new BallotTally(5, 5, 5, 0, 0), "hoidong1", DateTimeOffset.UtcNow).IsSuccess);
        return nomination;
    }

    /// <summary>Puts <paramref name="nominationIds"/> in a dossier as it went up before the refusal existed: straight through the domain.</summary>
    private async Task<int> SentUpAsync(int? board, params int[] nominationIds)
    {
        await using var db = await App.DbAsync();
        var granting = new GrantingRules();
        var proposal = Proposal.Send(_campaignId, "21/TTr-VP", new DateOnly(2026, 12, 15), "Chủ tịch UBND tỉnh",
            [AwardingLevel.ProvincialChairman], "lanhdao", DateTimeOffset.UtcNow, board).Value;
        db.Proposals.Add(proposal);
        await db.SaveChangesAsync();
        foreach (var nomination in await db.Nominations.Where(n => nominationIds.Contains(n.Id)).ToListAsync())
        {
            Assert.True(nomination.SendUp(proposal.Id, granting.For(nomination.Title)).IsSuccess);
        }

        await db.SaveChangesAsync();
        return proposal.Id;
    }

    private async Task<(NominationStatus Status, int Awards)> StateAsync(int nominationId)
    {
        await using var db = await App.DbAsync();
        return (await db.Nominations.Where(n => n.Id == nominationId).Select(n => n.Status).SingleAsync(),
            await db.Awards.CountAsync(a => a.NominationId == nominationId));
    }

    private static ProposalOutcomeInput Granted(string number) =>
        new() { DecisionNumber = number, DecisionDate = new DateTime(2027, 1, 12), IssuerName = "Chủ tịch UBND tỉnh" };

    [Fact]
    public async Task TheBoardsDecision_AfterItsCouncilPassedBoth_RefusesTheYearlyTitle_AndGrantsTheCertificateOfMerit()
    {
        var board = await App.UnitIdAsync(DemoDataSeeder.BoardCode);
        var proposal = await SentUpAsync(board, _collective, _merit);
        var appraiser = await App.ActorAsync(DemoDataSeeder.BoardUserName);
        string[] members = [.. Enumerable.Range(1, 3).Select(DemoDataSeeder.BoardCouncilUserName)];
        var sessions = App.Service<CouncilSessionService>();
        var session = await sessions.OpenOnProposalAsync(appraiser, proposal, new OpenSessionInput { ChairUserName = members[0] });
        Assert.True(session.IsSuccess, string.Join("; ", session.Errors));
        Assert.True((await sessions.SetAttendanceAsync(appraiser, session.Value, members)).IsSuccess);
        foreach (var member in members)
        {
            var cast = await sessions.VoteAsync(await App.ActorAsync(member), session.Value,
                new Dictionary<int, BallotChoice> { [_collective] = BallotChoice.Yes, [_merit] = BallotChoice.Yes });
            Assert.True(cast.IsSuccess, string.Join("; ", cast.Errors));
        }

        Assert.True((await sessions.CloseAsync(appraiser, session.Value)).IsSuccess);
        static DecisionInput Decision(string number) => new()
        {
            DecisionNumber = number, DecisionDate = new DateTime(2027, 1, 12), SignerName = "Võ Văn Hưng", SignerPosition = "Chủ tịch",
        };

        var both = await Board.IssueDecisionAsync(appraiser, proposal, [_collective, _merit], Decision("1501/QĐ-UBND"));

        var error = Assert.Single(both.Errors);
        Assert.Equal(("campaign.title_not_given_by_kind", nameof(Title.ExcellentLabourCollective)), (error.Code, error.Item));
        Assert.Equal((NominationStatus.SentUp, 0), await StateAsync(_collective));
        Assert.Equal((NominationStatus.SentUp, 0), await StateAsync(_merit)); // all or nothing
        var merit = await Board.IssueDecisionAsync(appraiser, proposal, [_merit], Decision("1502/QĐ-UBND"));
        Assert.True(merit.IsSuccess, string.Join("; ", merit.Errors));
        Assert.Equal((NominationStatus.Approved, 1), await StateAsync(_merit));
    }

    [Fact]
    public async Task TheBoardsRecordedOutcome_RefusesToGrantTheYearlyTitle_ButRecordsItsRefusal()
    {
        var board = await App.UnitIdAsync(DemoDataSeeder.BoardCode);
        var proposal = await SentUpAsync(board, _collective, _merit);
        var appraiser = await App.ActorAsync(DemoDataSeeder.BoardUserName);

        var granted = await Board.DecideAsync(appraiser, proposal, [_collective], Granted("1601/QĐ-UBND"));

        Assert.Equal(("campaign.title_not_given_by_kind", nameof(Title.ExcellentLabourCollective)),
            (Assert.Single(granted.Errors).Code, granted.Errors[0].Item));
        Assert.Equal((NominationStatus.SentUp, 0), await StateAsync(_collective));
        Assert.True((await Board.DecideAsync(appraiser, proposal, [_merit], Granted("1602/QĐ-UBND"))).IsSuccess);
        Assert.Equal((NominationStatus.Approved, 1), await StateAsync(_merit));
        var refused = await Board.DecideAsync(appraiser, proposal, [_collective],
            new ProposalOutcomeInput { Granted = false, Reason = "Phong trào chuyên đề không xét danh hiệu thi đua hằng năm" });
        Assert.True(refused.IsSuccess, string.Join("; ", refused.Errors));
        Assert.Equal((NominationStatus.Rejected, 0), await StateAsync(_collective));
    }

    [Fact]
    public async Task TheAgencysRecordOfAnOutsideLevelsOutcome_RefusesToGrantTheYearlyTitle()
    {
        var proposal = await SentUpAsync(null, _collective, _merit);

        var granted = await Proposals.RecordOutcomeAsync(TestActors.Officer, proposal, [_collective, _merit], Granted("1701/QĐ-UBND"));

        Assert.Equal(("campaign.title_not_given_by_kind", nameof(Title.ExcellentLabourCollective)),
            (Assert.Single(granted.Errors).Code, granted.Errors[0].Item));
        Assert.Equal((NominationStatus.SentUp, 0), await StateAsync(_collective));
        Assert.Equal((NominationStatus.SentUp, 0), await StateAsync(_merit));
        Assert.True((await Proposals.RecordOutcomeAsync(TestActors.Officer, proposal, [_merit], Granted("1702/QĐ-UBND"))).IsSuccess);
        Assert.Equal((NominationStatus.Approved, 1), await StateAsync(_merit));
    }

    [Fact]
    public async Task AddingTheYearlyTitleToADossierBackForAmendment_IsRefused_AsSendingItUpIs()
    {
        var board = await App.UnitIdAsync(DemoDataSeeder.BoardCode);
        var proposal = await SentUpAsync(board, _merit);
        var appraiser = await App.ActorAsync(DemoDataSeeder.BoardUserName);
        Assert.True((await Board.ReturnAsync(appraiser, proposal, "Bổ sung báo cáo thành tích")).IsSuccess);

        var added = await Proposals.AddToDossierAsync(TestActors.Leader, proposal, [_collective]);

        Assert.Equal(("campaign.title_not_given_by_kind", nameof(Title.ExcellentLabourCollective)),
            (Assert.Single(added.Errors).Code, added.Errors[0].Item));
        Assert.Equal((NominationStatus.Passed, 0), await StateAsync(_collective));
        await using var db = await App.DbAsync();
        Assert.Null((await db.Nominations.SingleAsync(n => n.Id == _collective)).ProposalId);
    }
}
