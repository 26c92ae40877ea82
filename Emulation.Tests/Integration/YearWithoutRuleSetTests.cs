using System.Net;
using System.Text.Json;
using Emulation.Domain.Campaigns;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Resources;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Nominations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Emulation.Tests.Integration;

/// <summary>
/// A campaign of 2023, a year before Law 06/2022 and its decrees took effect (1 January 2024), has no rule set in force:
/// wherever it is evaluated (the review page, the API, the nomination step) it says so, naming the year, rather than a
/// 500 or a silent empty list.
/// </summary>
public sealed class YearWithoutRuleSetTests(AppFixture fixture) : SharedAppTests(fixture)
{
    private const string Code = "rules.none_for_year";

    /// <summary>The seeded campaign moved to 2023 and to its review, where the engine's recommendations are read.</summary>
    private async Task<int> CampaignOf2023InReviewAsync()
    {
        var id = await App.SeededCampaignIdAsync();
        await using var db = await App.DbAsync();
        await db.Campaigns.Where(c => c.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Year, 2023).SetProperty(c => c.Status, CampaignStatus.Review));
        return id;
    }

    private Task<string> VietnameseAsync(Emulation.Domain.Common.DomainError error) =>
        Cultures.ReadInAsync("vi-VN", () => Task.FromResult(App.Service<IStringLocalizer<SharedResource>>().Describe(error)));

    [Fact]
    public async Task TheReviewDashboard_SaysTheYearHasNoRuleSet()
    {
        var id = await CampaignOf2023InReviewAsync();

        var summary = await App.Service<ReviewDashboardService>().SummaryAsync(TestActors.Officer, id);

        var error = Assert.Single(summary!.Errors);
        Assert.Equal(Code, error.Code);
        var text = await VietnameseAsync(error);
        Assert.StartsWith("Năm 2023 chưa có bộ quy tắc", text, StringComparison.Ordinal);
        Assert.Contains("01/01/2024", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheReviewPage_ShowsTheReason_NotAnEmptyList()
    {
        var id = await CampaignOf2023InReviewAsync();
        using var client = await App.SignedInClientAsync("congdoan");

        var response = await client.GetAsync($"/evaluation/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Năm 2023 chưa có bộ quy tắc xét thi đua, khen thưởng", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scores")]
    [InlineData("recommendations")]
    public async Task TheApi_AnswersAProblemNamingTheYear(string resource)
    {
        var id = await CampaignOf2023InReviewAsync();
        using var client = await App.AsUserAsync("congdoan");

        var response = await client.GetAsync($"/api/v1/campaigns/{id}/{resource}");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var detail = problem.RootElement.GetProperty("detail").GetString()!;
        Assert.StartsWith(Code + ":", detail, StringComparison.Ordinal);
        Assert.Contains("2023", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheNominationStep_IsRefusedNamingTheYear_AndNothingIsNominated()
    {
        var id = await CampaignOf2023InReviewAsync();
        var nominations = App.Service<NominationService>();

        var recommended = await nominations.NominateRecommendedAsync(TestActors.Officer, id);
        var unitId = await App.UnitIdAsync("TH");
        var byHand = await nominations.AddAsync(TestActors.Officer, id, new AddNominationInput { UnitId = unitId, Title = Emulation.Domain.Awards.Title.AdvancedLabourCollective, Reason = "Thử" });

        Assert.Equal(Code, Assert.Single(recommended.Errors).Code);
        Assert.Equal(Code, Assert.Single(byHand.Errors).Code);
        await using var db = await App.DbAsync();
        Assert.False(await db.Nominations.AnyAsync(n => n.CampaignId == id));
    }

    [Fact]
    public async Task TheNominationApi_Answers409NamingTheYear()
    {
        var id = await CampaignOf2023InReviewAsync();
        using var client = await App.AsUserAsync("congdoan");

        var response = await client.PostAsync($"/api/v1/campaigns/{id}/nominations/from-recommendations", ApiClients.Json("{}"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith(Code + ":", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
