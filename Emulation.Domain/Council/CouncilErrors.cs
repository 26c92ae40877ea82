using Emulation.Domain.Common;

namespace Emulation.Domain.Council;

public static class CouncilErrors
{
    public static DomainError NoMembers() =>
        new("council.no_members", "The council has no members: give at least one account the council member role.");

    public static DomainError NothingToVote() =>
        new("council.nothing_to_vote", "There is no nomination awaiting the council's vote.");

    public static DomainError ChairNotMember() =>
        new("council.chair_not_member", "The chair must be one of the council's members.");

    public static DomainError SecretaryRequired() =>
        new("council.secretary_required", "The session needs a secretary.");

    public static DomainError SessionClosed() =>
        new("council.session_closed", "The session is closed; nothing can change.");

    public static DomainError NotAMember(string name) =>
        new("council.not_member", $"{name} is not a member of this session's council.", name);

    public static DomainError MemberAbsent(string name) =>
        new("council.member_absent", $"{name} is not marked present and cannot vote.", name);

    public static DomainError NotOnAgenda(int nominationId) =>
        new("council.not_on_agenda", $"Nomination {nominationId} is not on this session's agenda.",
            nominationId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static DomainError AlreadyVoted(string name) =>
        new("council.already_voted", $"{name} has already voted on this nomination; a ballot cannot be cast twice.", name);

    public static DomainError Recused(string name) =>
        new("council.recused", $"{name} is the nominee or belongs to the nominee's unit and must not vote on it.", name);

    /// <summary>The item is "present/required".</summary>
    public static DomainError NoQuorum(int present, int required) =>
        new("council.no_quorum", $"Only {present} members are present; the quorum is {required}. The session cannot decide.",
            $"{present}/{required}");

    public static DomainError AlreadyOpen() =>
        new("council.already_open", "A session of this campaign is already open; close it first.");

    /// <summary>The receiving board's council already sits on this dossier.</summary>
    public static DomainError DossierSessionAlreadyOpen() =>
        new("council.dossier_session_open", "A session on this dossier is already open; close it first.");

    public static DomainError WrittenBallotsNotCounted() =>
        new("council.written_ballots_not_counted",
            "The rule set in force does not count written ballots of absent members; they vote at the meeting.");

    public static DomainError MemberPresent(string name) =>
        new("council.member_present", $"{name} is present and votes in person; only an absent member's ballot is recorded in writing.", name);

    public static DomainError CountedOnPaper() =>
        new("council.counted_on_paper", "The council voted on this nomination on paper; the secretary enters its counts.");

    public static DomainError VotedElectronically() =>
        new("council.voted_electronically", "Ballots were cast on this nomination in the application; it cannot be counted on paper too.");

    /// <summary>The item is "ballots/eligible".</summary>
    public static DomainError PaperCountInvalid(int ballots, int eligible) =>
        new("council.paper_count_invalid",
            $"The paper counts must not be negative and may total at most {eligible} (present members who may vote on it); they total {ballots}.",
            $"{ballots}/{eligible}");

    public static DomainError ReceiptInvalid() =>
        new("council.receipt_invalid", "A receipt code has 16 letters and digits, as given when the ballot was cast.");
}
