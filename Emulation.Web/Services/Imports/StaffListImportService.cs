using Emulation.Domain.Common;
using Emulation.Domain.Organization;
using Emulation.Web.Data;
using Emulation.Web.Documents;
using Emulation.Web.Documents.Excel;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Organization;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Imports;

/// <summary>
/// The outcome of a staff list import. When <see cref="Errors"/> is not empty nothing was saved; otherwise every row
/// was: <see cref="Added"/> new people, <see cref="Corrected"/> with changed details, <see cref="Transferred"/> to
/// another unit or position (from the import day), and <see cref="Unchanged"/> already as the file says.
/// </summary>
public sealed record StaffListImportReport(IReadOnlyList<ImportRowError> Errors, int RowsRead, int Added, int Corrected,
    int Transferred, int Unchanged)
{
    public bool IsSuccess => Errors.Count == 0;

    public static StaffListImportReport Failed(IReadOnlyList<ImportRowError> errors, int rowsRead) =>
        new(errors, rowsRead, 0, 0, 0, 0);
}

/// <summary>
/// The staff list by spreadsheet (administrators and union officers): a template holding the current staff, and an
/// all-or-nothing import matched by staff code, so importing the same file twice changes nothing.
/// </summary>
public sealed class StaffListImportService(IDbContextFactory<EmulationDbContext> factory, StaffListImporter importer,
    TimeProvider clock, SubmissionNotifier notifier)
{

    /// <summary>The template, filled with everyone on the staff now (so export, edit, import is a round trip).</summary>
    public async Task<DocumentFile> BuildTemplateAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.KeepOrganization);
        await using var db = await factory.CreateDbContextAsync(actor);
        var scope = await OrganizationScope.OfAsync(db, actor);
        var units = await scope.Units(db.Units.AsNoTracking()).Where(u => u.ClosedOn == null && u.Kind != UnitKind.Agency && u.Kind != UnitKind.ReceivingBoard)
            .OrderBy(u => u.Id).Select(u => new { u.Id, u.Code, u.Name }).ToListAsync();
        var names = units.ToDictionary(u => u.Id, u => u.Name);
        var unitIds = units.Select(u => u.Id).ToList();
        var people = await db.People.AsNoTracking().Where(p => p.LeftOn == null && unitIds.Contains(p.UnitId))
            .OrderBy(p => p.UnitId).ThenBy(p => p.Code)
            .Select(p => new { p.Code, p.FullName, p.Gender, p.DateOfBirth, p.UnitId, p.Position, p.RecruitedOn })
            .ToListAsync();
        var rows = people.Select(p => new StaffListTemplate.Row(p.Code, p.FullName, p.Gender, p.DateOfBirth,
            names.GetValueOrDefault(p.UnitId, ""), p.Position, p.RecruitedOn));
        return new DocumentFile(StaffListTemplate.FileName, DocumentFile.XlsxContentType, StaffListTemplate.Build(rows, units.Select(u => u.Name)));
    }

    /// <summary>
    /// Checks every row (cells, units, the person rules) and, only when all pass, saves them in one transaction. A row
    /// whose code is on file corrects that person and, when the unit or position differs, transfers them from today;
    /// a row already as on file changes nothing.
    /// </summary>
    public async Task<StaffListImportReport> ImportAsync(Actor actor, Stream file, CancellationToken cancellationToken)
    {
        actor.RequirePolicy(Policies.KeepOrganization);
        var sheet = await importer.ReadAsync(file, cancellationToken);
        if (sheet.IsRefused)
        {
            return StaffListImportReport.Failed(sheet.Errors, 0);
        }

        // Opened as the actor: the audit trail names the importer. People and units are read unfiltered by the context.
        await using var db = await factory.CreateDbContextAsync(actor, cancellationToken);
        // An agency's keeper imports into its own units only, and never takes over another agency's person by code.
        var scope = await OrganizationScope.OfAsync(db, actor);
        var units = await scope.Units(db.Units.AsNoTracking()).Where(u => u.ClosedOn == null && u.Kind != UnitKind.Agency && u.Kind != UnitKind.ReceivingBoard)
            .Select(u => new { u.Id, u.Code, u.Name }).ToListAsync(cancellationToken);
        var byCode = units.ToDictionary(u => u.Code, u => u.Id, CleanText.CodeComparer);
        var byName = units.GroupBy(u => StaffResultLabels.Normalize(u.Name), StringComparer.CurrentCultureIgnoreCase)
            .Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().Id, StringComparer.CurrentCultureIgnoreCase);

        // Codes are matched whatever their case; one read of the codes, then the matching people with their tenures.
        var codes = await db.People.AsNoTracking().Where(p => p.Code != null).Select(p => new { p.Id, Code = p.Code! })
            .ToListAsync(cancellationToken);
        var idOfCode = codes.ToDictionary(p => p.Code, p => p.Id, CleanText.CodeComparer);
        var wanted = sheet.Rows.Select(r => idOfCode.GetValueOrDefault(r.Code)).Where(id => id != 0).ToList();
        var existing = await db.People.Where(p => wanted.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var errors = new List<ImportRowError>(sheet.Errors);
        var (added, corrected, transferred, unchanged) = (new List<Person>(), 0, 0, 0);
        var unitsChanged = new HashSet<int>();
        foreach (var row in sheet.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!byCode.TryGetValue(row.Unit, out var unitId) &&
                !byName.TryGetValue(StaffResultLabels.Normalize(row.Unit), out unitId))
            {
                errors.Add(new ImportRowError(row.SheetRow, StaffListTemplate.Unit, ImportErrors.UnknownUnit(row.Unit)));
                continue;
            }

            var draft = new NewPerson(row.Code, row.FullName, row.Gender, row.DateOfBirth, unitId, row.Position, row.RecruitedOn);
            if (!idOfCode.TryGetValue(row.Code, out var personId))
            {
                var refused = PeopleService.Validate(draft).ToList();
                errors.AddRange(refused.Select(e => new ImportRowError(row.SheetRow, ColumnOf(e.Code), e)));
                if (refused.Count == 0)
                {
                    added.Add(PeopleService.Create(draft));
                }

                continue;
            }

            var person = existing[personId];
            if (!scope.Covers(person.UnitId))
            {
                var taken = PeopleService.CodeTaken(row.Code);
                errors.Add(new ImportRowError(row.SheetRow, ColumnOf(taken.Code), taken));
                continue;
            }

            var rowErrors = new List<DomainError>();
            var detailsDiffer = person.FullName != row.FullName || person.Gender != row.Gender ||
                person.RecruitedOn != row.RecruitedOn || (row.DateOfBirth is not null && person.DateOfBirth != row.DateOfBirth);
            var placeDiffers = person.UnitId != unitId || person.Position != row.Position;
            if (detailsDiffer || placeDiffers)
            {
                unitsChanged.UnionWith([person.UnitId, unitId]);
            }

            if (detailsDiffer)
            {
                rowErrors.AddRange(person.Correct(row.FullName, row.Gender, row.RecruitedOn, row.DateOfBirth).Errors);
            }

            if (placeDiffers && rowErrors.Count == 0)
            {
                rowErrors.AddRange(person.Transfer(unitId, row.Position, today).Errors);
            }

            errors.AddRange(rowErrors.Select(e => new ImportRowError(row.SheetRow, ColumnOf(e.Code), e)));
            corrected += detailsDiffer ? 1 : 0;
            transferred += placeDiffers ? 1 : 0;
            unchanged += detailsDiffer || placeDiffers ? 0 : 1;
        }

        if (errors.Count > 0)
        {
            // The context is dropped unsaved: people changed in memory above are never written.
            return StaffListImportReport.Failed([.. errors.OrderBy(e => e.Row)], sheet.Rows.Count);
        }

        db.People.AddRange(added);
        try
        {
            // One SaveChanges is one transaction: every row or none.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A person changed, or a code taken, since we read: someone else saved.
            return StaffListImportReport.Failed([ImportRowError.ForFile(ConcurrencyErrors.ChangedByOthers())], sheet.Rows.Count);
        }

        await notifier.UnitsChangedAsync(factory, [.. unitsChanged, .. added.Select(p => p.UnitId)]);
        return new StaffListImportReport([], sheet.Rows.Count, added.Count, corrected, transferred, unchanged);
    }

    /// <summary>The column a person rule points at.</summary>
    private static string? ColumnOf(string code) => code switch
    {
        "people.code_required" or "people.code_taken" or "organization.person_left" => StaffListTemplate.Code,
        "people.name_required" => StaffListTemplate.FullName,
        "organization.position_required" or "organization.same_unit" => StaffListTemplate.Position,
        "organization.born_after_recruitment" => StaffListTemplate.DateOfBirth,
        "organization.tenure_before_recruitment" or "organization.transfer_before_recruitment" => StaffListTemplate.RecruitedOn,
        "organization.transfer_before_current_tenure" => StaffListTemplate.Unit,
        _ => null,
    };
}
