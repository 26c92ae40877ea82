namespace Emulation.Web.Documents;

/// <summary>
/// A unit's emulation pledge (bản đăng ký thi đua) as an administrative document: what both the .docx and the PDF
/// writer print, already resolved from the database.
/// </summary>
public sealed record PledgeDocument
{
    public const string DraftMark = "DỰ THẢO";
    public const string DefaultSignerTitle = "TRƯỞNG PHÒNG";

    /// <summary>The agency the unit belongs to ("Văn phòng UBND tỉnh"); empty when the unit has no parent.</summary>
    public required string AgencyName { get; init; }
    public required string UnitName { get; init; }
    public required string UnitCode { get; init; }
    public required string CampaignName { get; init; }
    public required int Year { get; init; }
    public required string Place { get; init; }
    public required DateOnly SignedOn { get; init; }

    /// <summary>Not yet submitted: dated today and marked as a draft.</summary>
    public required bool IsDraft { get; init; }
    public required IReadOnlyList<PledgeDocumentRow> Rows { get; init; }

    /// <summary>The head's position in capitals ("TRƯỞNG PHÒNG", "GIÁM ĐỐC").</summary>
    public string SignerTitle { get; init; } = DefaultSignerTitle;

    /// <summary>The unit head's full name, when the staff list names one.</summary>
    public string? SignerName { get; init; }

    /// <summary>Emulation titles the unit registers for, if it names any.</summary>
    public IReadOnlyList<string> AimedTitles { get; init; } = [];

    /// <summary>The titles registered for named staff, one line per title with the people registered for it.</summary>
    public IReadOnlyList<PledgedStaffTitle> StaffTitles { get; init; } = [];

    public const string UnitTitlesLead = "Danh hiệu thi đua đăng ký cho tập thể: ";

    public const string StaffTitlesLead = "Danh hiệu thi đua đăng ký cho cá nhân:";

    /// <summary>The number is left blank for the clerk: "…/ĐK-TH".</summary>
    public string Number => $"…/ĐK-{UnitCode}";

    public string Title => $"BẢN ĐĂNG KÝ THI ĐUA NĂM {Year}";

    public string PlaceAndDate => $"{Place}, {AdministrativeText.Date(SignedOn)}";

    public string Recipient => AgencyName.Length > 0
        ? $"Hội đồng Thi đua - Khen thưởng {AgencyName}"
        : "Hội đồng Thi đua - Khen thưởng";

    public string Introduction =>
        $"Thực hiện {CampaignName}, {UnitName} đăng ký các chỉ tiêu thi đua năm {Year} như sau:";

    public string Commitment =>
        $"{UnitName} cam kết tổ chức thực hiện đạt và vượt các chỉ tiêu đã đăng ký.";

    public string FileName(string extension) => $"dang-ky-thi-dua-{Year}-{UnitCode}.{extension}";
}

/// <summary>A title registered for staff and the people registered for it, in the order of the staff list.</summary>
public sealed record PledgedStaffTitle(string Title, IReadOnlyList<string> People)
{
    /// <summary>"Lao động tiên tiến (2 người): Nguyễn Văn An, Trần Thị Bình."</summary>
    public string Line => $"{Title} ({People.Count} người): {string.Join(", ", People)}.";
}
