using Emulation.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Emulation.Tests.Council;

/// <summary>
/// A SQLite database with named ballots (as stored before migration SecretBallots) is migrated: every ballot becomes a
/// participation and an anonymous content row, and the counts per nomination and choice are the same.
/// </summary>
public sealed class SecretBallotMigrationTests : IDisposable
{
    private const string Before = "20261202151835_pipelineExplanationsAsData";
    private readonly SqliteFileDatabase _database = new("ballots");

    [Fact]
    public async Task NamedBallots_BecomeParticipationsAndAnonymousContents_WithTheSameTallies()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var db = _database.Open())
        {
            await db.Database.OpenConnectionAsync(ct);
            await db.GetService<IMigrator>().MigrateAsync(Before, ct);
            // Ballots only: the foreign keys to sessions are off for this connection, the rows are what the move reads.
            await db.Database.ExecuteSqlRawAsync("""
                PRAGMA foreign_keys = OFF;
                INSERT INTO "CouncilSessionBallots" ("CouncilSessionId", "NominationId", "MemberUserName", "CastAt", "Choice", "Written") VALUES
                (1, 10, 'hoidong1', '2026-12-10 08:00:00+07:00', 'Yes', 0),
                (1, 10, 'hoidong2', '2026-12-10 08:01:00+07:00', 'No', 0),
                (1, 10, 'hoidong3', '2026-12-10 08:02:00+07:00', 'Yes', 1),
                (1, 11, 'hoidong1', '2026-12-10 08:00:00+07:00', 'Abstain', 0);
                """, ct);
        }

        await using (var db = _database.Open())
        {
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF;", ct);
            await db.GetService<IMigrator>().MigrateAsync(cancellationToken: ct);
            var participations = await db.Database.SqlQueryRaw<string>(
                """SELECT "NominationId" || ':' || "MemberUserName" || ':' || "Written" AS "Value" FROM "CouncilSessionParticipations" ORDER BY 1""").ToListAsync(ct);
            var tallies = await db.Database.SqlQueryRaw<string>(
                """SELECT "NominationId" || ':' || "Choice" || ':' || COUNT(*) AS "Value" FROM "CouncilBallotContents" GROUP BY "NominationId", "Choice" ORDER BY 1""").ToListAsync(ct);
            var seals = await db.Database.SqlQueryRaw<string>("""SELECT "Receipt" AS "Value" FROM "CouncilBallotContents" """).ToListAsync(ct);
            var old = await db.Database.SqlQueryRaw<string>(
                """SELECT name AS "Value" FROM sqlite_master WHERE name = 'CouncilSessionBallots'""").ToListAsync(ct);

            Assert.Equal(["10:hoidong1:0", "10:hoidong2:0", "10:hoidong3:1", "11:hoidong1:0"], participations);
            Assert.Equal(["10:No:1", "10:Yes:2", "11:Abstain:1"], tallies);
            Assert.All(seals, s => Assert.Matches("^[0-9a-f]{64}$", s));
            Assert.Equal(4, seals.Distinct().Count());
            Assert.Empty(old);
        }
    }

    public void Dispose() => _database.Dispose();
}
