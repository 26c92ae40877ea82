using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Emulation.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SecretBallots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Paper",
                table: "CouncilSessionAgenda",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            // ---- Hand-written schema (keep when regenerating): the ballot contents table is WITHOUT ROWID, so its rows are
            // stored in the order of their key (the receipt's seal, random), never in the order they were cast; a plain
            // table's hidden rowid would keep that order and let it be matched against the participations. Same columns,
            // key and foreign key as the model (CouncilSessionConfiguration). Checked by SecretBallotStorageTests.
            migrationBuilder.Sql(
                """
                CREATE TABLE "CouncilBallotContents" (
                    "CouncilSessionId" INTEGER NOT NULL,
                    "Receipt" TEXT NOT NULL,
                    "NominationId" INTEGER NOT NULL,
                    "Choice" TEXT NOT NULL,
                    CONSTRAINT "PK_CouncilBallotContents" PRIMARY KEY ("CouncilSessionId", "Receipt"),
                    CONSTRAINT "FK_CouncilBallotContents_CouncilSessions_CouncilSessionId" FOREIGN KEY ("CouncilSessionId")
                        REFERENCES "CouncilSessions" ("Id") ON DELETE CASCADE
                ) WITHOUT ROWID;
                """);
            // ---- End of hand-written schema.

            migrationBuilder.CreateTable(
                name: "CouncilSessionParticipations",
                columns: table => new
                {
                    NominationId = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CouncilSessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Written = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilSessionParticipations", x => new { x.CouncilSessionId, x.NominationId, x.MemberUserName });
                    table.ForeignKey(
                        name: "FK_CouncilSessionParticipations_CouncilSessions_CouncilSessionId",
                        column: x => x.CouncilSessionId,
                        principalTable: "CouncilSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // ---- Hand-written data move (keep when regenerating): each named ballot of CouncilSessionBallots becomes a
            // participation (member, nomination, written or not: who voted) and an anonymous content row (nomination,
            // choice: what was voted) under a random seal that no receipt opens (the members were never given one).
            // Contents go in in random order; every tally stays the same, and decided sessions keep their stored outcomes.
            migrationBuilder.Sql(
                """
                INSERT INTO "CouncilSessionParticipations" ("CouncilSessionId", "NominationId", "MemberUserName", "Written")
                SELECT "CouncilSessionId", "NominationId", "MemberUserName", "Written" FROM "CouncilSessionBallots";
                """);
            migrationBuilder.Sql(
                """
                INSERT INTO "CouncilBallotContents" ("CouncilSessionId", "Receipt", "NominationId", "Choice")
                SELECT "CouncilSessionId", lower(hex(randomblob(32))), "NominationId", "Choice"
                FROM "CouncilSessionBallots" ORDER BY random();
                """);
            // ---- End of hand-written data move.

            migrationBuilder.DropTable(
                name: "CouncilSessionBallots");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Going back cannot name the voters again (that is the point): the old table comes back empty, while every
            // decided session keeps its stored outcome and every nomination its tally.
            migrationBuilder.DropTable(
                name: "CouncilBallotContents");

            migrationBuilder.DropTable(
                name: "CouncilSessionParticipations");

            migrationBuilder.DropColumn(
                name: "Paper",
                table: "CouncilSessionAgenda");

            migrationBuilder.CreateTable(
                name: "CouncilSessionBallots",
                columns: table => new
                {
                    CouncilSessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    NominationId = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CastAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Choice = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Written = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilSessionBallots", x => new { x.CouncilSessionId, x.NominationId, x.MemberUserName });
                    table.ForeignKey(
                        name: "FK_CouncilSessionBallots_CouncilSessions_CouncilSessionId",
                        column: x => x.CouncilSessionId,
                        principalTable: "CouncilSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }
    }
}
