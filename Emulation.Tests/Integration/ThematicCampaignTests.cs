using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Evaluation;

namespace Emulation.Tests.Integration;

/// <summary>
/// Thematic and period campaigns run over dates of their own, spanning years (Law 06/2022 Art. 26(2) reads how long a
/// thematic one ran), and offer forms of commendation rather than the yearly emulation titles.
/// </summary>
public sealed class ThematicCampaignTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly CampaignService _campaigns = fixture.App.Service<CampaignService>();

    [Fact]
    public async Task Law26_2_ThePeriod_IsSaved_AndTheEvaluationReadsItsWholeYears()
    {
        var id = (await _campaigns.CreateDraftAsync(TestActors.Officer,
            new CampaignDraftInput { Name = "Chuyển đổi số 2024–2026", Year = 2026, Kind = CampaignKind.Thematic })).Value;

        var saved = await _campaigns.SetPeriodAsync(TestActors.Officer, id, new DateTime(2024, 1, 15), new DateTime(2026, 12, 31));

        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors));
        var summary = (await _campaigns.GetAsync(TestActors.Officer, id))!.Summary;
        Assert.Equal((new DateOnly(2024, 1, 15), new DateOnly(2026, 12, 31), 2), (summary.StartsOn, summary.EndsOn, summary.ThematicYears));
        await using var db = await fixture.App.DbAsync();
        var (_, input) = (await EvaluationInputLoader.LoadAsync(db, id))!.Value;
        Assert.Equal(2, input.ThematicCampaignYears);
    }

    [Fact]
    public async Task AYearlyCampaign_HasNoPeriodOfItsOwn()
    {
        var id = (await _campaigns.CreateDraftAsync(TestActors.Officer,
            new CampaignDraftInput { Name = "Thường xuyên 2026", Year = 2026 })).Value;

        var saved = await _campaigns.SetPeriodAsync(TestActors.Officer, id, new DateTime(2026, 1, 1), new DateTime(2026, 6, 30));

        Assert.Equal("campaign.period_only_for_thematic", Assert.Single(saved.Errors).Code);
    }

    [Fact]
    public async Task APeriodCampaign_RefusesAYearlyTitle_AndTheWrongUserCannotSetItsPeriod()
    {
        var id = (await _campaigns.CreateDraftAsync(TestActors.Officer,
            new CampaignDraftInput { Name = "Cao điểm quý IV 2026", Year = 2026, Kind = CampaignKind.Period })).Value;

        var refused = await _campaigns.OfferTitleAsync(TestActors.Officer, id, Title.AdvancedWorker, null);
        Assert.Equal("campaign.title_only_yearly", Assert.Single(refused.Errors).Code);
        Assert.True((await _campaigns.OfferTitleAsync(TestActors.Officer, id, Title.CertificateOfCommendation, null)).IsSuccess);

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            _campaigns.SetPeriodAsync(TestActors.HeadOf(1), id, new DateTime(2026, 10, 1), new DateTime(2026, 12, 31)));
        Assert.Null((await _campaigns.GetAsync(TestActors.Officer, id))!.Summary.StartsOn);
    }
}
