using System.IO.Compression;
using System.Text;

namespace Emulation.Tests.Hostile;

/// <summary>
/// Hostile xlsx files, written here so that none is kept on disk: each is a real zip with a minimal workbook, small
/// once compressed and huge once unpacked or parsed. Shared by the hostile-input tests and the import memory benchmark
/// (bench/Emulation.Benchmarks links this file).
/// </summary>
public static class HostileWorkbooks
{
    /// <summary>
    /// A sheet of <paramref name="rows"/> identical rows of two cells, without row or cell references, so that they
    /// compress to almost nothing (two million rows: under 1 MB).
    /// </summary>
    public static byte[] ScoringTableOfRows(string sheetName, int rows) => Workbook(sheetName, sheet =>
    {
        using var xml = Writer(sheet);
        xml.Write("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        for (var r = 1; r <= rows; r++)
        {
            xml.Write("""<row><c t="inlineStr"><is><t>C</t></is></c><c><v>1</v></c></row>""");
        }

        xml.Write("</sheetData></worksheet>");
    });

    /// <summary>One sheet whose cell A2 holds <paramref name="characters"/> letters 'A' (1 GB compresses to about 1 MB).</summary>
    public static byte[] OneHugeCell(string sheetName, long characters) => Workbook(sheetName, sheet =>
    {
        sheet.Write("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Mã cán bộ</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>"""u8);
        var block = new byte[1024 * 1024];
        Array.Fill(block, (byte)'A');
        for (var left = characters; left > 0; left -= block.Length)
        {
            sheet.Write(block, 0, (int)Math.Min(block.Length, left));
        }

        sheet.Write("</t></is></c></row></sheetData></worksheet>"u8);
    });

    /// <summary>A sheet of <paramref name="rows"/> × <paramref name="columns"/> empty cells, its dimension saying so.</summary>
    public static byte[] WideSheet(string sheetName, int rows, int columns) => Workbook(sheetName, sheet =>
    {
        using var xml = Writer(sheet);
        xml.Write($"""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:{ColumnName(columns)}{rows}"/><sheetData>""");
        var row = new StringBuilder();
        for (var c = 0; c < columns; c++)
        {
            row.Append("<c/>");
        }

        var cells = row.ToString();
        for (var r = 1; r <= rows; r++)
        {
            xml.Write($"<row>{cells}</row>");
        }

        xml.Write("</sheetData></worksheet>");
    });

    /// <summary>The same wide sheet without a dimension, so only counting the cells while reading can find it.</summary>
    public static byte[] WideSheetWithoutDimension(string sheetName, int rows, int columns) => Workbook(sheetName, sheet =>
    {
        using var xml = Writer(sheet);
        xml.Write("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        var cells = string.Concat(Enumerable.Repeat("<c/>", columns));
        for (var r = 1; r <= rows; r++)
        {
            xml.Write($"<row>{cells}</row>");
        }

        xml.Write("</sheetData></worksheet>");
    });

    /// <summary>A small valid sheet plus <paramref name="parts"/> tiny extra parts.</summary>
    public static byte[] ManyParts(string sheetName, int parts) => Workbook(sheetName, sheet =>
        sheet.Write("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>"""u8),
        archive =>
        {
            for (var i = 0; i < parts; i++)
            {
                using var part = archive.CreateEntry($"customXml/item{i}.xml", CompressionLevel.Fastest).Open();
                part.Write("<a/>"u8);
            }
        });

    /// <summary>A shared string table of <paramref name="strings"/> distinct short texts.</summary>
    public static byte[] ManySharedStrings(string sheetName, int strings) => Workbook(sheetName, sheet =>
        sheet.Write("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>"""u8),
        archive =>
        {
            using var xml = Writer(archive.CreateEntry("xl/sharedStrings.xml", CompressionLevel.Optimal).Open());
            xml.Write("""<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""");
            for (var i = 0; i < strings; i++)
            {
                xml.Write($"<si><t>{i}</t></si>");
            }

            xml.Write("</sst>");
        });

    /// <summary>A sheet with one cell of <paramref name="characters"/> letters, well inside every size limit.</summary>
    public static byte[] LongCell(string sheetName, int characters) => Workbook(sheetName, sheet =>
    {
        using var xml = Writer(sheet);
        xml.Write($"""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>{new string('x', characters)}</t></is></c></row></sheetData></worksheet>""");
    });

    /// <summary>A sheet whose single row claims to be row <paramref name="rowNumber"/>.</summary>
    public static byte[] FarRow(string sheetName, int rowNumber) => Workbook(sheetName, sheet =>
    {
        using var xml = Writer(sheet);
        xml.Write($"""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="{rowNumber}"><c r="A{rowNumber}"><v>1</v></c></row></sheetData></worksheet>""");
    });

    public static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }

        return name;
    }

    private static StreamWriter Writer(Stream stream) => new(stream, new UTF8Encoding(false), 1 << 16);

    private static byte[] Workbook(string sheetName, Action<Stream> writeSheet, Action<ZipArchive>? more = null)
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(archive, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Part(archive, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Part(archive, "xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Part(archive, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            using (var sheet = archive.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal).Open())
            {
                writeSheet(sheet);
            }

            more?.Invoke(archive);
        }

        return output.ToArray();
    }

    private static void Part(ZipArchive archive, string name, string xml)
    {
        using var writer = Writer(archive.CreateEntry(name, CompressionLevel.Optimal).Open());
        writer.Write(xml);
    }
}
