using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Domain.Organization;
using Emulation.Domain.Results;
using Emulation.Web.Data;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Organization;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Records;

/// <summary>
/// Units, people and their yearly records as other systems send them (the REST API): create-or-update by code,
/// and past years' ratings, titles and awards so the streak rules have history to read.
/// </summary>
public sealed class RecordsService(IDbContextFactory<EmulationDbContext> factory, TimeProvider clock, SubmissionNotifier notifier)
{
    /// <summary>
    /// Decision number of awards recorded through the API. They are earlier years' awards whose decision the caller
    /// did not send; the marker says so honestly, and lets a later PUT of the same year replace exactly these rows
    /// (awards decided in the app carry real numbers and are never touched).
    /// </summary>
    public const string RecordedDecisionNumber = "API";

    /// <summary>Issuer recorded on those awards: the decision's issuer is not known either.</summary>
    public const string RecordedIssuer = "Ghi nhận qua API (chưa có số quyết định)";

    public const string AwardsByAdministratorCode = "records.awards_by_administrator";

    /// <summary>A head sent titles or awards with a year's record: those are the administrator's to record.</summary>
    public static DomainError AwardsByAdministrator() =>
        new(AwardsByAdministratorCode, "Titles and awards a person holds are recorded by the administrator; a head records the year's rating only.");

    public const string YearOfAnotherUnitCode = "records.year_of_another_unit";

    /// <summary>
    /// A head addressed a year in which the person was not on their unit's staff (before they came, or in a unit whose
    /// history theirs does not carry): that year's record is the unit's that reviewed them, or the administrator's.
    /// </summary>
    public static DomainError YearOfAnotherUnit(int year) =>
        new(YearOfAnotherUnitCode, $"In {year} the person was not on the staff of the head's unit: that year's record is not the head's to write.")
        {
            Facts = DomainError.FactsOf(("year", year)),
        };

    public static DomainError NotFound(string what, string code) =>
        new("records.not_found", $"There is no {what} '{code}'.", code);

    /// <summary>A code that differs from a stored one only in case or Unicode form: the same code, so refused.</summary>
    public static DomainError CodeTakenIgnoringCase(string code) =>
        new("records.code_taken", $"The code '{code}' is already used, written in another case.", code);

    /// <summary>
    /// The unit with <paramref name="code"/> (in any case, <see cref="StoredCodes"/>), with its code as stored; or null
    /// (another agency's too, <see cref="AgencyRecords"/>).
    /// </summary>
    public async Task<UnitKey?> UnitAsync(Actor actor, string code)
    {
        actor.RequirePolicy(Policies.SignedInWithRole);
        await using var db = await factory.CreateDbContextAsync(actor);
        return await AgencyRecords.Units(db).Where(StoredCodes.Same<Unit>(code)).Select(u => new UnitKey(u.Id, u.Code)).SingleOrDefaultAsync();
    }

    /// <summary>The id of the person with <paramref name="code"/> (in any case, <see cref="StoredCodes"/>) of the actor's agency, or null.</summary>
    public async Task<int?> PersonIdAsync(Actor actor, string code)
    {
        actor.RequirePolicy(Policies.SignedInWithRole);
        await using var db = await factory.CreateDbContextAsync(actor);
        return await AgencyRecords.People(db).Where(StoredCodes.Same<Person>(code)).Select(p => (int?)p.Id).SingleOrDefaultAsync();
    }

    public async Task<IReadOnlyList<UnitEntry>> ListUnitsAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.SignedInWithRole);
        await using var db = await factory.CreateDbContextAsync(actor);
        // The actor's agency's units only (AgencyRecords), read once: the parents they name are among them.
        var units = await AgencyRecords.Units(db).AsNoTracking().Where(u => u.Kind != UnitKind.ReceivingBoard).OrderBy(u => u.Id).ToListAsync();
        // A unit's bloc is the latest campaign's: each campaign keeps its own.
        var blocs = await Campaigns.BlocsOfCampaigns.LatestByUnitAsync(db);
        var codes = units.ToDictionary(u => u.Id, u => u.Code);
        return [.. units.Where(u => actor.CanSeeUnit(db, u.Id)).Select(u => Entry(u, codes, blocs))];
    }

    /// <summary>
    /// The unit with <paramref name="code"/> (in any case) with its version, as <see cref="ListUnitsAsync"/> lists it; null
    /// when there is none, or the caller may not see it (another unit, to a department head; another agency's, to an
    /// account bound to one; a receiving board, to anyone but an administrator, who keeps them).
    /// </summary>
    public async Task<UnitEntry?> GetUnitAsync(Actor actor, string code)
    {
        actor.RequirePolicy(Policies.SignedInWithRole);
        await using var db = await factory.CreateDbContextAsync(actor);
        var row = await db.Units.AsNoTracking().Where(StoredCodes.Same<Unit>(code))
            .Select(u => new { Unit = u, Version = EF.Property<Guid>(u, EmulationDbContext.VersionProperty) })
            .SingleOrDefaultAsync();
        if (row is null || (row.Unit.Kind == UnitKind.ReceivingBoard && !actor.Can(Policies.Administer)) || !actor.CanSeeUnit(db, row.Unit.Id))
        {
            return null;
        }

        var parentCodes = await db.Units.AsNoTracking().Where(u => u.Id == row.Unit.ParentId).Select(u => new { u.Id, u.Code })
            .ToDictionaryAsync(u => u.Id, u => u.Code);
        var blocs = await Campaigns.BlocsOfCampaigns.LatestByUnitAsync(db);
        return Entry(row.Unit, parentCodes, blocs) with { Version = row.Version };
    }

    private static UnitEntry Entry(Unit u, IReadOnlyDictionary<int, string> codes, IReadOnlyDictionary<int, Bloc> blocs) =>
        new(u.Code, u.Name, u.Kind, u.ParentId is { } p ? codes.GetValueOrDefault(p) : null,
            blocs.GetValueOrDefault(u.Id)?.Code, blocs.GetValueOrDefault(u.Id)?.Name, u.ClosedOn);

    /// <summary>
    /// Creates the unit, or renames and reclassifies it from the version the caller read (<paramref name="versionRead"/>:
    /// a unit saved since is <see cref="ConcurrencyErrors.ChangedByOthers"/>). The address names the unit as written: a
    /// stored code spelt otherwise is refused as taken (<see cref="CodeTakenIgnoringCase"/>), never renamed through.
    /// With <paramref name="expectNew"/> (the caller found no such unit) a unit created meanwhile is a lost race, not
    /// replaced without the version it was never read at.
    /// </summary>
    public async Task<Result<SavedUnit>> PutUnitAsync(Actor actor, string code, UnitDraft draft, Guid? versionRead = null,
        bool expectNew = false)
    {
        actor.RequirePolicy(Policies.Administer);
        await using var db = await factory.CreateDbContextAsync(actor);
        int? parentId = null;
        if (draft.ParentCode is { } parentCode)
        {
            parentId = await db.Units.Where(StoredCodes.Same<Unit>(parentCode)).Select(u => (int?)u.Id).SingleOrDefaultAsync();
            if (parentId is null)
            {
                return Result<SavedUnit>.Failure(NotFound("unit", parentCode));
            }
        }

        var unit = await db.Units.SingleOrDefaultAsync(StoredCodes.Same<Unit>(code));
        if (unit is not null && unit.Code != CleanText.Normalize(code))
        {
            return Result<SavedUnit>.Failure(CodeTakenIgnoringCase(code));
        }

        // An agency's administrator keeps its own tree: a unit they name no parent for stays under their agency.
        var scope = await Organization.OrganizationScope.OfAsync(db, actor);
        if (unit is not null)
        {
            scope.Require(actor, unit.Id);
        }

        if (draft.Kind is UnitKind.Agency or UnitKind.ReceivingBoard || unit?.Kind is UnitKind.Agency or UnitKind.ReceivingBoard)
        {
            scope.RequireWhole(actor);
        }

        parentId ??= scope.Agency;
        if (parentId is { } parent)
        {
            scope.Require(actor, parent);
        }

        if (unit is null)
        {
            var created = Unit.Create(code, draft.Name, draft.Kind, parentId: parentId);
            db.Units.Add(created);
            await db.SaveChangesAsync();
            return Result<SavedUnit>.Success(new SavedUnit(true, db.VersionOf(created)));
        }

        if (expectNew || db.ChangedSinceRead(unit, versionRead))
        {
            return Result<SavedUnit>.Failure(ConcurrencyErrors.ChangedByOthers());
        }

        var errors = new List<DomainError>();
        if (unit.Name != draft.Name.Trim())
        {
            errors.AddRange(unit.Rename(draft.Name, DateOnly.FromDateTime(clock.GetLocalNow().DateTime)).Errors);
        }

        if (unit.Kind != draft.Kind || unit.ParentId != parentId)
        {
            var parentOf = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToDictionaryAsync(u => u.Id, u => u.ParentId);
            errors.AddRange(unit.Reclassify(draft.Kind, parentId, parentOf).Errors);
        }

        if (errors.Count > 0)
        {
            return Result<SavedUnit>.Failure(errors);
        }

        if (db.Entry(unit).State == EntityState.Unchanged)
        {
            return Result<SavedUnit>.Success(new SavedUnit(false, db.VersionOf(unit)));
        }

        if (await Organization.OrganizationService.SaveUnitAsync(db, unit, versionRead) is { IsSuccess: false } lost)
        {
            return Result<SavedUnit>.Failure(lost.Errors);
        }

        await notifier.UnitsChangedAsync(factory, [unit.Id]);
        return Result<SavedUnit>.Success(new SavedUnit(false, db.VersionOf(unit)));
    }

    public async Task<PersonEntry?> GetPersonAsync(Actor actor, string code)
    {
        actor.RequirePolicy(Policies.SignedInWithRole);
        await using var db = await factory.CreateDbContextAsync(actor);
        var person = await AgencyRecords.People(db).AsNoTracking().SingleOrDefaultAsync(StoredCodes.Same<Person>(code));
        if (person is null || !actor.CanSeeUnit(db, person.UnitId))
        {
            // Another unit's person is, to a head, the same as one that does not exist; so is another agency's to anyone.
            return null;
        }

        var codes = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Code }).ToDictionaryAsync(u => u.Id, u => u.Code);
        var years = await db.StaffYearResults.AsNoTracking().Where(s => s.PersonId == person.Id)
            .OrderBy(s => s.Year).ToListAsync();
        var initiatives = (await db.Set<RecognisedInitiative>().AsNoTracking().Where(i => i.PersonId == person.Id)
            .OrderBy(i => i.Id).ToListAsync()).ToLookup(i => i.Year);
        var awards = await db.Awards.AsNoTracking().Where(a => a.PersonId == person.Id)
            .OrderBy(a => a.Year).ThenBy(a => a.Title)
            .Select(a => new AwardHistoryEntry(a.Year, a.Title, a.Kind, a.DecisionNumber, a.DecisionDate))
            .ToListAsync();
        return new PersonEntry(person.Code ?? code, person.FullName, person.Gender, codes[person.UnitId],
            person.RecruitedOn, person.Position,
            [.. years.Select(s => new PersonYearEntry(s.Year, codes.GetValueOrDefault(s.UnitId, ""), s.Rating,
                s.MonthsWorked, s.MaternityLeaveMonths, s.Discipline, s.ProceedingsPending,
                [.. initiatives[s.Year].Select(i => new InitiativeEntry(i.Title, i.Level))], s.LeaveMonths, s.DisciplineFrom,
                s.DisciplineTo, s.MonthsInFormerUnit, s.FormerUnitOpinionReceived, s.MonthsWorkedReason))],
            awards);
    }

    /// <summary>
    /// Replaces the person's record for <paramref name="year"/> in one transaction: rating and facts through the
    /// domain's checks, initiatives, and the titles and awards recorded through the API for that year.
    /// The administrator records any year, titles and awards included; a department head only for people of their own
    /// unit, their rating and facts only (the titles and awards recorded stay), and not for a year a campaign of the app
    /// has ranked and decided (<see cref="StaffYears"/>).
    /// </summary>
    public async Task<Result> PutPersonYearAsync(Actor actor, string code, int year, PersonYearDraft draft)
    {
        actor.RequirePolicy(Policies.KeepStaffRecords);
        await using var db = await factory.CreateDbContextAsync(actor);
        var person = await AgencyRecords.People(db).SingleOrDefaultAsync(StoredCodes.Same<Person>(code));
        if (person is null || !(actor.Can(Policies.Administer) || actor.CanEditUnit(person.UnitId)))
        {
            // A head's only unit is the one they edit, an administrator's only agency the one they are bound to: another
            // unit's person is as unknown as one that does not exist.
            return Result.Failure(NotFound("person", code));
        }

        // The administrator keeps the records: any year, and the titles and awards a person holds from decisions made
        // outside the app. A head records their staff's rating for a year the app has not ranked and decided.
        var keepsRecords = actor.Can(Policies.Administer);
        if (!keepsRecords && (draft.Titles.Count > 0 || draft.Awards.Count > 0))
        {
            return Result.Failure(AwardsByAdministrator());
        }

        // The year belongs to the unit that reviewed the person in it: the one its record names, or, for a year not yet
        // recorded, the one their positions place them in at its end.
        var record = await db.StaffYearResults.SingleOrDefaultAsync(s => s.PersonId == person.Id && s.Year == year);
        var unitOfYear = record?.UnitId ?? person.UnitInYear(year);
        if (!keepsRecords)
        {
            if (unitOfYear is not { } reviewing || !await CarriesYearAsync(db, person.UnitId, reviewing, year))
            {
                return Result.Failure(YearOfAnotherUnit(year));
            }

            if (await StaffYears.HeldAsync(db, reviewing, year) is { } held)
            {
                return Result.Failure(held);
            }
        }

        if (record is null)
        {
            record = StaffYearResult.Start(person.Id, unitOfYear ?? person.UnitId, year);
            db.StaffYearResults.Add(record);
        }

        var recorded = record.Record(draft.Rating, draft.MonthsWorked, draft.MaternityLeaveMonths, draft.Discipline,
            RecognisedInitiative.Highest(draft.Initiatives.Select(i => i.Level)), draft.PendingReview, draft.LeaveMonths);
        if (recorded.IsSuccess)
        {
            recorded = record.RecordDisciplinePeriod(draft.DisciplineFrom, draft.DisciplineTo);
        }

        if (recorded.IsSuccess)
        {
            recorded = record.RecordFormerUnit(draft.MonthsInFormerUnit, draft.FormerUnitOpinionReceived);
        }

        if (recorded.IsSuccess)
        {
            // Part-year staff: months other than those the positions give for a year broken by a leaving need a reason.
            var onStaff = person.OnStaffIn(year);
            recorded = record.ExplainMonths(onStaff.Interrupted ? onStaff.Months : null, draft.MonthsWorkedReason);
        }

        if (!recorded.IsSuccess)
        {
            return recorded;
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        // Removed through the change tracker, never in bulk, so the audit trail records every row replaced.
        db.Set<RecognisedInitiative>().RemoveRange(await db.Set<RecognisedInitiative>()
            .Where(i => i.PersonId == person.Id && i.Year == year).ToListAsync());
        db.Set<RecognisedInitiative>().AddRange(draft.Initiatives.Select(i =>
            RecognisedInitiative.Record(person.Id, year, i.Title, i.Level)));
        if (keepsRecords)
        {
            await ReplaceRecordedAwardsAsync(db, person.Id, record.UnitId, year,
                [.. draft.Titles.Select(t => new AwardEntry(t, AwardKind.Merit)), .. draft.Awards]);
        }

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        await notifier.YearsChangedAsync(factory, [year]);
        return Result.Success();
    }

    /// <summary>
    /// Whether <paramref name="unitId"/> keeps the staff records of <paramref name="year"/> made in
    /// <paramref name="unitOfYear"/>: its own, or those of a unit merged or split into it whose history it inherits
    /// (<see cref="Reorganization.InheritedYears"/>).
    /// </summary>
    private static async Task<bool> CarriesYearAsync(EmulationDbContext db, int unitId, int unitOfYear, int year) =>
        unitOfYear == unitId ||
        ((await db.InheritedYearsAsync(unitId)).TryGetValue(unitOfYear, out var lastInherited) && year <= lastInherited);

    /// <summary>Replaces the unit's collective rating, titles and awards for <paramref name="year"/>.</summary>
    public async Task<Result> PutUnitYearAsync(Actor actor, string code, int year, UnitYearDraft draft)
    {
        actor.RequirePolicy(Policies.KeepOrganization);
        await using var db = await factory.CreateDbContextAsync(actor);
        // Another agency's unit is as unknown as one that does not exist.
        var unit = await AgencyRecords.Units(db).AsNoTracking().SingleOrDefaultAsync(StoredCodes.Same<Unit>(code));
        if (unit is null)
        {
            return Result.Failure(NotFound("unit", code));
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var record = await db.Set<UnitYearRecord>().SingleOrDefaultAsync(r => r.UnitId == unit.Id && r.Year == year);
        if (record is null)
        {
            db.Set<UnitYearRecord>().Add(UnitYearRecord.Start(unit.Id, year, draft.Rating));
        }
        else
        {
            record.Rate(draft.Rating);
        }

        await ReplaceRecordedAwardsAsync(db, null, unit.Id, year,
            [.. draft.Titles.Select(t => new AwardEntry(t, AwardKind.Merit)), .. draft.Awards]);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        await notifier.YearsChangedAsync(factory, [year]);
        return Result.Success();
    }

    private static async Task ReplaceRecordedAwardsAsync(EmulationDbContext db, int? personId, int unitId, int year,
        IReadOnlyList<AwardEntry> awards)
    {
        db.Awards.RemoveRange(await db.Awards
            .Where(a => a.PersonId == personId && a.Year == year && a.NominationId == null &&
                a.DecisionNumber == RecordedDecisionNumber && (personId != null || a.UnitId == unitId))
            .ToListAsync());
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == unitId);
        var decided = new DateOnly(year, 12, 31);
        db.Awards.AddRange(awards.Distinct().Select(a => Award.Grant(personId, unitId, unit.NameOn(decided), year,
            a.Form, a.Kind, RecordedDecisionNumber, decided, RecordedIssuer)));
    }
}
