using Emulation.Web.Documents.Decisions;

namespace Emulation.Web.Documents.Proposals;

/// <summary>
/// A nominee's achievement report (báo cáo thành tích) laid out as Decree 152/2025's appendix forms lay it out: for an
/// individual "thông tin chung", "thành tích đạt được" (duties, achievements) and "các hình thức khen thưởng đã được ghi
/// nhận"; for a collective "đặc điểm, tình hình" (with its functions and duties), "thành tích đạt được" and the awards.
/// The Word file and the PDF package draw the same sections.
/// </summary>
public sealed record AchievementReportDocument
{
    public required string GoverningAgency { get; init; }
    public required string AgencyName { get; init; }

    /// <summary>"Số:      /BC-VP" (without "Số:"): the number is left for the office's register to fill in, the symbol is the agency's.</summary>
    public required string Number { get; init; }

    public required string Place { get; init; }
    public required DateOnly Date { get; init; }
    public required string SubjectName { get; init; }
    public required bool Collective { get; init; }

    /// <summary>"Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh".</summary>
    public required string Subtitle { get; init; }

    /// <summary>"(Kèm theo Tờ trình số 45/TTr-VP ...)".</summary>
    public required string AttachedTo { get; init; }

    public required IReadOnlyList<ReportSection> Sections { get; init; }
    public required ReportSigner Left { get; init; }
    public required ReportSigner Right { get; init; }

    /// <summary>Whether the head of the unit confirmed the text as it reads.</summary>
    public required bool Confirmed { get; init; }

    public string Heading => "BÁO CÁO THÀNH TÍCH";

    public string PlaceAndDate => $"{Place}, {AdministrativeText.Date(Date)}";

    public string FileName(string extension) => $"bao-cao-thanh-tich-{DecisionText.Slug(SubjectName)}.{extension}";

    /// <summary>Columns of the tables of titles and awards already recorded.</summary>
    public static IReadOnlyList<string> AwardColumns { get; } = ["Năm", "Danh hiệu, hình thức khen thưởng", "Số, ngày quyết định; cơ quan ban hành"];
}

/// <summary>A heading ("I. THÔNG TIN CHUNG", "1. Danh hiệu thi đua"), its paragraphs and perhaps a table.</summary>
public sealed record ReportSection(string Heading, int Level, IReadOnlyList<string> Paragraphs, ReportTable? Table = null);

public sealed record ReportTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>A signature place: the role in capitals, a note in italics, and the name when it is known.</summary>
public sealed record ReportSigner(string Role, string Note, string Name);
