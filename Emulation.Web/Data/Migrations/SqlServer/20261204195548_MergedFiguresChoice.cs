using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Emulation.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class MergedFiguresChoice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FiguresCombinations",
                columns: table => new
                {
                    CampaignId = table.Column<int>(type: "int", nullable: false),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    How = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    FromUnitId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FiguresCombinations", x => new { x.CampaignId, x.UnitId });
                    table.ForeignKey(
                        name: "FK_FiguresCombinations_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FiguresCombinations_Units_FromUnitId",
                        column: x => x.FromUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FiguresCombinations_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FiguresCombinations_FromUnitId",
                table: "FiguresCombinations",
                column: "FromUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_FiguresCombinations_UnitId",
                table: "FiguresCombinations",
                column: "UnitId");

            // Data (hand-written): a merger made before now recorded no choice, and its successor's figures cannot tell
            // it (the successor's head may have changed them since), so it keeps the default, adding up ("Cộng dồn"), in
            // each campaign past its draft where the successor takes part.
            migrationBuilder.Sql("""
                INSERT INTO [FiguresCombinations] ([CampaignId], [UnitId], [How], [FromUnitId])
                SELECT DISTINCT m.[CampaignId], m.[UnitId], N'Sum', NULL
                FROM [BlocMembers] AS m
                JOIN [Campaigns] AS c ON c.[Id] = m.[CampaignId]
                WHERE c.[Status] <> N'Draft'
                  AND EXISTS (SELECT 1 FROM [UnitLineages] AS l WHERE l.[SuccessorId] = m.[UnitId] AND l.[Kind] = N'Merged');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FiguresCombinations");
        }
    }
}
