using System.Globalization;
using Emulation.Domain.Common;
using Emulation.Domain.Council;
using Emulation.Domain.Pledges;
using Emulation.Web.Data;
using Emulation.Web.Data.Inbox;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Emulation.Web.Services.Inbox;

/// <summary>A notification as the inbox page lists it.</summary>
public sealed record InboxItem(long Id, NotificationKind Kind, string Subject, string? Detail, string Link,
    DateTimeOffset CreatedAt, bool IsRead);

/// <summary>One kind and whether its reader wants it by e-mail.</summary>
public sealed record EmailChoice(NotificationKind Kind, bool Email);

/// <summary>
/// Tells people what needs them: writes each notification to the reader's inbox and, when e-mail is configured, the
/// reader has an address and has not turned that kind off, an e-mail to the outbox in the same save. Telling never
/// fails the action that caused it: a failure is logged and the action's own result stands.
/// </summary>
public sealed class InboxService(IDbContextFactory<EmulationDbContext> factory, TimeProvider clock,
    IOptions<EmailOptions> email, IConfiguration configuration, ILogger<InboxService> logger)
{
    /// <summary>Notifications one page lists, newest first.</summary>
    public const int PageSize = 50;

    public async Task<IReadOnlyList<InboxItem>> ListAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.SignedInAnyRole);
        await using var db = await factory.CreateDbContextAsync();
        return await db.InboxNotifications.AsNoTracking().Where(n => n.UserId == actor.UserId)
            .OrderByDescending(n => n.Id).Take(PageSize)
            .Select(n => new InboxItem(n.Id, n.Kind, n.Subject, n.Detail, n.Link, n.CreatedAt, n.ReadAt != null))
            .ToListAsync();
    }

    public async Task<int> UnreadCountAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.SignedInAnyRole);
        await using var db = await factory.CreateDbContextAsync();
        return await db.InboxNotifications.CountAsync(n => n.UserId == actor.UserId && n.ReadAt == null);
    }

    /// <summary>Marks one of the reader's own notifications read (or all of them when <paramref name="id"/> is null).</summary>
    public async Task MarkReadAsync(Actor actor, long? id)
    {
        actor.RequirePolicy(Policies.SignedInAnyRole);
        await using var db = await factory.CreateDbContextAsync();
        var now = clock.GetUtcNow();
        var unread = await db.InboxNotifications
            .Where(n => n.UserId == actor.UserId && n.ReadAt == null && (id == null || n.Id == id))
            .ToListAsync();
        unread.ForEach(n => n.MarkRead(now));
        await db.SaveChangesAsync();
    }

    public async Task<IReadOnlyList<EmailChoice>> EmailChoicesAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.SignedInAnyRole);
        await using var db = await factory.CreateDbContextAsync();
        var off = await db.NotificationPreferences.AsNoTracking()
            .Where(p => p.UserId == actor.UserId && !p.Email).Select(p => p.Kind).ToListAsync();
        return [.. Enum.GetValues<NotificationKind>().Select(k => new EmailChoice(k, !off.Contains(k)))];
    }

    /// <summary>
    /// Replaces the reader's choices; the same reader saving from two tabs at once keeps one save's choices and the other
    /// is told someone else saved first.
    /// </summary>
    public async Task<Result> SetEmailChoicesAsync(Actor actor, IReadOnlyCollection<NotificationKind> emailed)
    {
        actor.RequirePolicy(Policies.SignedInAnyRole);
        await using var db = await factory.CreateDbContextAsync();
        var existing = await db.NotificationPreferences.Where(p => p.UserId == actor.UserId).ToListAsync();
        db.NotificationPreferences.RemoveRange(existing);
        db.NotificationPreferences.AddRange(Enum.GetValues<NotificationKind>()
            .Select(k => new NotificationPreference { UserId = actor.UserId, Kind = k, Email = emailed.Contains(k) }));
        return await ConcurrencyErrors.SaveAsync(db);
    }

    /// <summary>The unit's heads: the officer accepted or returned its pledge or results; the link opens that tab of the workspace.</summary>
    internal Task SubmissionReviewedAsync(int campaignId, int unitId, SubmissionKind kind, string? returnReason) =>
        SafelyAsync(async db =>
        {
            var campaign = await db.Campaigns.Where(c => c.Id == campaignId).Select(c => c.Name).SingleAsync();
            var heads = await Readers(db).Where(u => u.UnitId == unitId && u.IsHead).ToListAsync();
            var subject = $"{InboxText.Format($"Enum.SubmissionKind.{kind}", InboxText.Vietnamese)} – {campaign}";
            var notice = returnReason is null ? NotificationKind.SubmissionAccepted : NotificationKind.SubmissionReturned;
            await WriteAsync(db, heads, notice, subject, returnReason,
                WorkspaceLink(campaignId, unitId, kind == SubmissionKind.Results ? "results" : "pledge"));
        });

    /// <summary>The union officers: a unit submitted its pledge or results, which wait for their review on the progress page.</summary>
    internal Task SubmissionReceivedAsync(int campaignId, int unitId, SubmissionKind kind) =>
        SafelyAsync(async db =>
        {
            var campaign = await db.Campaigns.Where(c => c.Id == campaignId).Select(c => c.Name).SingleAsync();
            var unit = await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync();
            var subject = $"{InboxText.Format($"Enum.SubmissionKind.{kind}", InboxText.Vietnamese)} – {unit}";
            await WriteAsync(db, await InRole(db, Roles.UnionOfficer).ToListAsync(), NotificationKind.SubmissionReceived,
                subject, campaign, $"campaigns/{campaignId}/progress");
        });

    /// <summary>The leadership: a council session closed with nominations passed, which wait for their decision.</summary>
    internal Task NominationsPassedAsync(int campaignId, int passed) =>
        SafelyAsync(async db =>
        {
            var campaign = await db.Campaigns.Where(c => c.Id == campaignId).Select(c => c.Name).SingleAsync();
            await WriteAsync(db, await InRole(db, Roles.Leadership).ToListAsync(), NotificationKind.NominationsPassed,
                campaign, passed.ToString(CultureInfo.InvariantCulture), $"approval/{campaignId}");
        });

    /// <summary>
    /// The heads of every open unit the launch reached: their unit's pledge is due by the pledge deadline; and, when the
    /// campaign offers titles one pledges oneself, the staff of those units: their own pledge is open.
    /// </summary>
    internal Task CampaignLaunchedAsync(int campaignId) =>
        SafelyAsync(async db =>
        {
            var campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == campaignId);
            var units = await UnitsTakingPart(db, campaignId).ToListAsync();
            var deadline = DateText(campaign.PledgeDeadline);
            await WriteAsync(db, await HeadsAtTabAsync(db, campaignId, units, "pledge"),
                NotificationKind.CampaignLaunched, campaign.Name, deadline);
            if (PersonalPledge.ChoicesIn(campaign).Count == 0)
            {
                return;
            }

            // Staff sign in as their person, whose unit is where they work (their account carries no unit).
            var staff = await Readers(db).Where(r => r.IsStaff && db.People.Any(p =>
                p.Id == r.PersonId && p.LeftOn == null && units.Contains(p.UnitId))).ToListAsync();
            await WriteAsync(db, staff, NotificationKind.PersonalPledgeOpened, campaign.Name, deadline, "me/pledge");
        });

    /// <summary>The heads of every open unit taking part: their unit's results are due by the results deadline.</summary>
    internal Task ResultsOpenedAsync(int campaignId) =>
        SafelyAsync(async db =>
        {
            var campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == campaignId);
            var units = await UnitsTakingPart(db, campaignId).ToListAsync();
            await WriteAsync(db, await HeadsAtTabAsync(db, campaignId, units, "results"),
                NotificationKind.ResultsOpened, campaign.Name, DateText(campaign.ResultsDeadline));
        });

    /// <summary>Every member seated in the session: its ballots are open.</summary>
    internal Task BallotOpenedAsync(int sessionId) =>
        SafelyAsync(async db =>
        {
            var session = await db.CouncilSessions.AsNoTracking().Where(s => s.Id == sessionId)
                .Select(s => new { s.CampaignId, s.ProposalId, s.HeldOn, Members = s.Members.Select(m => m.UserName).ToList() })
                .SingleAsync();
            var campaign = await db.Campaigns.Where(c => c.Id == session.CampaignId).Select(c => c.Name).SingleAsync();
            var members = await Readers(db).Where(u => session.Members.Contains(u.UserName)).ToListAsync();
            var subject = $"{DateText(session.HeldOn)} – {campaign}";
            // A board's council votes on its own page; the agency's on the campaign's council page.
            var link = session.ProposalId is null ? $"council/{session.CampaignId}" : $"board/council/{sessionId}";
            await WriteAsync(db, members, NotificationKind.BallotOpened, subject, null, link);
        });

    /// <summary>Each awardee whose account is linked to their person record.</summary>
    internal Task DecisionIssuedAsync(int decisionId) =>
        SafelyAsync(async db =>
        {
            var awards = await db.Awards.AsNoTracking().Where(a => a.DecisionId == decisionId && a.PersonId != null)
                .Select(a => new { a.PersonId, a.DecisionNumber }).ToListAsync();
            if (awards.Count == 0)
            {
                return;
            }

            var people = awards.Select(a => a.PersonId).Distinct().ToList();
            var awardees = await Readers(db).Where(u => u.PersonId != null && people.Contains(u.PersonId)).ToListAsync();
            await WriteAsync(db, awardees, NotificationKind.DecisionIssued, awards[0].DecisionNumber, null, "awards");
        });

    /// <summary>The receiving board's users: a dossier was sent (or sent again) to their board.</summary>
    internal Task ProposalReceivedAsync(int proposalId) =>
        SafelyAsync(async db =>
        {
            var proposal = await db.Proposals.AsNoTracking().SingleAsync(p => p.Id == proposalId);
            var board = await Readers(db).Where(u => u.UnitId != null && u.UnitId == proposal.ReceivingUnitId).ToListAsync();
            var subject = $"{proposal.Number} ({proposal.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)})";
            await WriteAsync(db, board, NotificationKind.ProposalReceived, subject, null, $"board/{proposalId}");
        });

    /// <summary>
    /// The proposing agency's union officers: the receiving board returned its dossier (<paramref name="detail"/> is the
    /// reason) or decided nominees in it.
    /// </summary>
    internal Task ProposalAnsweredAsync(int proposalId, NotificationKind kind, string? detail) =>
        SafelyAsync(async db =>
        {
            var proposal = await db.Proposals.AsNoTracking().SingleAsync(p => p.Id == proposalId);
            var officers = await InRole(db, Roles.UnionOfficer).ToListAsync();
            await WriteAsync(db, officers, kind, proposal.Number, detail, $"proposals/{proposal.CampaignId}");
        });

    /// <summary>Notifies each reader once per <paramref name="onceKey"/>; readers told before are skipped.</summary>
    internal async Task<int> WriteOnceAsync(EmulationDbContext db, IReadOnlyList<Reader> readers, NotificationKind kind,
        string subject, string? detail, string link, string onceKey)
    {
        var ids = readers.Select(r => r.Id).ToList();
        var told = await db.InboxNotifications.Where(n => n.OnceKey == onceKey && ids.Contains(n.UserId))
            .Select(n => n.UserId).ToListAsync();
        var fresh = readers.Where(r => !told.Contains(r.Id)).ToList();
        if (fresh.Count > 0)
        {
            try
            {
                await WriteAsync(db, fresh, kind, subject, detail, link, onceKey);
            }
            catch (DbUpdateException)
            {
                // Another instance told them in the meantime (the unique key): nothing is sent twice.
                db.ChangeTracker.Clear();
                return 0;
            }
        }

        return fresh.Count;
    }

    /// <summary>Accounts with what telling them needs: their address and whether they lead a unit.</summary>
    internal static IQueryable<Reader> Readers(EmulationDbContext db) =>
        db.Users.AsNoTracking().Select(u => new Reader
        {
            Id = u.Id,
            UserName = u.UserName ?? "",
            FullName = u.FullName,
            Email = u.Email,
            UnitId = u.UnitId,
            PersonId = u.PersonId,
            IsHead = db.UserRoles.Any(r => r.UserId == u.Id &&
                db.Roles.Any(role => role.Id == r.RoleId && role.Name == Roles.DepartmentHead)),
            IsStaff = db.UserRoles.Any(r => r.UserId == u.Id &&
                db.Roles.Any(role => role.Id == r.RoleId && role.Name == Roles.Staff)),
        });

    /// <summary>The readers holding <paramref name="role"/>.</summary>
    private static IQueryable<Reader> InRole(EmulationDbContext db, string role) =>
        Readers(db).Where(u => db.UserRoles.Any(r => r.UserId == u.Id &&
            db.Roles.Any(named => named.Id == r.RoleId && named.Name == role)));

    private Task WriteAsync(EmulationDbContext db, IReadOnlyList<Reader> readers, NotificationKind kind,
        string subject, string? detail, string link, string? onceKey = null) =>
        WriteAsync(db, [.. readers.Select(r => (r, link))], kind, subject, detail, onceKey);

    /// <summary>Writes one notification to each reader, each with its own link (its unit's page), in one save.</summary>
    private async Task WriteAsync(EmulationDbContext db, IReadOnlyList<(Reader Reader, string Link)> letters,
        NotificationKind kind, string subject, string? detail, string? onceKey = null)
    {
        if (letters.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var ids = letters.Select(l => l.Reader.Id).ToList();
        var emailOff = await db.NotificationPreferences
            .Where(p => ids.Contains(p.UserId) && p.Kind == kind && !p.Email).Select(p => p.UserId).ToListAsync();
        foreach (var (reader, link) in letters)
        {
            db.InboxNotifications.Add(InboxNotification.Create(reader.Id, kind, subject, detail, link, now, onceKey));
            if (email.Value.Enabled && !string.IsNullOrWhiteSpace(reader.Email) && !emailOff.Contains(reader.Id))
            {
                db.OutboxEmails.Add(OutboxEmail.Create(reader.Email, reader.FullName,
                    InboxText.Title(kind, subject, InboxText.Vietnamese), Body(kind, subject, detail, link), now.UtcDateTime));
            }
        }

        await db.SaveChangesAsync();
    }

    /// <summary>The open units in the campaign's blocs: those a launch reaches and that take part after it.</summary>
    private static IQueryable<int> UnitsTakingPart(EmulationDbContext db, int campaignId) =>
        db.BlocMembers.Where(m => m.CampaignId == campaignId && db.Units.Any(u => u.Id == m.UnitId && u.ClosedOn == null))
            .Select(m => m.UnitId);

    /// <summary>The heads of <paramref name="units"/>, each with the link to <paramref name="tab"/> of their unit's workspace.</summary>
    private static async Task<List<(Reader Reader, string Link)>> HeadsAtTabAsync(EmulationDbContext db, int campaignId,
        List<int> units, string tab) =>
        [.. (await Readers(db).Where(r => r.IsHead && r.UnitId != null && units.Contains(r.UnitId.Value)).ToListAsync())
            .Select(h => (h, WorkspaceLink(campaignId, h.UnitId!.Value, tab)))];

    /// <summary>The unit's workspace in the campaign, opened at <paramref name="tab"/> (pledge, results).</summary>
    private static string WorkspaceLink(int campaignId, int unitId, string tab) => $"campaigns/{campaignId}/units/{unitId}?tab={tab}";

    private static string? DateText(DateOnly? day) => day?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private string Body(NotificationKind kind, string subject, string? detail, string link)
    {
        var text = InboxText.Text(kind, subject, detail, InboxText.Vietnamese);
        var baseUrl = configuration["Emulation:PublicBaseUrl"];
        var open = string.IsNullOrWhiteSpace(baseUrl) ? "" : $"\n\n{baseUrl.TrimEnd('/')}/{link}";
        return $"{text}{open}\n\n{InboxText.Format("Inbox.EmailFooter", InboxText.Vietnamese)}";
    }

    private async Task SafelyAsync(Func<EmulationDbContext, Task> tell)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync();
            await tell(db);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
        {
            // The action is saved; its readers miss this one notification, which the log records.
            logger.LogWarning(e, "A notification could not be written");
        }
    }
}

/// <summary>An account as a notification's reader (settable, so that queries can go on filtering it).</summary>
public sealed class Reader
{
    public string Id { get; init; } = "";
    public string UserName { get; init; } = "";
    public string FullName { get; init; } = "";
    public string? Email { get; init; }
    public int? UnitId { get; init; }
    public int? PersonId { get; init; }
    public bool IsHead { get; init; }

    /// <summary>Signs in as their own person record (<see cref="PersonId"/>), to see it and pledge themselves.</summary>
    public bool IsStaff { get; init; }
}
