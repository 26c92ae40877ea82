using Emulation.Domain.Awards;
using Emulation.Domain.Scoring;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services.Nominations;
using Emulation.Web.Services;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Council;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Rules;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Integration;

/// <summary>Administrators derive provincial rule sets as new versions; evaluations pick them up; the past stays put.</summary>
public sealed class RuleSetTests() : FreshAppTests(("Emulation:Jurisdiction", "QT"))
{
    private static ProvincialRuleSetInput Quota(decimal? percent) => new()
    {
        Id = "QT-2026",
        Name = "Quy định thi đua, khen thưởng của tỉnh",
        Jurisdiction = "QT",
        LegalBasis = "Quyết định 12/2026/QĐ-UBND",
        EffectiveFrom = new DateTime(2026, 1, 1),
        FighterQuotaPercent = percent,
    };

    [Fact]
    public async Task SavingTwice_KeepsBothVersions()
    {
        var service = App.Service<RuleSetService>();

        var first = await service.SaveProvincialAsync(TestActors.Admin, Quota(15));
        var second = await service.SaveProvincialAsync(TestActors.Admin, Quota(10));

        Assert.Equal((1, 2), (first.Value.Version, second.Value.Version));
        var rows = await service.ListAsync(TestActors.Admin);
        var kept = rows.Where(r => r.Id == "QT-2026").OrderBy(r => r.Version).ToList();
        Assert.Equal([15m, 10m], kept.Select(r => r.Rules.Quotas.Single(q => q.Title == Title.GrassrootsEmulationFighter).CapPercent));
        Assert.Contains(rows, r => r.BuiltIn && r.Id == "VN-ND152-2025");
    }

    [Fact]
    public async Task TheCapOnExcellentRatings_MayBeCountedOverTheWholeAgency()
    {
        var input = Quota(null);
        input.ExcellentScope = Emulation.Domain.Rules.QuotaScope.Campaign;

        var saved = await App.Service<RuleSetService>().SaveProvincialAsync(TestActors.Admin, input);

        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors));
        var stored = (await App.Service<RuleSetService>().ListAsync(TestActors.Admin)).Single(r => r.Id == "QT-2026");
        Assert.Equal(Emulation.Domain.Rules.QuotaScope.Campaign, stored.Rules.ExcellentShare.Scope);
    }

    [Fact]
    public async Task Evaluation_UsesTheProvincialSet_AndAppliesItsQuota()
    {
        await using (var db = await App.DbAsync())
        {
            Assert.True(await db.Campaigns.AnyAsync());
        }

        // The evaluation made now, as the nomination step reads it (the dashboard keeps it for a while).
        var evaluations = App.Service<EvaluationSnapshots>();
        var before = (await evaluations.EvaluateNowAsync(1))!.Value;
        Assert.Equal("VN-ND152-2025", before.Rules.Id);
        var fightersBefore = before.Evaluation.Recommendations.Count(r => r.Title == Title.GrassrootsEmulationFighter &&
            r.Status == RecommendationStatus.Recommended);
        Assert.True(fightersBefore > 1);

        await App.Service<RuleSetService>().SaveProvincialAsync(TestActors.Admin, Quota(1));
        var after = (await evaluations.EvaluateNowAsync(1))!.Value;

        Assert.Equal(("QT-2026", 1), (after.Rules.Id, after.Rules.Version));
        var fighters = after.Evaluation.Recommendations.Where(r => r.Title == Title.GrassrootsEmulationFighter).ToList();
        Assert.Contains(fighters, r => r.Status == RecommendationStatus.OverQuota);
        Assert.True(fighters.Count(r => r.Status == RecommendationStatus.Recommended) < fightersBefore);
        var summary = (await App.Service<ReviewDashboardService>().SummaryAsync(TestActors.Officer, 1))!.Value;
        Assert.Equal(("QT-2026", 1), (summary.RuleSetId, summary.RuleSetVersion));
    }

    [Fact]
    public async Task NominationsMadeBeforeAChange_KeepTheRuleSetTheyWereMadeUnder()
    {
        var campaigns = App.Service<CampaignService>();
        await campaigns.MoveAsync(TestActors.Officer, 1, CampaignStep.OpenResults);
        await campaigns.MoveAsync(TestActors.Officer, 1, CampaignStep.StartReview);
        Assert.True((await App.Service<NominationService>().NominateRecommendedAsync(TestActors.Officer, 1)).IsSuccess);

        await App.Service<RuleSetService>().SaveProvincialAsync(TestActors.Admin, Quota(5));

        await using var db = await App.DbAsync();
        Assert.All(await db.Nominations.Select(n => n.RuleSetId).ToListAsync(), id => Assert.Equal("VN-ND152-2025 v1", id));
    }

    [Fact]
    public async Task BuiltInIds_CannotBeOverwritten()
    {
        var input = Quota(10);
        input.Id = "VN-ND152-2025";

        var saved = await App.Service<RuleSetService>().SaveProvincialAsync(TestActors.Admin, input);

        Assert.Equal("ruleset.id_reserved", Assert.Single(saved.Errors).Code);
    }

    [Theory]
    [InlineData("FighterQuotaPercent")]
    [InlineData("ExcellentCapPercent")]
    [InlineData("ExcellentExceptionalCapPercent")]
    public async Task APercentWithMoreDecimalsThanAQuotaKeeps_IsRefusedNamingIt_AndNothingIsStored(string field)
    {
        var input = Quota(15);
        input.ExcellentExceptionalCapPercent = 30m;
        typeof(ProvincialRuleSetInput).GetProperty(field)!.SetValue(input, 20.125m);

        var saved = await App.Service<RuleSetService>().SaveProvincialAsync(TestActors.Admin, input);

        var error = Assert.Single(saved.Errors);
        Assert.Equal(StoredNumbers.Code, error.Code);
        Assert.Equal(field, error.Item);
        Assert.DoesNotContain(await App.Service<RuleSetService>().ListAsync(TestActors.Admin), r => !r.BuiltIn);
    }

    [Theory]
    [InlineData("Name", "Quy định \u202Eđảo chiều", "text.bidi_control")]
    [InlineData("LegalBasis", "Quyết định\u0007 12", "text.control_character")]
    [InlineData("Jurisdiction", "QT-QT-QT-QT-QT-QT-QT-QT", "ruleset.too_long")]
    public async Task TextThatIsNotCleanOrLongerThanItsColumn_IsRefused_AndNothingIsStored(string field, string escaped, string code)
    {
        var input = Quota(15);
        typeof(ProvincialRuleSetInput).GetProperty(field)!.SetValue(input, System.Text.RegularExpressions.Regex.Unescape(escaped));

        var saved = await App.Service<RuleSetService>().SaveProvincialAsync(TestActors.Admin, input);

        Assert.Equal(code, Assert.Single(saved.Errors).Code);
        Assert.DoesNotContain(await App.Service<RuleSetService>().ListAsync(TestActors.Admin), r => !r.BuiltIn);
    }

    [Fact]
    public async Task OnlyAdministrators_SaveRuleSets() =>
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            App.Service<RuleSetService>().SaveProvincialAsync(TestActors.Officer, Quota(10)));

    [Fact]
    public async Task TheCollectiveSharesSavedOnTheForm_AreTheOnesEveryEvaluationReads_AndAnEarlierVersionKeepsItsOwn()
    {
        var service = App.Service<RuleSetService>();
        var first = Quota(null);
        first.LoadSettingsOf(Emulation.Domain.Rules.RuleSetCatalog.Decree152);
        Assert.True((await service.SaveProvincialAsync(TestActors.Admin, first)).IsSuccess);
        var second = Quota(null);
        second.LoadSettingsOf((await service.ListAsync(TestActors.Admin)).Single(r => r.Id == "QT-2026").Rules);
        second.Collectives = second.Collectives! with
        {
            AdvancedWorkerShare = Emulation.Domain.Rules.Fraction.Half,
            AdvancedWorkerShareStrictlyAbove = true,
            ExcellentMinFighters = 2,
        };

        var saved = await service.SaveProvincialAsync(TestActors.Admin, second);

        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors));
        var versions = (await service.ListAsync(TestActors.Admin)).Where(r => r.Id == "QT-2026").OrderBy(r => r.Version).ToList();
        Assert.Equal(new Emulation.Domain.Rules.Fraction[] { new(7, 10), Emulation.Domain.Rules.Fraction.Half }, versions.Select(v => v.Rules.Collectives.AdvancedWorkerShare));
        Assert.Equal(new[] { false, true }, versions.Select(v => v.Rules.Collectives.AdvancedWorkerShareStrictlyAbove));
        var evaluated = (await App.Service<EvaluationSnapshots>().EvaluateNowAsync(1))!.Value;
        Assert.Equal(("QT-2026", 2), (evaluated.Rules.Id, evaluated.Rules.Version));
        Assert.Equal(2, evaluated.Rules.Collectives.ExcellentMinFighters);
        Assert.All(evaluated.Evaluation.Recommendations.Where(r => r.Title == Title.AdvancedLabourCollective),
            r => Assert.Contains(r.Conditions, c => c.Code == "coll.advanced_share" && c.Facts.Any(f => f.Value == "1/2")));
    }

    [Fact]
    public async Task AnInputWithoutCollectiveSettings_KeepsTheBases()
    {
        var saved = await App.Service<RuleSetService>().SaveProvincialAsync(TestActors.Admin, Quota(15));

        Assert.Equal(Emulation.Domain.Rules.RuleSetCatalog.Decree152.Collectives, saved.Value.Rules.Collectives);
        Assert.Equal(Emulation.Domain.Rules.RuleSetCatalog.Decree152.Ranking, saved.Value.Rules.Ranking);
    }
}
