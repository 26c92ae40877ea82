namespace Emulation.Web.Documents.Excel;

/// <summary>
/// Limits on uploaded spreadsheets (configuration section <see cref="Section"/>), checked by <see cref="XlsxGuard"/>
/// while it streams the archive and before any reader builds rows in memory. The defaults are far above a real
/// template (a 20,000-person unit, a scoring table of a few hundred criteria) and far below what hurts the server.
/// </summary>
public sealed class ExcelImportOptions
{
    public const string Section = "Emulation:Import";

    /// <summary>The upload as sent (compressed).</summary>
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>All parts of the archive once unpacked, as declared and as actually read.</summary>
    public long MaxUnpackedBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>Files inside the archive (a workbook written by Excel has about 10 to 30).</summary>
    public int MaxParts { get; set; } = 200;

    /// <summary>Unpacked size over packed size of one part, checked for parts above <see cref="RatioCheckedFromBytes"/>.</summary>
    public int MaxCompressionRatio { get; set; } = 200;

    /// <summary>Parts smaller than this may compress as well as they like (styles, empty sheets).</summary>
    public long RatioCheckedFromBytes { get; set; } = 1024 * 1024;

    /// <summary>Rows of any sheet, the header row included.</summary>
    public int MaxRows { get; set; } = 20_000;

    /// <summary>Columns of any sheet (the highest column a cell or the sheet's dimension names).</summary>
    public int MaxColumns { get; set; } = 64;

    /// <summary>Cells of any sheet, empty ones included.</summary>
    public int MaxCells { get; set; } = 400_000;

    /// <summary>Entries of the shared string table.</summary>
    public int MaxSharedStrings { get; set; } = 400_000;

    /// <summary>Characters of one cell's text or one shared string.</summary>
    public int MaxCellCharacters { get; set; } = 4_000;
}
