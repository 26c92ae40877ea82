using Emulation.Web.Data;
using Microsoft.Data.Sqlite;
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
    private readonly string _path = Path.Combine(Path.GetTempPath(), "emulation-tests", $"periods-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task AThematicCampaignsStartYear_BecomesItsPeriod_AndTheColumnIsDropped()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var ct = TestContext.Current.CancellationToken;
        await using (var db = Open())
        {
            await db.GetService<IMigrator>().MigrateAsync(Before, ct);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Campaigns" ("Id", "Name", "Year", "Kind", "Status", "RegistrationRequired", "ThematicStartYear", "Version") VALUES
                (1, 'Chuyển đổi số', 2026, 'Thematic', 'Draft', 1, 2023, 'a1b2c3d4-0000-0000-0000-000000000001'),
                (2, 'Chuyên đề chưa ghi năm bắt đầu', 2026, 'Thematic', 'Draft', 1, NULL, 'a1b2c3d4-0000-0000-0000-000000000002'),
                (3, 'Thường xuyên 2026', 2026, 'Yearly', 'Draft', 1, NULL, 'a1b2c3d4-0000-0000-0000-000000000003');
                """, ct);
        }

        await using (var db = Open())
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

    private SqliteEmulationDbContext Open() =>
        new(new DbContextOptionsBuilder<SqliteEmulationDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString()).Options);

    public void Dispose() => File.Delete(_path);
}
