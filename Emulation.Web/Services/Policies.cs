using Emulation.Web.Data;
using Microsoft.AspNetCore.Authorization;

namespace Emulation.Web.Services;

/// <summary>
/// Who may do what, named once: pages (<c>[Authorize(Policy = …)]</c>), the menu (<c>AuthorizeView Policy</c>) and
/// services (<see cref="Actor.RequirePolicy"/>) read the same role lists from here.
/// </summary>
public static class Policies
{
    /// <summary>Any of the agency's roles: campaigns, records, awards, one's own tokens (not the receiving board's users).</summary>
    public const string SignedInWithRole = nameof(SignedInWithRole);

    /// <summary>Any role of the deployment, the receiving board's included: one's inbox and password.</summary>
    public const string SignedInAnyRole = nameof(SignedInAnyRole);

    /// <summary>The receiving board's work on the dossiers addressed to its own unit: receive, appraise, return, decide.</summary>
    public const string Appraise = nameof(Appraise);

    /// <summary>The receiving board's own council: its appraisers (who run its sessions) and its members, in their own board's sessions.</summary>
    public const string ReadBoardCouncil = nameof(ReadBoardCouncil);

    /// <summary>Cast a secret ballot in a session of the receiving board's own council (its members only).</summary>
    public const string VoteOnBoard = nameof(VoteOnBoard);

    /// <summary>
    /// Read the sessions of one's own council, whichever it is: the agency's (<see cref="ReadCouncil"/>) or one's own
    /// receiving board's (<see cref="ReadBoardCouncil"/>). The API's council endpoints declare it; the session service
    /// then admits each caller only to the sessions of their own council.
    /// </summary>
    public const string ReadOwnCouncil = nameof(ReadOwnCouncil);

    /// <summary>Cast one's own ballot in a session of one's own council (<see cref="Vote"/> or <see cref="VoteOnBoard"/>).</summary>
    public const string CastOwnBallot = nameof(CastOwnBallot);

    /// <summary>
    /// Accept or hide a comment of a public consultation: the union officer on the agency's lists, a receiving board's
    /// appraiser on its board's (the consultation service tells which list a comment is on).
    /// </summary>
    public const string ModerateComments = nameof(ModerateComments);

    /// <summary>Download a proposal dossier's files: the agency's proposers, and the board it was sent to.</summary>
    public const string ReadProposalDossiers = nameof(ReadProposalDossiers);

    /// <summary>Launch, change and move campaigns through their steps; prepare nominations.</summary>
    public const string ManageCampaigns = nameof(ManageCampaigns);

    /// <summary>A department head enters and submits the own unit's results.</summary>
    public const string EnterUnitResults = nameof(EnterUnitResults);

    /// <summary>Read scores, evaluations and nominations.</summary>
    public const string ReadEvaluation = nameof(ReadEvaluation);

    /// <summary>Follow a campaign's progress and review the units' results.</summary>
    public const string FollowProgress = nameof(FollowProgress);

    /// <summary>Take part in a council session (its members deliberate, the officer runs it).</summary>
    public const string Deliberate = nameof(Deliberate);

    /// <summary>Cast a council ballot.</summary>
    public const string Vote = nameof(Vote);

    /// <summary>Approve nominations and sign decisions.</summary>
    public const string Approve = nameof(Approve);

    /// <summary>Send what a higher level decides up in proposal dossiers, and record what comes back.</summary>
    public const string Propose = nameof(Propose);

    /// <summary>Read the achievement reports of the nominations that go up (each unit's own for a department head).</summary>
    public const string ReadAchievementReports = nameof(ReadAchievementReports);

    /// <summary>Edit achievement reports: the union officer, and the head of the nominee's unit (who also confirms).</summary>
    public const string WriteAchievementReports = nameof(WriteAchievementReports);

    /// <summary>Propose a sudden award (khen thưởng đột xuất): the union officer for anyone, a head for the own unit.</summary>
    public const string ProposeSudden = nameof(ProposeSudden);

    /// <summary>See who meets the long-service conditions and propose them (khen thưởng quá trình cống hiến): the union officer.</summary>
    public const string ProposeLongService = nameof(ProposeLongService);

    /// <summary>Read sudden-award proposals: heads their own unit's, the others every unit's.</summary>
    public const string ReadSudden = nameof(ReadSudden);

    /// <summary>Read the commendation decisions.</summary>
    public const string ReadDecisions = nameof(ReadDecisions);

    /// <summary>
    /// Read one decision: those who read the agency's decisions, a receiving board's appraiser the decisions issued on
    /// dossiers sent to the board, a member of staff the decisions on their own awards (the decision service tells which).
    /// </summary>
    public const string ReadDecision = nameof(ReadDecision);

    /// <summary>See and keep the organisation's units and staff.</summary>
    public const string KeepOrganization = nameof(KeepOrganization);

    /// <summary>A member of staff sees their own record (profile, nominations) and registers their own pledge.</summary>
    public const string OwnRecord = nameof(OwnRecord);

    /// <summary>Accounts, rule sets, the audit trail and the organisation's structure.</summary>
    public const string Administer = nameof(Administer);

    /// <summary>See every unit's records, not only one's own: everyone but department heads (rule sets, refusals).</summary>
    public const string SeeAllUnits = nameof(SeeAllUnits);

    /// <summary>Read council sessions, their agendas, ballots and minutes.</summary>
    public const string ReadCouncil = nameof(ReadCouncil);

    /// <summary>Run a council session as its secretary: open it, take attendance, record written ballots, close it.</summary>
    public const string RunCouncilSessions = nameof(RunCouncilSessions);

    /// <summary>Keep a person's yearly record: administrators for anyone, department heads for their own unit's staff.</summary>
    public const string KeepStaffRecords = nameof(KeepStaffRecords);
    /// <summary>Read any unit's and person's achievement profile: every role but staff, who read only their own.</summary>
    public const string ReadProfiles = nameof(ReadProfiles);

    /// <summary>Read the year-end statistical reports on emulation and commendation and the lists behind their figures.</summary>
    public const string ReadStatistics = nameof(ReadStatistics);

    /// <summary>
    /// Hold API tokens and call the API: the roles whose work the API v1 carries (records, campaigns, pledges and
    /// results, council ballots, approval and decisions, accounts, the proposal dossiers, a receiving board's appraisal notes
    /// and consultation on a dossier). A role
    /// added later (staff) sees no token page until the API serves it.
    /// </summary>
    public const string UseApi = nameof(UseApi);

    private static readonly Dictionary<string, IReadOnlyList<string>> Roles = new(StringComparer.Ordinal)
    {
        [SignedInWithRole] = Data.Roles.Agency,
        [SignedInAnyRole] = Data.Roles.All,
        [Appraise] = [Data.Roles.Appraiser],
        [ReadBoardCouncil] = Data.Roles.Board,
        [VoteOnBoard] = [Data.Roles.BoardCouncilMember],
        [ReadOwnCouncil] = [Data.Roles.UnionOfficer, Data.Roles.CouncilMember, Data.Roles.Leadership, .. Data.Roles.Board],
        [CastOwnBallot] = [Data.Roles.CouncilMember, Data.Roles.BoardCouncilMember],
        [ModerateComments] = [Data.Roles.UnionOfficer, Data.Roles.Appraiser],
        [ReadProposalDossiers] = [Data.Roles.Leadership, Data.Roles.UnionOfficer, Data.Roles.Appraiser],
        [ManageCampaigns] = [Data.Roles.UnionOfficer],
        [EnterUnitResults] = [Data.Roles.DepartmentHead],
        [ReadEvaluation] = [Data.Roles.UnionOfficer, Data.Roles.CouncilMember, Data.Roles.Leadership],
        [FollowProgress] = [Data.Roles.UnionOfficer, Data.Roles.Leadership],
        [Deliberate] = [Data.Roles.CouncilMember, Data.Roles.UnionOfficer],
        [Vote] = [Data.Roles.CouncilMember],
        [Approve] = [Data.Roles.Leadership],
        [Propose] = [Data.Roles.Leadership, Data.Roles.UnionOfficer],
        [ReadAchievementReports] = [Data.Roles.Leadership, Data.Roles.UnionOfficer, Data.Roles.DepartmentHead],
        [WriteAchievementReports] = [Data.Roles.UnionOfficer, Data.Roles.DepartmentHead],
        [ProposeSudden] = [Data.Roles.UnionOfficer, Data.Roles.DepartmentHead],
        [ProposeLongService] = [Data.Roles.UnionOfficer],
        [ReadSudden] = [Data.Roles.UnionOfficer, Data.Roles.DepartmentHead, Data.Roles.Leadership, Data.Roles.CouncilMember],
        [ReadDecisions] = [Data.Roles.Leadership, Data.Roles.UnionOfficer, Data.Roles.CouncilMember, Data.Roles.Administrator],
        [ReadDecision] = [Data.Roles.Leadership, Data.Roles.UnionOfficer, Data.Roles.CouncilMember, Data.Roles.Administrator,
            Data.Roles.Appraiser, Data.Roles.Staff],
        [KeepOrganization] = [Data.Roles.Administrator, Data.Roles.UnionOfficer],
        [OwnRecord] = [Data.Roles.Staff],
        [Administer] = [Data.Roles.Administrator],
        [SeeAllUnits] = [Data.Roles.Administrator, Data.Roles.UnionOfficer, Data.Roles.CouncilMember, Data.Roles.Leadership],
        [ReadCouncil] = [Data.Roles.UnionOfficer, Data.Roles.CouncilMember, Data.Roles.Leadership],
        [RunCouncilSessions] = [Data.Roles.UnionOfficer],
        [KeepStaffRecords] = [Data.Roles.Administrator, Data.Roles.DepartmentHead],
        [ReadProfiles] = [Data.Roles.Administrator, Data.Roles.UnionOfficer, Data.Roles.DepartmentHead, Data.Roles.CouncilMember,
            Data.Roles.Leadership],
        [ReadStatistics] = [Data.Roles.UnionOfficer, Data.Roles.Leadership, Data.Roles.Administrator],
        [UseApi] = [Data.Roles.Administrator, Data.Roles.UnionOfficer, Data.Roles.DepartmentHead, Data.Roles.CouncilMember,
            Data.Roles.Leadership, Data.Roles.Appraiser, Data.Roles.BoardCouncilMember],
    };

    /// <summary>The roles a policy admits; an unknown name is a programming error.</summary>
    public static IReadOnlyList<string> RolesOf(string policy) =>
        Roles.TryGetValue(policy, out var roles) ? roles : throw new ArgumentOutOfRangeException(nameof(policy), policy, "No such policy.");

    /// <summary>The names of the policies that admit <paramref name="role"/>.</summary>
    public static IEnumerable<string> Admitting(string role) =>
        Roles.Where(p => p.Value.Contains(role)).Select(p => p.Key);

    /// <summary>Registers every policy with the framework, each admitting its roles.</summary>
    public static AuthorizationBuilder AddEmulationPolicies(this AuthorizationBuilder authorization)
    {
        foreach (var (name, roles) in Roles)
        {
            authorization.AddPolicy(name, policy => policy.RequireRole(roles));
        }

        return authorization;
    }
}
