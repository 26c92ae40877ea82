namespace Emulation.Web.Documents.Decisions;

/// <summary>What a certificate (Giấy khen, Bằng khen, or a title's certificate) prints for one award.</summary>
public sealed record Certificate
{
    public required string Heading { get; init; }
    public required string IssuerAuthority { get; init; }
    public required string RecipientName { get; init; }

    /// <summary>The title or form of award ("Lao động tiên tiến"): a person's two certificates differ by it.</summary>
    public string AwardName { get; init; } = "";
    public required string UnitName { get; init; }
    public required string Achievement { get; init; }
    public required string DecisionNumber { get; init; }
    public required DateOnly DecisionDate { get; init; }
    public required string Place { get; init; }
    public required string SignerPosition { get; init; }
    public required string SignerName { get; init; }

    /// <summary>The recipient died before the decision: the certificate gives the award posthumously ("Truy tặng").</summary>
    public bool Posthumous { get; init; }

    /// <summary>The verb above the recipient's name.</summary>
    public string Verb => Posthumous ? "Truy tặng" : "Tặng";

    /// <summary>The absolute address of the public verification page, printed as a QR code.</summary>
    public required string VerificationUrl { get; init; }

    /// <summary>The decision line broken where the certificate prints it: the number, then the date.</summary>
    public IReadOnlyList<string> DecisionLines =>
        [$"Quyết định số {DecisionNumber}", $"ngày {DecisionDate.ToString("dd/MM/yyyy", AdministrativeText.Vietnamese)}"];

    public string FileName => AwardName.Length == 0
        ? $"chung-nhan-{DecisionText.Slug(RecipientName)}-{DecisionText.Slug(DecisionNumber)}.pdf"
        : $"chung-nhan-{DecisionText.Slug(RecipientName)}-{DecisionText.Slug(AwardName)}-{DecisionText.Slug(DecisionNumber)}.pdf";
}
