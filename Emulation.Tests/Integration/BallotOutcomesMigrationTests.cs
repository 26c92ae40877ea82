using Emulation.Domain.Awards;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Emulation.Tests.Integration;

/// <summary>
/// A SQLite database from before migration BallotOutcomesAsData, with a nomination whose ballot was recorded as a
/// Vietnamese text, is migrated: the text is kept as it was and still shown, and the outcome as data starts empty.
/// </summary>
public sealed class BallotOutcomesMigrationTests : IDisposable
{
    private const string Before = "20261204224638_ConsultationRounds";
    private const string Recorded = "Lao động tiên tiến: ĐẠT. Có mặt 5/5 (cần 4, tỷ lệ 2/3): đủ túc số.";
    private readonly SqliteFileDatabase _database = new("ballot-outcomes");

    [Fact]
    public async Task ABallotRecordedAsText_IsKeptAndShown_WithNoOutcomeAsData()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var db = _database.Open())
        {
            await db.GetService<IMigrator>().MigrateAsync(Before, ct);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Units" ("Id", "Code", "Name", "Kind", "SearchKey") VALUES (1, 'KT', 'Phòng Kinh tế', 'Department', 'phong kinh te');
                INSERT INTO "Campaigns" ("Id", "Name", "Year", "Kind", "Status", "RegistrationRequired", "Version") VALUES
                (1, 'Thi đua thường xuyên 2026', 2026, 'Yearly', 'Review', 1, 'a1b2c3d4-0000-0000-0000-000000000001');
                INSERT INTO "Nominations" ("Id", "CampaignId", "UnitId", "Title", "LegacyExplanation", "RuleSetId", "Status", "Version",
                    "Ballot_CouncilMembers", "Ballot_Present", "Ballot_Yes", "Ballot_No", "Ballot_Abstain", "Ballot_Written",
                    "BallotExplanation", "BallotRecordedBy")
                VALUES (1, 1, 1, 'AdvancedLabourCollective', '', 'VN-ND152-2025 v1', 'Passed', 'a1b2c3d4-0000-0000-0000-000000000002',
                    5, 5, 5, 0, 0, 0, {0}, 'congdoan');
                """, [Recorded], ct);
        }

        await using (var db = _database.Open())
        {
            await db.GetService<IMigrator>().MigrateAsync(cancellationToken: ct);
            var nomination = await db.Nominations.AsNoTracking().SingleAsync(ct);

            Assert.Equal((Recorded, null), (nomination.LegacyBallotExplanation, nomination.BallotOutcome));
            Assert.Equal(new BallotTally(5, 5, 5, 0, 0), nomination.Ballot);
            Assert.Equal(Recorded, Wording.Ballot(Wording.Vietnamese, Wording.VietnameseCulture, nomination.BallotOutcome,
                nomination.LegacyBallotExplanation));
        }
    }

    public void Dispose() => _database.Dispose();
}
