using System.Data;
using System.Globalization;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Web.Resources;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Emulation.Web.Documents.Excel;

/// <summary>
/// A campaign's scoring table as a workbook: sheet <see cref="SheetName"/>, header row <see cref="Headers"/>, one
/// criterion per row. Kind and method are written as the app names them in Vietnamese ("Tiêu chí chấm điểm",
/// "Tỷ lệ theo chỉ tiêu"…) and read in either language's words or as the enum names of older sheets; bands are written "min % of target:% of max" separated by ';' (e.g. "100:100; 80:50").
/// </summary>
public static class ScoringTableWorkbook
{
    public const string SheetName = "BangChamDiem";
    public const string Code = "Mã";
    public const string Name = "Tên tiêu chí";
    public const string Group = "Nhóm";
    public const string Kind = "Loại";
    public const string Method = "Cách chấm";
    public const string MaxPoints = "Điểm tối đa";
    public const string PointsPerUnit = "Điểm mỗi đơn vị";
    public const string UnitOfMeasure = "Đơn vị tính";
    public const string Bands = "Khung điểm";

    public static IReadOnlyList<string> Headers { get; } =
        [Code, Name, Group, Kind, Method, MaxPoints, PointsPerUnit, UnitOfMeasure, Bands];

    public static string FileName(int campaignId) =>
        FormattableString.Invariant($"bang-cham-diem-{campaignId}.xlsx");

    public static byte[] Build(IEnumerable<Criterion> criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        using var table = new DataTable(SheetName) { Locale = CultureInfo.InvariantCulture };
        foreach (var header in Headers)
        {
            table.Columns.Add(header, header is MaxPoints or PointsPerUnit ? typeof(decimal) : typeof(string));
        }

        foreach (var c in criteria)
        {
            table.Rows.Add(c.Code, c.Name, c.Group, Wording.Label(Wording.Vietnamese, c.Kind), Wording.Label(Wording.Vietnamese, c.Method),
                c.MaxPoints, c.PointsPerUnit,
                c.UnitOfMeasure, FormatBands(c.Bands));
        }

        using var output = new MemoryStream();
        output.SaveAs(new Dictionary<string, object> { [SheetName] = table }, configuration: new OpenXmlConfiguration
        {
            FastMode = true,
            EnableAutoWidth = true,
            FreezeRowCount = 1,
            TableStyles = TableStyles.None,
        });
        return FormulaSafeWorkbook.QuoteFormulaLikeText(output.ToArray());
    }

    /// <summary>The value a cell names: its Vietnamese or English label, or its enum name; null when none.</summary>
    private static TEnum? Named<TEnum>(string text) where TEnum : struct, Enum
    {
        var typed = text.Trim();
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (string.Equals(typed, value.ToString(), StringComparison.OrdinalIgnoreCase) ||
                string.Equals(typed, Wording.Label(Wording.Vietnamese, value), StringComparison.CurrentCultureIgnoreCase) ||
                string.Equals(typed, Wording.Label(English, value), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    private static readonly Microsoft.Extensions.Localization.IStringLocalizer English = Wording.In(CultureInfo.GetCultureInfo("en-US"));

    public static string FormatBands(IEnumerable<ScoreBand> bands) => string.Join("; ",
        bands.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.MinRatio * 100:0.##}:{b.ShareOfMax * 100:0.##}")));

    /// <summary>
    /// Reads an upload, once <see cref="XlsxGuard"/> has passed it, into criteria, or the errors that stop it (then no
    /// criteria at all).
    /// </summary>
    public static async Task<ScoringTableSheet> ReadAsync(Stream file, ExcelImportOptions options,
        CancellationToken cancellationToken)
    {
        var workbook = await new XlsxGuard(options).ReadAsync(file, ScoringTableErrors.WrongTemplate, cancellationToken);
        if (workbook.Refusal is { } refusal)
        {
            return ScoringTableSheet.Refused(refusal);
        }

        try
        {
            return Parse(workbook.Bytes!, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException and not ArgumentException)
        {
            // A damaged file or not a workbook at all: the answer to the user is the same.
            return ScoringTableSheet.Refused(ScoringTableErrors.WrongTemplate("the workbook cannot be read."));
        }
    }

    private static ScoringTableSheet Parse(byte[] bytes, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var sheetName = MiniExcel.GetSheetNames(stream, XlsxGuard.ReaderConfiguration)
            .Find(n => string.Equals(n, SheetName, StringComparison.OrdinalIgnoreCase));
        if (sheetName is null)
        {
            return ScoringTableSheet.Refused(ScoringTableErrors.WrongTemplate($"there is no sheet named '{SheetName}'."));
        }

        stream.Position = 0;
        var rows = new List<IDictionary<string, object?>>();
        foreach (var row in MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheetName, excelType: ExcelType.XLSX,
            configuration: XlsxGuard.ReaderConfiguration).Cast<IDictionary<string, object?>>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows.Add(row);
        }

        if (rows.Count == 0)
        {
            return ScoringTableSheet.Refused(ScoringTableErrors.Empty());
        }

        var columns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (column, value) in rows[0])
        {
            var header = Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? "";
            if (header.Length > 0)
            {
                columns.TryAdd(header, column);
            }
        }

        var missing = Headers.Where(h => !columns.ContainsKey(h)).ToList();
        if (missing.Count > 0)
        {
            return ScoringTableSheet.Refused(ScoringTableErrors.WrongTemplate(
                $"row 1 must hold the headers; missing: {string.Join(", ", missing)}."));
        }

        var criteria = new List<(int Row, Criterion Criterion)>();
        var errors = new List<ImportRowError>();
        var firstRowOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < rows.Count; i++)
        {
            var sheetRow = i + 1;
            string Text(string header) =>
                Convert.ToString(rows[i].TryGetValue(columns[header], out var v) ? v : null, CultureInfo.InvariantCulture)?.Trim() ?? "";
            if (Headers.All(h => Text(h).Length == 0))
            {
                continue;
            }

            var before = errors.Count;
            // Null when the cell's text is refused by the clean-text rule (the error is then reported).
            string? Clean(string header)
            {
                var text = Text(header);
                if (CleanText.Refusal(text) is { } unclean)
                {
                    Fail(header, unclean);
                    return null;
                }

                return CleanText.Normalize(text);
            }

            void Fail(string header, DomainError error) => errors.Add(new ImportRowError(sheetRow, header, error));
            string Required(string header)
            {
                var text = Clean(header);
                if (text is "")
                {
                    Fail(header, ImportErrors.MissingValue(header));
                }

                return text ?? "";
            }

            decimal? Number(string header, bool required)
            {
                var raw = rows[i].TryGetValue(columns[header], out var v) ? v : null;
                switch (raw)
                {
                    case null or "":
                        if (required)
                        {
                            Fail(header, ImportErrors.MissingValue(header));
                        }

                        return null;
                    case double d:
                        return (decimal)d;
                    case decimal m:
                        return m;
                    case int n:
                        return n;
                    case long l:
                        return l;
                    case string s when TypedNumber.Parse(s, CultureInfo.CurrentCulture) is { Error: { } unread }:
                        Fail(header, unread.Code == TypedNumber.Errors.NotANumber("").Code ? ScoringTableErrors.NotANumber(header, Text(header)) : unread);
                        return null;
                    case string s when TypedNumber.Parse(s, CultureInfo.CurrentCulture).Value is { } parsed:
                        return parsed;
                    default:
                        Fail(header, ScoringTableErrors.NotANumber(header, Text(header)));
                        return null;
                }
            }

            var code = Required(Code);
            var name = Required(Name);
            var kindText = Required(Kind);
            var kind = Named<CriterionKind>(kindText);
            if (kind is null && kindText.Length > 0)
            {
                Fail(Kind, ScoringTableErrors.UnknownKind(kindText));
            }

            var methodText = Text(Method);
            var method = ScoringMethod.ProportionalToTarget;
            if (methodText.Length > 0 && Named<ScoringMethod>(methodText) is { } named)
            {
                method = named;
            }
            else if (methodText.Length > 0)
            {
                Fail(Method, ScoringTableErrors.UnknownMethod(methodText));
            }

            var group = Clean(Group) ?? "";
            var unitOfMeasure = Clean(UnitOfMeasure) ?? "";
            var max = Number(MaxPoints, required: true);
            var perUnit = Number(PointsPerUnit, required: false) ?? 0m;
            var bands = ParseBands(Text(Bands));
            if (bands is null)
            {
                Fail(Bands, ScoringTableErrors.BadBands(Text(Bands)));
            }

            if (kind == CriterionKind.Scored && method == ScoringMethod.PerOccurrence)
            {
                Fail(Method, ScoringTableErrors.UnknownMethod(methodText));
            }

            if (code.Length > 0 && firstRowOf.TryGetValue(code, out var firstRow))
            {
                Fail(Code, ScoringTableErrors.DuplicateCode(code, firstRow));
            }
            else if (code.Length > 0)
            {
                firstRowOf[code] = sheetRow;
            }

            if (errors.Count > before || kind is null || max is null || bands is null)
            {
                continue;
            }

            var criterion = kind switch
            {
                CriterionKind.Bonus => Criterion.Bonus(code, name, perUnit, max.Value, unitOfMeasure),
                CriterionKind.Penalty => Criterion.Penalty(code, name, perUnit, max.Value, unitOfMeasure),
                _ => Criterion.Scored(code, name, group, max.Value, unitOfMeasure, method, bands: bands),
            };
            criteria.Add((sheetRow, criterion));
        }

        if (criteria.Count == 0 && errors.Count == 0)
        {
            return ScoringTableSheet.Refused(ScoringTableErrors.Empty());
        }

        return new ScoringTableSheet(criteria, errors);
    }

    /// <summary>"100:100; 80:50" → bands; empty text → none; null when the text cannot be read.</summary>
    private static List<ScoreBand>? ParseBands(string text)
    {
        var bands = new List<ScoreBand>();
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split(':', StringSplitOptions.TrimEntries);
            if (pair.Length != 2 ||
                TypedNumber.Parse(pair[0], CultureInfo.CurrentCulture).Value is not { } min ||
                TypedNumber.Parse(pair[1], CultureInfo.CurrentCulture).Value is not { } share)
            {
                return null;
            }

            bands.Add(new ScoreBand(min / 100m, share / 100m));
        }

        return bands;
    }
}

/// <summary>What a scoring-table upload held: the criteria with their sheet rows, and the row-level errors.</summary>
public sealed record ScoringTableSheet(IReadOnlyList<(int Row, Criterion Criterion)> Criteria, IReadOnlyList<ImportRowError> Errors)
{
    public static ScoringTableSheet Refused(DomainError error) => new([], [ImportRowError.ForFile(error)]);
}

/// <summary>Coded errors of a scoring-table import; the UI translates them by code.</summary>
public static class ScoringTableErrors
{
    public static DomainError WrongTemplate(string why) =>
        new("scoring_import.wrong_template", $"This is not the scoring table template: {why}");

    public static DomainError Empty() =>
        new("scoring_import.empty", "The sheet has no criteria.");

    public static DomainError NotANumber(string column, string text) =>
        new("scoring_import.not_a_number", $"'{text}' in '{column}' is not a number.", text);

    public static DomainError UnknownKind(string text) =>
        new("scoring_import.unknown_kind", $"'{text}' is not a criterion kind (Scored, Bonus, Penalty).", text);

    public static DomainError UnknownMethod(string text) =>
        new("scoring_import.unknown_method", $"'{text}' is not a scoring method for this kind.", text);

    public static DomainError BadBands(string text) =>
        new("scoring_import.bad_bands", $"'{text}' is not a list of bands like '100:100; 80:50'.", text);

    public static DomainError DuplicateCode(string code, int firstRow) =>
        new("scoring_import.duplicate_code", $"Code '{code}' already appears on row {firstRow}.", code);
}
