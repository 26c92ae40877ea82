using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Emulation.Web.Data.Migrations.SqlServer
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
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Targets",
                table: "Pledges",
                type: "nvarchar(max)",
                nullable: true);

            // Carry every target and value into the new JSON columns before the child tables go.
            migrationBuilder.Sql("""
                UPDATE p SET [Targets] = COALESCE((
                    SELECT t.[CriterionCode], t.[Target] FROM [PledgeTargets] AS t WHERE t.[PledgeId] = p.[Id] FOR JSON PATH), '[]')
                FROM [Pledges] AS p;
                UPDATE r SET [Values] = COALESCE((
                    SELECT v.[CriterionCode], v.[Value] FROM [ResultValues] AS v WHERE v.[UnitResultId] = r.[Id] FOR JSON PATH), '[]')
                FROM [UnitResults] AS r;
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CriterionCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PledgeId = table.Column<int>(type: "int", nullable: false),
                    Target = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CriterionCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    UnitResultId = table.Column<int>(type: "int", nullable: false),
                    Value = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false)
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
