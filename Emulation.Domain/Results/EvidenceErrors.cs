using System.Globalization;
using Emulation.Domain.Common;

namespace Emulation.Domain.Results;

public static class EvidenceErrors
{
    public static DomainError TypeNotAllowed(string fileName) =>
        new("evidence.type_not_allowed", $"'{fileName}' is not a PDF, PNG, JPEG or Word (.docx) file.", fileName);

    public static DomainError TooLarge(long maxBytes) =>
        new("evidence.too_large", $"The file is larger than {Megabytes(maxBytes)} MB.", Megabytes(maxBytes));

    public static DomainError Empty() =>
        new("evidence.empty", "The file is empty.");

    public static DomainError NameInvalid() =>
        new("evidence.name_invalid",
            $"The file needs a name of at most {Evidence.FileNameMaxLength} characters, without control characters.",
            Evidence.FileNameMaxLength.ToString(CultureInfo.InvariantCulture));

    public static DomainError NotEditable() =>
        new("evidence.not_editable", "The results are submitted or closed: evidence can no longer be added or removed.");

    public static DomainError NotFound() =>
        new("evidence.not_found", "The file no longer exists.");

    private static string Megabytes(long bytes) =>
        (bytes / (1024m * 1024m)).ToString("0.##", CultureInfo.InvariantCulture);
}
