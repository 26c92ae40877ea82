using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Emulation.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class pipelineExplanationsAsData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The text explanations made so far stay readable under their new name (no table rebuild: a rename and new
            // columns only). A nomination added by hand held its reason there too; AddedReason keeps it, so it is cleared.
            migrationBuilder.RenameColumn(
                name: "Explanation",
                table: "Nominations",
                newName: "LegacyExplanation");

            migrationBuilder.Sql("UPDATE Nominations SET LegacyExplanation = '' WHERE AddedReason IS NOT NULL");

            // The engine's explanation as data (JSON); null for a nomination added by hand or made before.
            migrationBuilder.AddColumn<string>(
                name: "Explanation",
                table: "Nominations",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "CouncilSessionAgenda",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to text: the legacy text, or a hand-added nomination's reason; explanations kept as data are lost.
            migrationBuilder.Sql("UPDATE Nominations SET LegacyExplanation = AddedReason WHERE AddedReason IS NOT NULL");

            migrationBuilder.DropColumn(
                name: "Explanation",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "CouncilSessionAgenda");

            migrationBuilder.RenameColumn(
                name: "LegacyExplanation",
                table: "Nominations",
                newName: "Explanation");
        }
    }
}
