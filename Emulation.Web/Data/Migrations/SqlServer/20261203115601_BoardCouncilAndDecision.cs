using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Emulation.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class BoardCouncilAndDecision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CouncilSessions_OneOpenPerCampaign",
                table: "CouncilSessions");

            migrationBuilder.AddColumn<int>(
                name: "ProposalId",
                table: "Decisions",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ProposalId",
                table: "CouncilSessions",
                type: "int",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_ProposalId",
                table: "Decisions",
                column: "ProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilSessions_OneOpenPerCampaign",
                table: "CouncilSessions",
                column: "CampaignId",
                unique: true,
                filter: "\"Status\" = 'Open' AND \"ProposalId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilSessions_OneOpenPerProposal",
                table: "CouncilSessions",
                column: "ProposalId",
                unique: true,
                filter: "\"Status\" = 'Open' AND \"ProposalId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Decisions_ProposalId",
                table: "Decisions");

            migrationBuilder.DropIndex(
                name: "IX_CouncilSessions_OneOpenPerCampaign",
                table: "CouncilSessions");

            migrationBuilder.DropIndex(
                name: "IX_CouncilSessions_OneOpenPerProposal",
                table: "CouncilSessions");

            migrationBuilder.DropColumn(
                name: "ProposalId",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "ProposalId",
                table: "CouncilSessions");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilSessions_OneOpenPerCampaign",
                table: "CouncilSessions",
                column: "CampaignId",
                unique: true,
                filter: "\"Status\" = 'Open'");
        }
    }
}
