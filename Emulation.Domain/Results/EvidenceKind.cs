namespace Emulation.Domain.Results;

/// <summary>The file formats accepted as evidence, as recognised from the file's content (never from its name).</summary>
public enum EvidenceKind
{
    Pdf,
    Png,
    Jpeg,
    Docx,
}
