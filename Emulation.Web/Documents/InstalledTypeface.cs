namespace Emulation.Web.Documents;

/// <summary>A typeface whose four faces were found in <paramref name="Folder"/>.</summary>
public sealed record InstalledTypeface(string Family, string Folder, string Regular, string Bold, string Italic, string BoldItalic)
{
    public override string ToString() => $"{Family} from {Folder}";
}
