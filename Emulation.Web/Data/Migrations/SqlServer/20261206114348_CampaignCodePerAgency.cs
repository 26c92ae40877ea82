using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Emulation.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CampaignCodePerAgency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Campaigns_AgencyId",
                table: "Campaigns");

            migrationBuilder.DropIndex(
                name: "IX_Campaigns_FoldedCode",
                table: "Campaigns");

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_AgencyId_FoldedCode",
                table: "Campaigns",
                columns: new[] { "AgencyId", "FoldedCode" },
                unique: true,
                filter: "[AgencyId] IS NOT NULL AND [FoldedCode] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Campaigns_AgencyId_FoldedCode",
                table: "Campaigns");

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_AgencyId",
                table: "Campaigns",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_FoldedCode",
                table: "Campaigns",
                column: "FoldedCode",
                unique: true,
                filter: "[FoldedCode] IS NOT NULL");
        }
    }
}
