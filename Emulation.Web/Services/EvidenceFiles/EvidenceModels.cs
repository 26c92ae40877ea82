namespace Emulation.Web.Services.EvidenceFiles;

/// <summary>One attached file as listed beside a unit's results.</summary>
public sealed record EvidenceItem(int Id, string? CriterionCode, string FileName, string ContentType, long SizeBytes,
    string UploadedBy, DateTimeOffset UploadedAt);

/// <summary>A criterion a file can be attached to.</summary>
public sealed record EvidenceCriterion(string Code, string Name);

/// <summary>A unit's evidence in one campaign, and whether the caller may add or remove files now.</summary>
public sealed record EvidenceFolder(bool CanChange, long MaxBytes, IReadOnlyList<EvidenceItem> Files);

/// <summary>A stored file opened for download; the caller disposes <see cref="Content"/>.</summary>
public sealed record EvidenceDownload(string FileName, string ContentType, Stream Content);
