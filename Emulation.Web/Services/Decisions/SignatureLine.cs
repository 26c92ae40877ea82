namespace Emulation.Web.Services.Decisions;

/// <summary>
/// Who signed the decision behind an award, in the order a Decree 30/2020 signature block gives it: the signer's position,
/// then their name ("Chánh Văn phòng Trần Quốc Bảo"). A decision recorded from another level's document is known only by
/// its issuing authority, which then stands alone. Every page and export that names an award's signer reads it here.
/// </summary>
public static class SignatureLine
{
    public static string Of(string issuerName, string? signerPosition, string? signerName) =>
        string.IsNullOrWhiteSpace(signerName)
            ? issuerName
            : $"{(string.IsNullOrWhiteSpace(signerPosition) ? issuerName : signerPosition.Trim())} {signerName.Trim()}";
}
