using Emulation.Web.Data;
using Emulation.Web.Data.Inbox;

namespace Emulation.Web.Services.Inbox;

/// <summary>
/// Who receives each kind of notice, said once: the notices that go to a role's accounts take the role from here, the
/// settings page offers each account only the kinds it can receive, and a test holds every notice written to it.
/// Which of those accounts a notice reaches is then the step's (its unit's heads, its tree's officers: <see cref="Audience"/>).
/// </summary>
public static class NoticeReaders
{
    private static readonly Dictionary<NotificationKind, IReadOnlyList<string>> RolesByKind = new()
    {
        [NotificationKind.SubmissionReturned] = [Roles.DepartmentHead],
        [NotificationKind.SubmissionAccepted] = [Roles.DepartmentHead],
        [NotificationKind.DeadlineSoon] = [Roles.DepartmentHead],
        [NotificationKind.DeadlinePassed] = [Roles.DepartmentHead],
        [NotificationKind.CampaignLaunched] = [Roles.DepartmentHead],
        [NotificationKind.ResultsOpened] = [Roles.DepartmentHead],
        [NotificationKind.UnitAwarded] = [Roles.DepartmentHead],
        [NotificationKind.PersonalPledgeOpened] = [Roles.Staff],
        [NotificationKind.BallotOpened] = [Roles.CouncilMember, Roles.BoardCouncilMember],
        [NotificationKind.SubmissionReceived] = [Roles.UnionOfficer],
        [NotificationKind.UnitsLate] = [Roles.UnionOfficer],
        [NotificationKind.EvaluationReady] = [Roles.CouncilMember, Roles.Leadership],
        [NotificationKind.NominationsPassed] = [Roles.Leadership],
        [NotificationKind.ProposalReturned] = [Roles.UnionOfficer, Roles.Leadership],
        [NotificationKind.ProposalDecided] = [Roles.UnionOfficer, Roles.Leadership],
        [NotificationKind.ProposalReceived] = [Roles.Appraiser],
        [NotificationKind.BoardNomineesPassed] = [Roles.Appraiser],
        // The council's opinion is the officers' to record, the decision the leadership's.
        [NotificationKind.SuddenAwaiting] = [Roles.UnionOfficer, Roles.Leadership],
        // The one who proposed: whoever may propose a sudden or a long-service award.
        [NotificationKind.SuddenRejected] =
            [.. Policies.RolesOf(Policies.ProposeSudden).Union(Policies.RolesOf(Policies.ProposeLongService))],
        [NotificationKind.PasswordReset] = Roles.All,
        // An award decided for the account's own person, whatever the account's roles (OwnPerson).
        [NotificationKind.DecisionIssued] = [],
    };

    /// <summary>The kinds that reach an account through the person record it is linked to, whatever its roles.</summary>
    private static readonly HashSet<NotificationKind> ToOwnPerson = [NotificationKind.DecisionIssued];

    /// <summary>The roles whose accounts <paramref name="kind"/> is written to; a kind missing here is a programming error.</summary>
    public static IReadOnlyList<string> RolesOf(NotificationKind kind) =>
        RolesByKind.TryGetValue(kind, out var roles) ? roles : throw new ArgumentOutOfRangeException(nameof(kind), kind, "No readers said.");

    /// <summary>Whether an account holding <paramref name="roles"/>, linked to a person or not, can receive <paramref name="kind"/>.</summary>
    public static bool Receives(NotificationKind kind, IReadOnlySet<string> roles, bool linkedToPerson) =>
        RolesOf(kind).Any(roles.Contains) || (linkedToPerson && ToOwnPerson.Contains(kind));

    /// <summary>The kinds <paramref name="actor"/> can receive, in the order of <see cref="NotificationKind"/>.</summary>
    public static IReadOnlyList<NotificationKind> KindsFor(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return [.. Enum.GetValues<NotificationKind>().Where(k => Receives(k, actor.Roles, actor.PersonId is not null))];
    }
}
