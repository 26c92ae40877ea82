namespace Emulation.Web.Documents.Signing;

/// <summary>
/// Settings under <c>Signing</c>: the certificate (<see cref="CertificateOptions"/>) documents are signed with; without
/// one, documents are produced unsigned. The agency's certificate is under <c>Signing</c>; the receiving level's (the decisions the provincial board issues in the same
/// deployment for its chairman) under <see cref="BoardSection"/>, the same keys, a named option <see cref="Board"/>.
/// </summary>
public sealed class SigningOptions : CertificateOptions
{
    public const string Section = "Signing";

    /// <summary>The name of the receiving level's options, and the key of its <see cref="IPdfSigner"/>.</summary>
    public const string Board = "Board";

    public const string BoardSection = Section + ":" + Board;

    /// <summary>Where the documents are signed, as the signature records it; the document place when empty.</summary>
    public string? Location { get; set; }
}
