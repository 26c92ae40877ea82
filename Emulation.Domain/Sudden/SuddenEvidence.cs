using Emulation.Domain.Common;
using Emulation.Domain.Results;

namespace Emulation.Domain.Sudden;

/// <summary>
/// An evidence file (minh chứng) of a sudden-award proposal. Kept in the same file store as the results' evidence and
/// checked by the same rules (<see cref="Evidence"/>): recognised by content, named by what it is, within the size limit.
/// </summary>
public sealed class SuddenEvidence
{
    private SuddenEvidence(int proposalId, string fileName, string contentType, long sizeBytes, string storageKey,
        string uploadedBy, DateTimeOffset uploadedAt)
    {
        ProposalId = proposalId;
        FileName = fileName;
        ContentType = contentType;
        SizeBytes = sizeBytes;
        StorageKey = storageKey;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }

    public int Id { get; private set; }
    public int ProposalId { get; private set; }
    public string FileName { get; private set; }
    public string ContentType { get; private set; }
    public long SizeBytes { get; private set; }
    public string StorageKey { get; private set; }
    public string UploadedBy { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>Attaches a file while the proposal waits; the same checks as <see cref="Evidence.Attach"/>.</summary>
    public static Result<SuddenEvidence> Attach(SuddenProposal proposal, string? fileName, EvidenceKind? kind,
        long sizeBytes, long maxBytes, string storageKey, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentException.ThrowIfNullOrWhiteSpace(storageKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (!proposal.AcceptsEvidence)
        {
            return Result<SuddenEvidence>.Failure(SuddenProposalErrors.EvidenceClosed());
        }

        if (sizeBytes <= 0)
        {
            return Result<SuddenEvidence>.Failure(EvidenceErrors.Empty());
        }

        if (sizeBytes > maxBytes)
        {
            return Result<SuddenEvidence>.Failure(EvidenceErrors.TooLarge(maxBytes));
        }

        var errors = new List<DomainError>();
        var name = Evidence.CleanFileName(fileName);
        if (name is null)
        {
            errors.Add(EvidenceErrors.NameInvalid());
        }

        if (kind is null)
        {
            errors.Add(EvidenceErrors.TypeNotAllowed(name ?? ""));
        }

        return errors.Count > 0
            ? Result<SuddenEvidence>.Failure(errors)
            : Result<SuddenEvidence>.Success(new SuddenEvidence(proposal.Id, Evidence.NamedAs(name!, kind!.Value),
                Evidence.ContentTypeOf(kind.Value), sizeBytes, storageKey, by, at));
    }
}
