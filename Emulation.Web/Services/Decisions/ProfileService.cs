using Emulation.Domain.Awards;
using Emulation.Domain.Decisions;
using Emulation.Domain.Scoring;
using Emulation.Web.Data;
using Emulation.Web.Documents;
using Emulation.Web.Documents.Decisions;
using Emulation.Web.Resources;
using Emulation.Web.Services.Organization;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Decisions;

/// <summary>
/// Achievement profiles (hồ sơ thành tích): a person's or unit's awards, ratings and documents across years, each
/// award with its issuer's and unit's names as they were on the decision date. Officers, council and leadership see
/// everyone of their agency (<see cref="AgencyRecords"/>); a department head sees their own unit and its people; a
/// member of staff sees only their own profile.
/// </summary>
public sealed class ProfileService(IDbContextFactory<EmulationDbContext> factory)
{
    public async Task<AchievementProfile?> GetPersonAsync(Actor actor, int personId)
    {
        if (!actor.Can(Policies.ReadProfiles))
        {
            // Staff: their own profile only, and not even whether another id exists.
            actor.RequireOwnPerson(personId);
        }

        await using var db = await factory.CreateDbContextAsync(actor);
        // Three queries whatever the history: the person with their unit's name, the awards, the ratings.
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new { p.FullName, p.Position, p.UnitId, UnitName = db.Units.Where(u => u.Id == p.UnitId).Select(u => u.Name).First() })
            .SingleOrDefaultAsync();
        if (person is null || !actor.CanSeePerson(db, personId, person.UnitId) ||
            !AgencyRecords.Covers(db, person.UnitId))
        {
            // Another unit's person is, to a head, the same as one that does not exist; so is another agency's to anyone.
            return null;
        }

        var (awards, revocations) = await AwardsAsync(db, db.Awards.Where(a => a.PersonId == personId), named: false);
        var ratings = await db.StaffYearResults.AsNoTracking().Where(s => s.PersonId == personId)
            .OrderByDescending(s => s.Year)
            .Select(s => new ProfileYear(s.Year, s.Rating, s.Initiative, s.Discipline)).ToListAsync();
        return new AchievementProfile(person.FullName, person.Position, person.UnitName, person.UnitId, awards, ratings,
            DecisionDocuments(awards, revocations), [], actor.CanSeeUnit(db, person.UnitId));
    }

    public async Task<AchievementProfile?> GetUnitAsync(Actor actor, int unitId)
    {
        // Staff read only their own (person) profile; a head finds another unit as if it did not exist.
        actor.RequirePolicy(Policies.ReadProfiles);
        await using var db = await factory.CreateDbContextAsync(actor);
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId);
        if (unit is null || !actor.CanSeeUnit(db, unitId))
        {
            return null;
        }

        var (awards, revocations) = await AwardsAsync(db, db.Awards.Where(a => a.UnitId == unitId), named: true);
        var evidence = await db.Evidence.AsNoTracking().Where(e => e.UnitId == unitId)
            .Join(db.Campaigns, e => e.CampaignId, c => c.Id, (e, c) => new { c.Year, e.FileName, e.CriterionCode })
            .ToListAsync();
        var collective = awards.Where(a => a.RecipientName is null).ToList();
        var documents = DecisionDocuments(collective, revocations.Where(r => collective.Any(a => a.AwardId == r.AwardId)))
            .Concat(evidence.Select(e => new ProfileDocument(e.Year, e.FileName, "evidence", e.CriterionCode)))
            .OrderByDescending(d => d.Year).ThenBy(d => d.FileName, StringComparer.Ordinal).ToList();
        return new AchievementProfile(unit.Name, null, unit.Name, unit.Id, awards, [], documents,
            [.. unit.FormerNames.OrderBy(n => n.Until).Select(n => n.Name)]);
    }

    public async Task<DocumentFile?> GetPersonXlsxAsync(Actor actor, int personId) =>
        await GetPersonAsync(actor, personId) is { } profile
            ? Workbook(profile, $"ho-so-thanh-tich-{DecisionText.Slug(profile.Name)}.xlsx")
            : null;

    public async Task<DocumentFile?> GetUnitXlsxAsync(Actor actor, int unitId) =>
        await GetUnitAsync(actor, unitId) is { } profile
            ? Workbook(profile, $"ho-so-thanh-tich-don-vi-{unitId}.xlsx")
            : null;

    private static readonly IReadOnlyList<(string, Type)> Columns =
    [
        ("Năm", typeof(int)), ("Loại", typeof(string)), ("Nội dung", typeof(string)), ("Cá nhân", typeof(string)),
        ("Số quyết định", typeof(string)), ("Ngày quyết định", typeof(string)), ("Cơ quan, người ban hành", typeof(string)),
        ("Đơn vị tại thời điểm quyết định", typeof(string)), ("Tiền thưởng (đồng)", typeof(decimal)), ("Ghi chú", typeof(string)),
    ];

    private static DocumentFile Workbook(AchievementProfile profile, string fileName)
    {
        var awards = profile.Awards.Select(a => new object?[]
        {
            a.Year, "Khen thưởng", Wording.TitleName(Wording.Vietnamese, a.Title), a.RecipientName ?? "", a.DecisionNumber,
            a.DecisionDate.ToString("dd/MM/yyyy", AdministrativeText.Vietnamese), a.Signature, a.UnitNameAtDecision,
            a.CashVnd, a.Revoked ? RevokedNote(a.RevokedByNumber) : a.Kind == AwardKind.Merit ? "" : Vi(a.Kind),
        });
        var ratings = profile.Ratings.Select(r => new object?[]
        {
            r.Year, "Xếp loại chất lượng", Vi(r.Rating), "", null, null, null, null,
            null, $"Sáng kiến: {Vi(r.Initiative)}; kỷ luật: {Vi(r.Discipline)}",
        });
        var documents = profile.Documents.Where(d => d.Kind == "evidence").Select(d => new object?[]
        {
            d.Year, "Minh chứng", d.FileName, "", null, null, null, null, null, d.Note,
        });
        var rows = awards.Concat(ratings).Concat(documents).OrderByDescending(r => (int)r[0]!);
        return new DocumentFile(fileName, DocumentFile.XlsxContentType, ListWorkbook.Write("Hồ sơ thành tích", Columns, rows));
    }

    /// <summary>The note on a revoked award in a workbook, naming the revoking decision when known.</summary>
    internal static string RevokedNote(string? number) => number is null ? "Đã thu hồi" : $"Đã thu hồi (Quyết định số {number})";

    private static string Vi<TEnum>(TEnum value) where TEnum : struct, Enum => Wording.Label(Wording.Vietnamese, value);

    /// <summary>The decision that revoked an award: its number, date and issuer.</summary>
    private sealed record Revocation(int AwardId, int DecisionId, string Number, DateOnly Date, string IssuerName);

    /// <summary>
    /// Awards newest first, each with the revoking decision when there is one, in one query; <paramref name="named"/>
    /// (a unit's profile) names the people whose awards they are.
    /// </summary>
    private static async Task<(List<ProfileAward> Awards, List<Revocation> Revocations)> AwardsAsync(EmulationDbContext db,
        IQueryable<Award> query, bool named)
    {
        // Scalar subqueries, not a join to a whole decision row: that needs SQL APPLY, which SQLite does not have.
        var rows = await query.AsNoTracking()
            .Select(a => new
            {
                Award = a,
                Person = a.PersonId == null ? null : db.People.Where(p => p.Id == a.PersonId).Select(p => p.FullName).FirstOrDefault(),
                RevokedNumber = db.Decisions.Where(d => d.Id == a.RevokedByDecisionId).Select(d => d.Number).FirstOrDefault(),
                RevokedDate = db.Decisions.Where(d => d.Id == a.RevokedByDecisionId).Select(d => (DateOnly?)d.Date).FirstOrDefault(),
                RevokedIssuer = db.Decisions.Where(d => d.Id == a.RevokedByDecisionId).Select(d => d.IssuerName).FirstOrDefault(),
                SignerName = db.Decisions.Where(d => d.Id == a.DecisionId).Select(d => d.SignerName).FirstOrDefault(),
                SignerPosition = db.Decisions.Where(d => d.Id == a.DecisionId).Select(d => d.SignerPosition).FirstOrDefault(),
            })
            .ToListAsync();
        List<ProfileAward> awards = [.. rows
            .OrderByDescending(r => r.Award.Year).ThenBy(r => r.Award.PersonId is not null).ThenBy(r => r.Award.Title)
            .Select(r => new ProfileAward(r.Award.Id, r.Award.Year, r.Award.Title, r.Award.Kind, r.Award.DecisionNumber,
                r.Award.DecisionDate, r.Award.IssuerName, r.Award.UnitNameAtDecision, r.Award.CashVnd, r.Award.IsRevoked,
                named ? r.Person : null, r.Award.DecisionId, r.RevokedNumber, r.SignerName, r.SignerPosition))];
        List<Revocation> revocations = [.. rows
            .Where(r => r.Award.RevokedByDecisionId is not null && r.RevokedNumber is not null)
            .Select(r => new Revocation(r.Award.Id, r.Award.RevokedByDecisionId!.Value, r.RevokedNumber!,
                r.RevokedDate!.Value, r.RevokedIssuer ?? ""))];
        return (awards, revocations);
    }

    /// <summary>The decisions issued here that granted or revoked <paramref name="awards"/>, newest first, once each.</summary>
    private static List<ProfileDocument> DecisionDocuments(IReadOnlyList<ProfileAward> awards, IEnumerable<Revocation> revocations) =>
        [.. awards.Where(a => a.DecisionId is not null)
            .Select(a => (Id: a.DecisionId!.Value, a.DecisionNumber, Date: a.DecisionDate, Kind: DecisionKind.Award, a.IssuerName))
            .Concat(revocations.Select(r => (Id: r.DecisionId, DecisionNumber: r.Number, r.Date, Kind: DecisionKind.Revocation, r.IssuerName)))
            .DistinctBy(d => d.Id)
            .OrderByDescending(d => d.Date).ThenByDescending(d => d.Id)
            .Select(d => new ProfileDocument(d.Date.Year, "Quyết định số " + d.DecisionNumber, d.Kind.ToString(), d.IssuerName, d.Id))];
}
