using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Emulation.Web.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StartsOn",
                table: "Campaigns",
                type: "TEXT",
                nullable: true);

            // Data move (hand-written): a thematic campaign ran from the first day of its recorded start year (or of
            // its own year) to the last day of its year.
            migrationBuilder.Sql("""
                UPDATE "Campaigns"
                SET "StartsOn" = printf('%04d-01-01', COALESCE("ThematicStartYear", "Year")),
                    "EndsOn" = printf('%04d-12-31', "Year")
                WHERE "Kind" = 'Thematic';
                """);

            // SQLite drops the column in place (no index or key uses it), where EF would rebuild the Campaigns table
            // outside a transaction.
            migrationBuilder.Sql("ALTER TABLE \"Campaigns\" DROP COLUMN \"ThematicStartYear\";");
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
                type: "INTEGER",
                nullable: true);
        }
    }
}
