using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Rules;

namespace Emulation.Domain.Council;

/// <summary>
/// A meeting of the emulation council (phiên họp Hội đồng TĐKT) on a campaign's nominations: the members seated when it
/// opened, their attendance, and the secret ballots on each nomination: who voted (<see cref="Participations"/>) is kept
/// apart from what was voted (<see cref="Ballots"/>, anonymous and sealed with the voter's receipt), or the counts of a
/// nomination voted on paper. Closing it decides every
/// nomination through <see cref="CouncilVote"/>: the threshold counts against all members, quorum against all members,
/// and recused members per the rule set.
/// <para>
/// The agency's council meets on a campaign's nominations (<see cref="ProposalId"/> null). The receiving board's own
/// council (the provincial emulation board's) meets on the nominees of one proposal dossier sent to it: the same
/// session, ballots and rules, scoped by <see cref="ProposalId"/> (the campaign is still the dossier's, for the rule set
/// of its year). Each council sees and votes only in its own sessions; the services hold that line.
/// </para>
/// </summary>
public sealed class CouncilSession : ICampaignOwned
{
    /// <summary>Members one attendance list may name; a council has about a dozen.</summary>
    public const int MaxMembersNamed = 200;

    /// <summary>Ballots on one sheet; a session's agenda has tens of nominations, a large one hundreds.</summary>
    public const int MaxBallotsPerSheet = 5000;

    public const int NameMaxLength = 120;

    private readonly List<CouncilMember> _members = [];
    private readonly List<CouncilAgendaItem> _agenda = [];
    private readonly List<CouncilBallot> _ballots = [];
    private readonly List<CouncilParticipation> _participations = [];

    private CouncilSession(int campaignId, DateOnly heldOn, string chairUserName, string secretaryName, string openedBy,
        DateTimeOffset openedAt)
    {
        CampaignId = campaignId;
        HeldOn = heldOn;
        ChairUserName = chairUserName;
        SecretaryName = secretaryName;
        OpenedBy = openedBy;
        OpenedAt = openedAt;
    }

    public int Id { get; private set; }
    public int CampaignId { get; private set; }

    /// <summary>The proposal dossier a receiving board's council meets on; null for the agency's own council.</summary>
    public int? ProposalId { get; private set; }

    public DateOnly HeldOn { get; private set; }
    public string ChairUserName { get; private set; }
    public string SecretaryName { get; private set; }
    public CouncilSessionStatus Status { get; private set; } = CouncilSessionStatus.Open;
    public string OpenedBy { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public string? ClosedBy { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    public IReadOnlyList<CouncilMember> Members => _members;
    public IReadOnlyList<CouncilAgendaItem> Agenda => _agenda;
    /// <summary>The anonymous ballots: choice and sealed receipt per nomination, no member.</summary>
    public IReadOnlyList<CouncilBallot> Ballots => _ballots;

    /// <summary>Who voted on which nomination, never how.</summary>
    public IReadOnlyList<CouncilParticipation> Participations => _participations;

    public CouncilMember Chair => _members.Single(m => m.UserName == ChairUserName);
    public int PresentCount => _members.Count(m => m.Present);

    /// <summary>Opens a session with every council member seated (nobody marked present yet) and the nominations to vote on.</summary>
    public static Result<CouncilSession> Open(int campaignId, DateOnly heldOn, IReadOnlyList<CouncilSeat> members,
        string chairUserName, string secretaryName, IReadOnlyList<CouncilAgendaItem> agenda, string by, DateTimeOffset at)
    {
        var errors = new List<DomainError>();
        if (members.Count == 0)
        {
            errors.Add(CouncilErrors.NoMembers());
        }
        else if (members.All(m => m.UserName != chairUserName))
        {
            errors.Add(CouncilErrors.ChairNotMember());
        }

        if (string.IsNullOrWhiteSpace(secretaryName))
        {
            errors.Add(CouncilErrors.SecretaryRequired());
        }

        if (agenda.Count == 0)
        {
            errors.Add(CouncilErrors.NothingToVote());
        }

        if (errors.Count > 0)
        {
            return Result<CouncilSession>.Failure(errors);
        }

        var session = new CouncilSession(campaignId, heldOn, chairUserName, Clip(secretaryName.Trim()), by, at);
        session._members.AddRange(members.DistinctBy(m => m.UserName).Select(CouncilMember.Seat));
        session._agenda.AddRange(agenda.DistinctBy(a => a.NominationId));
        return Result<CouncilSession>.Success(session);
    }

    /// <summary>
    /// Opens a session of a receiving board's council on the nominees of the dossier <paramref name="proposalId"/> (of
    /// the campaign <paramref name="campaignId"/>), with the board's council members seated.
    /// </summary>
    public static Result<CouncilSession> OpenOnProposal(int campaignId, int proposalId, DateOnly heldOn,
        IReadOnlyList<CouncilSeat> members, string chairUserName, string secretaryName, IReadOnlyList<CouncilAgendaItem> agenda,
        string by, DateTimeOffset at)
    {
        var opened = Open(campaignId, heldOn, members, chairUserName, secretaryName, agenda, by, at);
        if (opened.IsSuccess)
        {
            opened.Value.ProposalId = proposalId;
        }

        return opened;
    }

    /// <summary>
    /// The nominees of a dossier that a receiving board's council passed: those whose latest decision in a closed session
    /// opened since the dossier was last sent (<paramref name="sentAt"/>) was a pass. A dossier amended and sent again is
    /// put to the council again; a session before it no longer counts.
    /// </summary>
    public static IReadOnlySet<int> PassedOnDossier(IEnumerable<CouncilSession> sessions, DateTimeOffset sentAt)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        return sessions.Where(s => s.Status == CouncilSessionStatus.Closed && s.OpenedAt >= sentAt)
            .OrderBy(s => s.Id)
            .SelectMany(s => s._agenda.Where(a => a.Outcome is not null))
            .GroupBy(a => a.NominationId)
            .Where(g => g.Last().Outcome!.Passed)
            .Select(g => g.Key)
            .ToHashSet();
    }

    public Result MarkAttendance(string memberUserName, bool present)
    {
        if (Status == CouncilSessionStatus.Closed)
        {
            return Result.Failure(CouncilErrors.SessionClosed());
        }

        if (_members.SingleOrDefault(m => m.UserName == memberUserName) is not { } member)
        {
            return Result.Failure(CouncilErrors.NotAMember(memberUserName));
        }

        if (!present && _participations.Any(b => b.MemberUserName == memberUserName && !b.Written))
        {
            // Ballots already cast stay counted: a member who voted at the meeting was present.
            return Result.Failure(CouncilErrors.AlreadyVoted(member.FullName));
        }

        if (present && !member.Present && _participations.Any(b => b.MemberUserName == memberUserName && b.Written))
        {
            // A member who voted in writing as absent has voted: marking them present would count them twice.
            return Result.Failure(CouncilErrors.AlreadyVoted(member.FullName));
        }

        member.MarkAttendance(present);
        return Result.Success();
    }

    /// <summary>
    /// A present member casts their own secret ballot on one nomination, once; never on themselves or their unit, nor
    /// on a nomination counted on paper. The ballot is sealed with <paramref name="receipt"/>, the code the member is given.
    /// </summary>
    public Result Vote(string memberUserName, int nominationId, BallotChoice choice, BallotReceipt receipt) =>
        AddBallot(memberUserName, nominationId, choice, receipt, inWriting: false);

    /// <summary>
    /// The secretary records the written ballot of a member absent from the meeting, once per nomination; only where
    /// the rule set counts written ballots (<see cref="CouncilRules.WrittenBallotsOfAbsentMembers"/>, e.g. Decree 91/2017
    /// Art. 45(8)), never for a present member (who votes in person) nor on a member's own or their unit's nomination.
    /// </summary>
    public Result RecordWrittenBallot(CouncilRules rules, string memberUserName, int nominationId, BallotChoice choice,
        BallotReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return rules.WrittenBallotsOfAbsentMembers
            ? AddBallot(memberUserName, nominationId, choice, receipt, inWriting: true)
            : Result.Failure(CouncilErrors.WrittenBallotsNotCounted());
    }

    /// <summary>
    /// The secretary enters the counts of a nomination the council voted on paper (again, to correct them, while the
    /// session is open). Refused when ballots were cast on it electronically, and when the paper ballots outnumber the
    /// present members who may vote on it (present, less those who stand aside).
    /// </summary>
    public Result RecordPaperCount(int nominationId, PaperCount count)
    {
        ArgumentNullException.ThrowIfNull(count);
        if (Status == CouncilSessionStatus.Closed)
        {
            return Result.Failure(CouncilErrors.SessionClosed());
        }

        if (_agenda.SingleOrDefault(a => a.NominationId == nominationId) is not { } item)
        {
            return Result.Failure(CouncilErrors.NotOnAgenda(nominationId));
        }

        if (_participations.Any(p => p.NominationId == nominationId))
        {
            return Result.Failure(CouncilErrors.VotedElectronically());
        }

        var eligible = _members.Count(m => m.Present && !m.IsConflicted(item));
        if (count.Yes < 0 || count.No < 0 || count.Abstain < 0 || count.Total > eligible)
        {
            return Result.Failure(CouncilErrors.PaperCountInvalid(count.Total, eligible));
        }

        item.CountOnPaper(count);
        return Result.Success();
    }

    /// <summary>
    /// The rules every ballot keeps, cast in person (by a present member) or in writing (for an absent one): an open
    /// session, a member, a nomination on the agenda not counted on paper, not the member's own or their unit's, once.
    /// The member's participation and the anonymous ballot are kept apart.
    /// </summary>
    private Result AddBallot(string memberUserName, int nominationId, BallotChoice choice, BallotReceipt receipt, bool inWriting)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        if (Status == CouncilSessionStatus.Closed)
        {
            return Result.Failure(CouncilErrors.SessionClosed());
        }

        if (_members.SingleOrDefault(m => m.UserName == memberUserName) is not { } member)
        {
            return Result.Failure(CouncilErrors.NotAMember(memberUserName));
        }

        if (member.Present == inWriting)
        {
            return Result.Failure(inWriting ? CouncilErrors.MemberPresent(member.FullName) : CouncilErrors.MemberAbsent(member.FullName));
        }

        if (_agenda.SingleOrDefault(a => a.NominationId == nominationId) is not { } item)
        {
            return Result.Failure(CouncilErrors.NotOnAgenda(nominationId));
        }

        if (item.Paper is not null)
        {
            return Result.Failure(CouncilErrors.CountedOnPaper());
        }

        if (member.IsConflicted(item))
        {
            return Result.Failure(CouncilErrors.Recused(member.FullName));
        }

        if (HasVoted(memberUserName, nominationId))
        {
            return Result.Failure(CouncilErrors.AlreadyVoted(member.FullName));
        }

        _participations.Add(CouncilParticipation.Of(nominationId, memberUserName, inWriting));
        _ballots.Add(CouncilBallot.Sealed(nominationId, choice, receipt));
        return Result.Success();
    }

    /// <summary>Whether the member has voted on the nomination (how, nobody can tell).</summary>
    public bool HasVoted(string memberUserName, int nominationId) =>
        _participations.Any(p => p.NominationId == nominationId && p.MemberUserName == memberUserName);

    /// <summary>The nominations on which a ballot sealed with <paramref name="receipt"/> is counted.</summary>
    public IReadOnlyList<int> CountedWith(BallotReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        return [.. _agenda.Select(a => a.NominationId)
            .Where(id => _ballots.Any(b => b.NominationId == id && b.Receipt == receipt.Seal(id)))];
    }

    /// <summary>The counted ballots on one nomination as they stand.</summary>
    public SessionCount Count(int nominationId)
    {
        var item = _agenda.Single(a => a.NominationId == nominationId);
        var recused = _members.Count(m => m.Present && m.IsConflicted(item));
        if (item.Paper is { } paper)
        {
            return new SessionCount(_members.Count, PresentCount, paper.Yes, paper.No, paper.Abstain, recused,
                PresentCount - recused - paper.Total)
            {
                OnPaper = true,
            };
        }

        var cast = _ballots.Where(b => b.NominationId == nominationId).ToList();
        var voted = _participations.Where(p => p.NominationId == nominationId).ToList();
        var written = voted.Count(p => p.Written);
        return new SessionCount(_members.Count, PresentCount,
            cast.Count(b => b.Choice == BallotChoice.Yes),
            cast.Count(b => b.Choice == BallotChoice.No),
            cast.Count(b => b.Choice == BallotChoice.Abstain),
            recused,
            PresentCount - recused - (voted.Count - written))
        {
            Written = written,
        };
    }

    /// <summary>
    /// Closes the session and decides each agenda item still to be decided (<paramref name="undecided"/>; withdrawn
    /// ones are left out). Refused without quorum; a closed session never changes.
    /// </summary>
    public Result<IReadOnlyList<CouncilDecision>> Close(RuleSet rules, IReadOnlyCollection<int> undecided, string by,
        DateTimeOffset at)
    {
        if (Status == CouncilSessionStatus.Closed)
        {
            return Result<IReadOnlyList<CouncilDecision>>.Failure(CouncilErrors.SessionClosed());
        }

        var required = (int)rules.Council.Quorum.MinimumCount(_members.Count);
        if (PresentCount < required)
        {
            return Result<IReadOnlyList<CouncilDecision>>.Failure(CouncilErrors.NoQuorum(PresentCount, required));
        }

        var decisions = new List<CouncilDecision>();
        foreach (var item in _agenda.Where(a => undecided.Contains(a.NominationId)))
        {
            var decided = Decide(item, rules);
            if (!decided.IsSuccess)
            {
                return Result<IReadOnlyList<CouncilDecision>>.Failure(decided.Errors);
            }

            decisions.Add(decided.Value);
        }

        foreach (var decision in decisions)
        {
            _agenda.Single(a => a.NominationId == decision.NominationId).Decide(AgendaOutcome.Of(decision.Count, decision.Outcome));
        }

        Status = CouncilSessionStatus.Closed;
        ClosedBy = by;
        ClosedAt = at;
        return Result<IReadOnlyList<CouncilDecision>>.Success(decisions);
    }

    /// <summary>
    /// The decision on one agenda item: as stored when the session closed or, for an item not decided then (the
    /// session still open, the item withdrawn), what closing under <paramref name="rules"/> would decide now.
    /// </summary>
    public Result<AgendaOutcome> OutcomeOf(int nominationId, RuleSet rules)
    {
        var item = _agenda.Single(a => a.NominationId == nominationId);
        if (item.Outcome is { } stored)
        {
            return Result<AgendaOutcome>.Success(stored);
        }

        var decided = Decide(item, rules);
        return decided.IsSuccess
            ? Result<AgendaOutcome>.Success(AgendaOutcome.Of(decided.Value.Count, decided.Value.Outcome))
            : Result<AgendaOutcome>.Failure(decided.Errors);
    }

    /// <summary>Counts the ballots on one item and decides it: the one place a tally is made and put to the vote.</summary>
    private Result<CouncilDecision> Decide(CouncilAgendaItem item, RuleSet rules)
    {
        var count = Count(item.NominationId);
        var tally = count.ToTally();
        var outcome = CouncilVote.Decide(tally, item.Title, rules, [.. Enumerable.Repeat(BallotChoice.Abstain, count.Recused)]);
        return outcome.IsSuccess
            ? Result<CouncilDecision>.Success(new CouncilDecision(item.NominationId, tally, count, outcome.Value))
            : Result<CouncilDecision>.Failure(outcome.Errors);
    }

    private static string Clip(string text) => text.Length <= NameMaxLength ? text : text[..NameMaxLength];
}

/// <summary>Ballots on one nomination: cast by choice, recused present members, and present members yet to vote.</summary>
public sealed record SessionCount(int Members, int Present, int Yes, int No, int Abstain, int Recused, int NotVoted)
{
    /// <summary>Ballots among Yes, No and Abstain cast in writing by absent members.</summary>
    public int Written { get; init; }

    /// <summary>The council voted on this nomination on paper; the counts are the secretary's.</summary>
    public bool OnPaper { get; init; }

    /// <summary>Ballots cast so far, whatever their choice.</summary>
    public int Cast => Yes + No + Abstain + Sealed;

    /// <summary>Members who neither cast a ballot nor were recused: present without voting, or absent without writing.</summary>
    public int NoBallot => Math.Max(0, Members - Cast - Recused);

    /// <summary>Ballots counted in <see cref="Cast"/> whose choices <see cref="WithoutChoices"/> took out.</summary>
    private int Sealed { get; init; }

    /// <summary>
    /// The count while voting goes on: how many voted, not how. A running yes/no count seen between two members'
    /// ballots would tell how the second voted, so the choices are published when the session closes.
    /// </summary>
    public SessionCount WithoutChoices() => this with { Yes = 0, No = 0, Abstain = 0, Sealed = Cast };

    /// <summary>
    /// The tally the vote is decided on: a recused member present at the meeting is counted as not voting, then taken
    /// out as recused, so the rule set decides whether they stay in the denominator.
    /// </summary>
    public BallotTally ToTally() => new(Members, Present, Yes, No, Abstain + Recused) { Written = Written };
}

/// <summary>The council's decision on one nomination when the session closed.</summary>
public sealed record CouncilDecision(int NominationId, BallotTally Tally, SessionCount Count, VoteOutcome Outcome);
