using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Emulation.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FoldedCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FoldedCode",
                table: "Units",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "FoldedCode",
                table: "People",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FoldedCode",
                table: "Criteria",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "FoldedCode",
                table: "Campaigns",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FoldedCode",
                table: "Blocs",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            // Existing codes get their folded form here: SQL Server's UPPER folds every letter of an nvarchar, Vietnamese
            // ones included. Under a case-insensitive collation (the default) codes that fold alike cannot be stored twice
            // already: the unique index on Code refused them.
            foreach (var table in new[] { "Units", "People", "Criteria", "Campaigns", "Blocs" })
            {
                migrationBuilder.Sql($"UPDATE [{table}] SET [FoldedCode] = UPPER([Code]) WHERE [Code] IS NOT NULL;");
            }

            migrationBuilder.CreateIndex(
                name: "IX_Units_FoldedCode",
                table: "Units",
                column: "FoldedCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_People_FoldedCode",
                table: "People",
                column: "FoldedCode",
                unique: true,
                filter: "[FoldedCode] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Criteria_CampaignId_FoldedCode",
                table: "Criteria",
                columns: new[] { "CampaignId", "FoldedCode" },
                unique: true,
                filter: "[CampaignId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_FoldedCode",
                table: "Campaigns",
                column: "FoldedCode",
                unique: true,
                filter: "[FoldedCode] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Blocs_CampaignId_FoldedCode",
                table: "Blocs",
                columns: new[] { "CampaignId", "FoldedCode" },
                unique: true,
                filter: "[FoldedCode] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Units_FoldedCode",
                table: "Units");

            migrationBuilder.DropIndex(
                name: "IX_People_FoldedCode",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_Criteria_CampaignId_FoldedCode",
                table: "Criteria");

            migrationBuilder.DropIndex(
                name: "IX_Campaigns_FoldedCode",
                table: "Campaigns");

            migrationBuilder.DropIndex(
                name: "IX_Blocs_CampaignId_FoldedCode",
                table: "Blocs");

            migrationBuilder.DropColumn(
                name: "FoldedCode",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "FoldedCode",
                table: "People");

            migrationBuilder.DropColumn(
                name: "FoldedCode",
                table: "Criteria");

            migrationBuilder.DropColumn(
                name: "FoldedCode",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "FoldedCode",
                table: "Blocs");
        }
    }
}
