using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Emulation.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UnitVersionAndFoldedCodesOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Units_Code",
                table: "Units");

            migrationBuilder.DropIndex(
                name: "IX_People_Code",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_Criteria_CampaignId_Code",
                table: "Criteria");

            migrationBuilder.DropIndex(
                name: "IX_Campaigns_Code",
                table: "Campaigns");

            migrationBuilder.DropIndex(
                name: "IX_Blocs_CampaignId_Code",
                table: "Blocs");

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "Units",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "Units");

            migrationBuilder.CreateIndex(
                name: "IX_Units_Code",
                table: "Units",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_People_Code",
                table: "People",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Criteria_CampaignId_Code",
                table: "Criteria",
                columns: new[] { "CampaignId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_Code",
                table: "Campaigns",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Blocs_CampaignId_Code",
                table: "Blocs",
                columns: new[] { "CampaignId", "Code" },
                unique: true);
        }
    }
}
