namespace Emulation.Web.Documents.Excel;

/// <summary>Limits on uploaded spreadsheets, checked before anything is parsed (configuration section <see cref="Section"/>).</summary>
public sealed class ExcelImportOptions
{
    public const string Section = "Emulation:Import";

    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    public int MaxRows { get; set; } = 20_000;
}
