using Emulation.Domain.Decisions;

namespace Emulation.Web.Documents.Decisions;

/// <summary>The content of a decision as printed (Decree 30/2020 layout), with the award list as its annex.</summary>
public sealed record DecisionDocument
{
    public required DecisionKind Kind { get; init; }
    public required string GoverningAgency { get; init; }
    public required string IssuerName { get; init; }
    public required string Number { get; init; }
    public required DateOnly Date { get; init; }
    public required string Place { get; init; }
    public required string Subject { get; init; }

    /// <summary>The authority line above "QUYẾT ĐỊNH:", e.g. "CHÁNH VĂN PHÒNG UBND TỈNH".</summary>
    public required string Authority { get; init; }

    public required IReadOnlyList<string> Bases { get; init; }
    public required IReadOnlyList<string> Articles { get; init; }
    public required string SignerPosition { get; init; }
    public required string SignerName { get; init; }
    public required IReadOnlyList<DecisionAnnexRow> Rows { get; init; }
    public required string TotalCash { get; init; }

    public string PlaceAndDate => $"{Place}, {AdministrativeText.Date(Date)}";

    public string AnnexHeading => Kind == DecisionKind.Award ? "DANH SÁCH KHEN THƯỞNG" : "DANH SÁCH THU HỒI KHEN THƯỞNG";

    public string AnnexNote => $"(Kèm theo Quyết định số {Number} {AdministrativeText.Date(Date)} của {IssuerName})";

    public static IReadOnlyList<string> AnnexColumns { get; } =
        ["STT", "Họ và tên / Tập thể", "Đơn vị", "Danh hiệu, hình thức khen thưởng", "Tiền thưởng"];

    /// <summary>"qd-321-QD-VP.docx": the number and symbol without slashes or diacritics.</summary>
    public string FileName(string extension) => $"quyet-dinh-{DecisionText.Slug(Number)}.{extension}";
}

public sealed record DecisionAnnexRow(int Number, string Recipient, string Unit, string Title, string Cash);
