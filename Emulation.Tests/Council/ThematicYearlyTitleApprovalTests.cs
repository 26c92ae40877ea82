using System.Net;
using System.Text.Json.Nodes;
using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Resources;
using Emulation.Web.Services.Awards;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Emulation.Tests.Council;

/// <summary>
/// A thematic campaign gives forms of commendation, never the yearly emulation titles (Law 06/2022 Art. 21–28). A
/// yearly title nominated on one before new nominations were refused, and passed by the council, is refused when
/// leadership approves it (which issues the decision), over the API too, and when it is sent up; the Giấy khen beside it
/// is granted.
/// </summary>
public sealed class ThematicYearlyTitleApprovalTests : FreshAppTests
{
    private int _campaignId;
    private int _advancedWorker;
    private int _fighter;
    private int _commendation;

    public override async ValueTask InitializeAsync()
    {
        var campaigns = App.Service<CampaignService>();
        _campaignId = (await campaigns.CreateDraftAsync(TestActors.Officer,
            new CampaignDraftInput { Name = "Chuyên đề chuyển đổi số 2024–2026", Year = 2026, Kind = CampaignKind.Thematic })).Value;
        await using var db = await App.DbAsync();
        var th = await App.UnitIdAsync("TH");
        var people = await db.People.Where(p => p.UnitId == th).OrderBy(p => p.Id).Select(p => p.Id).Take(3).ToListAsync();
        Nomination Passed(int person, Title title)
        {
            var n = Nomination.Propose(_campaignId, person, th, title, TestExplanations.For(title));
            Assert.True(n.RecordCountedBallot(new BallotTally(5, 5, 5, 0, 0), "hoidong1", DateTimeOffset.UtcNow).IsSuccess);
            return n;
        }

        Nomination[] nominations =
        [
            Passed(people[0], Title.AdvancedWorker),
            Passed(people[1], Title.ProvincialEmulationFighter),
            Passed(people[2], Title.CertificateOfCommendation),
        ];
        db.Nominations.AddRange(nominations);
        await db.SaveChangesAsync();
        (_advancedWorker, _fighter, _commendation) = (nominations[0].Id, nominations[1].Id, nominations[2].Id);
    }

    private async Task<(NominationStatus Status, int Awards)> StateAsync(int nominationId)
    {
        await using var db = await App.DbAsync();
        return (await db.Nominations.Where(n => n.Id == nominationId).Select(n => n.Status).SingleAsync(),
            await db.Awards.CountAsync(a => a.NominationId == nominationId));
    }

    [Fact]
    public async Task Approve_AYearlyTitlePassedOnAThematicCampaign_IsRefusedInVietnamese_AndNothingIsGranted()
    {
        var approved = await App.Service<AwardService>().ApproveAsync(TestActors.Leader, _campaignId, [_advancedWorker, _commendation],
            Decisions.DecisionScenario.Input("91/QĐ-VP"));

        var error = Assert.Single(approved.Errors);
        Assert.Equal(("campaign.title_not_given_by_kind", nameof(Title.AdvancedWorker)), (error.Code, error.Item));
        var text = await Cultures.ReadInAsync("vi-VN", () => Task.FromResult(App.Service<IStringLocalizer<SharedResource>>().Describe(error)));
        Assert.StartsWith("Không thể quyết định khen thưởng ", text, StringComparison.Ordinal);
        Assert.Contains("Lao động tiên tiến là danh hiệu thi đua xét tặng hằng năm", text, StringComparison.Ordinal);
        Assert.Contains("kể cả khi Hội đồng đã biểu quyết đạt", text, StringComparison.Ordinal);
        Assert.Equal((NominationStatus.Passed, 0), await StateAsync(_advancedWorker));
        Assert.Equal((NominationStatus.Passed, 0), await StateAsync(_commendation)); // all or nothing

        var alone = await App.Service<AwardService>().ApproveAsync(TestActors.Leader, _campaignId, [_commendation],
            Decisions.DecisionScenario.Input("92/QĐ-VP"));
        Assert.True(alone.IsSuccess, string.Join("; ", alone.Errors));
        Assert.Equal((NominationStatus.Approved, 1), await StateAsync(_commendation));
    }

    [Fact]
    public async Task ApproveOverTheApi_AYearlyTitleOfAThematicCampaign_IsAProblemNamingTheRule_AndWritesNothing()
    {
        using var leader = await App.AsUserAsync("lanhdao");

        var response = await leader.PostAsync($"/api/v1/nominations/{_advancedWorker}/approve", ApiClients.Json("""
            {"number":"93/QĐ-VP","date":"2026-12-20","signerName":"Trần Quốc Bảo","signerPosition":"Chánh Văn phòng"}
            """));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("campaign.title_not_given_by_kind", body, StringComparison.Ordinal);
        Assert.NotNull(JsonNode.Parse(body)!["title"]);
        Assert.Equal((NominationStatus.Passed, 0), await StateAsync(_advancedWorker));
    }

    [Fact]
    public async Task SendUp_AProvincialFighterPassedOnAThematicCampaign_IsRefused_AndNoDossierIsOpened()
    {
        var sent = await App.Service<ProposalService>().SendUpAsync(TestActors.Leader, _campaignId, [_fighter],
            new ProposalInput { Number = "15/TTr-VP", Date = new DateTime(2026, 12, 20), Recipient = "Ban Thi đua – Khen thưởng tỉnh" });

        Assert.Equal("campaign.title_not_given_by_kind", Assert.Single(sent.Errors).Code);
        await using var db = await App.DbAsync();
        Assert.False(await db.Proposals.AnyAsync(p => p.CampaignId == _campaignId));
        Assert.Equal(NominationStatus.Passed, (await StateAsync(_fighter)).Status);
    }
}
