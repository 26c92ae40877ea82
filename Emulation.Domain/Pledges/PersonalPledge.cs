using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;

namespace Emulation.Domain.Pledges;

/// <summary>
/// A staff member's own emulation registration for a campaign (bản đăng ký thi đua cá nhân): the individual emulation
/// title they aim for, among those the campaign offers, and an optional short commitment. One per person and campaign;
/// registered and changed while the campaign takes pledges (<see cref="CampaignStatus.Launched"/>, the same window as
/// the units' pledges), read-only after. The unit's own registration of titles for its people
/// (<see cref="PledgedTitle"/>) stays the department head's.
/// </summary>
public sealed class PersonalPledge : ICampaignOwned
{
    public const int CommitmentMaxLength = 1000;

    /// <summary>The titles a person registers for: emulation titles (commendations are proposed, never pledged).</summary>
    public static IReadOnlyList<Title> PledgeableTitles { get; } =
        [Title.AdvancedWorker, Title.GrassrootsEmulationFighter, Title.ProvincialEmulationFighter];

    private PersonalPledge(int campaignId, int personId, Title title, string? commitment, DateTimeOffset registeredAt)
    {
        CampaignId = campaignId;
        PersonId = personId;
        Title = title;
        Commitment = commitment;
        RegisteredAt = registeredAt;
        ChangedAt = registeredAt;
    }

    public int Id { get; private set; }
    public int CampaignId { get; private set; }
    public int PersonId { get; private set; }
    public Title Title { get; private set; }
    public string? Commitment { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }
    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>The titles <paramref name="campaign"/> lets a person pledge: its offered titles that are personal emulation titles.</summary>
    public static IReadOnlyList<Title> ChoicesIn(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return [.. campaign.OfferedTitles.Select(t => t.Title).Where(PledgeableTitles.Contains).Order()];
    }

    /// <summary>Whether <paramref name="campaign"/> takes personal pledges now: while it is launched, before results open.</summary>
    public static Result Open(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return campaign.Status == CampaignStatus.Launched
            ? Result.Success()
            : Result.Failure(PersonalPledgeErrors.WindowClosed(campaign.Status));
    }

    public static Result<PersonalPledge> Register(Campaign campaign, int personId, Title title, string? commitment,
        DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var checkedCommitment = Check(campaign, title, commitment);
        return checkedCommitment.IsSuccess
            ? Result<PersonalPledge>.Success(new PersonalPledge(campaign.Id, personId, title, checkedCommitment.Value, at))
            : Result<PersonalPledge>.Failure(checkedCommitment.Errors);
    }

    /// <summary>Changes the title or the commitment while the campaign still takes pledges.</summary>
    public Result Change(Campaign campaign, Title title, string? commitment, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        if (campaign.Id != CampaignId)
        {
            throw new BusinessRuleViolationException("PersonalPledgeBelongsToItsCampaign",
                "A personal pledge is changed only against the campaign it was made for.");
        }

        var checkedCommitment = Check(campaign, title, commitment);
        if (!checkedCommitment.IsSuccess)
        {
            return Result.Failure(checkedCommitment.Errors);
        }

        Title = title;
        Commitment = checkedCommitment.Value;
        ChangedAt = at;
        return Result.Success();
    }

    /// <summary>The window, the title and the commitment; the commitment as stored (trimmed, NFC, null when empty).</summary>
    private static Result<string?> Check(Campaign campaign, Title title, string? commitment)
    {
        var errors = new List<DomainError>(Open(campaign).Errors);
        if (!ChoicesIn(campaign).Contains(title))
        {
            errors.Add(PersonalPledgeErrors.TitleNotOffered(title));
        }

        string? text = string.IsNullOrWhiteSpace(commitment) ? null : CleanText.Normalize(commitment);
        if (CleanText.Refusal(text, multiLine: true) is { } unclean)
        {
            errors.Add(unclean);
        }
        else if (text?.Length > CommitmentMaxLength)
        {
            errors.Add(PersonalPledgeErrors.CommitmentTooLong(CommitmentMaxLength));
        }

        return errors.Count > 0 ? Result<string?>.Failure(errors) : Result<string?>.Success(text);
    }
}
