using Emulation.Domain.Common;

namespace Emulation.Web.Documents.Excel;

/// <summary>What an uploaded staff results sheet held: the rows that parsed, and every problem found.</summary>
public sealed record StaffResultsSheet(IReadOnlyList<StaffResultsSheetRow> Rows, IReadOnlyList<ImportRowError> Errors)
{
    /// <summary>True when the file as a whole was refused (too large, wrong template, empty): no row was read.</summary>
    public bool IsRefused => Rows.Count == 0 && Errors.Count > 0 && Errors.All(e => e.Row is null);

    public static StaffResultsSheet Refused(DomainError error) => new([], [ImportRowError.ForFile(error)]);
}
