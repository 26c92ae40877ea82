using Emulation.Domain.Awards;
using Emulation.Domain.Rules;

namespace Emulation.Domain.Scoring;

/// <summary>Facts about a unit's members in this evaluation, from which collective titles are decided.</summary>
internal sealed class UnitFacts(UnitScore score, RankedUnit rank, int evaluationYear, RuleSet rules, TitleTermsTable terms)
    : RecommendationSubject(terms)
{
    public override int? PersonId => null;
    public override int UnitId => Score.UnitId;
    public override string Name => Score.UnitName;

    public UnitScore Score { get; } = score;
    public RankedUnit Rank { get; } = rank;
    public int EvaluationYear { get; } = evaluationYear;
    public int ListedMembers { get; set; }
    public int AdvancedWorkers { get; set; }
    public int Fighters { get; set; }
    public int BarredByDiscipline { get; set; }

    /// <summary>
    /// Members whose Lao động tiên tiến or Chiến sĩ thi đua cơ sở is deferred (their own proceedings pending, Decree 152/2025
    /// Art. 4(4)): not yet holders, not refused either, so a collective title that needs them waits with them.
    /// </summary>
    public int DeferredAdvancedWorkers { get; set; }

    public int DeferredFighters { get; set; }

    /// <summary>Members who did not complete their tasks: rated "not completed", or disciplined in the year (Decree 90/2020).</summary>
    public int NotCompleted { get; set; }

    /// <summary>Of <see cref="NotCompleted"/>, those disciplined in the year whose entered rating did not say so.</summary>
    public int DisciplinedNotCompleted { get; set; }

    /// <summary>Listed members not rated this year (under six months' working time, or no record for the year).</summary>
    public int NotRated { get; set; }

    /// <summary>
    /// Takes <paramref name="other"/>'s member counts: the same unit's in an earlier evaluation whose people's verdicts this
    /// one keeps (<see cref="EvaluationRun.Rerun"/>).
    /// </summary>
    public void CountMembersAs(UnitFacts other)
    {
        ListedMembers = other.ListedMembers;
        AdvancedWorkers = other.AdvancedWorkers;
        Fighters = other.Fighters;
        BarredByDiscipline = other.BarredByDiscipline;
        DeferredAdvancedWorkers = other.DeferredAdvancedWorkers;
        DeferredFighters = other.DeferredFighters;
        NotCompleted = other.NotCompleted;
        DisciplinedNotCompleted = other.DisciplinedNotCompleted;
        NotRated = other.NotRated;
    }

    /// <summary>The larger of the declared headcount and the people listed, so nobody unlisted is silently dropped.</summary>
    public int Members => Math.Max(Score.Unit.Members, ListedMembers);

    /// <summary>This year's Tập thể lao động xuất sắc, recommended or deferred.</summary>
    public bool ExcellentCollectiveThisYear { get; set; }

    /// <summary>This year's Tập thể lao động xuất sắc is deferred, not yet given.</summary>
    public bool ExcellentCollectiveDeferred { get; set; }

    /// <summary>
    /// Some title this unit's collective titles build on is deferred for a reason other than the unit's own proceedings: a
    /// member's, or its own Excellent Labour Collective waiting on a member's.
    /// </summary>
    public bool HasDeferredMembers =>
        DeferredAdvancedWorkers + DeferredFighters > 0 || (ExcellentCollectiveDeferred && !ProceedingsPending);

    /// <summary>Decree 152/2025 Art. 4(4): the unit is under inspection or a complaint about it is being verified.</summary>
    public bool ProceedingsPending => Score.Unit.ProceedingsPending;

    /// <summary>Whether the unit's results are submitted, so that its head's ratings of its staff are final.</summary>
    public bool ResultsSubmitted => Score.Unit.ResultsSubmitted;

    /// <summary>For a thematic campaign, the years it has run (Art. 26(2)); null for a yearly campaign.</summary>
    public int? ThematicCampaignYears { get; init; }

    /// <summary>Decree 152/2025 Art. 33(7): the unit's latest merit collective Bằng khen before this year, if the rule applies.</summary>
    public AwardRecord? PreviousMerit { get; } = CollectiveEligibility.PreviousMeritOf(score.Unit, evaluationYear, rules);

    /// <summary>Streak years for the collective Bằng khen must come after this year.</summary>
    public int MeritPeriodAfter => PreviousMerit?.Year ?? int.MinValue;

    public bool Decide(Title title, List<Condition>? sink) => CollectiveEligibility.Decide(title, this, rules, sink, out _);

    /// <summary>Decides <paramref name="title"/>; <paramref name="waits"/> when it must wait for proceedings, the unit's or its members'.</summary>
    public bool Decide(Title title, List<Condition>? sink, out bool waits) => CollectiveEligibility.Decide(title, this, rules, sink, out waits);

    public override Condition[] ConditionsFor(Title title)
    {
        var sink = new List<Condition>(6);
        Decide(title, sink);
        return [.. sink];
    }

    /// <summary>Every result present and every pledged target reached (read once per member, so computed once).</summary>
    public bool MetTargets { get; } = !score.HasMissing && score.LowestTargetRatio is >= 1m;
}
