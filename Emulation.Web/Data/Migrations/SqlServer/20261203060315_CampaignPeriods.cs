using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Emulation.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CampaignPeriods : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "EndsOn",
                table: "Campaigns",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StartsOn",
                table: "Campaigns",
                type: "date",
                nullable: true);

            // Data move (hand-written): a thematic campaign ran from the first day of its recorded start year (or of
            // its own year) to the last day of its year.
            migrationBuilder.Sql("""
                UPDATE [Campaigns]
                SET [StartsOn] = DATEFROMPARTS(COALESCE([ThematicStartYear], [Year]), 1, 1),
                    [EndsOn] = DATEFROMPARTS([Year], 12, 31)
                WHERE [Kind] = N'Thematic';
                """);

            migrationBuilder.DropColumn(
                name: "ThematicStartYear",
                table: "Campaigns");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EndsOn",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "StartsOn",
                table: "Campaigns");

            migrationBuilder.AddColumn<int>(
                name: "ThematicStartYear",
                table: "Campaigns",
                type: "int",
                nullable: true);
        }
    }
}
