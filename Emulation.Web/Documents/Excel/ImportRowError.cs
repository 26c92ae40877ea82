using Emulation.Domain.Common;

namespace Emulation.Web.Documents.Excel;

/// <summary>
/// One problem found in an uploaded sheet: the sheet row (1 is the header; null for the whole file), the column
/// header it is in (null for the whole row or file) and the coded error.
/// </summary>
public sealed record ImportRowError(int? Row, string? Column, DomainError Error)
{
    public static ImportRowError ForFile(DomainError error) => new(null, null, error);

    public override string ToString() => $"row {Row?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}, {Column ?? "-"}: {Error}";
}
