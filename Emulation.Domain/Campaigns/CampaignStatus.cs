namespace Emulation.Domain.Campaigns;

/// <summary>Lifecycle: Draft → Launched (pledges) → ResultsOpen → Review (scoring, votes, approval) → Closed.</summary>
public enum CampaignStatus
{
    Draft,
    Launched,
    ResultsOpen,
    Review,
    Closed,
}

/// <summary>What a campaign accepts in each status: the one place services and pages ask.</summary>
public static class CampaignGates
{
    /// <summary>Units register targets and titles while the campaign is launched.</summary>
    public static bool AcceptsPledges(this CampaignStatus status) => status == CampaignStatus.Launched;

    /// <summary>Units report their results while results are open.</summary>
    public static bool AcceptsResults(this CampaignStatus status) => status == CampaignStatus.ResultsOpen;

    /// <summary>
    /// Results are open, or the campaign is in review and the officer returned this unit's results
    /// (<paramref name="current"/>): the unit corrects and submits them again, since its nominations wait on them.
    /// </summary>
    public static bool AcceptsResults(this CampaignStatus status, Pledges.SubmissionStatus? current) =>
        status.AcceptsResults() || status == CampaignStatus.Review && current == Pledges.SubmissionStatus.Returned;

    /// <summary>Evidence (and the staff's yearly records it backs) changes while pledges or results are open.</summary>
    public static bool AcceptsEvidence(this CampaignStatus status) =>
        status is CampaignStatus.Launched or CampaignStatus.ResultsOpen;

    /// <summary>
    /// As <see cref="AcceptsEvidence(CampaignStatus)"/>, and also in review when the officer returned this unit's results
    /// (<paramref name="results"/>): what was returned is the unit's report as a whole, its evidence and its staff's
    /// yearly ratings as much as its figures, all corrected before it submits again (<see cref="AcceptsResults(CampaignStatus, Pledges.SubmissionStatus?)"/>).
    /// </summary>
    public static bool AcceptsEvidence(this CampaignStatus status, Pledges.SubmissionStatus? results) =>
        status.AcceptsEvidence() || status.AcceptsResults(results);

    /// <summary>
    /// The campaign has taken its units' staff records for the year: in review (unless the officer returned this unit's
    /// results, <paramref name="results"/>) or closed, the year's ratings are those it ranked, voted on and decided on,
    /// so a head no longer rewrites them. Before launch and while pledges or results are open, they are still the head's.
    /// </summary>
    public static bool HoldsStaffYear(this CampaignStatus status, Pledges.SubmissionStatus? results) =>
        status is CampaignStatus.Review or CampaignStatus.Closed && !status.AcceptsEvidence(results);

    /// <summary>The engine's recommendations go to the council during review.</summary>
    public static bool AcceptsNominations(this CampaignStatus status) => status == CampaignStatus.Review;

    /// <summary>
    /// The union officer adds a nomination by hand to a campaign that has been launched and is not closed; one never
    /// launched has no participants to nominate, and a closed one has been decided.
    /// </summary>
    public static bool AcceptsNominationsByHand(this CampaignStatus status) =>
        status is CampaignStatus.Launched or CampaignStatus.ResultsOpen or CampaignStatus.Review;
}
