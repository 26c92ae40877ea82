using System.Text.Json;
using System.Text.Json.Nodes;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Services.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Review;

/// <summary>A unit whose stored data is invalid is that unit's problem: the campaign's evaluation still ranks the others.</summary>
public sealed class SetAsideUnitTests : FreshAppTests
{
    private const int Campaign = 1;

    [Fact]
    public async Task Evaluation_WhenOneUnitsStoredValueIsInvalid_RanksTheOtherUnits_AndListsThatUnitWithItsError()
    {
        var (unitId, code) = await SpoilOneStoredValueAsync();

        var summary = await App.Service<ReviewDashboardService>().SummaryAsync(TestActors.Officer, Campaign);
        var units = await App.Service<ReviewDashboardService>().UnitsAsync(TestActors.Officer, Campaign, new UnitQuery(PageSize: 100));

        Assert.True(summary!.IsSuccess, string.Join("; ", summary.Errors));
        var setAside = Assert.Single(summary.Value.SetAside);
        Assert.Equal(unitId, setAside.UnitId);
        Assert.False(string.IsNullOrEmpty(setAside.Name));
        var problem = Assert.Single(setAside.Problems);
        Assert.Equal(("evaluation.negative_value", $"unit:{unitId}/criterion:{code}"), (problem.Error.Code, problem.Error.Item));
        Assert.NotEqual(code, problem.CriterionName);
        Assert.True(units.Total > 1);
        Assert.DoesNotContain(units.Rows, r => r.UnitId == unitId);
    }

    /// <summary>Writes a negative value straight into one unit's stored results, as data saved before a rule existed would be.</summary>
    private async Task<(int UnitId, string Code)> SpoilOneStoredValueAsync()
    {
        await using var db = await App.Service<IDbContextFactory<EmulationDbContext>>().CreateDbContextAsync();
        var result = (await db.UnitResults.AsNoTracking().Where(r => r.CampaignId == Campaign).ToListAsync())
            .First(r => r.Values.Count > 0);
        var code = result.Values[0].CriterionCode;
        var stored = JsonNode.Parse(await db.Database
            .SqlQuery<string>($"SELECT \"Values\" AS Value FROM UnitResults WHERE Id = {result.Id}").SingleAsync())!.AsArray();
        var first = stored.First(v => (string?)v!["CriterionCode"] == code)!;
        first["Value"] = first["Value"]!.GetValueKind() == JsonValueKind.String ? JsonValue.Create("-1") : JsonValue.Create(-1m);
        var json = stored.ToJsonString();
        await db.Database.ExecuteSqlAsync($"UPDATE UnitResults SET \"Values\" = {json} WHERE Id = {result.Id}");
        return (result.UnitId, code);
    }
}
