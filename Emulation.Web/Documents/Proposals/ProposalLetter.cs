namespace Emulation.Web.Documents.Proposals;

/// <summary>
/// A submission letter (tờ trình) as printed in the Decree 30/2020 layout: the agency asks the authority that decides
/// to grant the listed titles, with the list of nominees and their secret-ballot results as its annex.
/// </summary>
public sealed record ProposalLetter
{
    public required string GoverningAgency { get; init; }
    public required string AgencyName { get; init; }
    public required string Number { get; init; }
    public required DateOnly Date { get; init; }
    public required string Place { get; init; }
    public required string Subject { get; init; }
    public required string Recipient { get; init; }
    public required IReadOnlyList<string> Paragraphs { get; init; }
    public required string SignerPosition { get; init; }
    public required string SignerName { get; init; }
    public required IReadOnlyList<ProposalLetterRow> Rows { get; init; }

    public string PlaceAndDate => $"{Place}, {AdministrativeText.Date(Date)}";

    public string AnnexNote => $"(Kèm theo Tờ trình số {Number} {AdministrativeText.Date(Date)} của {AgencyName})";

    public static IReadOnlyList<string> AnnexColumns { get; } =
        ["STT", "Họ và tên / Tập thể", "Chức vụ, đơn vị", "Danh hiệu, hình thức đề nghị", "Kết quả bỏ phiếu kín"];

    /// <summary>"to-trinh-45-TTr-VP.docx": the number and symbol without slashes or diacritics.</summary>
    public string FileName(string extension) => $"to-trinh-{Decisions.DecisionText.Slug(Number)}.{extension}";
}

/// <summary>One nominee of the letter's annex; <paramref name="Ballot"/> reads "5/5 (100%)" of all council members.</summary>
public sealed record ProposalLetterRow(int Number, string Nominee, string PositionAndUnit, string Title, string Ballot);
