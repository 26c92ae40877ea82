using System.Data;
using System.Globalization;
using Emulation.Web.Documents.Excel;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Emulation.Web.Documents.Decisions;

/// <summary>One sheet with a header row and typed columns (text, whole numbers, money), for list exports.</summary>
public static class ListWorkbook
{
    public static byte[] Write(string sheetName, IReadOnlyList<(string Header, Type Type)> columns,
        IEnumerable<object?[]> rows)
    {
        using var table = new DataTable(sheetName) { Locale = CultureInfo.InvariantCulture };
        foreach (var (header, type) in columns)
        {
            table.Columns.Add(header, type);
        }

        foreach (var row in rows)
        {
            table.Rows.Add([.. row.Select(v => v ?? DBNull.Value)]);
        }

        using var output = new MemoryStream();
        output.SaveAs(new Dictionary<string, object> { [sheetName] = table }, configuration: new OpenXmlConfiguration
        {
            FastMode = true,
            EnableAutoWidth = true,
            FreezeRowCount = 1,
            TableStyles = TableStyles.None,
        });
        return FormulaSafeWorkbook.QuoteFormulaLikeText(output.ToArray());
    }
}
