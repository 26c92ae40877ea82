namespace Emulation.Web.Documents;

/// <summary>Settings under <c>Emulation</c> that the generated documents use.</summary>
public sealed class DocumentOptions
{
    public const string Section = "Emulation";
    public const string DefaultPlace = "Quảng Trị";

    /// <summary>The place written before the date ("Quảng Trị, ngày … tháng … năm …").</summary>
    public string Place { get; set; } = DefaultPlace;

    /// <summary>
    /// The folder holding Times New Roman (times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf) or Liberation Serif for PDFs;
    /// unset, the machine's font folder and then Debian's fonts-liberation2 are searched (<see cref="DocumentFontResolver"/>).
    /// </summary>
    public string? FontFolder { get; set; }
}
