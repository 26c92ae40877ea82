using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Emulation.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PledgeTargetsAndResultValuesAsJson : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Values",
                table: "UnitResults",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Targets",
                table: "Pledges",
                type: "TEXT",
                nullable: true);

            // Carry every target and value into the new JSON columns before the child tables go (SQLite keeps decimals
            // as text, in JSON too).
            migrationBuilder.Sql("""
                UPDATE "Pledges" SET "Targets" = (
                    SELECT json_group_array(json_object('CriterionCode', t."CriterionCode", 'Target', t."Target"))
                    FROM "PledgeTargets" AS t WHERE t."PledgeId" = "Pledges"."Id");
                UPDATE "UnitResults" SET "Values" = (
                    SELECT json_group_array(json_object('CriterionCode', v."CriterionCode", 'Value', v."Value"))
                    FROM "ResultValues" AS v WHERE v."UnitResultId" = "UnitResults"."Id");
                """);

            migrationBuilder.DropTable(
                name: "PledgeTargets");

            migrationBuilder.DropTable(
                name: "ResultValues");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Values",
                table: "UnitResults");

            migrationBuilder.DropColumn(
                name: "Targets",
                table: "Pledges");

            migrationBuilder.CreateTable(
                name: "PledgeTargets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CriterionCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PledgeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Target = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PledgeTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PledgeTargets_Pledges_PledgeId",
                        column: x => x.PledgeId,
                        principalTable: "Pledges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResultValues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CriterionCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UnitResultId = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResultValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResultValues_UnitResults_UnitResultId",
                        column: x => x.UnitResultId,
                        principalTable: "UnitResults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PledgeTargets_PledgeId",
                table: "PledgeTargets",
                column: "PledgeId");

            migrationBuilder.CreateIndex(
                name: "IX_ResultValues_UnitResultId",
                table: "ResultValues",
                column: "UnitResultId");
        }
    }
}
