using System.Net;
using System.Text.Json.Nodes;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Hostile;

/// <summary>
/// Numbers are held to the columns they are stored in (Emulation.Domain's DecimalLimits: figures 18 digits with 4
/// decimals, quotas 5 with 2): more is a 400 naming the field, or a refusal naming the line, before anything is saved, so
/// that SQLite does not keep what SQL Server would refuse (arithmetic overflow, a 500) or round.
/// </summary>
public sealed class DecimalDigitsTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    [Theory]
    [InlineData("99999999999999.9999", true)]
    [InlineData("-99999999999999.9999", true)]
    [InlineData("100000000000000", false)]
    [InlineData("0.0001", true)]
    [InlineData("0.00001", false)]
    [InlineData("1.50000", true)]
    public void AFigure_FitsItsColumn_OnlyWithin14DigitsBeforeThePointAnd4After(string number, bool fits) =>
        Assert.Equal(fits, StoredNumbers.FitsFigure(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public async Task ACampaignWithPointsQuotaOrBandsOfTooManyDigits_Is400NamingEachField_AndIsNotCreated()
    {
        using var officer = await App.AsUserAsync("congdoan");

        var response = await officer.PostAsync("/api/v1/campaigns", ApiClients.Json("""
            {"code":"DIGITS-1","name":"Thi đua chữ số","year":2026,"kind":"yearly",
             "blocs":[{"code":"B","name":"Khối","unitCodes":["TH"]}],
             "criteria":[{"code":"C1","name":"Văn bản","maxPoints":10.12345,"method":"bands","direction":"higherIsBetter",
                          "bands":[{"fromPercentOfTarget":50.125,"percentOfMax":50}]}],
             "bonuses":[{"code":"T1","name":"Thưởng","maxPoints":1.00001}],
             "titles":[{"award":"advancedWorker","quotaPercent":12.345}]}
            """));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        foreach (var field in new[]
                 {
                     "criteria[0].maxPoints", "criteria[0].bands[0].fromPercentOfTarget", "bonuses[0].maxPoints", "titles[0].quotaPercent",
                 })
        {
            Assert.True(errors.ContainsKey(field), field + " in " + errors.ToJsonString());
        }

        Assert.Contains("chữ số", (string?)errors["titles[0].quotaPercent"]![0], StringComparison.Ordinal);
        await using var db = await App.DbAsync();
        Assert.False(await db.Campaigns.AnyAsync(c => c.Code == "DIGITS-1", TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("123456789012345")]
    [InlineData("1.23456")]
    public async Task APledgeTargetOrAResult_OfTooManyDigits_Is400NamingTheLine_AndNothingIsSaved(string number)
    {
        var id = await App.LaunchedCampaignAsync("DIGITS-" + number.Length);
        using var head = await App.AsUserAsync("tp.th");

        var pledge = await head.PutAsync($"/api/v1/campaigns/{id}/pledges/TH", ApiClients.Json($$$"""{"targets":{"C1":{{{number}}}}}"""));

        Assert.Equal(HttpStatusCode.BadRequest, pledge.StatusCode);
        var errors = JsonNode.Parse(await pledge.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.StartsWith("number.too_many_digits: C1", (string?)errors["targets.C1"]![0], StringComparison.Ordinal);
        await using var db = await App.DbAsync();
        Assert.False(await db.Pledges.AnyAsync(p => p.CampaignId == id, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TheServices_RefuseFiguresAndQuotasOfTooManyDigits_WhateverPathTheyCameBy()
    {
        var id = await App.LaunchedCampaignAsync("DIGITS-S");
        var th = await App.UnitIdAsync("TH");
        var submissions = App.Service<SubmissionService>();
        var campaigns = App.Service<CampaignService>();
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, id, CampaignStep.OpenResults)).IsSuccess);

        var results = await submissions.SaveResultsAsync(TestActors.HeadOf(th), id, th,
            new Dictionary<string, decimal?> { ["C1"] = 1_000_000_000_000_000m }, null, submit: false);
        using var officer = await App.AsUserAsync("congdoan");
        var draft = await officer.PostAsync("/api/v1/campaigns", ApiClients.Json("""
            {"code":"DIGITS-D","name":"Thi đua nháp","year":2026,"kind":"yearly",
             "blocs":[{"code":"B","name":"Khối","unitCodes":["TH"]}],
             "criteria":[{"code":"C1","name":"Văn bản","maxPoints":10,"method":"proportional","direction":"higherIsBetter"}]}
            """));
        var draftId = (int)JsonNode.Parse(await draft.Content.ReadAsStringAsync())!["id"]!;
        var quota = await campaigns.OfferTitleAsync(TestActors.Officer, draftId, Emulation.Domain.Awards.Title.AdvancedWorker, 33.333m);

        Assert.Equal(("number.too_many_digits", "C1"), (Assert.Single(results.Errors).Code, results.Errors[0].Item));
        Assert.Contains(quota.Errors, e => e.Code == "number.too_many_digits");
        await using var db = await App.DbAsync();
        Assert.False(await db.UnitResults.AnyAsync(r => r.CampaignId == id, TestContext.Current.CancellationToken));
        Assert.False(await db.Set<Emulation.Domain.Campaigns.OfferedTitle>().AnyAsync(t => EF.Property<int>(t, "CampaignId") == draftId,
            TestContext.Current.CancellationToken));
    }
}
