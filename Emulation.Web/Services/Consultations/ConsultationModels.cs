using Emulation.Domain.Awards;
using Emulation.Domain.Consultations;

namespace Emulation.Web.Services.Consultations;

/// <summary>A nominee on a published list, as the public reads it: no birth date, no contact.</summary>
public sealed record ConsultationNomineeView(int NominationId, string Name, string UnitName, Title Title, string Achievement);

/// <summary>A comment as the officer moderates it (with the contact) or the council reads it (without).</summary>
public sealed record CommentView(int Id, int ConsultationId, int? NominationId, string? NomineeName, string AuthorName,
    string? Contact, string Text, DateTimeOffset SubmittedAt, CommentStatus Status, string? ModeratedBy, DateTimeOffset? ModeratedAt);

/// <summary>A published list with its window.</summary>
public sealed record ConsultationView(int Id, int CampaignId, string CampaignName, DateOnly PublishedOn, DateOnly LastDay,
    int WorkingDays, string Article, string PublishedBy, IReadOnlyList<ConsultationNomineeView> Nominees)
{
    /// <summary>The dossier a receiving board published the list on; null for the agency's list.</summary>
    public int? ProposalId { get; init; }

    /// <summary>The receiving board that published the list, e.g. "Ban Thi đua – Khen thưởng tỉnh"; empty for the agency's.</summary>
    public string Publisher { get; init; } = "";

    /// <summary>
    /// A receiving board's list published before the dossier was last sent (returned, amended and sent again): its
    /// comments are still read, but it no longer stands before the board's council, which meets on the amended list.
    /// </summary>
    public bool Superseded { get; init; }

    /// <summary>Whether the window takes comments on <paramref name="today"/>.</summary>
    public bool IsOpenOn(DateOnly today) => today >= PublishedOn && today <= LastDay;
}

/// <summary>
/// A campaign's consultations for the signed-in: each list with its comments (every comment for the officer who
/// moderates, the accepted ones for the others), how many are hidden and pending, and what still awaits publication.
/// </summary>
public sealed record ConsultationPlan(int CampaignId, IReadOnlyList<ConsultationView> Consultations,
    IReadOnlyList<CommentView> Comments, int HiddenCount, int PendingCount, IReadOnlyList<ConsultationNomineeView> AwaitingPublication,
    int WorkingDays, bool CanModerate, DateOnly Today)
{
    /// <summary>When a receiving board's dossier was last sent, if it was sent again after a return; null otherwise.</summary>
    public DateTimeOffset? SentAgainAt { get; init; }

    /// <summary>
    /// The nominees awaiting publication that a superseded list carried (<see cref="ConsultationView.Superseded"/>):
    /// the board publishes them again because the dossier was sent again after amendment.
    /// </summary>
    public IReadOnlyList<int> PublishAgain { get; init; } = [];
}

/// <summary>What the public comment form sends.</summary>
public sealed class PublicCommentInput
{
    public int ConsultationId { get; set; }

    /// <summary>The nominee the comment is about; 0 or null for the list as a whole.</summary>
    public int? NominationId { get; set; }

    public string? AuthorName { get; set; }
    public string? Contact { get; set; }
    public string? Text { get; set; }
}

/// <summary>A day off as the administrator keeps it.</summary>
public sealed record HolidayView(DateOnly Date, string Name);
