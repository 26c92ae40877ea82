namespace Emulation.Web.Documents;

/// <summary>A generated file, ready to be downloaded.</summary>
public sealed record DocumentFile(string FileName, string ContentType, byte[] Content)
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string PdfContentType = "application/pdf";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
