using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Results;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data.Seed;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Proposals;

/// <summary>
/// Sending nominees up and adding them to a dossier returned for amendment refuse them one way: every nominee whose title
/// the campaign's kind does not grant, then every unit whose returned results hold nominees, all told at once and in
/// that order. On a thematic campaign: a Provincial Emulation Fighter (a yearly title it does not grant) and a
/// provincial Bằng khen of Phòng Tổng hợp, whose results the officer returned; Phòng Kinh tế's Bằng khen goes up alone.
/// </summary>
public sealed class SendUpRefusalsTests : FreshAppTests
{
    private int _campaignId;
    private int _notGranted;
    private int _held;
    private int _clean;

    private ProposalService Proposals => App.Service<ProposalService>();

    public override async ValueTask InitializeAsync()
    {
        _campaignId = (await App.Service<CampaignService>().CreateDraftAsync(TestActors.Officer,
            new CampaignDraftInput { Name = "Chuyên đề cải cách hành chính 2026", Year = 2026, Kind = CampaignKind.Thematic })).Value;
        var th = await App.UnitIdAsync("TH");
        var kt = await App.UnitIdAsync("KT");
        await using var db = await App.DbAsync();
        var thStaff = await db.People.Where(p => p.UnitId == th).OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToListAsync();
        var ktStaff = await db.People.Where(p => p.UnitId == kt).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        Nomination Passed(int person, int unit, Title title)
        {
            var n = Nomination.Propose(_campaignId, person, unit, title, TestExplanations.For(title));
            Assert.True(n.RecordCountedBallot(new BallotTally(5, 5, 5, 0, 0), "hoidong1", DateTimeOffset.UtcNow).IsSuccess);
            return n;
        }

        Nomination[] nominations =
        [
            Passed(thStaff[0], th, Title.ProvincialEmulationFighter),
            Passed(thStaff[1], th, Title.ProvincialCertificateOfMerit),
            Passed(ktStaff, kt, Title.ProvincialCertificateOfMerit),
        ];
        db.Nominations.AddRange(nominations);

        // Phòng Tổng hợp's results in the campaign, submitted and returned by the officer.
        var results = UnitResult.Start(_campaignId, th);
        Assert.True(results.Record([], new Dictionary<string, decimal?>()).IsSuccess);
        Assert.True(results.Submit([], "tp.th", DateTimeOffset.UtcNow).IsSuccess);
        Assert.True(results.Return("congdoan", DateTimeOffset.UtcNow, "Thiếu minh chứng").IsSuccess);
        db.UnitResults.Add(results);
        await db.SaveChangesAsync();
        (_notGranted, _held, _clean) = (nominations[0].Id, nominations[1].Id, nominations[2].Id);
    }

    private static ProposalInput Letter(string number, int? board = null) => new()
    {
        Number = number, Date = new DateTime(2026, 12, 20), Recipient = "Ban Thi đua – Khen thưởng tỉnh", ReceivingUnitId = board,
    };

    private static void AssertTheRefusals(IReadOnlyList<Emulation.Domain.Common.DomainError> errors)
    {
        Assert.Equal(["campaign.title_not_given_by_kind", "nomination.results_returned"], errors.Select(e => e.Code));
        Assert.Equal("Phòng Tổng hợp", errors[1].Item);
    }

    [Fact]
    public async Task SendUp_TellsTheTitleNotGrantedAndTheReturnedResults_AtOnce_InThatOrder()
    {
        var sent = await Proposals.SendUpAsync(TestActors.Leader, _campaignId, [_held, _notGranted], Letter("21/TTr-VP"));

        AssertTheRefusals(sent.Errors);
        await using var db = await App.DbAsync();
        Assert.False(await db.Proposals.AnyAsync(p => p.CampaignId == _campaignId));
    }

    [Fact]
    public async Task AddToAReturnedDossier_TellsTheSameRefusals_InTheSameOrder()
    {
        var board = await App.UnitIdAsync(DemoDataSeeder.BoardCode);
        var sent = await Proposals.SendUpAsync(TestActors.Leader, _campaignId, [_clean], Letter("22/TTr-VP", board));
        Assert.True(sent.IsSuccess, string.Join("; ", sent.Errors));
        Assert.True((await App.Service<ReceivingBoardService>().ReturnAsync(TestActors.AppraiserOf(board), sent.Value,
            "Bổ sung trường hợp khác nếu có.")).IsSuccess);

        var added = await Proposals.AddToDossierAsync(TestActors.Leader, sent.Value, [_held, _notGranted]);

        AssertTheRefusals(added.Errors);
        await using var db = await App.DbAsync();
        Assert.Equal([_clean], await db.Nominations.Where(n => n.ProposalId == sent.Value).Select(n => n.Id).ToListAsync());
    }
}
