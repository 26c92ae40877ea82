using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;

namespace Emulation.Web.Documents.Excel;

/// <summary>
/// Every workbook the app writes passes here last: a text cell that begins with = + - @, a tab or a carriage return
/// (a name or reason someone typed) gets a copy of its cell style with <c>quotePrefix="1"</c>, the file format's own
/// leading apostrophe. The text stays exactly as typed, and no spreadsheet treats it as a formula, not even when the
/// cell is edited and confirmed.
/// </summary>
public static class FormulaSafeWorkbook
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>Whether a spreadsheet would read <paramref name="text"/> as the start of a formula.</summary>
    public static bool LooksLikeFormula(string? text) => text is { Length: > 0 } && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    public static byte[] QuoteFormulaLikeText(byte[] workbook)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        using var input = new ZipArchive(new MemoryStream(workbook, writable: false), ZipArchiveMode.Read);
        var shared = input.GetEntry("xl/sharedStrings.xml") is { } sst
            ? Load(sst).Root!.Elements(Main + "si").Select(si => string.Concat(si.Descendants(Main + "t").Select(t => t.Value))).ToList()
            : [];
        var stylesEntry = input.GetEntry("xl/styles.xml");
        var styles = stylesEntry is null ? null : Load(stylesEntry);
        var cellXfs = styles?.Root!.Element(Main + "cellXfs");
        var styleCount = cellXfs?.Elements(Main + "xf").Count() ?? 0;

        var sheets = new Dictionary<string, XDocument>(StringComparer.Ordinal);
        foreach (var entry in input.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) &&
                     e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            var sheet = Load(entry);
            var changed = false;
            foreach (var cell in sheet.Descendants(Main + "c").Where(c => LooksLikeFormula(TextOf(c, shared))))
            {
                var style = int.TryParse((string?)cell.Attribute("s"), CultureInfo.InvariantCulture, out var s) ? s : 0;
                cell.SetAttributeValue("s", (styleCount + style).ToString(CultureInfo.InvariantCulture));
                changed = true;
            }

            if (changed)
            {
                sheets[entry.FullName] = sheet;
            }
        }

        if (sheets.Count == 0 || cellXfs is null)
        {
            return workbook;
        }

        // One quoted copy per existing style, at index styleCount + i, so every cell keeps its own look.
        var originals = cellXfs.Elements(Main + "xf").ToList();
        foreach (var xf in originals)
        {
            var copy = new XElement(xf);
            copy.SetAttributeValue("quotePrefix", "1");
            cellXfs.Add(copy);
        }

        cellXfs.SetAttributeValue("count", (originals.Count * 2).ToString(CultureInfo.InvariantCulture));

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var replacement = entry.FullName == "xl/styles.xml" ? styles : sheets.GetValueOrDefault(entry.FullName);
                using var target = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal).Open();
                if (replacement is not null)
                {
                    replacement.Save(target, SaveOptions.DisableFormatting);
                }
                else
                {
                    using var source = entry.Open();
                    source.CopyTo(target);
                }
            }
        }

        return output.ToArray();
    }

    private static XDocument Load(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    private static string? TextOf(XElement cell, List<string> shared) => (string?)cell.Attribute("t") switch
    {
        "inlineStr" => string.Concat(cell.Descendants(Main + "t").Select(t => t.Value)),
        "str" => cell.Element(Main + "v")?.Value,
        "s" when int.TryParse(cell.Element(Main + "v")?.Value, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count => shared[i],
        _ => null,
    };
}
