using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Emulation.Web.Documents;

/// <summary>
/// Serves the PDFs' one typeface to PDFsharp for every family it asks for: Times New Roman, which Decree 30/2020 asks for
/// (a Windows server's font folder, or the folder the deployment configures), else Liberation Serif from Debian's
/// fonts-liberation2, drawn to the same metrics and holding every precomposed Vietnamese letter (U+1EA0–U+1EF9: ế, ố,
/// ồ, ắ, ặ, ữ). PDFsharp keeps one resolver per process and has none of its own on Linux.
/// </summary>
public sealed class DocumentFontResolver : IFontResolver
{
    /// <summary>The family the writers ask for; the resolver answers with the faces it found.</summary>
    public const string FamilyName = "Times New Roman";

    public const string DebianPackage = "fonts-liberation2";

    /// <remarks>
    /// Debian's older fonts-liberation (1.x, /usr/share/fonts/truetype/liberation) has files of the same names but
    /// lacks most Vietnamese letters, so only the 2.x folder is searched.
    /// </remarks>
    public const string DebianFolder = "/usr/share/fonts/truetype/liberation2";

    private static readonly FontFiles[] Typefaces =
    [
        new("Times New Roman", "times", "timesbd", "timesi", "timesbi"),
        new("Liberation Serif", "LiberationSerif-Regular", "LiberationSerif-Bold", "LiberationSerif-Italic", "LiberationSerif-BoldItalic"),
    ];

    private static readonly Lock Gate = new();
    private static DocumentFontResolver? _installed;

    private readonly ConcurrentDictionary<string, byte[]> _fonts = new(StringComparer.Ordinal);

    private DocumentFontResolver(InstalledTypeface typeface) => Typeface = typeface;

    /// <summary>The faces this process draws its PDFs with, and where they were found.</summary>
    public InstalledTypeface Typeface { get; }

    /// <summary>
    /// The folders searched: only <paramref name="configuredFolder"/> when the deployment names one (a folder it chose
    /// must hold the typeface, never be silently replaced), else the font folder .NET reports (Windows' Fonts folder;
    /// ~/.fonts elsewhere), then Debian's Liberation Serif.
    /// </summary>
    public static IReadOnlyList<string> SearchFolders(string? configuredFolder) =>
    [
        .. (string.IsNullOrWhiteSpace(configuredFolder)
                ? new[] { Environment.GetFolderPath(Environment.SpecialFolder.Fonts), DebianFolder }
                : [configuredFolder])
            .Where(folder => !string.IsNullOrWhiteSpace(folder))
            .Select(folder => Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)))
            .Distinct(StringComparer.Ordinal),
    ];

    /// <summary>
    /// The first typeface with all four faces (regular, bold, italic, bold italic) in one of <paramref name="folders"/>,
    /// Times New Roman before Liberation Serif in each folder.
    /// </summary>
    /// <exception cref="DocumentFontsMissingException">No folder holds either.</exception>
    public static InstalledTypeface Find(IReadOnlyList<string> folders) =>
        folders.SelectMany(folder => Typefaces.Select(typeface => typeface.In(folder))).FirstOrDefault(found => found is not null)
        ?? throw new DocumentFontsMissingException(folders);

    /// <summary>
    /// Makes the typeface <see cref="Find"/> picks from <see cref="SearchFolders"/> PDFsharp's fonts for this process;
    /// does nothing when that is already so. Fails when none is found, or when another typeface or resolver was
    /// installed first.
    /// </summary>
    public static void Install(string? configuredFolder)
    {
        lock (Gate)
        {
            var typeface = Find(SearchFolders(configuredFolder));
            if (_installed is not null)
            {
                if (_installed.Typeface != typeface)
                {
                    throw new InvalidOperationException(
                        $"PDF fonts are process-wide and already {_installed.Typeface}; cannot switch to {typeface}.");
                }

                return;
            }

            if (GlobalFontSettings.FontResolver is not null)
            {
                throw new InvalidOperationException("Another PDFsharp font resolver is already installed.");
            }

            var resolver = new DocumentFontResolver(typeface);
            GlobalFontSettings.FontResolver = resolver;
            _installed = resolver;
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new((bold, italic) switch
        {
            (true, true) => Typeface.BoldItalic,
            (true, false) => Typeface.Bold,
            (false, true) => Typeface.Italic,
            _ => Typeface.Regular,
        });

    public byte[] GetFont(string faceName) =>
        _fonts.GetOrAdd(faceName, face => File.ReadAllBytes(Path.Combine(Typeface.Folder, face + ".ttf")));

    /// <summary>A typeface's four faces by file name (without ".ttf").</summary>
    private sealed record FontFiles(string Family, string Regular, string Bold, string Italic, string BoldItalic)
    {
        public InstalledTypeface? In(string folder) =>
            new[] { Regular, Bold, Italic, BoldItalic }.All(face => File.Exists(Path.Combine(folder, face + ".ttf")))
                ? new InstalledTypeface(Family, folder, Regular, Bold, Italic, BoldItalic)
                : null;
    }
}
