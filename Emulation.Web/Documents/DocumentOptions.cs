namespace Emulation.Web.Documents;

/// <summary>Settings under <c>Emulation</c> that the generated documents use.</summary>
public sealed class DocumentOptions
{
    public const string Section = "Emulation";
    public const string DefaultPlace = "Quảng Trị";
    public const string DefaultFontFolder = "/usr/share/fonts/truetype/noto";

    /// <summary>The place written before the date ("Quảng Trị, ngày … tháng … năm …").</summary>
    public string Place { get; set; } = DefaultPlace;

    /// <summary>Folder holding NotoSans-Regular/Bold/Italic/BoldItalic.ttf for PDFs (Debian package fonts-noto-core).</summary>
    public string FontFolder { get; set; } = DefaultFontFolder;
}
