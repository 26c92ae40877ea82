using System.Globalization;
using Emulation.Domain.Common;

namespace Emulation.Domain.Consultations;

public static class ConsultationErrors
{
    public static DomainError NothingToPublish() =>
        new("consultation.nothing_to_publish",
            "No nomination of this campaign awaits public consultation: none requires it, or all are already published.");

    /// <summary>The item is today, dd/MM/yyyy.</summary>
    public static DomainError PublishedInThePast(DateOnly today) =>
        new("consultation.published_in_past", "The list cannot be published on a day already past.", Day(today));

    /// <summary>
    /// The item is the window's last day, dd/MM/yyyy; the fact <c>nominees</c> names those of the agenda still in
    /// consultation until then, as the record reads them (<c>Nguyễn Văn A (Chiến sĩ thi đua cấp tỉnh)</c>).
    /// </summary>
    public static DomainError StillOpen(DateOnly lastDay, IReadOnlyCollection<string> nominees) =>
        new("consultation.still_open",
            $"{string.Join(", ", nominees)}: in public consultation until the end of {lastDay:yyyy-MM-dd}; the council can meet on them only after that day.",
            Day(lastDay))
        {
            Facts = DomainError.FactsOf(("nominees", string.Join(", ", nominees))),
        };

    /// <summary>
    /// A nomination for a title that the rule set puts to public consultation was never published: the council meets on
    /// it only after a list carrying it has been published and its window has closed. The item names the nominee and the
    /// title, as the record reads them (<c>Nguyễn Văn A (Chiến sĩ thi đua cấp tỉnh)</c>).
    /// </summary>
    public static DomainError NotPublished(string nominee) =>
        new("consultation.not_published",
            $"The nomination of {nominee} was never published for public consultation; the council can meet on it only after a published list's window has closed.",
            nominee);

    /// <summary>
    /// A nominee of a dossier sent again after amendment was published by the board only before it was sent again
    /// (<see cref="Consultation.StandsOnDossier"/>): the council votes on the amended list, so the board publishes the
    /// nominee again and its council meets after that window. The item names the nominee as <see cref="NotPublished"/>
    /// does; the fact <c>sentAgainOn</c> is the day the dossier was last sent, dd/MM/yyyy.
    /// </summary>
    public static DomainError PublishedBeforeResend(string nominee, DateOnly sentAgainOn) =>
        new("consultation.published_before_resend",
            $"The nomination of {nominee} was published only before the dossier was sent again on {sentAgainOn:yyyy-MM-dd}; the council votes on the amended list, so the nominee is published again and the council meets only after that window has closed.",
            nominee)
        {
            Facts = DomainError.FactsOf(("sentAgainOn", Day(sentAgainOn))),
        };

    /// <summary>The item is the window's last day, dd/MM/yyyy.</summary>
    public static DomainError Closed(DateOnly lastDay) =>
        new("consultation.closed", "This consultation is not taking comments.", Day(lastDay));

    public static DomainError NomineeNotListed() =>
        new("consultation.nominee_not_listed", "The nominee is not on this consultation's list.");

    /// <summary>The code names the field: <c>consultation.name_required</c>, <c>…contact_required</c>, <c>…text_required</c>.</summary>
    public static DomainError Required(string field) =>
        new($"consultation.{field}_required", $"The {field} is required.");

    /// <summary>The code names the field (<c>consultation.text_too_long</c>); the item is the limit.</summary>
    public static DomainError TooLong(string field, int maxLength) =>
        new($"consultation.{field}_too_long", $"The {field} is longer than {maxLength} characters.",
            maxLength.ToString(CultureInfo.InvariantCulture));

    public static DomainError AlreadyModerated(CommentStatus status) =>
        new("consultation.already_moderated", $"The comment is already {status}.", status.ToString());

    public static DomainError NotFound() => new("consultation.not_found", "There is no such consultation or comment.");

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
