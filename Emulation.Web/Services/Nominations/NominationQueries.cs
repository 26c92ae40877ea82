using System.Globalization;
using Emulation.Domain.Awards;
using Emulation.Web.Data;
using Emulation.Web.Resources;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Nominations;

internal static class NominationQueries
{
    public static Task<IReadOnlyList<NominationView>> ListAsync(EmulationDbContext db, int campaignId,
        Func<IQueryable<Nomination>, IQueryable<Nomination>>? filter = null) =>
        ListAsync(db, db.Nominations.AsNoTracking().Where(n => n.CampaignId == campaignId), filter);

    /// <summary>One nomination by its id, of whichever campaign; null when there is none.</summary>
    public static async Task<NominationView?> GetAsync(EmulationDbContext db, int nominationId) =>
        (await ListAsync(db, db.Nominations.AsNoTracking().Where(n => n.Id == nominationId))).SingleOrDefault();

    private static async Task<IReadOnlyList<NominationView>> ListAsync(EmulationDbContext db, IQueryable<Nomination> query,
        Func<IQueryable<Nomination>, IQueryable<Nomination>>? filter = null)
    {
        query = filter?.Invoke(query) ?? query;
        // Read in the same query, by the one rule that holds a nomination (ReturnedResults).
        var held = ReturnedResults.HeldIds(db, query);
        var rows = await query
            .OrderBy(n => n.Title).ThenBy(n => n.UnitId).ThenBy(n => n.PersonId)
            .Select(n => new
            {
                Nomination = n,
                Person = db.People.Where(p => p.Id == n.PersonId).Select(p => p.FullName).FirstOrDefault(),
                Unit = db.Units.Where(u => u.Id == n.UnitId).Select(u => u.Name).FirstOrDefault(),
                Held = held.Contains(n.Id),
            })
            .ToListAsync();
        // Worded in the reader's language: the page's, or the API request's.
        var words = Wording.In(CultureInfo.CurrentUICulture);
        return [.. rows.Select(r => new NominationView(r.Nomination.Id, r.Nomination.PersonId, r.Person ?? r.Unit ?? "",
            r.Unit ?? "", r.Nomination.Title, r.Nomination.Status, r.Nomination.Ballot, r.Nomination.Explanation,
            Wording.Ballot(words, CultureInfo.CurrentCulture, r.Nomination.BallotOutcome, r.Nomination.LegacyBallotExplanation),
            r.Nomination.RejectionReason,
            new NominationTrail(r.Nomination.AddedReason, r.Nomination.AddedBy, r.Nomination.AddedAt,
                r.Nomination.WithdrawalReason, r.Nomination.WithdrawnBy, r.Nomination.WithdrawnAt))
        {
            CampaignId = r.Nomination.CampaignId,
            BallotOutcome = r.Nomination.BallotOutcome,
            LegacyExplanation = r.Nomination.LegacyExplanation.Length == 0 ? null : r.Nomination.LegacyExplanation,
            ResultsReturned = r.Held,
        })];
    }
}
