using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Domain.Decisions;
using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Decisions;

/// <summary>
/// Public publication of commendation decisions (công khai): anyone, signed in or not, reads the issued award
/// decisions with the awards of the titles and forms the administrator publishes (<see cref="PublishedTitle"/>), and
/// nothing else: names, units, titles, never birth dates or addresses. A decision with nothing published, a revocation
/// and an unknown id read alike: not found.
/// </summary>
public sealed class PublicDecisionService(IDbContextFactory<EmulationDbContext> factory)
{
    /// <summary>The titles and forms published now (the administrator's setting page).</summary>
    public async Task<IReadOnlySet<Title>> PublishedTitlesAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.Administer);
        await using var db = await factory.CreateDbContextAsync(actor);
        return (await db.PublishedTitles.AsNoTracking().Select(p => p.Title).ToListAsync()).ToHashSet();
    }

    /// <summary>
    /// Publishes exactly <paramref name="titles"/> from now on; the audit trail records each change. Two administrators
    /// saving at once: one's choice stands and the other is told someone else saved first.
    /// </summary>
    public async Task<Result> SetPublishedTitlesAsync(Actor actor, IReadOnlyCollection<Title> titles)
    {
        actor.RequirePolicy(Policies.Administer);
        ArgumentNullException.ThrowIfNull(titles);
        var wanted = titles.Where(Enum.IsDefined).ToHashSet();
        await using var db = await factory.CreateDbContextAsync(actor);
        var stored = await db.PublishedTitles.ToListAsync();
        db.PublishedTitles.RemoveRange(stored.Where(p => !wanted.Contains(p.Title)));
        db.PublishedTitles.AddRange(wanted.Where(t => stored.All(p => p.Title != t)).Select(PublishedTitle.Of));
        return await ConcurrencyErrors.SaveAsync(db);
    }

    /// <summary>The published decisions of <paramref name="year"/> (the latest year that has any when not given).</summary>
    public async Task<PublicDecisionIndex> IndexAsync(int? year)
    {
        await using var db = await factory.CreateDbContextAsync();
        var published = Published(db);
        var years = await published.Select(d => d.Year).Distinct().OrderByDescending(y => y).ToListAsync();
        var shown = year is { } y && years.Contains(y) ? y : years.Count > 0 ? years[0] : (int?)null;
        if (shown is null)
        {
            return new PublicDecisionIndex(years, null, []);
        }

        var decisions = await published.Where(d => d.Year == shown)
            .OrderByDescending(d => d.Date).ThenByDescending(d => d.Id)
            .Select(d => new PublicDecisionSummary(d.Id, d.Number, d.Date, d.IssuerName,
                PublishedAwards(db).Count(a => a.DecisionId == d.Id)))
            .ToListAsync();
        return new PublicDecisionIndex(years, shown, decisions);
    }

    /// <summary>A published decision with its published awards, or null (never issued, revocation, nothing published).</summary>
    public async Task<PublicDecision?> GetAsync(int decisionId)
    {
        await using var db = await factory.CreateDbContextAsync();
        var decision = await Published(db).Where(d => d.Id == decisionId)
            .Select(d => new { d.Id, d.Number, d.Date, d.IssuerName, d.SignerName, d.SignerPosition })
            .SingleOrDefaultAsync();
        if (decision is null)
        {
            return null;
        }

        var lines = await PublishedAwards(db).Where(a => a.DecisionId == decisionId)
            .OrderBy(a => a.Title).ThenBy(a => a.PersonId != null).ThenBy(a => a.UnitNameAtDecision).ThenBy(a => a.Id)
            .Select(a => new PublicAwardLine(
                a.PersonId == null
                    ? a.UnitNameAtDecision
                    : db.People.Where(p => p.Id == a.PersonId).Select(p => p.FullName).FirstOrDefault() ?? "",
                a.PersonId == null, a.UnitNameAtDecision, a.Title, a.Kind,
                db.Decisions.Where(r => r.Id == a.RevokedByDecisionId).Select(r => r.Number).FirstOrDefault()))
            .ToListAsync();
        return new PublicDecision(decision.Id, decision.Number, decision.Date, decision.IssuerName, decision.SignerName,
            decision.SignerPosition, lines);
    }

    private static IQueryable<Award> PublishedAwards(EmulationDbContext db) =>
        db.Awards.AsNoTracking().Where(a => db.PublishedTitles.Any(p => p.Title == a.Title));

    /// <summary>Award decisions (every stored decision is issued) that grant at least one published award.</summary>
    private static IQueryable<Decision> Published(EmulationDbContext db) =>
        db.Decisions.AsNoTracking().Where(d => d.Kind == DecisionKind.Award &&
            PublishedAwards(db).Any(a => a.DecisionId == d.Id));
}
