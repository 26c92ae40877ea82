using Emulation.Domain.Pledges;
using Emulation.Web.Data;
using Emulation.Web.Data.Inbox;
using Emulation.Web.Services.Home;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Inbox;

/// <summary>
/// Whether the step a notice asks for still waits, read as the inbox is read from the reads the home page lists each
/// role's to-dos from (<see cref="HomeService"/>): a notice whose step is done, by its reader or anyone else allowed,
/// reads as settled and no longer counts as unread. Each home read is made once for a page of notices, and only when a
/// notice on it needs it. A notice is about the thing its link opens (the campaign, the unit, the dossier, the session).
/// </summary>
public sealed class NoticeSteps(IDbContextFactory<EmulationDbContext> factory, HomeService home, InboxService inbox)
{
    /// <summary>The kinds that ask their reader for a step; the others are news and never settle.</summary>
    public static readonly IReadOnlySet<NotificationKind> Asking = new HashSet<NotificationKind>
    {
        NotificationKind.SubmissionReceived, NotificationKind.UnitsLate, NotificationKind.SubmissionReturned,
        NotificationKind.DeadlineSoon, NotificationKind.DeadlinePassed, NotificationKind.CampaignLaunched,
        NotificationKind.ResultsOpened, NotificationKind.BallotOpened, NotificationKind.NominationsPassed,
        NotificationKind.SuddenAwaiting, NotificationKind.ProposalReceived, NotificationKind.BoardNomineesPassed,
    };

    /// <summary>Enough unread notices read to say the badge's count, which shows "99+" beyond 99.</summary>
    private const int BadgeReads = 100;

    /// <summary><paramref name="items"/>, each asking one marked settled once its step is done.</summary>
    public async Task<IReadOnlyList<InboxItem>> SettleAsync(Actor actor, IReadOnlyList<InboxItem> items)
    {
        var settled = await SettledAsync(actor, [.. items.Select(i => new Notice(i.Id, i.Kind, i.Subject, i.Link))]);
        return [.. items.Select(i => settled.Contains(i.Id) ? i with { Settled = true } : i)];
    }

    /// <summary>The reader's unread notices less those whose step is done: the inbox badge's count.</summary>
    public async Task<int> UnreadCountAsync(Actor actor)
    {
        var total = await inbox.UnreadCountAsync(actor);
        if (total == 0)
        {
            return 0;
        }

        await using var db = await factory.CreateDbContextAsync();
        NotificationKind[] kinds = [.. Asking];
        var asking = await db.InboxNotifications.AsNoTracking()
            .Where(n => n.UserId == actor.UserId && n.ReadAt == null && kinds.Contains(n.Kind))
            .OrderByDescending(n => n.Id).Take(BadgeReads)
            .Select(n => new Notice(n.Id, n.Kind, n.Subject, n.Link)).ToListAsync();
        return total - (await SettledAsync(actor, asking)).Count;
    }

    private async Task<HashSet<long>> SettledAsync(Actor actor, IReadOnlyList<Notice> notices)
    {
        var asking = notices.Where(n => Asking.Contains(n.Kind)).ToList();
        if (asking.Count == 0)
        {
            return [];
        }

        var open = await OpenStepsAsync(actor, asking);
        return [.. asking.Where(n => !open.Waits(n)).Select(n => n.Id)];
    }

    /// <summary>The home reads the notices need, each once, as the actor's home page reads them.</summary>
    private async Task<OpenSteps> OpenStepsAsync(Actor actor, List<Notice> notices)
    {
        bool Needs(params NotificationKind[] kinds) => notices.Any(n => kinds.Contains(n.Kind));
        var sudden = notices.Where(n => n.Kind == NotificationKind.SuddenAwaiting)
            .Select(n => NoticeLink.Id(n.Link, 1)).OfType<int>().ToList();
        return new OpenSteps(
            Needs(NotificationKind.SubmissionReceived, NotificationKind.UnitsLate)
                ? (await ReadAsync(actor, Policies.ManageCampaigns, home.OfficerAsync))?.Campaigns ?? [] : [],
            Needs(NotificationKind.SubmissionReturned, NotificationKind.DeadlineSoon, NotificationKind.DeadlinePassed,
                NotificationKind.CampaignLaunched, NotificationKind.ResultsOpened)
                ? await ReadAsync(actor, Policies.EnterUnitResults, home.HeadAsync) ?? [] : [],
            Needs(NotificationKind.BallotOpened) ? await ReadAsync(actor, Policies.Vote, home.CouncilAsync) ?? [] : [],
            Needs(NotificationKind.BallotOpened) ? await ReadAsync(actor, Policies.VoteOnBoard, home.BoardCouncilAsync) ?? [] : [],
            Needs(NotificationKind.NominationsPassed) ? await ReadAsync(actor, Policies.Approve, home.LeadershipAsync) ?? [] : [],
            Needs(NotificationKind.ProposalReceived, NotificationKind.BoardNomineesPassed)
                ? await ReadAsync(actor, Policies.Appraise, home.BoardAsync) ?? [] : [],
            sudden.Count > 0
                ? [.. await ReadAsync(actor, Policies.ReadSudden, a => home.SuddenWaitingAsync(a, sudden)) ?? []] : []);
    }

    /// <summary>A home read, or nothing when the reader no longer holds the role it is for: what it asked is no longer theirs.</summary>
    private static async Task<T?> ReadAsync<T>(Actor actor, string policy, Func<Actor, Task<T>> read) where T : class
    {
        if (!actor.Can(policy))
        {
            return null;
        }

        try
        {
            return await read(actor);
        }
        catch (AccessDeniedException)
        {
            return null;
        }
    }

    private sealed record Notice(long Id, NotificationKind Kind, string Subject, string Link);

    /// <summary>What waits for the reader now, as their home page lists it; one rule per kind of notice.</summary>
    private sealed record OpenSteps(IReadOnlyList<OfficerCampaign> Officer, IReadOnlyList<HeadCampaign> Head,
        IReadOnlyList<OpenBallot> Ballots, IReadOnlyList<BoardBallot> BoardBallots, IReadOnlyList<AwaitingApproval> Approvals,
        IReadOnlyList<BoardDossierStep> Board, IReadOnlyList<int> Sudden)
    {
        public bool Waits(Notice notice)
        {
            var id = NoticeLink.Id(notice.Link, 1);
            return notice.Kind switch
            {
                // campaigns/{campaign}/progress: the campaign still has submissions to review, or late units.
                NotificationKind.SubmissionReceived => Officer.Any(c => c.Id == id && c.AwaitingReview > 0),
                NotificationKind.UnitsLate => Officer.Any(c => c.Id == id && c.Units.Any(u => u.Flag == UnitFlagKind.Late)),
                // campaigns/{campaign}/units/{unit}?tab=…: the head's own unit's submission is still theirs to send.
                NotificationKind.SubmissionReturned => Head.Any(c => c.CampaignId == id &&
                    StatusOf(c, NoticeLink.Tab(notice.Link)) == SubmissionStatus.Returned),
                NotificationKind.CampaignLaunched => Head.Any(c => c.CampaignId == id && Owes(c, SubmissionKind.Pledge)),
                NotificationKind.ResultsOpened => Head.Any(c => c.CampaignId == id && Owes(c, SubmissionKind.Results)),
                NotificationKind.DeadlineSoon or NotificationKind.DeadlinePassed =>
                    Head.Any(c => c.CampaignId == id && Owes(c, c.Due) && notice.Subject.StartsWith(
                        InboxService.SubmissionKindText(c.Due), StringComparison.Ordinal)),
                // council/{campaign} or board/council/{session}: the reader has ballots left in an open session.
                NotificationKind.BallotOpened => notice.Link.StartsWith("board/", StringComparison.Ordinal)
                    ? BoardBallots.Any(b => b.SessionId == NoticeLink.Id(notice.Link, 2) && b.Voted < b.Nominations)
                    : Ballots.Any(b => b.CampaignId == id && b.Voted < b.Nominations),
                // approval/{campaign}: nominations the council passed that nobody has decided or sent up.
                NotificationKind.NominationsPassed => Approvals.Any(a => a.CampaignId == id && a.Passed + a.ToSendUp > 0),
                // board/{dossier}: still to appraise, or its passed nominees still to decide.
                NotificationKind.ProposalReceived => Board.Any(d => d.ProposalId == id &&
                    d.Step is BoardStep.Appraise or BoardStep.UnderAppraisal),
                NotificationKind.BoardNomineesPassed => Board.Any(d => d.ProposalId == id && d.Step == BoardStep.IssueDecision),
                // sudden/{proposal}
                NotificationKind.SuddenAwaiting => id is { } proposal && Sudden.Contains(proposal),
                _ => true,
            };
        }

        /// <summary>The submission <paramref name="kind"/> is due and not yet sent (a draft, or returned).</summary>
        private static bool Owes(HeadCampaign campaign, SubmissionKind kind) =>
            campaign.Due == kind && StatusOf(campaign, kind) is SubmissionStatus.Draft or SubmissionStatus.Returned;

        private static SubmissionStatus StatusOf(HeadCampaign campaign, SubmissionKind kind) =>
            kind == SubmissionKind.Results ? campaign.Results : campaign.Pledge;
    }
}
