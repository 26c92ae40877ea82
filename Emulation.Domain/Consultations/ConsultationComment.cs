using Emulation.Domain.Common;

namespace Emulation.Domain.Consultations;

/// <summary>
/// A comment someone left on a published list, signed with a name and a way to reach them. It waits for the union
/// officer, who accepts it (the council reads it) or hides it; who did and when is kept.
/// </summary>
public sealed class ConsultationComment
{
    public const int NameMaxLength = 150;
    public const int ContactMaxLength = 200;
    public const int TextMaxLength = 2000;

    private ConsultationComment(int consultationId, int? nominationId, string authorName, string contact, string text,
        DateTimeOffset submittedAt)
    {
        ConsultationId = consultationId;
        NominationId = nominationId;
        AuthorName = authorName;
        Contact = contact;
        Text = text;
        SubmittedAt = submittedAt;
    }

    public int Id { get; private set; }
    public int ConsultationId { get; private set; }

    /// <summary>The nominee the comment is about; null for a comment on the whole list.</summary>
    public int? NominationId { get; private set; }

    public string AuthorName { get; private set; }

    /// <summary>A telephone number, an e-mail or an address: never published, only read by the officer.</summary>
    public string Contact { get; private set; }

    public string Text { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public CommentStatus Status { get; private set; } = CommentStatus.Pending;
    public string? ModeratedBy { get; private set; }
    public DateTimeOffset? ModeratedAt { get; private set; }

    /// <summary>
    /// Takes a comment on <paramref name="consultation"/> while its window is open on <paramref name="today"/>: name,
    /// contact and text required, clean (<see cref="CleanText"/>) and within their lengths.
    /// </summary>
    public static Result<ConsultationComment> Submit(Consultation consultation, int? nominationId, string? authorName,
        string? contact, string? text, DateOnly today, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        if (!consultation.IsOpenOn(today))
        {
            return Result<ConsultationComment>.Failure(ConsultationErrors.Closed(consultation.LastDay));
        }

        var errors = new List<DomainError>();
        if (nominationId is { } id && !consultation.Lists(id))
        {
            errors.Add(ConsultationErrors.NomineeNotListed());
        }

        Check(errors, "name", authorName, NameMaxLength, multiLine: false);
        Check(errors, "contact", contact, ContactMaxLength, multiLine: false);
        Check(errors, "text", text, TextMaxLength, multiLine: true);
        return errors.Count > 0
            ? Result<ConsultationComment>.Failure(errors)
            : Result<ConsultationComment>.Success(new ConsultationComment(consultation.Id, nominationId,
                CleanText.Normalize(authorName!), CleanText.Normalize(contact!), CleanText.Normalize(text!), at));
    }

    /// <summary>The officer accepts the comment (the council reads it) or hides it; a comment can be moved either way once more.</summary>
    public Result Moderate(bool accept, string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var status = accept ? CommentStatus.Accepted : CommentStatus.Hidden;
        if (Status == status)
        {
            return Result.Failure(ConsultationErrors.AlreadyModerated(status));
        }

        Status = status;
        ModeratedBy = by;
        ModeratedAt = at;
        return Result.Success();
    }

    private static void Check(List<DomainError> errors, string field, string? value, int maxLength, bool multiLine)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(ConsultationErrors.Required(field));
        }
        else if (CleanText.Refusal(value, multiLine) is { } unclean)
        {
            errors.Add(unclean);
        }
        else if (CleanText.Normalize(value).Length > maxLength)
        {
            errors.Add(ConsultationErrors.TooLong(field, maxLength));
        }
    }
}

public enum CommentStatus
{
    Pending,
    Accepted,
    Hidden,
}
