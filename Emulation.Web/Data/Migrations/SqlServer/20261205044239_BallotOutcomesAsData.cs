using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Emulation.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class BallotOutcomesAsData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The Vietnamese ballot texts recorded so far stay readable under their new name (a rename, no table rebuild).
            migrationBuilder.RenameColumn(
                name: "BallotExplanation",
                table: "Nominations",
                newName: "LegacyBallotExplanation");

            // The council's decision and its facts as data (JSON), worded in the reader's language; null before.
            migrationBuilder.AddColumn<string>(
                name: "BallotOutcome",
                table: "Nominations",
                type: "nvarchar(max)",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to text: the texts recorded before come back; outcomes kept as data since are lost.
            migrationBuilder.DropColumn(
                name: "BallotOutcome",
                table: "Nominations");

            migrationBuilder.RenameColumn(
                name: "LegacyBallotExplanation",
                table: "Nominations",
                newName: "BallotExplanation");
        }
    }
}
