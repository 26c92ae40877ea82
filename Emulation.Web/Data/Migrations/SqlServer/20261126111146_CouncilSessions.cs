using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Emulation.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CouncilSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AddedAt",
                table: "Nominations",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AddedBy",
                table: "Nominations",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AddedReason",
                table: "Nominations",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ConsultationEndsAt",
                table: "Nominations",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ConsultationLastDay",
                table: "Nominations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawalReason",
                table: "Nominations",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "WithdrawnAt",
                table: "Nominations",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnBy",
                table: "Nominations",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PersonId",
                table: "AspNetUsers",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CouncilSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CampaignId = table.Column<int>(type: "int", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ChairUserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    SecretaryName = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    OpenedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ClosedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CouncilSessions_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CouncilSessionAgenda",
                columns: table => new
                {
                    NominationId = table.Column<int>(type: "int", nullable: false),
                    CouncilSessionId = table.Column<int>(type: "int", nullable: false),
                    PersonId = table.Column<int>(type: "int", nullable: true),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilSessionAgenda", x => new { x.CouncilSessionId, x.NominationId });
                    table.ForeignKey(
                        name: "FK_CouncilSessionAgenda_CouncilSessions_CouncilSessionId",
                        column: x => x.CouncilSessionId,
                        principalTable: "CouncilSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CouncilSessionAgenda_Nominations_NominationId",
                        column: x => x.NominationId,
                        principalTable: "Nominations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CouncilSessionBallots",
                columns: table => new
                {
                    NominationId = table.Column<int>(type: "int", nullable: false),
                    MemberUserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CouncilSessionId = table.Column<int>(type: "int", nullable: false),
                    Choice = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CastAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "CouncilSessionMembers",
                columns: table => new
                {
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CouncilSessionId = table.Column<int>(type: "int", nullable: false),
                    FullName = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    PersonId = table.Column<int>(type: "int", nullable: true),
                    UnitId = table.Column<int>(type: "int", nullable: true),
                    Present = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilSessionMembers", x => new { x.CouncilSessionId, x.UserName });
                    table.ForeignKey(
                        name: "FK_CouncilSessionMembers_CouncilSessions_CouncilSessionId",
                        column: x => x.CouncilSessionId,
                        principalTable: "CouncilSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_PersonId",
                table: "AspNetUsers",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilSessionAgenda_NominationId",
                table: "CouncilSessionAgenda",
                column: "NominationId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilSessions_CampaignId_Status",
                table: "CouncilSessions",
                columns: new[] { "CampaignId", "Status" });

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_People_PersonId",
                table: "AspNetUsers",
                column: "PersonId",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUsers_People_PersonId",
                table: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "CouncilSessionAgenda");

            migrationBuilder.DropTable(
                name: "CouncilSessionBallots");

            migrationBuilder.DropTable(
                name: "CouncilSessionMembers");

            migrationBuilder.DropTable(
                name: "CouncilSessions");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_PersonId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "AddedAt",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "AddedBy",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "AddedReason",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "ConsultationEndsAt",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "ConsultationLastDay",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "WithdrawalReason",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "WithdrawnBy",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "PersonId",
                table: "AspNetUsers");
        }
    }
}
