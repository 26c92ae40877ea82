using System.Data.Common;
using Emulation.Domain.Common;
using Emulation.Domain.Pledges;
using Emulation.Web.Data;
using Emulation.Web.Services.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Submissions;

/// <summary>
/// A department head's saves made once through <see cref="SubmissionService"/> itself, each in a transaction that is
/// rolled back: the draft pledge, its submission, the draft results and the staff year grid, on a unit that takes part in
/// an open campaign. Nothing is kept (the change, its audit entries, the change notification and the officers' inbox go
/// with the transaction) and nobody hears of it; what stays is what a process pays on its first save of each kind
/// (EF Core compiling the reads and update commands, the code jitted), paid here instead of by the first heads to save.
/// </summary>
/// <remarks>
/// Each save's service is built on contexts that share one connection and one transaction, rolled back once the save
/// has returned (<see cref="RolledBackContexts"/>): every context the service opens for it (the save, the inbox) writes
/// into that transaction. Its notifier has no subscribers and a feed that never announces outside the transaction
/// (<see cref="UnannouncedFeed"/>). A kind the database has no case for (no open campaign, no results stage) is skipped.
/// </remarks>
public static class SaveRehearsal
{
    /// <summary>The name audit entries would carry, were any kept.</summary>
    public const string Rehearser = "save-rehearsal";

    /// <summary>
    /// Rehearses each kind of save the database has a case for; the kinds rehearsed, in order, each with the codes of
    /// its refusal if the service refused it. <paramref name="service"/> builds the app's <see cref="SubmissionService"/>
    /// on the contexts and notifier it is given; <paramref name="unpooled"/> makes a context of the app's outside its pool
    /// (the rehearsal's contexts are put on its own connection, which a pooled context would keep).
    /// </summary>
    public static async Task<IReadOnlyList<string>> RunAsync(IDbContextFactory<EmulationDbContext> factory,
        Func<EmulationDbContext> unpooled, ICampaignChangeFeed feed,
        Func<IDbContextFactory<EmulationDbContext>, SubmissionNotifier, SubmissionService> service,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        var quiet = new SubmissionNotifier(new UnannouncedFeed(feed),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<SubmissionNotifier>.Instance);
        // What the page reads before a save, read as the page reads it.
        var reader = service(factory, quiet);
        var rehearsed = new List<string>();

        async Task RehearseAsync(Func<SubmissionService, Task<string>> save)
        {
            await using var contexts = await RolledBackContexts.BeginAsync(factory, unpooled, cancellationToken);
            rehearsed.Add(await save(service(contexts, quiet)));
        }

        var pledging = await CaseAsync(factory, Domain.Campaigns.CampaignGates.AcceptsPledges, cancellationToken);
        if (pledging is not null && await reader.GetWorkspaceAsync(Head(pledging.UnitId), pledging.CampaignId, pledging.UnitId) is { } pledge)
        {
            var targets = pledge.Lines.Where(l => l.NeedsTarget).ToDictionary(l => l.Code, l => (decimal?)(l.Target ?? 1m));
            foreach (var (kind, submit) in new[] { ("pledge draft", false), ("pledge submitted", true) })
            {
                await RehearseAsync(async s => Outcome(kind, await s.SavePledgeAsync(Head(pledging.UnitId),
                    pledging.CampaignId, pledging.UnitId, targets, pledge.PledgeVersion, submit)));
            }
        }

        var reporting = await CaseAsync(factory, Domain.Campaigns.CampaignGates.AcceptsResults, cancellationToken);
        if (reporting is not null && await reader.GetWorkspaceAsync(Head(reporting.UnitId), reporting.CampaignId, reporting.UnitId) is { } results)
        {
            var values = results.Lines.ToDictionary(l => l.Code, l => (decimal?)(l.Value ?? 0m));
            foreach (var (kind, submit) in new[] { ("results draft", false), ("results submitted", true) })
            {
                await RehearseAsync(async s => Outcome(kind, await s.SaveResultsAsync(Head(reporting.UnitId),
                    reporting.CampaignId, reporting.UnitId, values, results.ResultVersion, submit)));
            }
        }

        if ((pledging ?? reporting) is { } staffed)
        {
            var head = Head(staffed.UnitId);
            var rows = await reader.GetStaffYearAsync(head, staffed.UnitId, staffed.Year);
            if (rows.Count > 0)
            {
                await RehearseAsync(async s => Outcome("staff year",
                    await s.SaveStaffYearAsync(head, staffed.UnitId, staffed.Year, rows)));
            }
        }

        return rehearsed;
    }

    /// <summary>A campaign in a stage <paramref name="open"/> accepts, and one of its units, one with a pledge row first (a save's usual case).</summary>
    private static async Task<Case?> CaseAsync(IDbContextFactory<EmulationDbContext> factory, Func<Domain.Campaigns.CampaignStatus, bool> open,
        CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var campaigns = await db.Campaigns.AsNoTracking().IgnoreAutoIncludes()
            .OrderByDescending(c => c.Year).ThenByDescending(c => c.Id).Select(c => new { c.Id, c.Year, c.Status })
            .ToListAsync(cancellationToken);
        foreach (var campaign in campaigns.Where(c => open(c.Status)))
        {
            var unit = await db.BlocMembers.AsNoTracking().Where(m => m.CampaignId == campaign.Id)
                .OrderBy(m => db.Pledges.Any(p => p.CampaignId == campaign.Id && p.UnitId == m.UnitId && p.Status == SubmissionStatus.Draft) ? 0 : 1)
                .ThenBy(m => m.UnitId).Select(m => (int?)m.UnitId).FirstOrDefaultAsync(cancellationToken);
            if (unit is { } id)
            {
                return new Case(campaign.Id, campaign.Year, id);
            }
        }

        return null;
    }

    /// <summary>The kind, and the codes of its refusal when the service refused it (a refused save still ran its reads).</summary>
    private static string Outcome(string kind, Result saved) =>
        saved.IsSuccess ? kind : $"{kind} refused ({string.Join(", ", saved.Errors.Select(e => e.Code))})";

    private static string Outcome<T>(string kind, Result<T> saved) =>
        saved.IsSuccess ? kind : $"{kind} refused ({string.Join(", ", saved.Errors.Select(e => e.Code))})";

    private static Actor Head(int unitId) =>
        new(Rehearser, Rehearser, new HashSet<string> { Roles.DepartmentHead }, unitId);

    private sealed record Case(int CampaignId, int Year, int UnitId);

    /// <summary>
    /// Contexts that all work on one connection, inside one transaction begun when the first is asked for: what their saves
    /// write (a save and, in its service's next step, the inbox it tells) stays uncommitted, visible to each other, and is
    /// rolled back when this is disposed. On SQLite the transaction holds the write lock meanwhile (one save's time).
    /// </summary>
    private sealed class RolledBackContexts : IDbContextFactory<EmulationDbContext>, IAsyncDisposable
    {
        private readonly EmulationDbContext _holder;
        private readonly DbTransaction _transaction;
        private readonly Func<EmulationDbContext> _unpooled;

        private RolledBackContexts(EmulationDbContext holder, DbTransaction transaction, Func<EmulationDbContext> unpooled)
        {
            _holder = holder;
            _transaction = transaction;
            _unpooled = unpooled;
        }

        /// <summary>The connection opened (by a context of the app's, so with its connection settings) and the transaction begun.</summary>
        public static async Task<RolledBackContexts> BeginAsync(IDbContextFactory<EmulationDbContext> factory,
            Func<EmulationDbContext> unpooled, CancellationToken cancellationToken)
        {
            var holder = await factory.CreateDbContextAsync(cancellationToken);
            try
            {
                await holder.Database.OpenConnectionAsync(cancellationToken);
                var transaction = await holder.Database.GetDbConnection().BeginTransactionAsync(cancellationToken);
                return new RolledBackContexts(holder, transaction, unpooled);
            }
            catch
            {
                await holder.DisposeAsync();
                throw;
            }
        }

        public EmulationDbContext CreateDbContext()
        {
            var db = _unpooled();
            db.Database.SetDbConnection(_transaction.Connection, contextOwnsConnection: false);
            db.Database.UseTransaction(_transaction);
            return db;
        }

        public Task<EmulationDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult(CreateDbContext());

        public async ValueTask DisposeAsync()
        {
            await _transaction.RollbackAsync();
            await _transaction.DisposeAsync();
            await _holder.DisposeAsync();
        }
    }

    /// <summary>The app's feed for what it writes into the save's own transaction, and nothing announced beyond it.</summary>
    private sealed class UnannouncedFeed(ICampaignChangeFeed app) : ICampaignChangeFeed
    {
        public Task PublishAsync(CampaignChange change) => Task.CompletedTask;

        public bool Enlist(EmulationDbContext db, CampaignChange change) => app.Enlist(db, change);
    }
}
