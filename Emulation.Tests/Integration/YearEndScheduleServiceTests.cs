using Emulation.Domain.Awards;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services;
using Emulation.Web.Services.Campaigns;

namespace Emulation.Tests.Integration;

/// <summary>
/// The officer's year-end schedule of a yearly campaign (<see cref="YearEndScheduleService"/>), read from the campaign's
/// offered titles, the rule set in force for its year and the office's calendar, on the real migrated SQLite file.
/// </summary>
public sealed class YearEndScheduleServiceTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly CampaignService _campaigns = fixture.App.Service<CampaignService>();
    private readonly YearEndScheduleService _schedules = fixture.App.Service<YearEndScheduleService>();

    private Task<int> DraftOfferingAsync(string name, DateTime? results, params Title[] titles) =>
        DraftOfferingAsync(name, 2026, results, titles);

    private async Task<int> DraftOfferingAsync(string name, int year, DateTime? results, params Title[] titles)
    {
        var id = (await _campaigns.CreateDraftAsync(TestActors.Officer,
            new CampaignDraftInput { Name = name, Year = year, PledgeDeadline = new DateTime(year, 1, 31), ResultsDeadline = results })).Value;
        foreach (var title in titles)
        {
            Assert.True((await _campaigns.OfferTitleAsync(TestActors.Officer, id, title, null)).IsSuccess);
        }

        return id;
    }

    [Fact]
    public async Task AProvincialFighterOnOffer_WithResultsDueMidDecember_IsWarnedOfTheDayTheRatingsMustBeFinal()
    {
        var id = await DraftOfferingAsync("Thi đua 2026 - hạn muộn", new DateTime(2026, 12, 14),
            Title.AdvancedWorker, Title.GrassrootsEmulationFighter, Title.ProvincialEmulationFighter);

        var view = await _schedules.ForCampaignAsync(TestActors.Officer, id);

        Assert.NotNull(view);
        Assert.Equal(new DateOnly(2026, 12, 10), view.Schedule!.DossiersBefore);
        Assert.Equal(10, view.Schedule!.ConsultationDays);
        var warning = Assert.IsType<Emulation.Domain.Common.DomainError>(view.ResultsTooLate);
        Assert.Equal("proposal.results_after_schedule", warning.Code);
        Assert.Equal("14/12/2026", warning.Item);
        Assert.Equal(view.Schedule!.RatingsBy.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
            Assert.Single(warning.Facts, f => f.Key == "ratingsBy").Value);
    }

    [Fact]
    public async Task ResultsDueBeforeTheRatingsDay_AreNotWarned()
    {
        var id = await DraftOfferingAsync("Thi đua 2026 - hạn sớm", new DateTime(2026, 11, 13),
            Title.AdvancedWorker, Title.ProvincialEmulationFighter);

        var view = await _schedules.ForCampaignAsync(TestActors.Officer, id);

        Assert.NotNull(view);
        Assert.True(view.Schedule!.RatingsBy >= new DateOnly(2026, 11, 13));
        Assert.Null(view.ResultsTooLate);
    }

    [Fact]
    public async Task OnlyTitlesTheAgencyGrants_SendNoDossier_SoThereIsNoSchedule()
    {
        var id = await DraftOfferingAsync("Thi đua 2026 - cấp cơ quan", new DateTime(2026, 12, 14),
            Title.AdvancedWorker, Title.GrassrootsEmulationFighter);

        Assert.Null(await _schedules.ForCampaignAsync(TestActors.Officer, id));
    }

    [Fact]
    public async Task AYearBeforeAnyRuleSet_HasNoSchedule_AndSaysWhy()
    {
        var id = await DraftOfferingAsync("Thi đua 2023 - chưa có bộ quy tắc", 2023, new DateTime(2023, 11, 30),
            Title.AdvancedWorker, Title.ProvincialEmulationFighter);

        var view = await _schedules.ForCampaignAsync(TestActors.Officer, id);

        Assert.NotNull(view);
        Assert.Null(view.Schedule);
        var reason = Assert.IsType<Emulation.Domain.Common.DomainError>(view.Unavailable);
        Assert.Equal("rules.none_for_year", reason.Code);
        Assert.Equal("2023", Assert.Single(reason.Facts, f => f.Key == "year").Value.ToString());
    }

    [Fact]
    public async Task AHeadOrACouncilMember_CannotReadTheOfficersSchedule()
    {
        var id = await DraftOfferingAsync("Thi đua 2026 - quyền", null, Title.ProvincialEmulationFighter);

        await Assert.ThrowsAsync<AccessDeniedException>(() => _schedules.ForCampaignAsync(TestActors.HeadOf(1), id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _schedules.ForCampaignAsync(TestActors.Council, id));
    }
}
