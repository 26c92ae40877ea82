using Emulation.Domain.Decisions;
using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Decisions;

/// <summary>
/// Decree 30/2020: a decision's number restarts each year and belongs to the authority that issues it. Several agencies
/// (and the receiving boards) share a deployment, and the configured issuer names they print may be the same, so a number
/// is unique per issuing unit (the agency at the top of the tree, or the board), issuer name and year: two agencies both
/// issue their "01/QĐ-VP" of a year, and neither learns of the other's.
/// </summary>
internal static class DecisionNumbering
{
    /// <summary>The shadow column holding the issuing agency's or board's unit id.</summary>
    public const string IssuingUnitProperty = "IssuingUnitId";

    /// <summary>The issuer of a deployment whose units have no agency above them (one organisation).</summary>
    public const int NoAgency = 0;

    public static Task<bool> TakenAsync(EmulationDbContext db, Decision decision, int? issuingUnit)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(decision);
        var issuer = issuingUnit ?? NoAgency;
        // Another agency's decisions may be hidden from the actor's context: the number is theirs, not this issuer's.
        return db.Decisions.IgnoreQueryFilters().AnyAsync(d => EF.Property<int>(d, IssuingUnitProperty) == issuer &&
            d.IssuerName == decision.IssuerName && d.Year == decision.Year && d.Number == decision.Number);
    }

    /// <summary>Adds the new decision to <paramref name="db"/> under its issuing unit (the unique index backs the check).</summary>
    public static void Add(EmulationDbContext db, Decision decision, int? issuingUnit)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Decisions.Add(decision);
        db.Entry(decision).Property(IssuingUnitProperty).CurrentValue = issuingUnit ?? NoAgency;
    }
}
