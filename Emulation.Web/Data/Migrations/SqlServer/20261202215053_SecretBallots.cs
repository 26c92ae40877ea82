using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Emulation.Web.Data.Migrations.SqlServer
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
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CouncilBallotContents",
                columns: table => new
                {
                    Receipt = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    CouncilSessionId = table.Column<int>(type: "int", nullable: false),
                    NominationId = table.Column<int>(type: "int", nullable: false),
                    Choice = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilBallotContents", x => new { x.CouncilSessionId, x.Receipt });
                    table.ForeignKey(
                        name: "FK_CouncilBallotContents_CouncilSessions_CouncilSessionId",
                        column: x => x.CouncilSessionId,
                        principalTable: "CouncilSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CouncilSessionParticipations",
                columns: table => new
                {
                    NominationId = table.Column<int>(type: "int", nullable: false),
                    MemberUserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CouncilSessionId = table.Column<int>(type: "int", nullable: false),
                    Written = table.Column<bool>(type: "bit", nullable: false)
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
            // Contents go in in random order (and are clustered by the random seal); every tally stays the same, and
            // decided sessions keep their stored outcomes.
            migrationBuilder.Sql(
                """
                INSERT INTO [CouncilSessionParticipations] ([CouncilSessionId], [NominationId], [MemberUserName], [Written])
                SELECT [CouncilSessionId], [NominationId], [MemberUserName], [Written] FROM [CouncilSessionBallots];
                """);
            migrationBuilder.Sql(
                """
                INSERT INTO [CouncilBallotContents] ([CouncilSessionId], [Receipt], [NominationId], [Choice])
                SELECT [CouncilSessionId], LOWER(CONVERT(varchar(64), CRYPT_GEN_RANDOM(32), 2)), [NominationId], [Choice]
                FROM [CouncilSessionBallots] ORDER BY NEWID();
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
                    CouncilSessionId = table.Column<int>(type: "int", nullable: false),
                    NominationId = table.Column<int>(type: "int", nullable: false),
                    MemberUserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CastAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Choice = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Written = table.Column<bool>(type: "bit", nullable: false)
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
