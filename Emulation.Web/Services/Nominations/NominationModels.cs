using Emulation.Domain.Awards;
using Emulation.Domain.Scoring;
using Emulation.Web.Resources;

namespace Emulation.Web.Services.Nominations;

/// <param name="Explanation">Why the engine recommended it, as data (null for one added by hand): words it where shown.</param>
/// <param name="BallotExplanation">How the council decided it, in the reader's language (<see cref="BallotOutcome"/> worded).</param>
public sealed record NominationView(int Id, int? PersonId, string SubjectName, string UnitName, Title Title,
    NominationStatus Status, BallotTally? Ballot, Explanation? Explanation, string? BallotExplanation, string? RejectionReason,
    NominationTrail? Trail = null)
{
    /// <summary>The council's decision and the facts it was decided on; null before the ballot, and for one recorded as text.</summary>
    public VoteOutcome? BallotOutcome { get; init; }

    /// <summary>The campaign the nomination belongs to.</summary>
    public int CampaignId { get; init; }

    /// <summary>The explanation as text, for a nomination made before explanations were kept as data.</summary>
    public string? LegacyExplanation { get; init; }

    /// <summary>
    /// Still before the council or leadership and held because the officer returned its unit's results: neither voted
    /// on, approved nor sent up until the unit submits again (<see cref="ReturnedResults"/>).
    /// </summary>
    public bool ResultsReturned { get; init; }

    /// <summary>Who the explanation is about, by name.</summary>
    public ExplainedSubject Subject => new(SubjectName, UnitName, PersonId is null);
}

/// <summary>Who added or withdrew a nomination by hand, when and why.</summary>
public sealed record NominationTrail(string? AddedReason, string? AddedBy, DateTimeOffset? AddedAt, string? WithdrawalReason,
    string? WithdrawnBy, DateTimeOffset? WithdrawnAt);

public sealed class AddNominationInput
{
    public int UnitId { get; set; }
    public int? PersonId { get; set; }
    public Title Title { get; set; } = Title.AdvancedWorker;
    public string Reason { get; set; } = "";
}

public sealed record PersonOption(int Id, string FullName, string Position);

public sealed record UnitOption(int Id, string Name);
