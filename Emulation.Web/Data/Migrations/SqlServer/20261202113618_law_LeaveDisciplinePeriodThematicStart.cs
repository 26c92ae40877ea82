using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Emulation.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class law_LeaveDisciplinePeriodThematicStart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "DisciplineFrom",
                table: "StaffYearResults",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DisciplineTo",
                table: "StaffYearResults",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LeaveMonths",
                table: "StaffYearResults",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ThematicStartYear",
                table: "Campaigns",
                type: "int",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DisciplineFrom",
                table: "StaffYearResults");

            migrationBuilder.DropColumn(
                name: "DisciplineTo",
                table: "StaffYearResults");

            migrationBuilder.DropColumn(
                name: "LeaveMonths",
                table: "StaffYearResults");

            migrationBuilder.DropColumn(
                name: "ThematicStartYear",
                table: "Campaigns");
        }
    }
}
