using Emulation.Domain.Awards;

namespace Emulation.Domain.Council;

/// <summary>A nomination put to the session: who it is for (for recusal) and which title (for the threshold).</summary>
public sealed class CouncilAgendaItem
{
    private CouncilAgendaItem(int nominationId, int? personId, int unitId, Title title)
    {
        NominationId = nominationId;
        PersonId = personId;
        UnitId = unitId;
        Title = title;
    }

    public int NominationId { get; private set; }
    public int? PersonId { get; private set; }
    public int UnitId { get; private set; }
    public Title Title { get; private set; }

    /// <summary>The decision as counted when the session closed; null before, and for an item left undecided.</summary>
    public AgendaOutcome? Outcome { get; private set; }

    /// <summary>The counts entered by the secretary when the council voted on this nomination on paper; else null.</summary>
    public PaperCount? Paper { get; private set; }

    internal void Decide(AgendaOutcome outcome) => Outcome = outcome;

    internal void CountOnPaper(PaperCount count) => Paper = count;

    public static CouncilAgendaItem For(Nomination nomination) =>
        new(nomination.Id, nomination.PersonId, nomination.UnitId, nomination.Title);

    public static CouncilAgendaItem Of(int nominationId, int? personId, int unitId, Title title) =>
        new(nominationId, personId, unitId, title);
}

/// <summary>
/// The ballots on one agenda item and the council's decision on them, counted once when the session closes: the
/// minutes read it instead of counting the ballots again under whatever rule set is in force when they are printed.
/// <see cref="Abstain"/> excludes <see cref="Recused"/> members.
/// </summary>
public sealed record AgendaOutcome(int Yes, int No, int Abstain, int Recused, int RequiredYes, int Denominator, bool Passed)
{
    public static AgendaOutcome Of(SessionCount count, VoteOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(count);
        ArgumentNullException.ThrowIfNull(outcome);
        return new(count.Yes, count.No, count.Abstain, count.Recused, outcome.RequiredYes, outcome.Denominator, outcome.Passed);
    }
}
