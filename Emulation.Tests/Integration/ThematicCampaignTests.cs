using Emulation.Domain.Campaigns;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Evaluation;

namespace Emulation.Tests.Integration;

/// <summary>Law 06/2022 Art. 26(2): the officer records when a thematic campaign began, and the engine reads its years.</summary>
public sealed class ThematicCampaignTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly CampaignService _campaigns = fixture.App.Service<CampaignService>();

    [Fact]
    public async Task Law26_2_TheStartYear_IsSaved_AndTheEvaluationReadsTheYearsRun()
    {
        var id = (await _campaigns.CreateDraftAsync(TestActors.Officer,
            new CampaignDraftInput { Name = "Chuyển đổi số 2024–2026", Year = 2026, Kind = CampaignKind.Thematic })).Value;

        var saved = await _campaigns.SetThematicStartAsync(TestActors.Officer, id, 2024);

        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors));
        Assert.Equal(2024, (await _campaigns.GetAsync(TestActors.Officer, id))!.Summary.ThematicStartYear);
        await using var db = await fixture.App.DbAsync();
        var (_, input) = (await EvaluationInputLoader.LoadAsync(db, id))!.Value;
        Assert.Equal(3, input.ThematicCampaignYears);
    }

    [Fact]
    public async Task Law26_2_AYearlyCampaign_HasNoStartYear()
    {
        var id = (await _campaigns.CreateDraftAsync(TestActors.Officer,
            new CampaignDraftInput { Name = "Thường xuyên 2026", Year = 2026 })).Value;

        var saved = await _campaigns.SetThematicStartAsync(TestActors.Officer, id, 2024);

        Assert.Equal("campaign.not_thematic", Assert.Single(saved.Errors).Code);
    }
}
