using System.Globalization;
using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;

namespace Emulation.Domain.Pledges;

public static class PersonalPledgeErrors
{
    /// <summary>The campaign does not offer the title, or it is not a personal emulation title.</summary>
    public static DomainError TitleNotOffered(Title title) =>
        new("personal_pledge.title_not_offered", $"The campaign does not offer {title} to individuals.", title.ToString());

    /// <summary>The campaign is not taking pledges: still a draft, or its results are already open.</summary>
    public static DomainError WindowClosed(CampaignStatus status) =>
        new("personal_pledge.window_closed", $"The campaign is {status} and does not take personal pledges.", status.ToString());

    public static DomainError CommitmentTooLong(int max) =>
        new("personal_pledge.commitment_too_long", $"The commitment is longer than {max} characters.",
            max.ToString(CultureInfo.InvariantCulture));

    /// <summary>The person has left the staff (retired, moved out): they pledge for no campaign any more.</summary>
    public static DomainError PersonLeft() =>
        new("personal_pledge.person_left", "This person has left the staff and no longer pledges.");

    /// <summary>The account is not linked to a staff record, so it has no personal pledge.</summary>
    public static DomainError NoPersonRecord() =>
        new("personal_pledge.no_person", "This account is not linked to a staff record.");
}
