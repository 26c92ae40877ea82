using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Emulation.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class pipelineExplanationsAsData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Explanations written as text before they were kept as data stay readable as LegacyExplanation (a nomination
            // added by hand held its reason there, which AddedReason keeps); the Explanation column then holds JSON only.
            migrationBuilder.AddColumn<string>(
                name: "LegacyExplanation",
                table: "Nominations",
                type: "TEXT",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.Sql("UPDATE Nominations SET LegacyExplanation = Explanation WHERE AddedReason IS NULL");

            migrationBuilder.AlterColumn<string>(
                name: "Explanation",
                table: "Nominations",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 8000);

            migrationBuilder.Sql("UPDATE Nominations SET Explanation = NULL");

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "CouncilSessionAgenda",
                type: "TEXT",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to text: the legacy text, or a hand-added nomination's reason; explanations kept as data are lost.
            migrationBuilder.Sql("UPDATE Nominations SET Explanation = COALESCE(LegacyExplanation, AddedReason, '')");

            migrationBuilder.AlterColumn<string>(
                name: "Explanation",
                table: "Nominations",
                type: "TEXT",
                maxLength: 8000,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.DropColumn(
                name: "LegacyExplanation",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "CouncilSessionAgenda");
        }
    }
}
