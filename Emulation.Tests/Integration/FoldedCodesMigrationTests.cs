using Emulation.Domain.Common;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Emulation.Tests.Integration;

/// <summary>
/// A SQLite database from before migration FoldedCodes, with Vietnamese codes in lower case and two unit codes that
/// differ only in case, is migrated: every code's folded column holds exactly what <see cref="CleanText.FoldCode"/>
/// gives, the second of the two alike codes is set apart by its id, and lookups find the stored codes.
/// </summary>
public sealed class FoldedCodesMigrationTests : IDisposable
{
    private const string Before = "20261205144159_LongServiceOncePerPerson";
    private const string Letters = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";
    private readonly SqliteFileDatabase _database = new("folded-codes");

    [Fact]
    public async Task ExistingCodes_AreFoldedAsTheAppFoldsThem_AndAlikeCodesStayApart()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var db = _database.Open())
        {
            await db.GetService<IMigrator>().MigrateAsync(Before, ct);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Units" ("Id", "Code", "Name", "Kind", "SearchKey") VALUES
                    (1, 'tđ-kt', 'Phòng Kinh tế', 'Department', 'phong kinh te'),
                    (2, 'TĐ-KT', 'Phòng Kinh tế (nhập trùng)', 'Department', 'phong kinh te'),
                    (3, 'ưu-1', 'Trung tâm Ưu tiên', 'PublicServiceUnit', 'trung tam uu tien');
                INSERT INTO "People" ("Id", "Code", "FullName", "Gender", "Position", "RecruitedOn", "SearchKey", "UnitId", "Version") VALUES
                    (1, {0}, 'Nguyễn Văn An', 'Male', 'Chuyên viên', '2010-01-01', 'nguyen van an', 1, 'a1b2c3d4-0000-0000-0000-000000000001'),
                    (2, NULL, 'Trần Thị Bình', 'Female', 'Chuyên viên', '2012-01-01', 'tran thi binh', 1, 'a1b2c3d4-0000-0000-0000-000000000002');
                INSERT INTO "Campaigns" ("Id", "Name", "Year", "Kind", "Status", "RegistrationRequired", "Version", "Code") VALUES
                    (1, 'Thi đua thường xuyên 2026', 2026, 'Yearly', 'Draft', 1, 'a1b2c3d4-0000-0000-0000-000000000003', 'tđ-2026'),
                    (2, 'Thi đua thường xuyên 2025', 2025, 'Yearly', 'Draft', 1, 'a1b2c3d4-0000-0000-0000-000000000004', NULL);
                INSERT INTO "Blocs" ("Id", "CampaignId", "Code", "Name") VALUES (1, 1, 'khối-1', 'Khối 1'), (2, 2, 'khối-1', 'Khối 1');
                """, [Letters], ct);
        }

        await using (var db = _database.Open())
        {
            await db.GetService<IMigrator>().MigrateAsync(cancellationToken: ct);
            var units = await db.Units.AsNoTracking().OrderBy(u => u.Id)
                .Select(u => EF.Property<string>(u, StoredCodes.FoldedCode)).ToListAsync(ct);
            var people = await db.People.AsNoTracking().OrderBy(p => p.Id)
                .Select(p => EF.Property<string?>(p, StoredCodes.FoldedCode)).ToListAsync(ct);
            var campaigns = await db.Campaigns.AsNoTracking().OrderBy(c => c.Id)
                .Select(c => EF.Property<string?>(c, StoredCodes.FoldedCode)).ToListAsync(ct);
            var blocs = await db.Blocs.AsNoTracking().OrderBy(b => b.Id)
                .Select(b => EF.Property<string?>(b, StoredCodes.FoldedCode)).ToListAsync(ct);

            Assert.Equal(["TĐ-KT", "TĐ-KT#2", CleanText.FoldCode("ưu-1")], units);
            Assert.Equal([CleanText.FoldCode(Letters), null], people);
            Assert.Equal(Letters.ToUpperInvariant(), people[0]);
            Assert.Equal(["TĐ-2026", null], campaigns);
            Assert.Equal(["KHỐI-1", "KHỐI-1"], blocs);
            Assert.Equal(1, await db.Units.Where(StoredCodes.Same<Emulation.Domain.Organization.Unit>("Tđ-kT")).Select(u => u.Id).SingleAsync(ct));
            Assert.Equal(1, await db.Campaigns.Where(StoredCodes.Same<Emulation.Domain.Campaigns.Campaign>("TĐ-2026")).Select(c => c.Id).SingleAsync(ct));
        }
    }

    public void Dispose() => _database.Dispose();
}
