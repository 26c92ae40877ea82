namespace Emulation.Web.Documents;

/// <summary>
/// No folder holds Times New Roman or Liberation Serif, so no PDF can be drawn: the download answers 503 with what to
/// install (the Word files still work).
/// </summary>
public sealed class DocumentFontsMissingException(IReadOnlyList<string> searched) : InvalidOperationException(
    $"No font for PDFs: neither Times New Roman (times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf) nor Liberation Serif " +
    $"(LiberationSerif-Regular/Bold/Italic/BoldItalic.ttf) is in {string.Join(", ", searched)}. Install the Debian package " +
    $"{DocumentFontResolver.DebianPackage} (apt-get install {DocumentFontResolver.DebianPackage}) or point Emulation:FontFolder " +
    "to a folder with either.")
{
    public IReadOnlyList<string> Searched { get; } = searched;
}
