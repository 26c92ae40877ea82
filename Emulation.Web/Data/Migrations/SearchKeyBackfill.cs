using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Emulation.Web.Data.Migrations;

/// <summary>
/// Fills the search keys of the people and units already stored, for the LookupAndPublication migrations of both
/// providers. SQL has no portable way to drop Vietnamese marks, so each marked letter (both cases, stored composed:
/// CleanText keeps names in NFC) is replaced by its plain letter, then the key is lower-cased; the entities keep the
/// keys in step from then on. Frozen with those migrations: a later change belongs in a new migration.
/// </summary>
internal static class SearchKeyBackfill
{
    private static readonly (char Plain, string Marked)[] Letters =
    [
        ('a', "àáảãạăằắẳẵặâầấẩẫậ"), ('e', "èéẻẽẹêềếểễệ"), ('i', "ìíỉĩị"), ('o', "òóỏõọôồốổỗộơờớởỡợ"),
        ('u', "ùúủũụưừứửữự"), ('y', "ỳýỷỹỵ"), ('d', "đ"),
    ];

    public static void Fill(MigrationBuilder migrationBuilder, bool sqlServer)
    {
        foreach (var (table, name) in new[] { ("People", "FullName"), ("Units", "Name") })
        {
            var joined = sqlServer
                ? $"LTRIM(RTRIM([{name}] + N' ' + COALESCE([Code], N'')))"
                : $"trim(\"{name}\" || ' ' || COALESCE(\"Code\", ''))";
            var sql = new StringBuilder();
            sql.Append(CultureInfo.InvariantCulture, $"UPDATE {Quote(table, sqlServer)} SET {Quote("SearchKey", sqlServer)} = {joined};\n");
            foreach (var (plain, marked) in Letters)
            {
                foreach (var letter in marked.SelectMany(c => new[] { c, char.ToUpperInvariant(c) }).Distinct())
                {
                    sql.Append(CultureInfo.InvariantCulture,
                        $"UPDATE {Quote(table, sqlServer)} SET {Quote("SearchKey", sqlServer)} = REPLACE({Quote("SearchKey", sqlServer)}, {Text(letter, sqlServer)}, {Text(plain, sqlServer)});\n");
                }
            }

            sql.Append(CultureInfo.InvariantCulture,
                $"UPDATE {Quote(table, sqlServer)} SET {Quote("SearchKey", sqlServer)} = LOWER({Quote("SearchKey", sqlServer)});\n");
            migrationBuilder.Sql(sql.ToString());
        }
    }

    private static string Quote(string name, bool sqlServer) => sqlServer ? $"[{name}]" : $"\"{name}\"";

    private static string Text(char c, bool sqlServer) => sqlServer ? $"N'{c}'" : $"'{c}'";
}
