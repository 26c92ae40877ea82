namespace Emulation.Web.Data.Inbox;

/// <summary>What a notification tells its reader; each kind can be e-mailed or not, as the reader chooses.</summary>
public enum NotificationKind
{
    /// <summary>The union officer returned the unit's pledge or results, with a reason.</summary>
    SubmissionReturned,

    /// <summary>The union officer accepted the unit's pledge or results.</summary>
    SubmissionAccepted,

    /// <summary>A pledge or results deadline is a few days away and the unit has not submitted.</summary>
    DeadlineSoon,

    /// <summary>A pledge or results deadline passed and the unit has not submitted.</summary>
    DeadlinePassed,

    /// <summary>A council session the member sits on opened its ballots.</summary>
    BallotOpened,

    /// <summary>A decision awarding the reader was issued.</summary>
    DecisionIssued,

    /// <summary>A proposal dossier was sent (or sent again) to the reader's receiving board.</summary>
    ProposalReceived,

    /// <summary>The receiving board returned the agency's proposal dossier for amendment, with its reasons.</summary>
    ProposalReturned,

    /// <summary>The receiving board decided nominees of the agency's proposal dossier.</summary>
    ProposalDecided,

    /// <summary>A campaign reaching the reader's unit was launched: the unit's pledge is due by the pledge deadline.</summary>
    CampaignLaunched,

    /// <summary>A campaign reaching the reader's unit was launched with titles to pledge oneself: the reader's own pledge is open.</summary>
    PersonalPledgeOpened,

    /// <summary>A campaign the reader's unit takes part in opened results for entry: they are due by the results deadline.</summary>
    ResultsOpened,

    /// <summary>A unit submitted its pledge or results: they wait for the union officer's review.</summary>
    SubmissionReceived,

    /// <summary>A council session closed with nominations passed: they wait for the leadership's decision.</summary>
    NominationsPassed,

    /// <summary>A campaign moved to review: its scores, ranking and recommended titles are there to read before the council.</summary>
    EvaluationReady,

    /// <summary>A pledge or results deadline passed with units that have not submitted (the union officer's summary).</summary>
    UnitsLate,

    /// <summary>The receiving board's council passed nominees of a dossier: the board issues the deciding level's decision.</summary>
    BoardNomineesPassed,

    /// <summary>A decision awarding the reader's unit or its staff was issued.</summary>
    UnitAwarded,

    /// <summary>A sudden or long-service award proposal waits for the reader: the council's opinion, or the decision.</summary>
    SuddenAwaiting,

    /// <summary>The reader's sudden or long-service award proposal was turned down, with the reason.</summary>
    SuddenRejected,

    /// <summary>An administrator reset the reader's password.</summary>
    PasswordReset,
}
