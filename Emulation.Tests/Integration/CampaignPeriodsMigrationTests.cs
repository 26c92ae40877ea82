using Emulation.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Emulation.Tests.Integration;

/// <summary>
/// A SQLite database from before migration CampaignPeriods, with a thematic campaign that recorded only its start year,
/// is migrated: the campaign runs from the first day of that year to the last day of its own, a yearly campaign gets no
/// period, and the old column is gone.
/// </summary>
public sealed class CampaignPeriodsMigrationTests : IDisposable
{
    private const string Before = "20261203060147_PublicConsultation";
    private readonly SqliteFileDatabase _database = new("periods");

    [Fact]
    public async Task AThematicCampaignsStartYear_BecomesItsPeriod_AndTheColumnIsDropped()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var db = _database.Open())
        {
            await db.GetService<IMigrator>().MigrateAsync(Before, ct);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Campaigns" ("Id", "Name", "Year", "Kind", "Status", "RegistrationRequired", "ThematicStartYear", "Version") VALUES
                (1, 'Chuyển đổi số', 2026, 'Thematic', 'Draft', 1, 2023, 'a1b2c3d4-0000-0000-0000-000000000001'),
                (2, 'Chuyên đề chưa ghi năm bắt đầu', 2026, 'Thematic', 'Draft', 1, NULL, 'a1b2c3d4-0000-0000-0000-000000000002'),
                (3, 'Thường xuyên 2026', 2026, 'Yearly', 'Draft', 1, NULL, 'a1b2c3d4-0000-0000-0000-000000000003');
                """, ct);
        }

        await using (var db = _database.Open())
        {
            await db.GetService<IMigrator>().MigrateAsync(cancellationToken: ct);
            var periods = await db.Campaigns.AsNoTracking().OrderBy(c => c.Id)
                .Select(c => new { c.StartsOn, c.EndsOn }).ToListAsync(ct);
            var oldColumn = await db.Database.SqlQueryRaw<string>(
                """SELECT name AS "Value" FROM pragma_table_info('Campaigns') WHERE name = 'ThematicStartYear'""").ToListAsync(ct);

            Assert.Equal(new { StartsOn = (DateOnly?)new DateOnly(2023, 1, 1), EndsOn = (DateOnly?)new DateOnly(2026, 12, 31) }, periods[0]);
            Assert.Equal(new { StartsOn = (DateOnly?)new DateOnly(2026, 1, 1), EndsOn = (DateOnly?)new DateOnly(2026, 12, 31) }, periods[1]);
            Assert.Equal(new { StartsOn = (DateOnly?)null, EndsOn = (DateOnly?)null }, periods[2]);
            Assert.Empty(oldColumn);
        }
    }

    public void Dispose() => _database.Dispose();
}
