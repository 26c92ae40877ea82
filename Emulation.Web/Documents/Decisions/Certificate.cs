namespace Emulation.Web.Documents.Decisions;

/// <summary>What a certificate (Giấy khen, Bằng khen, or a title's certificate) prints for one award.</summary>
public sealed record Certificate
{
    public required string Heading { get; init; }
    public required string IssuerAuthority { get; init; }
    public required string RecipientName { get; init; }
    public required string UnitName { get; init; }
    public required string Achievement { get; init; }
    public required string DecisionNumber { get; init; }
    public required DateOnly DecisionDate { get; init; }
    public required string Place { get; init; }
    public required string SignerPosition { get; init; }
    public required string SignerName { get; init; }

    /// <summary>The absolute address of the public verification page, printed as a QR code.</summary>
    public required string VerificationUrl { get; init; }

    public string DecisionLine => $"Quyết định số {DecisionNumber} ngày {DecisionDate.ToString("dd/MM/yyyy", AdministrativeText.Vietnamese)}";

    public string FileName => $"chung-nhan-{DecisionText.Slug(RecipientName)}-{DecisionText.Slug(DecisionNumber)}.pdf";
}
