using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Emulation.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LookupAndPublication : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchKey",
                table: "Units",
                type: "TEXT",
                maxLength: 221,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchKey",
                table: "People",
                type: "TEXT",
                maxLength: 141,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "PublishedTitles",
                columns: table => new
                {
                    Title = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedTitles", x => x.Title);
                });

            // Hand-written data move (keep when regenerating the schema part): the search keys of the rows already
            // stored, folded in SQL; the entities keep them in step from here on.
            SearchKeyBackfill.Fill(migrationBuilder, sqlServer: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PublishedTitles");

            migrationBuilder.DropColumn(
                name: "SearchKey",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "SearchKey",
                table: "People");
        }
    }
}
