using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Pledges;

namespace Emulation.Domain.Results;

/// <summary>
/// A file a unit attaches to its results as evidence (minh chứng), for one criterion or for the whole report.
/// The content lives in a file store under <see cref="StorageKey"/>; this records what it is and who brought it.
/// </summary>
public sealed class Evidence : ICampaignOwned
{
    public const int FileNameMaxLength = 200;
    public const int ContentTypeMaxLength = 100;
    public const int StorageKeyMaxLength = 64;
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    private Evidence(int campaignId, int unitId, string? criterionCode, string fileName, string contentType,
        long sizeBytes, string storageKey, string uploadedBy, DateTimeOffset uploadedAt)
    {
        CampaignId = campaignId;
        UnitId = unitId;
        CriterionCode = criterionCode;
        FileName = fileName;
        ContentType = contentType;
        SizeBytes = sizeBytes;
        StorageKey = storageKey;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }

    public int Id { get; private set; }
    public int CampaignId { get; private set; }
    public int UnitId { get; private set; }

    /// <summary>The criterion the file supports; null when it supports the whole report.</summary>
    public string? CriterionCode { get; private set; }

    /// <summary>The name shown and offered on download; never used to name the stored file.</summary>
    public string FileName { get; private set; }

    public string ContentType { get; private set; }
    public long SizeBytes { get; private set; }

    /// <summary>Opaque key of the content in the file store.</summary>
    public string StorageKey { get; private set; }

    public string UploadedBy { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>
    /// Attaches a file to a unit's results. <paramref name="kind"/> is what the file's first bytes say it is (null when
    /// they match no accepted format); <paramref name="sizeBytes"/> may be any number above
    /// <paramref name="maxBytes"/> when the caller stopped reading early.
    /// </summary>
    public static Result<Evidence> Attach(Campaign campaign, int unitId, UnitResult? results, string? criterionCode,
        string? fileName, EvidenceKind? kind, long sizeBytes, long maxBytes, string storageKey, string by,
        DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentException.ThrowIfNullOrWhiteSpace(storageKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        BusinessRuleViolationException.ThrowIf(storageKey.Length > StorageKeyMaxLength, "EvidenceStorageKeyTooLong",
            $"A storage key has at most {StorageKeyMaxLength} characters.");
        BusinessRuleViolationException.ThrowIf(results is not null &&
            (results.CampaignId != campaign.Id || results.UnitId != unitId), "EvidenceBelongsToItsUnitsResults",
            "The results passed belong to another campaign or unit.");

        var editable = CheckEditable(campaign.Status, results);
        if (!editable.IsSuccess)
        {
            return Result<Evidence>.Failure(editable.Errors);
        }

        if (sizeBytes <= 0)
        {
            return Result<Evidence>.Failure(EvidenceErrors.Empty());
        }

        if (sizeBytes > maxBytes)
        {
            return Result<Evidence>.Failure(EvidenceErrors.TooLarge(maxBytes));
        }

        var errors = new List<DomainError>();
        var name = CleanFileName(fileName);
        if (name is null)
        {
            errors.Add(EvidenceErrors.NameInvalid());
        }

        if (kind is null)
        {
            errors.Add(EvidenceErrors.TypeNotAllowed(name ?? ""));
        }

        var code = string.IsNullOrWhiteSpace(criterionCode) ? null : criterionCode.Trim();
        if (code is not null && campaign.Criteria.All(c => c.Code != code))
        {
            errors.Add(ResultErrors.UnknownCriterion(code));
        }

        return errors.Count > 0
            ? Result<Evidence>.Failure(errors)
            : Result<Evidence>.Success(new Evidence(campaign.Id, unitId, code, NamedAs(name!, kind!.Value),
                ContentTypeOf(kind.Value), sizeBytes, storageKey, by, at));
    }

    /// <summary>Checks that the file may be taken away: the same rule as adding one.</summary>
    public Result CanBeRemoved(CampaignStatus campaignStatus, UnitResult? results)
    {
        BusinessRuleViolationException.ThrowIf(results is not null &&
            (results.CampaignId != CampaignId || results.UnitId != UnitId), "EvidenceBelongsToItsUnitsResults",
            "The results passed belong to another campaign or unit.");
        return CheckEditable(campaignStatus, results);
    }

    /// <summary>
    /// Evidence changes with the results: while the campaign takes pledges or results, or its review takes this unit's
    /// returned results again (<see cref="CampaignGates.AcceptsEvidence(CampaignStatus, SubmissionStatus?)"/>), and they are not submitted.
    /// </summary>
    public static Result CheckEditable(CampaignStatus campaignStatus, UnitResult? results) =>
        CheckEditable(campaignStatus, results?.Status);

    /// <param name="resultsStatus">The unit's results, or null before any were saved.</param>
    public static Result CheckEditable(CampaignStatus campaignStatus, SubmissionStatus? resultsStatus) =>
        campaignStatus.AcceptsEvidence(resultsStatus) &&
        resultsStatus is not (SubmissionStatus.Submitted or SubmissionStatus.Accepted)
            ? Result.Success()
            : Result.Failure(EvidenceErrors.NotEditable());

    /// <summary>
    /// A file is what its name says: <paramref name="name"/> keeps its extension when it is one of
    /// <paramref name="kind"/>'s, otherwise the detected kind's extension replaces it ("evidence.hta" detected as PDF
    /// is stored and served as "evidence.pdf"), within <see cref="FileNameMaxLength"/>.
    /// </summary>
    public static string NamedAs(string name, EvidenceKind kind)
    {
        ArgumentNullException.ThrowIfNull(name);
        var extensions = ExtensionsOf(kind);
        var dot = name.LastIndexOf('.');
        if (dot > 0 && extensions.Contains(name[dot..], StringComparer.OrdinalIgnoreCase))
        {
            return name;
        }

        var stem = dot > 0 ? name[..dot] : name;
        var extension = extensions[0];
        stem = stem.Length + extension.Length > FileNameMaxLength ? stem[..(FileNameMaxLength - extension.Length)] : stem;
        return stem + extension;
    }

    /// <summary>
    /// The name sent in Content-Disposition: the stored name with anything <see cref="CleanText"/> refuses taken out
    /// and the extension of the type it is served as.
    /// </summary>
    public static string DownloadName(string storedName, string contentType)
    {
        ArgumentNullException.ThrowIfNull(storedName);
        var clean = new string([.. storedName.Where(c => CleanText.IsClean(c.ToString()))]).Trim();
        clean = clean.Length == 0 ? "evidence" : clean;
        var kind = Enum.GetValues<EvidenceKind>().Where(k => ContentTypeOf(k) == contentType).Cast<EvidenceKind?>()
            .FirstOrDefault();
        return kind is { } served ? NamedAs(clean, served) : clean;
    }

    /// <summary>The extensions a kind of file goes by, the usual one first.</summary>
    public static IReadOnlyList<string> ExtensionsOf(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Pdf => [".pdf"],
        EvidenceKind.Png => [".png"],
        EvidenceKind.Jpeg => [".jpg", ".jpeg"],
        EvidenceKind.Docx => [".docx"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// The last segment of a browser- or user-supplied name, trimmed and in NFC; null when nothing sane is left (empty,
    /// a dot name, control characters or bidirectional marks, or longer than <see cref="FileNameMaxLength"/>).
    /// </summary>
    public static string? CleanFileName(string? fileName)
    {
        if (fileName is null)
        {
            return null;
        }

        var lastSeparator = fileName.LastIndexOfAny(['/', '\\']);
        var segment = fileName[(lastSeparator + 1)..];
        if (!CleanText.IsClean(segment))
        {
            return null;
        }

        var name = CleanText.Normalize(segment);
        return name.Length is > 0 and <= FileNameMaxLength && name is not ("." or "..") ? name : null;
    }

    public static string ContentTypeOf(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Pdf => "application/pdf",
        EvidenceKind.Png => "image/png",
        EvidenceKind.Jpeg => "image/jpeg",
        EvidenceKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
