using System.IO.Compression;
using System.Xml.Linq;
using Emulation.Domain.Campaigns;
using Emulation.Web.Documents.Excel;

namespace Emulation.Tests.Hostile;

/// <summary>
/// Issue #16, item 9: text that a spreadsheet would read as a formula (= + - @, tab, CR first) is written with the
/// format's leading apostrophe (quotePrefix) in every workbook the app writes, and reads back exactly as typed.
/// </summary>
public sealed class FormulaCellTests
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>Each text cell of the first sheet with whether its style carries quotePrefix.</summary>
    private static Dictionary<string, bool> QuotedByText(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        XDocument Load(string name)
        {
            using var stream = zip.GetEntry(name)!.Open();
            return XDocument.Load(stream);
        }

        var xfs = Load("xl/styles.xml").Root!.Element(Main + "cellXfs")!.Elements(Main + "xf").ToList();
        var result = new Dictionary<string, bool>();
        foreach (var cell in Load("xl/worksheets/sheet1.xml").Descendants(Main + "c").Where(c => (string?)c.Attribute("t") is "str" or "inlineStr"))
        {
            var style = (int?)cell.Attribute("s") ?? 0;
            var text = (string?)cell.Attribute("t") == "str" ? cell.Element(Main + "v")!.Value : string.Concat(cell.Descendants(Main + "t").Select(t => t.Value));
            result.TryAdd(text, (string?)xfs[style].Attribute("quotePrefix") == "1");
        }

        return result;
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"Bấm\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    public async Task ScoringTable_WritesFormulaLikeText_AsQuotedText_AndReadsItBack(string name)
    {
        var workbook = ScoringTableWorkbook.Build([Criterion.Scored("A1", name, "Nhóm I", 100, "lần")]);

        var quoted = QuotedByText(workbook);
        await using var upload = new MemoryStream(workbook);
        var sheet = await ScoringTableWorkbook.ReadAsync(upload, new ExcelImportOptions(), CancellationToken.None);

        Assert.True(quoted[name], "the formula-like name is quoted");
        Assert.False(quoted["Nhóm I"], "ordinary text is left alone");
        Assert.Equal(name, Assert.Single(sheet.Criteria).Criterion.Name);
    }

    [Theory]
    [InlineData("=1+1", true)]
    [InlineData("@x", true)]
    [InlineData("\rx", true)]
    [InlineData("\tx", true)]
    [InlineData("Nguyễn Văn A", false)]
    [InlineData("", false)]
    public void LooksLikeFormula_ByItsFirstCharacter(string text, bool expected) =>
        Assert.Equal(expected, FormulaSafeWorkbook.LooksLikeFormula(text));
}
