using Emulation.Domain.Common;
using Emulation.Domain.Organization;
using Emulation.Web.Data;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Records;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Organization;

/// <summary>
/// The staff list (administrators and union officers): add, correct, transfer with the day, mark as left, and the
/// positions held. The page, the REST API and the Excel import all go through here; the rules are the domain's.
/// </summary>
public sealed class PeopleService(IDbContextFactory<EmulationDbContext> factory, SubmissionNotifier notifier,
    Accounts.EndedSessions endedSessions)
{
    public const int MaxPageSize = 200;

    public static DomainError CodeRequired() => new("people.code_required", "A staff code is required.");

    public static DomainError CodeTaken(string code) =>
        new("people.code_taken", $"Staff code {code} is already used.", code);

    public static DomainError NameRequired() => new("people.name_required", "A full name is required.");

    public static DomainError TooLong(string field, int max) =>
        new("people.too_long", $"{field} is longer than {max} characters.", max.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static DomainError UnknownUnit(int unitId) =>
        new("people.unknown_unit", $"There is no active unit {unitId}.", unitId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static DomainError NotFound(int personId) =>
        new("people.not_found", $"There is no person {personId}.", personId.ToString(System.Globalization.CultureInfo.InvariantCulture));


    public async Task<PeopleListPage> SearchAsync(Actor actor, PeopleFilter filter, int page, int pageSize)
    {
        actor.RequirePolicy(Policies.KeepOrganization);
        ArgumentNullException.ThrowIfNull(filter);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(page, 0);
        await using var db = await factory.CreateDbContextAsync(actor);
        var people = db.People.AsNoTracking();
        people = filter.State switch
        {
            PersonState.Active => people.Where(p => p.LeftOn == null),
            PersonState.Left => people.Where(p => p.LeftOn != null),
            _ => people,
        };
        if (filter.UnitId is { } unitId)
        {
            people = people.Where(p => p.UnitId == unitId);
        }

        var scope = await OrganizationScope.OfAsync(db, actor);
        if (!scope.IsWhole)
        {
            var kept = scope.Units(db.Units).Select(u => u.Id);
            people = people.Where(p => kept.Contains(p.UnitId));
        }

        if (NameSearch.Query(filter.Search) is { } query)
        {
            // Marks are ignored ("nguyen" finds "Nguyễn"), which SQL cannot do portably: the names and codes of the
            // filtered people (three columns, tens of thousands at most) are folded here and the page read by id.
            var candidates = await people.Select(p => new { p.Id, p.FullName, p.Code }).ToListAsync();
            var matching = candidates
                .Where(p => NameSearch.Contains(NameSearch.Fold(p.FullName), query) ||
                    (p.Code is { } code && NameSearch.Contains(NameSearch.Fold(code), query)))
                .Select(p => p.Id).ToList();
            people = db.People.AsNoTracking().Where(p => matching.Contains(p.Id));
        }

        var total = await people.CountAsync();
        var rows = await people.OrderBy(p => p.UnitId).ThenBy(p => p.Code).ThenBy(p => p.Id)
            .Skip(page * pageSize).Take(pageSize)
            .Select(p => new PersonRow(p.Id, p.Code, p.FullName, p.Gender, p.DateOfBirth, p.UnitId,
                db.Units.Where(u => u.Id == p.UnitId).Select(u => u.Name).First(), p.Position, p.RecruitedOn, p.LeftOn,
                p.LeaveReason))
            .ToListAsync();
        return new PeopleListPage(rows, total);
    }

    public async Task<PersonDetails?> GetAsync(Actor actor, int personId)
    {
        actor.RequirePolicy(Policies.KeepOrganization);
        await using var db = await factory.CreateDbContextAsync(actor);
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId);
        if (person is null)
        {
            return null;
        }

        (await OrganizationScope.OfAsync(db, actor)).Require(actor, person.UnitId);
        var names = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Id, u => u.Name);
        return new PersonDetails(
            new PersonRow(person.Id, person.Code, person.FullName, person.Gender, person.DateOfBirth, person.UnitId,
                names.GetValueOrDefault(person.UnitId, ""), person.Position, person.RecruitedOn, person.LeftOn,
                person.LeaveReason),
            person.LeaveNote,
            [.. person.Tenures.OrderByDescending(t => t.From)
                .Select(t => new TenureRow(names.GetValueOrDefault(t.UnitId, ""), t.Position, t.From, t.To))]);
    }

    /// <summary>Adds a member of staff; the first position is held from the recruitment day.</summary>
    public Task<Result<int>> AddAsync(Actor actor, NewPerson draft)
    {
        actor.RequirePolicy(Policies.KeepOrganization);
        ArgumentNullException.ThrowIfNull(draft);
        return AddCheckedAsync(actor, draft, positionRequired: true);
    }

    private async Task<Result<int>> AddCheckedAsync(Actor actor, NewPerson draft, bool positionRequired)
    {
        await using var db = await factory.CreateDbContextAsync(actor);
        if (await db.Units.AnyAsync(u => u.Id == draft.UnitId))
        {
            (await OrganizationScope.OfAsync(db, actor)).Require(actor, draft.UnitId);
        }

        var checkedDraft = await CheckAsync(db, draft, positionRequired);
        if (!checkedDraft.IsSuccess)
        {
            return Result<int>.Failure(checkedDraft.Errors);
        }

        var person = checkedDraft.Value;
        db.People.Add(person);
        // Another keeper may have added the same code since it was checked: the unique key refuses it.
        if (await ConcurrencyErrors.SaveAsync(db) is { IsSuccess: false } lost)
        {
            return Result<int>.Failure(lost.Errors);
        }

        await notifier.UnitsChangedAsync(factory, [person.UnitId]);
        return Result<int>.Success(person.Id);
    }

    public async Task<Result> CorrectAsync(Actor actor, int personId, PersonCorrection correction)
    {
        actor.RequirePolicy(Policies.KeepOrganization);
        ArgumentNullException.ThrowIfNull(correction);
        if (CheckName(correction.FullName) is { } bad)
        {
            return Result.Failure(bad);
        }

        return await ChangeAsync(actor, personId, p => p.Correct(correction.FullName, correction.Gender, correction.RecruitedOn,
            correction.DateOfBirth));
    }

    /// <summary>Moves the person to another active unit or position from a day; their records stay theirs.</summary>
    public async Task<Result> TransferAsync(Actor actor, int personId, PersonTransfer transfer)
    {
        actor.RequirePolicy(Policies.KeepOrganization);
        ArgumentNullException.ThrowIfNull(transfer);
        if (transfer.Position?.Trim().Length > Person.PositionMaxLength)
        {
            return Result.Failure(TooLong("position", Person.PositionMaxLength));
        }

        await using (var db = await factory.CreateDbContextAsync(actor))
        {
            if (!await db.Units.AnyAsync(u => u.Id == transfer.UnitId && u.ClosedOn == null))
            {
                return Result.Failure(UnknownUnit(transfer.UnitId));
            }

            (await OrganizationScope.OfAsync(db, actor)).Require(actor, transfer.UnitId);
        }

        return await ChangeAsync(actor, personId, p => p.Transfer(transfer.UnitId, transfer.Position ?? "", transfer.On));
    }

    /// <summary>
    /// Marks the person as no longer on the staff; nothing of their history is deleted. The accounts linked to them are
    /// disabled in the same save, as an administrator disables one (<see cref="Accounts.AccountService.MarkDisabled"/>):
    /// their cookies, circuits and API tokens end at once, and only an administrator enables an account again. Refused
    /// while one of those accounts is the last enabled administrator's (<see cref="Accounts.AccountService.PersonIsLastAdministrator"/>).
    /// </summary>
    public async Task<Result> LeaveAsync(Actor actor, int personId, PersonLeaving leaving)
    {
        actor.RequirePolicy(Policies.KeepOrganization);
        ArgumentNullException.ThrowIfNull(leaving);
        if (leaving.Note?.Trim().Length > Person.LeaveNoteMaxLength)
        {
            return Result.Failure(TooLong("note", Person.LeaveNoteMaxLength));
        }

        List<(string Id, string? Stamp)> signIns = [];
        var left = await ChangeAsync(actor, personId, [p => p.Leave(leaving.Reason, leaving.LastDay, leaving.Note)],
            async (db, person) =>
            {
                var accounts = await db.Users.Where(u => u.PersonId == person.Id).ToListAsync();
                if (await Accounts.AccountService.LeavesNoAdministratorAsync(db, [.. accounts.Select(a => a.Id)]))
                {
                    return Result.Failure(Accounts.AccountService.PersonIsLastAdministrator(person.Code ?? person.FullName));
                }

                signIns = [.. accounts.Select(a => (a.Id, (string?)a.SecurityStamp))];
                accounts.ForEach(Accounts.AccountService.MarkDisabled);
                return Result.Success();
            });
        if (left.IsSuccess)
        {
            signIns.ForEach(s => endedSessions.End(s.Id, s.Stamp));
        }

        return left;
    }

    /// <summary>
    /// A person marked as left is on the staff again from <see cref="PersonReturn.On"/>, in an active unit and a position.
    /// Their accounts stay disabled: an administrator enables each one that should sign in again.
    /// </summary>
    public async Task<Result> ReturnAsync(Actor actor, int personId, PersonReturn comeback)
    {
        actor.RequirePolicy(Policies.KeepOrganization);
        ArgumentNullException.ThrowIfNull(comeback);
        if (comeback.Position?.Trim().Length > Person.PositionMaxLength)
        {
            return Result.Failure(TooLong("position", Person.PositionMaxLength));
        }

        await using (var db = await factory.CreateDbContextAsync(actor))
        {
            if (!await db.Units.AnyAsync(u => u.Id == comeback.UnitId && u.ClosedOn == null))
            {
                return Result.Failure(UnknownUnit(comeback.UnitId));
            }

            (await OrganizationScope.OfAsync(db, actor)).Require(actor, comeback.UnitId);
        }

        return await ChangeAsync(actor, personId, p => p.Return(comeback.On, comeback.UnitId, comeback.Position ?? ""));
    }

    /// <summary>The id of the person holding <paramref name="code"/> (whatever its case), within the actor's agency; null when none.</summary>
    public async Task<int?> FindIdAsync(Actor actor, string code)
    {
        actor.RequirePolicy(Policies.KeepOrganization);
        await using var db = await factory.CreateDbContextAsync(actor);
        var person = await db.People.Where(StoredCodes.Same<Person>(code.Trim())).Select(p => new { p.Id, p.UnitId }).SingleOrDefaultAsync();
        return person is not null && (await OrganizationScope.OfAsync(db, actor)).Covers(person.UnitId) ? person.Id : null;
    }

    /// <summary>The id of the active unit holding <paramref name="code"/>, for a person to work in; null when none.</summary>
    public async Task<int?> FindActiveUnitIdAsync(Actor actor, string code)
    {
        actor.RequirePolicy(Policies.KeepOrganization);
        await using var db = await factory.CreateDbContextAsync(actor);
        return await db.Units.Where(StoredCodes.Same<Unit>(code.Trim())).Where(u => u.ClosedOn == null)
            .Select(u => (int?)u.Id).SingleOrDefaultAsync();
    }

    /// <summary>Records a position held before the current one, from the paper file.</summary>
    public async Task<Result> AddPastTenureAsync(Actor actor, int personId, int unitId, string position, DateOnly from, DateOnly to)
    {
        actor.RequirePolicy(Policies.KeepOrganization);
        if (position?.Trim().Length > Person.PositionMaxLength)
        {
            return Result.Failure(TooLong("position", Person.PositionMaxLength));
        }

        await using (var db = await factory.CreateDbContextAsync(actor))
        {
            if (!await db.Units.AnyAsync(u => u.Id == unitId))
            {
                return Result.Failure(UnknownUnit(unitId));
            }
        }

        var added = await ChangeAsync(actor, personId, p => p.AddPastTenure(unitId, position ?? "", from, to));
        if (added.IsSuccess)
        {
            // The past position's unit reviewed the person in the years it covers: its campaigns list them now.
            await notifier.UnitsChangedAsync(factory, [unitId]);
        }

        return added;
    }

    /// <summary>
    /// The REST API's PUT by staff code: adds the person, or corrects their details and, when the unit or position
    /// differs, transfers them from <paramref name="transferOn"/>. Returns whether the person was created.
    /// </summary>
    public async Task<Result<bool>> SaveByCodeAsync(Actor actor, string code, string unitCode, NewPerson draft, DateOnly transferOn)
    {
        var saved = await SaveByCodeOnceAsync(actor, code, unitCode, draft, transferOn);
        // Two PUTs of one new code at once: the one that lost the race to create it finds the person now and updates
        // them, as a PUT of an existing code does, instead of refusing the code as taken.
        return saved.Errors is [{ Code: "people.code_taken" }]
            ? await SaveByCodeOnceAsync(actor, code, unitCode, draft, transferOn)
            : saved;
    }

    private async Task<Result<bool>> SaveByCodeOnceAsync(Actor actor, string code, string unitCode, NewPerson draft, DateOnly transferOn)
    {
        actor.RequirePolicy(Policies.KeepOrganization);
        ArgumentNullException.ThrowIfNull(draft);
        int? personId;
        int? unitId;
        await using (var db = await factory.CreateDbContextAsync(actor))
        {
            unitId = await db.Units.Where(StoredCodes.Same<Unit>(unitCode)).Where(u => u.ClosedOn == null)
                .Select(u => (int?)u.Id).SingleOrDefaultAsync();
            var stored = await db.People.Where(StoredCodes.Same<Person>(code)).Select(p => new { p.Id, p.Code }).SingleOrDefaultAsync();
            // A code saved before the rule on codes keeps working for its person; a code new to the list follows it.
            var held = stored is not null && stored.Code == CleanText.Normalize(code);
            if (!held && CleanText.CodeRefusal(code) is { } unclean)
            {
                return Result<bool>.Failure(unclean);
            }

            // The address names the person as written: a stored code spelt otherwise is taken, never corrected through.
            if (stored is not null && !held)
            {
                return Result<bool>.Failure(CodeTaken(code));
            }

            personId = stored?.Id;
        }

        if (unitId is null)
        {
            return Result<bool>.Failure(RecordsService.NotFound("active unit", unitCode));
        }

        await using (var db = await factory.CreateDbContextAsync(actor))
        {
            (await OrganizationScope.OfAsync(db, actor)).Require(actor, unitId.Value);
        }

        if (personId is null)
        {
            // The API has always accepted a person without a position (filled in later by a transfer or the import).
            var added = await AddCheckedAsync(actor, draft with { Code = code, UnitId = unitId.Value }, positionRequired: false);
            return added.IsSuccess ? Result<bool>.Success(true) : Result<bool>.Failure(added.Errors);
        }

        if (CheckName(draft.FullName) is { } badName)
        {
            return Result<bool>.Failure(badName);
        }

        // Corrected and, when the place differs, transferred in one save: a refused transfer leaves the details as they were.
        var position = draft.Position;
        var changed = await ChangeAsync(actor, personId.Value,
            p => p.Correct(draft.FullName, draft.Gender, draft.RecruitedOn, draft.DateOfBirth),
            p =>
            {
                var newPosition = string.IsNullOrWhiteSpace(position) ? p.Position : CleanText.Normalize(position);
                return p.UnitId == unitId && p.Position == newPosition
                    ? Result.Success()
                    : p.Transfer(unitId.Value, newPosition, transferOn);
            });
        if (!changed.IsSuccess)
        {
            return Result<bool>.Failure(changed.Errors);
        }

        return Result<bool>.Success(false);
    }

    /// <summary>
    /// Checks a new person against the list and the rules, returning the person to add (not yet added). The import
    /// checks every row this way before saving any.
    /// </summary>
    internal static async Task<Result<Person>> CheckAsync(EmulationDbContext db, NewPerson draft, bool positionRequired = true)
    {
        var errors = Validate(draft, positionRequired).ToList();
        var code = draft.Code?.Trim() ?? "";
        if (errors.Count == 0 && await CodeTakenAsync(db, code))
        {
            errors.Add(CodeTaken(code));
        }

        if (!await db.Units.AnyAsync(u => u.Id == draft.UnitId && u.ClosedOn == null))
        {
            errors.Add(UnknownUnit(draft.UnitId));
        }

        return errors.Count > 0 ? Result<Person>.Failure(errors) : Result<Person>.Success(Create(draft));
    }

    /// <summary>The checks of a new person that need no database: code, name, position, dates.</summary>
    internal static IEnumerable<DomainError> Validate(NewPerson draft, bool positionRequired = true)
    {
        var code = draft.Code?.Trim() ?? "";
        if (code.Length == 0)
        {
            yield return CodeRequired();
        }
        else if (code.Length > Person.CodeMaxLength)
        {
            yield return TooLong("code", Person.CodeMaxLength);
        }
        else if (CleanText.CodeRefusal(code) is { } unclean)
        {
            yield return unclean;
        }

        if (CheckName(draft.FullName) is { } badName)
        {
            yield return badName;
        }

        if (string.IsNullOrWhiteSpace(draft.Position))
        {
            if (positionRequired)
            {
                yield return OrganizationErrors.PositionRequired();
            }
        }
        else if (draft.Position.Trim().Length > Person.PositionMaxLength)
        {
            yield return TooLong("position", Person.PositionMaxLength);
        }
        else if (CleanText.Refusal(draft.Position) is { } unclean)
        {
            yield return unclean;
        }

        if (draft.DateOfBirth is { } born && born >= draft.RecruitedOn)
        {
            yield return OrganizationErrors.BornAfterRecruitment(born, draft.RecruitedOn);
        }
    }

    /// <summary>The person a validated draft describes (not yet added).</summary>
    internal static Person Create(NewPerson draft) =>
        Person.Create(draft.FullName, draft.Gender, draft.UnitId, draft.RecruitedOn, draft.Position ?? "",
            draft.Code.Trim(), draft.DateOfBirth);

    internal static DomainError? CheckName(string? fullName) =>
        string.IsNullOrWhiteSpace(fullName) ? NameRequired()
        : fullName.Trim().Length > Person.NameMaxLength ? TooLong("fullName", Person.NameMaxLength)
        : CleanText.Refusal(fullName);

    /// <summary>A code is one code whatever its case or Unicode form (<see cref="StoredCodes"/>).</summary>
    private static Task<bool> CodeTakenAsync(EmulationDbContext db, string code) =>
        db.People.AnyAsync(StoredCodes.Same<Person>(code));

    /// <summary>Applies the changes in order to the stored person and saves once, only if every one succeeds.</summary>
    private Task<Result> ChangeAsync(Actor actor, int personId, params Func<Person, Result>[] changes) =>
        ChangeAsync(actor, personId, changes, alongside: null);

    /// <summary>
    /// <see cref="ChangeAsync(Actor, int, Func{Person, Result}[])"/>, with <paramref name="alongside"/> checked and saved in
    /// the same transaction, which begins before anything is read (SQLite takes the write lock then): what it checks
    /// cannot change before the save.
    /// </summary>
    private async Task<Result> ChangeAsync(Actor actor, int personId, Func<Person, Result>[] changes,
        Func<EmulationDbContext, Person, Task<Result>>? alongside)
    {
        await using var db = await factory.CreateDbContextAsync(actor);
        await using var transaction = alongside is null ? null : await db.Database.BeginTransactionAsync();
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == personId);
        if (person is null)
        {
            return Result.Failure(NotFound(personId));
        }

        var scope = await OrganizationScope.OfAsync(db, actor);
        scope.Require(actor, person.UnitId);
        var unitBefore = person.UnitId;
        foreach (var change in changes)
        {
            var changed = change(person);
            if (!changed.IsSuccess)
            {
                // The context is dropped unsaved.
                return changed;
            }
        }

        // Moved to another agency's unit: that agency's keeper takes them in (their transfer), never this one.
        scope.Require(actor, person.UnitId);
        if (alongside is not null && await alongside(db, person) is { IsSuccess: false } refused)
        {
            return refused;
        }

        if (await ConcurrencyErrors.SaveAsync(db) is { IsSuccess: false } lost)
        {
            return lost;
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync();
        }

        // The units the person left and joined: the campaigns each pledged in list their people.
        await notifier.UnitsChangedAsync(factory, [unitBefore, person.UnitId]);
        return Result.Success();
    }
}
