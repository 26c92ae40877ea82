using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Domain.Organization;
using Emulation.Web.Data;
using Emulation.Web.Documents;
using Emulation.Web.Documents.Decisions;
using Emulation.Web.Resources;
using Emulation.Web.Services.Organization;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Records;

/// <summary>
/// Look-up across years (tra cứu): people and units by name, code or unit, ignoring case and Vietnamese marks through
/// the folded search keys the entities keep; and the awards of every year filtered by title, kind, years and unit,
/// as a list or an Excel workbook. Officers, council, leadership and administrators see everyone; a department head
/// sees their own unit and its people; a member of staff only themselves.
/// </summary>
public sealed class LookupService(IDbContextFactory<EmulationDbContext> factory)
{
    public const int UnitHits = 10;
    public const int MaxPageSize = 100;

    /// <summary>Rows an export holds at most: years of a whole province's awards.</summary>
    public const int MaxExportRows = 20_000;

    public const int SearchMaxLength = 120;

    /// <summary>The units <paramref name="actor"/> may filter the award list by: every one, or a head's own.</summary>
    public async Task<IReadOnlyList<LookupHit>> UnitsAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.SignedInWithRole);
        await using var db = await factory.CreateDbContextAsync(actor);
        return await VisibleUnits(actor, await AgencyUnitsAsync(db)).OrderBy(u => u.ClosedOn != null).ThenBy(u => u.Name)
            .Select(u => new LookupHit(u.Id, u.Name, u.Code, u.Name, u.ClosedOn == null)).ToListAsync();
    }

    /// <summary>The address of the workbook of the awards <paramref name="filter"/> selects (the page's export link).</summary>
    public static string ExportPath(AwardFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = new Dictionary<string, string?>
        {
            ["title"] = filter.Title?.ToString(),
            ["kind"] = filter.Kind?.ToString(),
            ["from"] = filter.FromYear?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = filter.ToYear?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["unit"] = filter.UnitId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["q"] = string.IsNullOrWhiteSpace(filter.Search) ? null : filter.Search.Trim(),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("documents/lookup/awards.xlsx",
            query.Where(p => p.Value is not null));
    }

    /// <summary>Units and people whose keys hold every word typed; a person also by the words of their unit's name.</summary>
    public async Task<LookupResult> SearchAsync(Actor actor, string? search, int page, int pageSize)
    {
        actor.RequirePolicy(Policies.SignedInWithRole);
        var words = Words(search);
        if (words.Count == 0)
        {
            return new LookupResult([], [], 0);
        }

        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(page, 0);
        await using var db = await factory.CreateDbContextAsync(actor);
        var agencyUnits = await AgencyUnitsAsync(db);
        var units = VisibleUnits(actor, agencyUnits);
        foreach (var word in words)
        {
            units = units.Where(u => u.SearchKey.Contains(word));
        }

        var unitHits = await units.OrderBy(u => u.ClosedOn != null).ThenBy(u => u.Name).Take(UnitHits)
            .Select(u => new LookupHit(u.Id, u.Name, u.Code, u.Name, u.ClosedOn == null)).ToListAsync();

        var people = VisiblePeople(actor, db.People.AsNoTracking().Where(p => agencyUnits.Any(u => u.Id == p.UnitId)))
            .Join(db.Units, p => p.UnitId, u => u.Id, (p, u) => new { Person = p, UnitKey = u.SearchKey, UnitName = u.Name });
        foreach (var word in words)
        {
            people = people.Where(r => r.Person.SearchKey.Contains(word) || r.UnitKey.Contains(word));
        }

        var total = await people.CountAsync();
        var rows = await people.OrderBy(r => r.Person.LeftOn != null).ThenBy(r => r.Person.FullName).ThenBy(r => r.Person.Id)
            .Skip(page * pageSize).Take(pageSize)
            .Select(r => new LookupHit(r.Person.Id, r.Person.FullName, r.Person.Code, r.UnitName, r.Person.LeftOn == null))
            .ToListAsync();
        return new LookupResult(unitHits, rows, total);
    }

    /// <summary>One page of the awards <paramref name="filter"/> selects, newest year first.</summary>
    public async Task<AwardListPage> ListAwardsAsync(Actor actor, AwardFilter filter, int page, int pageSize)
    {
        actor.RequirePolicy(Policies.SignedInWithRole);
        ArgumentNullException.ThrowIfNull(filter);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(page, 0);
        await using var db = await factory.CreateDbContextAsync(actor);
        var awards = Filtered(actor, db, await AgencyUnitsAsync(db), filter);
        var total = await awards.CountAsync();
        var rows = await Rows(db, Ordered(awards).Skip(page * pageSize).Take(pageSize)).ToListAsync();
        return new AwardListPage(rows, total);
    }

    /// <summary>The awards <paramref name="filter"/> selects as an Excel workbook (at most <see cref="MaxExportRows"/>).</summary>
    public async Task<DocumentFile> ExportAwardsAsync(Actor actor, AwardFilter filter)
    {
        actor.RequirePolicy(Policies.SignedInWithRole);
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await factory.CreateDbContextAsync(actor);
        var rows = await Rows(db, Ordered(Filtered(actor, db, await AgencyUnitsAsync(db), filter)).Take(MaxExportRows)).ToListAsync();
        return new DocumentFile(FileName(filter), DocumentFile.XlsxContentType,
            ListWorkbook.Write("Danh sách khen thưởng", Columns, rows.Select(r => new object?[]
            {
                r.Year, Wording.TitleName(Wording.Vietnamese, r.Title), Wording.Label(Wording.Vietnamese, r.Kind),
                r.RecipientName, r.PersonId is null ? "Tập thể" : "Cá nhân", r.UnitNameAtDecision, r.DecisionNumber,
                r.DecisionDate.ToString("dd/MM/yyyy", AdministrativeText.Vietnamese), r.Signature,
                r.IssuedHere ? "Ban hành trên hệ thống" : "Ghi nhận từ văn bản quyết định",
                r.RevokedByNumber is { } revoked ? Decisions.ProfileService.RevokedNote(revoked) : "",
            })));
    }

    private static readonly IReadOnlyList<(string, Type)> Columns =
    [
        ("Năm", typeof(int)), ("Danh hiệu, hình thức", typeof(string)), ("Loại khen thưởng", typeof(string)),
        ("Cá nhân, tập thể", typeof(string)), ("Đối tượng", typeof(string)), ("Đơn vị tại thời điểm quyết định", typeof(string)),
        ("Số quyết định", typeof(string)), ("Ngày quyết định", typeof(string)), ("Cơ quan, người ban hành", typeof(string)),
        ("Nguồn", typeof(string)), ("Ghi chú", typeof(string)),
    ];

    private static string FileName(AwardFilter filter)
    {
        var parts = new List<string> { "danh-sach-khen-thuong" };
        if (filter.Title is { } title)
        {
            parts.Add(DecisionText.Slug(Wording.TitleName(Wording.Vietnamese, title)));
        }

        if (filter.FromYear is { } from)
        {
            parts.Add(from.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (filter.ToYear is { } to)
        {
            parts.Add(to.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return string.Join('-', parts) + ".xlsx";
    }

    private static IReadOnlyList<string> Words(string? search) =>
        SearchText.Words(search is { Length: > SearchMaxLength } ? search[..SearchMaxLength] : search);

    /// <summary>The units <paramref name="actor"/> may look up: all, their own (a head), or none (staff).</summary>
    /// <summary>The units of the agency the context reads (<see cref="EmulationDbContext.CampaignAgency"/>): another agency's are not looked up.</summary>
    private static async Task<IQueryable<Unit>> AgencyUnitsAsync(EmulationDbContext db) =>
        (await OrganizationScope.UnitsOfAgencyAsync(db, db.CampaignAgency)).AsNoTracking();

    private static IQueryable<Unit> VisibleUnits(Actor actor, IQueryable<Unit> units) =>
        actor.Can(Policies.SeeAllUnits) ? units.Where(u => u.Kind != UnitKind.ReceivingBoard)
        : actor.IsInRole(Roles.DepartmentHead) && actor.UnitId is { } unit ? units.Where(u => u.Id == unit)
        : units.Where(_ => false);

    /// <summary>The people <paramref name="actor"/> may look up: all, their unit's (a head), or themselves.</summary>
    private static IQueryable<Person> VisiblePeople(Actor actor, IQueryable<Person> people)
    {
        if (actor.Can(Policies.SeeAllUnits))
        {
            return people;
        }

        var unit = actor.IsInRole(Roles.DepartmentHead) ? actor.UnitId : null;
        var self = actor.PersonId;
        return people.Where(p => (unit != null && p.UnitId == unit) || (self != null && p.Id == self));
    }

    private static IQueryable<Award> Filtered(Actor actor, EmulationDbContext db, IQueryable<Unit> agencyUnits, AwardFilter filter)
    {
        var awards = db.CampaignAgency is null ? db.Awards.AsNoTracking()
            : db.Awards.AsNoTracking().Where(a => agencyUnits.Any(u => u.Id == a.UnitId));
        if (!actor.Can(Policies.SeeAllUnits))
        {
            // A head: the awards earned in their unit (its people's and its own); staff: their own.
            var unit = actor.IsInRole(Roles.DepartmentHead) ? actor.UnitId : null;
            var self = actor.PersonId;
            awards = awards.Where(a => (unit != null && a.UnitId == unit) || (self != null && a.PersonId == self));
        }

        if (filter.Title is { } title)
        {
            awards = awards.Where(a => a.Title == title);
        }

        if (filter.Kind is { } kind)
        {
            awards = awards.Where(a => a.Kind == kind);
        }

        if (filter.FromYear is { } from)
        {
            awards = awards.Where(a => a.Year >= from);
        }

        if (filter.ToYear is { } to)
        {
            awards = awards.Where(a => a.Year <= to);
        }

        if (filter.UnitId is { } unitId)
        {
            awards = awards.Where(a => a.UnitId == unitId);
        }

        foreach (var word in Words(filter.Search))
        {
            awards = awards.Where(a => a.PersonId == null
                ? db.Units.Any(u => u.Id == a.UnitId && u.SearchKey.Contains(word))
                : db.People.Any(p => p.Id == a.PersonId && p.SearchKey.Contains(word)));
        }

        return awards;
    }

    /// <summary>Newest year first, then by title and unit, the collective's award before its people's (a null person sorts
    /// first on both providers); the order of the IX_Awards_ListOrder index, so a page needs no sort.</summary>
    private static IQueryable<Award> Ordered(IQueryable<Award> awards) =>
        awards.OrderByDescending(a => a.Year).ThenBy(a => a.Title).ThenBy(a => a.UnitNameAtDecision)
            .ThenBy(a => a.PersonId).ThenBy(a => a.Id);

    private static IQueryable<AwardListRow> Rows(EmulationDbContext db, IQueryable<Award> awards) =>
        awards.Select(a => new AwardListRow(a.Id, a.Year, a.Title, a.Kind,
            a.PersonId == null
                ? a.UnitNameAtDecision
                : db.People.Where(p => p.Id == a.PersonId).Select(p => p.FullName).FirstOrDefault() ?? "",
            a.PersonId, a.UnitId, a.UnitNameAtDecision, a.DecisionNumber, a.DecisionDate, a.IssuerName,
            a.DecisionId != null,
            db.Decisions.Where(d => d.Id == a.RevokedByDecisionId).Select(d => d.Number).FirstOrDefault(),
            db.Decisions.Where(d => d.Id == a.DecisionId).Select(d => d.SignerName).FirstOrDefault(),
            db.Decisions.Where(d => d.Id == a.DecisionId).Select(d => d.SignerPosition).FirstOrDefault()));
}
