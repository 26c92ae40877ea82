using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;

namespace Emulation.Web.Services.Staff;

/// <summary>Who the signed-in member of staff is: their person record, or null when the account is not linked to one.</summary>
public sealed record StaffSelf(int PersonId, string FullName, string Position, string UnitName, DateOnly? LeftOn = null);

/// <summary>
/// A campaign as a member of staff sees it for their own pledge: whether it takes pledges now, the titles they may
/// choose, and what they registered (if anything).
/// </summary>
public sealed record OwnPledgeView(int CampaignId, string CampaignName, int Year, CampaignStatus CampaignStatus,
    DateOnly? PledgeDeadline, bool Open, IReadOnlyList<Title> Choices, Title? Title, string? Commitment, DateTimeOffset? ChangedAt)
{
    /// <summary>Whether one's unit is in one of the campaign's blocs; staff of a unit left out pledge nothing in it.</summary>
    public bool TakesPart { get; init; } = true;

    /// <summary>The pledge's version as read, for the save to tell a pledge changed from another tab; null with no pledge.</summary>
    public Guid? Version { get; init; }
}

/// <summary>Where one's own nomination stands, in the words a member of staff needs (never the ballot's figures).</summary>
public enum OwnNominationStage
{
    Proposed,
    Voted,
    NotPassed,
    Approved,
    Rejected,
    Awarded,
    Withdrawn,
}

public sealed record OwnNominationView(int CampaignId, string CampaignName, int Year, Title Title, OwnNominationStage Stage);

/// <summary>A member of the head's unit and their personal pledge in one campaign.</summary>
public sealed record UnitStaffPledge(int PersonId, string FullName, string Position, Title Title, string? Commitment,
    DateTimeOffset ChangedAt);

/// <summary>The personal pledges of a unit's staff in one campaign, for its department head to read.</summary>
public sealed record UnitStaffPledges(int CampaignId, string CampaignName, int Year, int StaffCount,
    IReadOnlyList<UnitStaffPledge> Pledges);
