using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Emulation.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class LongServiceOncePerPerson : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_SuddenProposals_LongServiceOncePerPerson",
                table: "SuddenProposals",
                columns: new[] { "PersonId", "Title" },
                unique: true,
                filter: "\"Kind\" = 'LongService' AND \"Status\" <> 'Rejected'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SuddenProposals_LongServiceOncePerPerson",
                table: "SuddenProposals");
        }
    }
}
