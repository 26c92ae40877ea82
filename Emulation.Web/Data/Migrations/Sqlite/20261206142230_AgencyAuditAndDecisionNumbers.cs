using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Emulation.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AgencyAuditAndDecisionNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Decisions_IssuerName_Year_Number",
                table: "Decisions");

            migrationBuilder.AddColumn<int>(
                name: "IssuingUnitId",
                table: "Decisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "UnitId",
                table: "AuditEntries",
                type: "INTEGER",
                nullable: true);

            // Decisions issued so far belong to their issuer: a board's on a dossier to the board, a campaign's to the
            // campaign's agency, one outside a campaign to the deployment's only agency (0 where that cannot be told).
            migrationBuilder.Sql(@"UPDATE Decisions SET IssuingUnitId = COALESCE((SELECT p.ReceivingUnitId FROM Proposals p WHERE p.Id = Decisions.ProposalId), 0)
WHERE ProposalId IS NOT NULL;");
            migrationBuilder.Sql(@"UPDATE Decisions SET IssuingUnitId = COALESCE((SELECT c.AgencyId FROM Campaigns c WHERE c.Id = Decisions.CampaignId), 0)
WHERE ProposalId IS NULL AND CampaignId IS NOT NULL;");
            migrationBuilder.Sql(@"UPDATE Decisions SET IssuingUnitId = (SELECT MIN(u.Id) FROM Units u WHERE u.Kind = 'Agency')
WHERE IssuingUnitId = 0 AND ProposalId IS NULL AND CampaignId IS NULL AND (SELECT COUNT(*) FROM Units u WHERE u.Kind = 'Agency') = 1;");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_IssuingUnitId_IssuerName_Year_Number",
                table: "Decisions",
                columns: new[] { "IssuingUnitId", "IssuerName", "Year", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UnitId",
                table: "AuditEntries",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Decisions_IssuingUnitId_IssuerName_Year_Number",
                table: "Decisions");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_UnitId",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "IssuingUnitId",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "UnitId",
                table: "AuditEntries");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_IssuerName_Year_Number",
                table: "Decisions",
                columns: new[] { "IssuerName", "Year", "Number" },
                unique: true);
        }
    }
}
