using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Emulation.Tests.Integration;

/// <summary>Moving targets and values from child tables into JSON columns keeps every number already entered.</summary>
public sealed class JsonTargetsMigrationTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"emulation-json-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Migration_CarriesTargetsAndValuesIntoTheJsonColumns()
    {
        await using (var before = Context())
        {
            var migrations = before.Database.GetMigrations().ToList();
            string previous = migrations[migrations.FindIndex(m => m.EndsWith("_PledgeTargetsAndResultValuesAsJson", StringComparison.Ordinal)) - 1];
            await before.GetService<IMigrator>().MigrateAsync(previous, TestContext.Current.CancellationToken);
            await before.Database.ExecuteSqlRawAsync("""
                INSERT INTO Units (Id, Code, Name, Kind) VALUES (1, 'VP', 'Văn phòng', 'Department');
                INSERT INTO Campaigns (Id, Name, Year, Kind, Status, RegistrationRequired, Version)
                    VALUES (1, 'Thi đua 2026', 2026, 'Yearly', 'Launched', 1, '00000000-0000-0000-0000-000000000001');
                INSERT INTO Pledges (Id, CampaignId, UnitId, Version, Status)
                    VALUES (1, 1, 1, '00000000-0000-0000-0000-000000000002', 'Submitted');
                INSERT INTO PledgeTargets (CriterionCode, Target, PledgeId) VALUES ('A1', '95.5', 1), ('A2', '12', 1);
                INSERT INTO UnitResults (Id, CampaignId, UnitId, Version, Status)
                    VALUES (1, 1, 1, '00000000-0000-0000-0000-000000000003', 'Draft');
                INSERT INTO ResultValues (CriterionCode, Value, UnitResultId) VALUES ('A1', '97.25', 1);
                """, TestContext.Current.CancellationToken);
        }

        await using var after = Context();
        await after.Database.MigrateAsync(TestContext.Current.CancellationToken);

        var pledge = await after.Pledges.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken);
        var result = await after.UnitResults.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(95.5m, pledge.TargetFor("A1"));
        Assert.Equal(12m, pledge.TargetFor("A2"));
        Assert.Equal(97.25m, result.ValueFor("A1"));
        Assert.Null(result.ValueFor("A2"));
    }

    public void Dispose() => File.Delete(_file);

    private SqliteEmulationDbContext Context() =>
        new(new DbContextOptionsBuilder<SqliteEmulationDbContext>().UseSqlite($"Data Source={_file};Pooling=False").Options);
}
