using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Rules;

namespace Emulation.Domain.Consultations;

/// <summary>
/// A public consultation (lấy ý kiến công khai) on a campaign's nominees for titles that require one: the union officer
/// publishes the list on a day, the window runs for a number of working days after it (<see cref="WorkingDays"/>), anyone
/// may comment meanwhile, and the council may meet on those nominees only after the window's last day.
/// </summary>
public sealed class Consultation : ICampaignOwned
{
    public const int ArticleMaxLength = 300;

    private readonly List<ConsultationNominee> _nominees = [];

    private Consultation(int campaignId, int? proposalId, int round, DateOnly publishedOn, DateOnly lastDay, int workingDays,
        string article, string publishedBy, DateTimeOffset publishedAt)
    {
        CampaignId = campaignId;
        ProposalId = proposalId;
        Round = round;
        PublishedOn = publishedOn;
        LastDay = lastDay;
        WorkingDays = workingDays;
        Article = article;
        PublishedBy = publishedBy;
        PublishedAt = publishedAt;
    }

    public int Id { get; private set; }
    public int CampaignId { get; private set; }

    /// <summary>
    /// The proposal dossier whose nominees a receiving board publishes before its own council meets on them; null for the
    /// agency's consultation before the agency's council.
    /// </summary>
    public int? ProposalId { get; private set; }

    /// <summary>
    /// Which of its owner's lists this is (the campaign's agency lists, or the board's lists on one dossier), 1 for the
    /// first: one past the lists published before it. Two publishes that read the same lists take the same round, and the
    /// database keeps only one of them (a unique index), so they never make two lists of the same nominees.
    /// </summary>
    public int Round { get; private set; }

    /// <summary>The day the list is published; the window's days are counted from the next working day.</summary>
    public DateOnly PublishedOn { get; private set; }

    /// <summary>The window's last day: comments are taken to its end, and the council meets after it.</summary>
    public DateOnly LastDay { get; private set; }

    public int WorkingDays { get; private set; }

    /// <summary>The provision the window's length was taken from, as the rule set in force cites it.</summary>
    public string Article { get; private set; }

    public string PublishedBy { get; private set; }
    public DateTimeOffset PublishedAt { get; private set; }
    public IReadOnlyList<ConsultationNominee> Nominees => _nominees;

    /// <summary>
    /// Publishes <paramref name="nominationIds"/> on <paramref name="publishedOn"/> (not before <paramref name="today"/>)
    /// for <paramref name="workingDays"/> working days, the days off being <paramref name="daysOff"/>, as its owner's list
    /// after the <paramref name="earlierLists"/> it published before; a receiving board publishes the nominees of the
    /// dossier <paramref name="proposalId"/> sent to it.
    /// </summary>
    public static Result<Consultation> Publish(int campaignId, IReadOnlyCollection<int> nominationIds, DateOnly publishedOn,
        DateOnly today, int workingDays, string article, IReadOnlySet<DateOnly> daysOff, string by, DateTimeOffset at,
        int? proposalId = null, int earlierLists = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(earlierLists);
        ArgumentNullException.ThrowIfNull(nominationIds);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);
        if (nominationIds.Count == 0)
        {
            return Result<Consultation>.Failure(ConsultationErrors.NothingToPublish());
        }

        if (publishedOn < today)
        {
            return Result<Consultation>.Failure(ConsultationErrors.PublishedInThePast(today));
        }

        var clipped = (article ?? "").Trim();
        var consultation = new Consultation(campaignId, proposalId, earlierLists + 1, publishedOn,
            Rules.WorkingDays.LastDayOfWindow(publishedOn, workingDays, daysOff), workingDays,
            clipped.Length <= ArticleMaxLength ? clipped : clipped[..ArticleMaxLength], by, at);
        consultation._nominees.AddRange(nominationIds.Distinct().Order().Select(id => new ConsultationNominee(id)));
        return Result<Consultation>.Success(consultation);
    }

    public bool Lists(int nominationId) => _nominees.Any(n => n.NominationId == nominationId);

    /// <summary>
    /// Whether the list stands before a receiving board's council on the dossier <paramref name="proposalId"/>, last sent
    /// at <paramref name="sentAt"/>. The law consults the public on the list the council votes on, so only the board's
    /// own list on the dossier published since it was last sent does: one published before the dossier was returned,
    /// amended and sent again no longer stands (its nominees still with the board are published again), and the agency's
    /// list before its own council never does.
    /// </summary>
    public bool StandsOnDossier(int proposalId, DateTimeOffset sentAt) => ProposalId == proposalId && PublishedAt >= sentAt;

    /// <summary>Whether comments are taken on <paramref name="day"/>: from the day of publication to the last day.</summary>
    public bool IsOpenOn(DateOnly day) => day >= PublishedOn && day <= LastDay;

    /// <summary>The council may meet on the listed nominees on <paramref name="day"/> only after the window's last day.</summary>
    public bool AllowsCouncilOn(DateOnly day) => day > LastDay;

    /// <summary>
    /// Whether the council may meet on <paramref name="agenda"/> on <paramref name="day"/>: every consultation that lists
    /// one of them must have closed. Each refusal names a window's last day once, with the agenda's nominees still in
    /// consultation until then (<paramref name="nomineeName"/> words one).
    /// </summary>
    public static Result CouncilMayMeet(IEnumerable<Consultation> consultations, IReadOnlyCollection<int> agenda, DateOnly day,
        Func<int, string> nomineeName)
    {
        ArgumentNullException.ThrowIfNull(consultations);
        ArgumentNullException.ThrowIfNull(nomineeName);
        var errors = consultations.Where(c => !c.AllowsCouncilOn(day) && agenda.Any(c.Lists))
            .GroupBy(c => c.LastDay)
            .OrderBy(g => g.Key)
            .Select(g => ConsultationErrors.StillOpen(g.Key,
                [.. agenda.Where(id => g.Any(c => c.Lists(id))).Distinct().Order().Select(nomineeName)]))
            .ToList();
        return errors.Count == 0 ? Result.Success() : Result.Failure(errors);
    }
}

/// <summary>A nomination on a consultation's published list.</summary>
public sealed class ConsultationNominee
{
    internal ConsultationNominee(int nominationId) => NominationId = nominationId;

    public int NominationId { get; private set; }
}
