using Emulation.Domain.Common;
using Emulation.Domain.Organization;
using Emulation.Domain.Pledges;
using Emulation.Web.Data;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Notifications;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Organization;

/// <summary>Administrators rename, merge and split units; every unit keeps its history (people: <see cref="PeopleService"/>).</summary>
public sealed class OrganizationService(IDbContextFactory<EmulationDbContext> factory, SubmissionNotifier notifier,
    TimeProvider clock)
{
    public static DomainError CodeTaken(string code) =>
        new("organization.code_taken", $"Unit code {code} is already used.", code);

    public static DomainError ParentRequired() =>
        new("organization.parent_required", "The deployment holds several agencies: say which one the new unit belongs to.");

    /// <summary>
    /// The units of the agencies the actor keeps (<see cref="OrganizationScope"/>); with <paramref name="includeBoards"/>,
    /// also the receiving boards of the deployment (nodes outside any agency's tree, which only the organisation and
    /// account pages show, to the whole deployment's keeper); with <paramref name="includeAgencies"/>, the agencies' own
    /// nodes (the parents a unit is created under, and what an account of the agency level is bound to).
    /// </summary>
    public async Task<IReadOnlyList<UnitRow>> ListAsync(Actor actor, bool includeBoards = false, bool includeAgencies = false)
    {
        actor.RequirePolicy(Policies.KeepOrganization);
        await using var db = await factory.CreateDbContextAsync(actor);
        var scope = await OrganizationScope.OfAsync(db, actor);
        var boards = includeBoards && scope.IsWhole;
        var rows = await scope.Units(db.Units.AsNoTracking())
            .Where(u => (includeAgencies || u.Kind != UnitKind.Agency) && (boards || u.Kind != UnitKind.ReceivingBoard))
            .OrderBy(u => u.Id)
            .Select(u => new { Unit = u, Version = EF.Property<Guid>(u, EmulationDbContext.VersionProperty) })
            .ToListAsync();
        var units = rows.Select(r => r.Unit).ToList();
        var versions = rows.ToDictionary(r => r.Unit.Id, r => r.Version);
        // A unit's bloc is the latest campaign's: each campaign keeps its own.
        var blocs = await Campaigns.BlocsOfCampaigns.LatestByUnitAsync(db);
        var staff = await db.People.Where(p => p.LeftOn == null).GroupBy(p => p.UnitId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count);
        var links = await db.UnitLineages.AsNoTracking().ToListAsync();
        var codes = units.ToDictionary(u => u.Id, u => u.Code);
        return [.. units.Select(u => new UnitRow(u.Id, u.Code, u.Name, u.Kind,
            blocs.GetValueOrDefault(u.Id)?.Name, u.ClosedOn, staff.GetValueOrDefault(u.Id),
            [.. u.FormerNames.OrderBy(n => n.Until).Select(n => n.Name)],
            [.. links.Where(l => l.SuccessorId == u.Id).Select(l => codes.GetValueOrDefault(l.PredecessorId, "?"))],
            u.ParentId is { } parent ? codes.GetValueOrDefault(parent) : null) { Version = versions[u.Id] })];
    }

    /// <summary>
    /// Creates a unit of a kind, under a parent unit (null: directly under the actor's agency, or the only one). An agency
    /// tops a tree of its own and a receiving board stands alone: only the whole deployment's keeper creates them.
    /// </summary>
    public async Task<Result<int>> CreateAsync(Actor actor, NewUnit unit, UnitKind kind, int? parentId)
    {
        actor.RequirePolicy(Policies.Administer);
        ArgumentNullException.ThrowIfNull(unit);
        var errors = CheckNewUnit(unit).ToList();
        await using var db = await factory.CreateDbContextAsync(actor);
        var scope = await OrganizationScope.OfAsync(db, actor);
        var root = kind is UnitKind.Agency or UnitKind.ReceivingBoard;
        if (root)
        {
            scope.RequireWhole(actor);
        }

        if (errors.Count == 0 && await CodeTakenAsync(db, unit.Code) is { } taken)
        {
            errors.Add(taken);
        }

        var parent = root ? null : parentId ?? scope.DefaultParent;
        // No agency yet (a first start): the unit stands at the top, as before; several: the keeper says which.
        if (!root && parent is null && scope.Tree.Agencies.Skip(1).Any())
        {
            errors.Add(ParentRequired());
        }

        if (parent is { } p)
        {
            if (!await db.Units.AnyAsync(u => u.Id == p && u.ClosedOn == null && u.Kind != UnitKind.ReceivingBoard))
            {
                errors.Add(UnknownParent(p));
            }
            else
            {
                scope.Require(actor, p);
            }
        }

        if (errors.Count > 0)
        {
            return Result<int>.Failure(errors);
        }

        var created = Unit.Create(unit.Code, unit.Name, kind, parentId: parent);
        db.Units.Add(created);
        // Another administrator may have created the same code since it was checked: the unique key refuses it.
        var saved = await ConcurrencyErrors.SaveAsync(db);
        return saved.IsSuccess ? Result<int>.Success(created.Id) : Result<int>.Failure(saved.Errors);
    }

    /// <summary>
    /// Changes a unit's kind and parent; no unit may come to belong to itself. A unit made a receiving board leaves the
    /// agency's tree and the blocs of every open campaign; a board made a unit of the agency again comes under the agency
    /// unless a parent is named.
    /// </summary>
    public async Task<Result> ReclassifyAsync(Actor actor, int unitId, UnitKind kind, int? parentId, Guid? versionRead = null)
    {
        actor.RequirePolicy(Policies.Administer);
        await using var db = await factory.CreateDbContextAsync(actor);
        if (await db.Units.SingleOrDefaultAsync(u => u.Id == unitId) is not { } unit)
        {
            return Result.Failure(OrganizationErrors.UnitRequired());
        }

        var scope = await OrganizationScope.OfAsync(db, actor);
        scope.Require(actor, unitId);
        if (kind is UnitKind.Agency or UnitKind.ReceivingBoard || unit.Kind is UnitKind.Agency or UnitKind.ReceivingBoard)
        {
            scope.RequireWhole(actor);
        }

        var parentOf = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToDictionaryAsync(u => u.Id, u => u.ParentId);
        if (parentId is { } p && !parentOf.ContainsKey(p))
        {
            return Result.Failure(UnknownParent(p));
        }

        if (parentId is { } named)
        {
            scope.Require(actor, named);
        }

        var parent = parentId ?? unit.ParentId;
        if (unit.Kind == UnitKind.ReceivingBoard && kind != UnitKind.ReceivingBoard && parent is null)
        {
            parent = scope.DefaultParent;
        }

        var staff = await db.People.CountAsync(p => p.UnitId == unitId && p.LeftOn == null);
        var subUnits = await db.Units.CountAsync(u => u.ParentId == unitId && u.ClosedOn == null);
        var changed = unit.Reclassify(kind, parent, parentOf, staff, subUnits);
        if (!changed.IsSuccess)
        {
            return changed;
        }

        var campaigns = kind == UnitKind.ReceivingBoard ? await CampaignReorganization.RetireAsync(db, unitId) : [];
        // Another administrator changing the same unit, or its blocs, at once: the second to save is told so.
        if (await SaveUnitAsync(db, unit, versionRead) is { IsSuccess: false } lost)
        {
            return lost;
        }

        await PublishAsync(campaigns);
        return changed;
    }

    /// <summary>Retires a unit from a day; refused while people or active units still belong to it.</summary>
    public async Task<Result> RetireAsync(Actor actor, int unitId, DateOnly on, Guid? versionRead = null)
    {
        actor.RequirePolicy(Policies.Administer);
        await using var db = await factory.CreateDbContextAsync(actor);
        if (await db.Units.SingleOrDefaultAsync(u => u.Id == unitId) is not { } unit)
        {
            return Result.Failure(OrganizationErrors.UnitRequired());
        }

        await RequireKeptAsync(db, actor, unitId);
        var staff = await db.People.CountAsync(p => p.UnitId == unitId && p.LeftOn == null);
        var subUnits = await db.Units.CountAsync(u => u.ParentId == unitId && u.ClosedOn == null);
        var retired = unit.Retire(on, staff, subUnits);
        if (!retired.IsSuccess)
        {
            return retired;
        }

        var campaigns = await CampaignReorganization.RetireAsync(db, unitId);
        if (await SaveUnitAsync(db, unit, versionRead) is { IsSuccess: false } lost)
        {
            return lost;
        }

        await PublishAsync(campaigns);
        return retired;
    }

    public static DomainError UnknownParent(int unitId) =>
        new("organization.unknown_parent", $"There is no active unit {unitId} to belong to.",
            unitId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static IEnumerable<DomainError> CheckNewUnit(NewUnit unit)
    {
        if (string.IsNullOrWhiteSpace(unit.Code) || string.IsNullOrWhiteSpace(unit.Name))
        {
            yield return OrganizationErrors.NameRequired();
            yield break;
        }

        if (unit.Code.Trim().Length > Unit.CodeMaxLength || unit.Name.Trim().Length > Unit.NameMaxLength)
        {
            yield return PeopleService.TooLong("code", Unit.CodeMaxLength);
        }

        if ((CleanText.CodeRefusal(unit.Code) ?? CleanText.Refusal(unit.Name)) is { } unclean)
        {
            yield return unclean;
        }
    }

    /// <summary>
    /// Renames the unit from <paramref name="on"/>, keeping the old name in its history. With <paramref name="versionRead"/>
    /// (the version the page or the API read) a unit saved since is <see cref="ConcurrencyErrors.ChangedByOthers"/>.
    /// </summary>
    public async Task<Result> RenameAsync(Actor actor, int unitId, string newName, DateOnly on, Guid? versionRead = null)
    {
        actor.RequirePolicy(Policies.Administer);
        await using var db = await factory.CreateDbContextAsync(actor);
        if (await db.Units.SingleOrDefaultAsync(u => u.Id == unitId) is not { } unit)
        {
            return Result.Failure(OrganizationErrors.UnitRequired());
        }

        await RequireKeptAsync(db, actor, unitId);
        var renamed = unit.Rename(newName, on);
        if (!renamed.IsSuccess)
        {
            return renamed;
        }

        if (await SaveUnitAsync(db, unit, versionRead) is { IsSuccess: false } lost)
        {
            return lost;
        }

        await notifier.UnitsChangedAsync(factory, [unitId]);
        return renamed;
    }

    /// <summary>
    /// Merges units into a new one, all in one transaction. In every campaign not yet closed the new unit takes the place
    /// of the first merged unit that had one in the campaign's blocs, and the merged units leave them (and the ranking);
    /// in a running campaign it gets their pledge and results combined as <paramref name="figures"/> says (null: added
    /// up where the criterion allows, see <see cref="MergedFigures"/>). Closed campaigns keep their blocs and rankings.
    /// </summary>
    public async Task<Result<int>> MergeAsync(Actor actor, IReadOnlyCollection<int> unitIds, NewUnit merged, DateOnly on,
        MergeFigures? figures = null)
    {
        actor.RequirePolicy(Policies.Administer);
        ArgumentNullException.ThrowIfNull(merged);
        if (CheckNewUnit(merged).ToList() is { Count: > 0 } refused)
        {
            return Result<int>.Failure(refused);
        }

        await using var db = await factory.CreateDbContextAsync(actor);
        if (await CodeTakenAsync(db, merged.Code) is { } taken)
        {
            return Result<int>.Failure(taken);
        }

        var sources = await db.Units.Where(u => unitIds.Contains(u.Id)).OrderBy(u => u.Id).ToListAsync();
        var scope = await OrganizationScope.OfAsync(db, actor);
        sources.ForEach(u => scope.Require(actor, u.Id));
        await using var transaction = await db.Database.BeginTransactionAsync();
        var successor = Unit.Create(merged.Code, merged.Name, sources.FirstOrDefault()?.Kind ?? UnitKind.Department,
            sources.FirstOrDefault()?.ParentId);
        db.Units.Add(successor);
        if (await ConcurrencyErrors.SaveAsync(db) is { IsSuccess: false } lost)
        {
            return Result<int>.Failure(lost.Errors);
        }

        var links = Reorganization.Merge(sources, successor, on);
        if (!links.IsSuccess)
        {
            return Result<int>.Failure(links.Errors);
        }

        db.UnitLineages.AddRange(links.Value);
        var sourceIds = sources.Select(s => s.Id).ToList();
        await MovePeopleAsync(db, sourceIds, successor.Id, on);
        await MoveHeadsAsync(db, sourceIds, successor.Id);
        // The order the units were chosen in: the first one's bloc is the successor's.
        var ordered = unitIds.Where(sourceIds.Contains).Distinct().ToList();
        var campaigns = await CampaignReorganization.MergeAsync(db, ordered, successor.Id, figures ?? MergeFigures.Summed,
            actor.UserName, clock.GetUtcNow());
        if (!campaigns.IsSuccess)
        {
            return Result<int>.Failure(campaigns.Errors);
        }

        // A merged unit renamed or retired by someone else meanwhile: its version refuses the save, and nothing is merged.
        if (await ConcurrencyErrors.SaveAsync(db) is { IsSuccess: false } raced)
        {
            return Result<int>.Failure(raced.Errors);
        }

        await transaction.CommitAsync();
        await PublishAsync(campaigns.Value);
        return Result<int>.Success(successor.Id);
    }

    /// <summary>
    /// Splits a unit into new ones that take its bloc in every campaign not yet closed; its people stay to be moved one by one.
    /// Each new unit needs a code and a name, the codes all different and unused; a unit of no id is refused.
    /// </summary>
    public async Task<Result<IReadOnlyList<int>>> SplitAsync(Actor actor, int unitId, IReadOnlyList<NewUnit> parts, DateOnly on)
    {
        actor.RequirePolicy(Policies.Administer);
        ArgumentNullException.ThrowIfNull(parts);
        var errors = parts.SelectMany(CheckNewUnit).Distinct().ToList();
        errors.AddRange(parts.Where(p => !string.IsNullOrWhiteSpace(p.Code)).GroupBy(p => p.Code.Trim(), CleanText.CodeComparer)
            .Where(g => g.Count() > 1).Select(g => CodeTaken(g.Key)));
        if (errors.Count > 0)
        {
            return Result<IReadOnlyList<int>>.Failure(errors);
        }

        await using var db = await factory.CreateDbContextAsync(actor);
        foreach (var part in parts)
        {
            if (await CodeTakenAsync(db, part.Code) is { } taken)
            {
                return Result<IReadOnlyList<int>>.Failure(taken);
            }
        }

        if (await db.Units.SingleOrDefaultAsync(u => u.Id == unitId) is not { } source)
        {
            return Result<IReadOnlyList<int>>.Failure(OrganizationErrors.UnitRequired());
        }

        await RequireKeptAsync(db, actor, unitId);

        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = parts.Select(p => Unit.Create(p.Code, p.Name, source.Kind, source.ParentId)).ToList();
        db.Units.AddRange(created);
        if (await ConcurrencyErrors.SaveAsync(db) is { IsSuccess: false } lost)
        {
            return Result<IReadOnlyList<int>>.Failure(lost.Errors);
        }

        var links = Reorganization.Split(source, created, on);
        if (!links.IsSuccess)
        {
            return Result<IReadOnlyList<int>>.Failure(links.Errors);
        }

        db.UnitLineages.AddRange(links.Value);
        var campaigns = await CampaignReorganization.SplitAsync(db, source.Id, [.. created.Select(u => u.Id)]);
        if (await ConcurrencyErrors.SaveAsync(db) is { IsSuccess: false } raced)
        {
            return Result<IReadOnlyList<int>>.Failure(raced.Errors);
        }

        await transaction.CommitAsync();
        await PublishAsync(campaigns);
        return Result<IReadOnlyList<int>>.Success([.. created.Select(u => u.Id)]);
    }

    /// <summary>The unit's awards and those of every unit it descends from, each under the name on its decision.</summary>
    public async Task<IReadOnlyList<UnitHistoryEntry>> HistoryAsync(Actor actor, int unitId)
    {
        await using var db = await factory.CreateDbContextAsync(actor);
        actor.RequireSeeUnit(db, unitId);
        if (actor.Can(Policies.KeepOrganization))
        {
            await RequireKeptAsync(db, actor, unitId);
        }

        var links = await db.UnitLineages.AsNoTracking().ToListAsync();
        var lineage = Reorganization.LineageOf(unitId, links).ToList();
        var rows = await db.Awards.AsNoTracking().Where(a => lineage.Contains(a.UnitId))
            .OrderByDescending(a => a.Year).ThenBy(a => a.Title)
            .Select(a => new UnitHistoryEntry(a.Year, a.Title,
                db.People.Where(p => p.Id == a.PersonId).Select(p => p.FullName).FirstOrDefault(),
                a.UnitNameAtDecision, a.DecisionNumber, a.DecisionDate))
            .ToListAsync();
        return rows;
    }

    /// <summary>The campaigns whose blocs or figures changed: their evaluations and progress views reload.</summary>
    private async Task PublishAsync(IEnumerable<int> campaignIds)
    {
        foreach (var id in campaignIds)
        {
            await notifier.PublishAsync(id, CampaignChangeKind.Review);
        }
    }

    /// <summary>
    /// Saves a change to a unit made from the version its caller read (<paramref name="versionRead"/>; null: the one this
    /// request read). The unit's version token is compared in the save itself: of two administrators renaming the unit at
    /// once, the second is <see cref="ConcurrencyErrors.ChangedByOthers"/> and saves nothing, so the name history never
    /// records the same old name twice.
    /// </summary>
    internal static async Task<Result> SaveUnitAsync(EmulationDbContext db, Unit unit, Guid? versionRead)
    {
        if (db.ChangedSinceRead(unit, versionRead))
        {
            return Result.Failure(ConcurrencyErrors.ChangedByOthers());
        }

        db.BumpVersion(unit, db.VersionOf(unit));
        return await ConcurrencyErrors.SaveAsync(db);
    }

    /// <summary>Refuses a unit of another agency than the one the actor keeps (<see cref="OrganizationScope"/>).</summary>
    private static async Task RequireKeptAsync(EmulationDbContext db, Actor actor, int unitId) =>
        (await OrganizationScope.OfAsync(db, actor)).Require(actor, unitId);

    private static async Task<DomainError?> CodeTakenAsync(EmulationDbContext db, string code) =>
        await db.Units.AnyAsync(StoredCodes.Same<Unit>(code)) ? CodeTaken(code.Trim()) : null;

    /// <summary>
    /// Heads of the merged units now answer for the successor. A new security stamp makes their open sessions
    /// re-read the unit at the next revalidation instead of acting on a closed unit until they sign out.
    /// </summary>
    private static Task MoveHeadsAsync(EmulationDbContext db, List<int> fromUnits, int toUnit) =>
        db.Users.Where(u => u.UnitId != null && fromUnits.Contains(u.UnitId.Value)).ForEachAsync(u =>
        {
            u.UnitId = toUnit;
            u.SecurityStamp = Guid.NewGuid().ToString("N");
        });

    /// <summary>The merged units' people carry on in the successor from the merger day (a new tenure each).</summary>
    private static Task MovePeopleAsync(EmulationDbContext db, List<int> fromUnits, int toUnit, DateOnly on) =>
        db.People.Where(p => fromUnits.Contains(p.UnitId)).ForEachAsync(p => p.FollowMergedUnit(toUnit, on));
}
