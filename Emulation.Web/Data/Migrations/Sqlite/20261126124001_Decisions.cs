using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Emulation.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Decisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RevokedBasisNote",
                table: "Nominations",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "CashVnd",
                table: "Awards",
                type: "TEXT",
                precision: 18,
                scale: 0,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DecisionId",
                table: "Awards",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RevokedByDecisionId",
                table: "Awards",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RevokedOn",
                table: "Awards",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerificationCode",
                table: "Awards",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "Awards",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "Decisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignerPosition = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: true),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Decisions_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Awards_DecisionId",
                table: "Awards",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Awards_RevokedByDecisionId",
                table: "Awards",
                column: "RevokedByDecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Awards_VerificationCode",
                table: "Awards",
                column: "VerificationCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_CampaignId",
                table: "Decisions",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_IssuerName_Year_Number",
                table: "Decisions",
                columns: new[] { "IssuerName", "Year", "Number" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Awards_Decisions_DecisionId",
                table: "Awards",
                column: "DecisionId",
                principalTable: "Decisions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Awards_Decisions_RevokedByDecisionId",
                table: "Awards",
                column: "RevokedByDecisionId",
                principalTable: "Decisions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Awards_Decisions_DecisionId",
                table: "Awards");

            migrationBuilder.DropForeignKey(
                name: "FK_Awards_Decisions_RevokedByDecisionId",
                table: "Awards");

            migrationBuilder.DropTable(
                name: "Decisions");

            migrationBuilder.DropIndex(
                name: "IX_Awards_DecisionId",
                table: "Awards");

            migrationBuilder.DropIndex(
                name: "IX_Awards_RevokedByDecisionId",
                table: "Awards");

            migrationBuilder.DropIndex(
                name: "IX_Awards_VerificationCode",
                table: "Awards");

            migrationBuilder.DropColumn(
                name: "RevokedBasisNote",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "CashVnd",
                table: "Awards");

            migrationBuilder.DropColumn(
                name: "DecisionId",
                table: "Awards");

            migrationBuilder.DropColumn(
                name: "RevokedByDecisionId",
                table: "Awards");

            migrationBuilder.DropColumn(
                name: "RevokedOn",
                table: "Awards");

            migrationBuilder.DropColumn(
                name: "VerificationCode",
                table: "Awards");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Awards");
        }
    }
}
