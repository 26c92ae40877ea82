using Emulation.Domain.Pledges;
using Emulation.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Emulation.Tests.Integration;

/// <summary>
/// A SQLite database from before migration MergedFiguresChoice, with a unit merged from two others taking part in a
/// launched campaign and a draft one, is migrated: the merger keeps "Cộng dồn" as its choice in the launched campaign,
/// and no choice is recorded in the draft one or for a unit no merger formed.
/// </summary>
public sealed class MergedFiguresChoiceMigrationTests : IDisposable
{
    private const string Before = "20261203183815_AwardsListOrderIndex";
    private readonly SqliteFileDatabase _database = new("merged-figures");

    [Fact]
    public async Task AMergerFromBefore_KeepsAddingUpAsItsChoice_InTheCampaignsPastTheirDraft()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var db = _database.Open())
        {
            await db.GetService<IMigrator>().MigrateAsync(Before, ct);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Units" ("Id", "Code", "Name", "Kind", "SearchKey", "ClosedOn") VALUES
                (1, 'NC', 'Phòng Nội chính', 'Department', 'phong noi chinh', '2026-12-31'),
                (2, 'BTCD', 'Ban Tiếp công dân tỉnh', 'Department', 'ban tiep cong dan tinh', '2026-12-31'),
                (3, 'NC-TCD', 'Phòng Nội chính – Tiếp công dân', 'Department', 'phong noi chinh tiep cong dan', NULL),
                (4, 'KT', 'Phòng Kinh tế', 'Department', 'phong kinh te', NULL);
                INSERT INTO "UnitLineages" ("Id", "PredecessorId", "SuccessorId", "Kind", "EffectiveOn") VALUES
                (1, 1, 3, 'Merged', '2027-01-01'),
                (2, 2, 3, 'Merged', '2027-01-01');
                INSERT INTO "Campaigns" ("Id", "Name", "Year", "Kind", "Status", "RegistrationRequired", "Version") VALUES
                (1, 'Thi đua thường xuyên 2027', 2027, 'Yearly', 'Launched', 1, 'a1b2c3d4-0000-0000-0000-000000000001'),
                (2, 'Chuyên đề chưa phát động', 2027, 'Thematic', 'Draft', 1, 'a1b2c3d4-0000-0000-0000-000000000002');
                INSERT INTO "Blocs" ("Id", "Name", "CampaignId") VALUES (1, 'Khối Nội chính', 1), (2, 'Khối chuyên đề', 2);
                INSERT INTO "BlocMembers" ("Id", "CampaignId", "BlocId", "UnitId") VALUES
                (1, 1, 1, 3), (2, 1, 1, 4), (3, 2, 2, 3);
                """, ct);
        }

        await using (var db = _database.Open())
        {
            await db.GetService<IMigrator>().MigrateAsync(cancellationToken: ct);
            var kept = await db.FiguresCombinations.AsNoTracking().ToListAsync(ct);

            var merger = Assert.Single(kept);
            Assert.Equal((1, 3), (merger.CampaignId, merger.UnitId));
            Assert.Equal(MergeFigures.Summed, merger.Choice);
        }
    }

    public void Dispose() => _database.Dispose();
}
