using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Domain.Pledges;
using Emulation.Domain.Results;
using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Nominations;

/// <summary>
/// The one check that what the council votes on and leadership decides stands on submitted results: a nomination made
/// before the officer returned its unit's results (<see cref="SubmissionStatus.Returned"/>) is held, neither put to a
/// session, counted to a pass, approved nor sent up, until the unit submits again
/// (<see cref="NominationService.ReconsiderAsync"/>).
/// </summary>
internal static class ReturnedResults
{
    /// <summary>
    /// The results the officer returned, in every campaign: a nomination of the unit in that campaign waits on them. A
    /// query, so that a list reads the mark in its own query (<see cref="NominationQueries"/>).
    /// </summary>
    public static IQueryable<UnitResult> Returned(EmulationDbContext db) =>
        db.UnitResults.AsNoTracking().Where(r => r.Status == SubmissionStatus.Returned);

    /// <summary>
    /// The ids of <paramref name="nominations"/> held now: still before the council or leadership, and their unit's
    /// results in their campaign returned. A query, so that a list reads the mark in its own query.
    /// </summary>
    public static IQueryable<int> HeldIds(EmulationDbContext db, IQueryable<Nomination> nominations)
    {
        var returned = Returned(db);
        return nominations
            .Where(n => (n.Status == NominationStatus.Proposed || n.Status == NominationStatus.Passed) &&
                returned.Any(r => r.CampaignId == n.CampaignId && r.UnitId == n.UnitId))
            .Select(n => n.Id);
    }

    /// <summary>Of <paramref name="nominations"/>, those whose unit's results in the campaign are returned, with that unit's name.</summary>
    public static Task<IReadOnlyDictionary<int, string>> HeldAsync(EmulationDbContext db, int campaignId,
        IReadOnlyCollection<Nomination> nominations) =>
        HeldAsync(db, campaignId, [.. nominations.Select(n => (n.Id, n.UnitId))]);

    /// <summary>Of the nominations given by id and unit, those whose unit's results in the campaign are returned, with that unit's name.</summary>
    public static async Task<IReadOnlyDictionary<int, string>> HeldAsync(EmulationDbContext db, int campaignId,
        IReadOnlyCollection<(int Id, int UnitId)> nominations)
    {
        var unitIds = nominations.Select(n => n.UnitId).Distinct().ToList();
        if (unitIds.Count == 0)
        {
            return new Dictionary<int, string>();
        }

        var returned = await Returned(db)
            .Where(r => r.CampaignId == campaignId && unitIds.Contains(r.UnitId))
            .Join(db.Units, r => r.UnitId, u => u.Id, (r, u) => new { u.Id, u.Name })
            .ToDictionaryAsync(u => u.Id, u => u.Name);
        return nominations.Where(n => returned.ContainsKey(n.UnitId)).ToDictionary(n => n.Id, n => returned[n.UnitId]);
    }

    /// <summary>One refusal per unit whose returned results hold some of <paramref name="nominations"/>, naming the unit.</summary>
    public static async Task<IReadOnlyList<DomainError>> RefusalsAsync(EmulationDbContext db, int campaignId,
        IReadOnlyCollection<Nomination> nominations) =>
        Refusals(await HeldAsync(db, campaignId, nominations));

    /// <summary>One refusal per unit naming it, for the nominations <paramref name="held"/> (<see cref="HeldAsync(EmulationDbContext, int, IReadOnlyCollection{Nomination})"/>).</summary>
    public static IReadOnlyList<DomainError> Refusals(IReadOnlyDictionary<int, string> held) =>
        [.. held.Values.Distinct().Order(StringComparer.Ordinal).Select(NominationErrors.ResultsReturned)];
}
