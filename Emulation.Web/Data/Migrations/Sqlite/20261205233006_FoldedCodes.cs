using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Emulation.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FoldedCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FoldedCode",
                table: "Units",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "FoldedCode",
                table: "People",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FoldedCode",
                table: "Criteria",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "FoldedCode",
                table: "Campaigns",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FoldedCode",
                table: "Blocs",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            // Existing codes get their folded form here. SQLite's UPPER folds only ASCII, so every Vietnamese lower-case
            // letter is first replaced by its capital (stored codes are already in NFC). Two codes that were stored as
            // two but fold alike (only a race could have made them) keep the first one's folded form; each later one
            // gets its row id appended, so the index can be built and no lookup of the code finds two rows.
            FillFoldedCodes(migrationBuilder, "Units", scope: null);
            FillFoldedCodes(migrationBuilder, "People", scope: null);
            FillFoldedCodes(migrationBuilder, "Criteria", scope: "CampaignId");
            FillFoldedCodes(migrationBuilder, "Campaigns", scope: null);
            FillFoldedCodes(migrationBuilder, "Blocs", scope: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_Units_FoldedCode",
                table: "Units",
                column: "FoldedCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_People_FoldedCode",
                table: "People",
                column: "FoldedCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Criteria_CampaignId_FoldedCode",
                table: "Criteria",
                columns: new[] { "CampaignId", "FoldedCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_FoldedCode",
                table: "Campaigns",
                column: "FoldedCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Blocs_CampaignId_FoldedCode",
                table: "Blocs",
                columns: new[] { "CampaignId", "FoldedCode" },
                unique: true);
        }

        private const string VietnameseLowerCase =
            "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";

        private static void FillFoldedCodes(MigrationBuilder migrationBuilder, string table, string scope)
        {
            var folded = "\"Code\"";
            foreach (var letter in VietnameseLowerCase)
            {
                folded = $"replace({folded}, '{letter}', '{char.ToUpperInvariant(letter)}')";
            }

            migrationBuilder.Sql($"UPDATE \"{table}\" SET \"FoldedCode\" = upper({folded}) WHERE \"Code\" IS NOT NULL;");
            var sameScope = scope is null ? "" : $" AND earlier.\"{scope}\" = \"{table}\".\"{scope}\"";
            // Without an index the search for an earlier equal code reads the whole table for every row: 100,000 people
            // took longer than ten minutes. A temporary index makes each search one seek; the unique one follows below.
            var searchIndex = $"\"IX_{table}_FoldedCodeSearch\"";
            var searchColumns = scope is null ? "\"FoldedCode\"" : $"\"{scope}\", \"FoldedCode\"";
            migrationBuilder.Sql($"CREATE INDEX {searchIndex} ON \"{table}\" ({searchColumns}, \"Id\");");
            migrationBuilder.Sql(
                $"UPDATE \"{table}\" SET \"FoldedCode\" = \"FoldedCode\" || '#' || \"Id\" WHERE EXISTS (SELECT 1 FROM \"{table}\" AS earlier " +
                $"WHERE earlier.\"FoldedCode\" = \"{table}\".\"FoldedCode\" AND earlier.\"Id\" < \"{table}\".\"Id\"{sameScope});");
            migrationBuilder.Sql($"DROP INDEX {searchIndex};");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Units_FoldedCode",
                table: "Units");

            migrationBuilder.DropIndex(
                name: "IX_People_FoldedCode",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_Criteria_CampaignId_FoldedCode",
                table: "Criteria");

            migrationBuilder.DropIndex(
                name: "IX_Campaigns_FoldedCode",
                table: "Campaigns");

            migrationBuilder.DropIndex(
                name: "IX_Blocs_CampaignId_FoldedCode",
                table: "Blocs");

            migrationBuilder.DropColumn(
                name: "FoldedCode",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "FoldedCode",
                table: "People");

            migrationBuilder.DropColumn(
                name: "FoldedCode",
                table: "Criteria");

            migrationBuilder.DropColumn(
                name: "FoldedCode",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "FoldedCode",
                table: "Blocs");
        }
    }
}
