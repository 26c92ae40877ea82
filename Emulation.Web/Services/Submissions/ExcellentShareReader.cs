using Emulation.Domain.Common;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Submissions;

/// <summary>
/// Reads a unit's staff ratings for a year (or the whole agency's, when the rule counts per agency) and checks them
/// against the cap on excellent ratings: what submitting the unit's results and importing its staff sheet both ask.
/// </summary>
internal static class ExcellentShareReader
{
    /// <summary>
    /// The refusal when the ratings exceed the cap of the rule set in force for <paramref name="year"/>, else null; a year
    /// before any rule set (before 2024) has no cap to keep. <paramref name="pending"/> are ratings about to be saved (an
    /// import), by person, in place of what is stored for them.
    /// </summary>
    public static async Task<DomainError?> RefusalAsync(EmulationDbContext db, Rules.RuleSetService ruleSets, int unitId,
        int year, IReadOnlyDictionary<int, QualityRating>? pending = null, CancellationToken cancellationToken = default)
    {
        var rules = await ruleSets.InForceForYearAsync(year);
        return rules.IsSuccess
            ? await RefusalAsync(db, rules.Value.ExcellentShare, unitId, year, pending, cancellationToken)
            : null;
    }

    private static async Task<DomainError?> RefusalAsync(EmulationDbContext db, ExcellentShareRule rule, int unitId, int year,
        IReadOnlyDictionary<int, QualityRating>? pending, CancellationToken cancellationToken)
    {
        var perUnit = rule.Scope == QuotaScope.PerUnit;
        var people = perUnit ? db.People.Where(p => p.UnitId == unitId) : db.People;
        var stored = await people
            .Join(db.StaffYearResults.Where(s => s.Year == year), p => p.Id, s => s.PersonId, (p, s) => new { s.PersonId, s.Rating })
            .ToDictionaryAsync(s => s.PersonId, s => s.Rating, cancellationToken);
        foreach (var (personId, rating) in pending ?? new Dictionary<int, QualityRating>())
        {
            stored[personId] = rating;
        }

        QualityRating? unitRating = perUnit
            ? await db.Set<UnitYearRecord>().Where(r => r.UnitId == unitId && r.Year == year)
                .Select(r => (QualityRating?)r.Rating).FirstOrDefaultAsync(cancellationToken)
            : null;
        var verdict = ExcellentShare.Check(stored.Values, rule, unitRating);
        return verdict.IsWithinCap ? null : ResultErrors.ExcellentShareExceeded(verdict);
    }
}
