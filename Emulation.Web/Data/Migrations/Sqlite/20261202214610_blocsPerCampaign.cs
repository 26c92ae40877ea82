using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Emulation.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class blocsPerCampaign : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Blocs_Code",
                table: "Blocs");

            migrationBuilder.AddColumn<int>(
                name: "CampaignId",
                table: "Blocs",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "BlocMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    BlocId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BlocMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BlocMembers_Blocs_BlocId",
                        column: x => x.BlocId,
                        principalTable: "Blocs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BlocMembers_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BlocMembers_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Blocs_CampaignId_Code",
                table: "Blocs",
                columns: new[] { "CampaignId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BlocMembers_BlocId",
                table: "BlocMembers",
                column: "BlocId");

            migrationBuilder.CreateIndex(
                name: "IX_BlocMembers_CampaignId_UnitId",
                table: "BlocMembers",
                columns: new[] { "CampaignId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BlocMembers_UnitId",
                table: "BlocMembers",
                column: "UnitId");

            // HAND-WRITTEN DATA MOVE (keep when regenerating the schema part): every campaign gets its own copy of the
            // organisation's blocs and members.
            BlocsPerCampaignDataMove.Up(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // HAND-WRITTEN DATA MOVE (keep when regenerating the schema part): back to the organisation's blocs.
            BlocsPerCampaignDataMove.Down(migrationBuilder);

            migrationBuilder.DropTable(
                name: "BlocMembers");

            migrationBuilder.DropIndex(
                name: "IX_Blocs_CampaignId_Code",
                table: "Blocs");

            migrationBuilder.DropColumn(
                name: "CampaignId",
                table: "Blocs");

            migrationBuilder.CreateIndex(
                name: "IX_Blocs_Code",
                table: "Blocs",
                column: "Code",
                unique: true);
        }
    }
}
