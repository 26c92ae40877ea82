using Emulation.Web.Documents.Excel;

namespace Emulation.Web.Services.Imports;

/// <summary>
/// The outcome of a staff results import. When <see cref="Errors"/> is not empty nothing was saved; otherwise every
/// row was: <see cref="Added"/> new records and <see cref="Updated"/> changed ones.
/// </summary>
public sealed record StaffImportReport(IReadOnlyList<ImportRowError> Errors, int RowsRead, int Added, int Updated)
{
    public bool IsSuccess => Errors.Count == 0;

    public static StaffImportReport Failed(IReadOnlyList<ImportRowError> errors, int rowsRead) => new(errors, rowsRead, 0, 0);
}
