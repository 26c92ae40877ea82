using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Emulation.Web.Documents;

/// <summary>
/// Serves Noto Sans to PDFsharp for every family it asks for. PDFsharp keeps one resolver per process and has none of
/// its own on Linux; Noto Sans draws the stacked Vietnamese marks (ế, ố, ồ, ắ, ấ) that DejaVu Sans loses.
/// </summary>
public sealed class NotoSansFontResolver : IFontResolver
{
    public const string FamilyName = "Noto Sans";
    public const string DebianPackage = "fonts-noto-core";

    private const string Regular = "NotoSans-Regular";
    private const string Bold = "NotoSans-Bold";
    private const string Italic = "NotoSans-Italic";
    private const string BoldItalic = "NotoSans-BoldItalic";
    private static readonly string[] Faces = [Regular, Bold, Italic, BoldItalic];
    private static readonly Lock Gate = new();
    private static NotoSansFontResolver? _installed;

    private readonly ConcurrentDictionary<string, byte[]> _fonts = new(StringComparer.Ordinal);

    private NotoSansFontResolver(string folder) => Folder = folder;

    public string Folder { get; }

    /// <summary>
    /// Makes Noto Sans from <paramref name="folder"/> PDFsharp's fonts for this process; does nothing when that is
    /// already so. Fails when a font file is missing, or when another folder or resolver was installed first.
    /// </summary>
    public static void Install(string folder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var missing = Faces.Select(face => Path.Combine(full, face + ".ttf")).Where(f => !File.Exists(f)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The Noto Sans fonts for PDFs are missing ({string.Join(", ", missing)}). Install the Debian " +
                $"package {DebianPackage} (apt-get install {DebianPackage}) or point Emulation:FontFolder to a " +
                "folder with NotoSans-Regular.ttf, NotoSans-Bold.ttf, NotoSans-Italic.ttf and NotoSans-BoldItalic.ttf.");
        }

        lock (Gate)
        {
            if (_installed is not null)
            {
                if (_installed.Folder != full)
                {
                    throw new InvalidOperationException(
                        $"PDF fonts are process-wide and already come from {_installed.Folder}; cannot switch to {full}.");
                }

                return;
            }

            if (GlobalFontSettings.FontResolver is not null)
            {
                throw new InvalidOperationException("Another PDFsharp font resolver is already installed.");
            }

            var resolver = new NotoSansFontResolver(full);
            GlobalFontSettings.FontResolver = resolver;
            _installed = resolver;
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new((bold, italic) switch
        {
            (true, true) => BoldItalic,
            (true, false) => Bold,
            (false, true) => Italic,
            _ => Regular,
        });

    public byte[] GetFont(string faceName) =>
        _fonts.GetOrAdd(faceName, face => File.ReadAllBytes(Path.Combine(Folder, face + ".ttf")));
}
