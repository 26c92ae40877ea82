using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Organization;
using Emulation.Domain.Pledges;
using Emulation.Domain.Results;
using Emulation.Web.Data;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Submissions;

/// <summary>Department heads register their unit's pledge and report its results and staff ratings.</summary>
public sealed class SubmissionService(IDbContextFactory<EmulationDbContext> factory, TimeProvider clock,
    SubmissionNotifier notifier, Rules.RuleSetService ruleSets, Inbox.InboxService inbox,
    Nominations.NominationService nominations)
{
    public static DomainError CampaignNotOpen(string what) =>
        new("campaign.not_open", $"The campaign is not open for {what}.");

    public async Task<IReadOnlyList<UnitOption>> UnitsVisibleToAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.SignedInWithRole);
        await using var db = await factory.CreateDbContextAsync(actor);
        // Units taking part in some campaign's blocs.
        var units = await db.Units.AsNoTracking().Where(u => db.BlocMembers.Any(m => m.UnitId == u.Id)).OrderBy(u => u.Id)
            .Select(u => new UnitOption(u.Id, u.Code, u.Name)).ToListAsync();
        return [.. units.Where(u => actor.CanSeeUnit(db, u.Id))];
    }

    public async Task<UnitWorkspace?> GetWorkspaceAsync(Actor actor, int campaignId, int unitId)
    {
        await using var db = await factory.CreateDbContextAsync(actor);
        actor.RequireSeeUnit(db, unitId);

        // Two queries whatever the table's size: the campaign with its criteria, then the unit with its pledge and
        // results (targets and values are JSON columns of those rows).
        var campaign = await WithCriteriaOnly(db).SingleOrDefaultAsync(c => c.Id == campaignId);
        var unit = await (
                from u in db.Units.AsNoTracking()
                where u.Id == unitId
                join p in db.Pledges.AsNoTracking().Where(p => p.CampaignId == campaignId) on u.Id equals p.UnitId into pledges
                from p in pledges.DefaultIfEmpty()
                join r in db.UnitResults.AsNoTracking().Where(r => r.CampaignId == campaignId) on u.Id equals r.UnitId into results
                from r in results.DefaultIfEmpty()
                select new
                {
                    u.Id,
                    u.Name,
                    Pledge = p == null ? null : new { Pledge = p, Version = EF.Property<Guid>(p, EmulationDbContext.VersionProperty) },
                    Result = r == null ? null : new { Result = r, Version = EF.Property<Guid>(r, EmulationDbContext.VersionProperty) },
                })
            .SingleOrDefaultAsync();
        if (campaign is null || unit is null)
        {
            return null;
        }

        var pledge = unit.Pledge;
        var result = unit.Result;
        var takesPart = await Campaigns.CampaignParticipation.TakesPartAsync(db, campaignId, unitId);

        var lines = campaign.Criteria.OrderBy(c => c.Id).Select(c => new WorkspaceLine(c.Code, c.Name, c.Group, c.Kind,
            c.Method, c.MaxPoints, c.UnitOfMeasure, c.NeedsTarget, pledge?.Pledge.TargetFor(c.Code),
            result?.Result.ValueFor(c.Code))).ToList();
        return new UnitWorkspace(campaign.Id, campaign.Name, campaign.Year, campaign.Status, unit.Id, unit.Name, lines,
            pledge?.Pledge.Status ?? SubmissionStatus.Draft, pledge?.Version,
            result?.Result.Status ?? SubmissionStatus.Draft, result?.Version,
            campaign.PledgeDeadline, campaign.ResultsDeadline, actor.CanEditUnit(unitId) && takesPart)
        {
            TakesPart = takesPart,
            PledgeReturnReason = pledge?.Pledge.ReturnReason,
            ResultReturnReason = result?.Result.ReturnReason,
            PledgeLate = pledge?.Pledge.IsLate(campaign.PledgeDeadline, OfficeTime.Offset) ?? false,
            ResultLate = result?.Result.IsLate(campaign.ResultsDeadline, OfficeTime.Offset) ?? false,
        };
    }

    /// <summary>
    /// Saves the unit's targets and, when <paramref name="titles"/> is given, the titles it aims for, in one save: both
    /// or neither. Once saved, the pledge's new version and status, so the caller need not read them back.
    /// </summary>
    public async Task<Result<SavedSubmission>> SavePledgeAsync(Actor actor, int campaignId, int unitId,
        IReadOnlyDictionary<string, decimal?> targets, Guid? versionRead, bool submit, PledgedTitleChange? titles = null)
    {
        actor.RequireEditUnit(unitId);
        if (StoredNumbers.FigureRefusals(targets) is { Count: > 0 } tooLong)
        {
            return Result<SavedSubmission>.Failure(tooLong);
        }

        await using var db = await factory.CreateDbContextAsync(actor);
        var campaign = await WithCriteriaOnly(db).SingleAsync(c => c.Id == campaignId);
        if (!campaign.AcceptsPledges)
        {
            return Result<SavedSubmission>.Failure(CampaignNotOpen("pledges"));
        }

        if (!await Campaigns.CampaignParticipation.TakesPartAsync(db, campaignId, unitId))
        {
            return Result<SavedSubmission>.Failure(Campaigns.CampaignParticipation.NotTakingPart());
        }

        var pledge = await db.Pledges.SingleOrDefaultAsync(p => p.CampaignId == campaignId && p.UnitId == unitId);
        if (pledge is null)
        {
            pledge = Pledge.Start(campaignId, unitId);
            db.Pledges.Add(pledge);
        }
        else if (db.ChangedSinceRead(pledge, versionRead))
        {
            return Result<SavedSubmission>.Failure(ConcurrencyErrors.ChangedByOthers());
        }
        else
        {
            db.BumpVersion(pledge, versionRead ?? Guid.Empty);
        }

        var outcome = pledge.SetTargets(campaign.Criteria, targets);
        if (outcome.IsSuccess && titles is not null)
        {
            outcome = await PledgedTitleService.StageAsync(db, campaignId, unitId, titles.UnitTitles, titles.PersonTitles);
        }

        if (outcome.IsSuccess && submit)
        {
            outcome = pledge.Submit(actor.UserName, clock.GetUtcNow());
        }

        // Draft targets count in the evaluation too, so a draft save is news for what keeps it.
        var saved = await SaveAndNotifyAsync(db, outcome, campaignId, unitId,
            submit ? CampaignChangeKind.Submission : CampaignChangeKind.Edit);
        if (submit && saved.IsSuccess)
        {
            await inbox.SubmissionReceivedAsync(campaignId, unitId, SubmissionKind.Pledge);
        }

        return Saved(db, pledge, pledge.Status, saved);
    }

    /// <summary>As <see cref="SavePledgeAsync"/>, for the unit's result values.</summary>
    public async Task<Result<SavedSubmission>> SaveResultsAsync(Actor actor, int campaignId, int unitId,
        IReadOnlyDictionary<string, decimal?> values, Guid? versionRead, bool submit)
    {
        actor.RequireEditUnit(unitId);
        if (StoredNumbers.FigureRefusals(values) is { Count: > 0 } tooLong)
        {
            return Result<SavedSubmission>.Failure(tooLong);
        }

        await using var db = await factory.CreateDbContextAsync(actor);
        var campaign = await WithCriteriaOnly(db).SingleAsync(c => c.Id == campaignId);
        var result = await db.UnitResults.SingleOrDefaultAsync(r => r.CampaignId == campaignId && r.UnitId == unitId);
        if (!campaign.Status.AcceptsResults(result?.Status))
        {
            return Result<SavedSubmission>.Failure(CampaignNotOpen("results"));
        }

        if (!await Campaigns.CampaignParticipation.TakesPartAsync(db, campaignId, unitId))
        {
            return Result<SavedSubmission>.Failure(Campaigns.CampaignParticipation.NotTakingPart());
        }

        var resubmitsReturned = submit && result?.Status == SubmissionStatus.Returned;
        if (result is null)
        {
            result = UnitResult.Start(campaignId, unitId);
            db.UnitResults.Add(result);
        }
        else if (db.ChangedSinceRead(result, versionRead))
        {
            return Result<SavedSubmission>.Failure(ConcurrencyErrors.ChangedByOthers());
        }
        else
        {
            db.BumpVersion(result, versionRead ?? Guid.Empty);
        }

        var outcome = result.Record(campaign.Criteria, values);
        if (outcome.IsSuccess && submit)
        {
            outcome = await ExcellentShareAsync(db, unitId, campaign.Year);
        }

        if (outcome.IsSuccess && submit)
        {
            outcome = result.Submit(campaign.Criteria, actor.UserName, clock.GetUtcNow());
        }

        // Results count in the evaluation once submitted: a draft save changes nothing anyone else sees.
        var saved = submit ? await SaveAndNotifyAsync(db, outcome, campaignId, unitId, CampaignChangeKind.Submission)
            : await SaveAsync(db, outcome);
        if (submit && saved.IsSuccess)
        {
            await inbox.SubmissionReceivedAsync(campaignId, unitId, SubmissionKind.Results);
        }

        // Nominations made before the officer returned these results waited on them: they come back re-evaluated.
        if (resubmitsReturned && saved.IsSuccess)
        {
            await nominations.ReconsiderAsync(actor, campaignId, unitId);
        }

        return Saved(db, result, result.Status, saved);
    }

    /// <summary>
    /// Campaigns with their criteria and not their offered titles, which the workspace and its saves never read: both
    /// collections in one query multiply each other's rows (criteria × titles) on every save.
    /// </summary>
    private static IQueryable<Campaign> WithCriteriaOnly(EmulationDbContext db) =>
        db.Campaigns.AsNoTracking().IgnoreAutoIncludes().Include(c => c.Criteria);

    /// <summary>A saved pledge or results' version and status (after the save, its original value is the stored one).</summary>
    private static Result<SavedSubmission> Saved(EmulationDbContext db, object entity, SubmissionStatus status, Result saved) =>
        saved.IsSuccess ? Result<SavedSubmission>.Success(new(db.VersionOf(entity), status))
            : Result<SavedSubmission>.Failure(saved.Errors);

    /// <summary>
    /// Submitting the year's results submits the staff ratings behind them: refused while more are rated excellent than
    /// the rule set in force for the year allows (a draft may still hold them).
    /// </summary>
    private async Task<Result> ExcellentShareAsync(EmulationDbContext db, int unitId, int year) =>
        await ExcellentShareReader.RefusalAsync(db, ruleSets, unitId, year) is { } refusal ? Result.Failure(refusal) : Result.Success();

    public async Task<IReadOnlyList<StaffYearRow>> GetStaffYearAsync(Actor actor, int unitId, int year)
    {
        await using var db = await factory.CreateDbContextAsync(actor);
        actor.RequireSeeUnit(db, unitId);
        var rows = await db.People.AsNoTracking().Where(p => p.UnitId == unitId).OrderBy(p => p.Id)
            .GroupJoin(db.StaffYearResults.Where(s => s.Year == year), p => p.Id, s => s.PersonId,
                (p, records) => new { p, records })
            .SelectMany(x => x.records.DefaultIfEmpty(), (x, s) => new StaffYearRow
            {
                PersonId = x.p.Id,
                FullName = x.p.FullName,
                Gender = x.p.Gender,
                Position = x.p.Position,
                RecruitedOn = x.p.RecruitedOn,
                Rating = s == null ? DefaultRating(x.p.RecruitedOn, year) : s.Rating,
                MonthsWorked = s == null ? DefaultMonths(x.p.RecruitedOn, year) : s.MonthsWorked,
                MaternityLeaveMonths = s == null ? 0 : s.MaternityLeaveMonths,
                LeaveMonths = s == null ? 0 : s.LeaveMonths,
                Discipline = s == null ? DisciplineLevel.None : s.Discipline,
                Initiative = s == null ? InitiativeLevel.None : s.Initiative,
                MonthsInFormerUnit = s == null ? 0 : s.MonthsInFormerUnit,
                FormerUnitOpinionReceived = s != null && s.FormerUnitOpinionReceived,
                MonthsWorkedReason = s == null ? null : s.MonthsWorkedReason,
                Saved = s != null,
                Version = s == null ? null : EF.Property<Guid>(s, EmulationDbContext.VersionProperty),
            })
            .ToListAsync();
        var changed = await BrokenYears.PositionEndedInYearAsync(db, unitId, year);
        var fromPositions = await FormerUnitMonthsFromPositionsAsync(db, unitId, year, changed);
        var interrupted = BrokenYears.Interrupted(changed, year);
        // Not saved yet, a year broken by a leaving shows the months its positions give, not twelve to correct by hand.
        foreach (var unsaved in rows.Where(r => !r.Saved))
        {
            if (interrupted.TryGetValue(unsaved.PersonId, out var onStaff))
            {
                unsaved.MonthsWorked = onStaff.Months;
                unsaved.Rating = onStaff.Months < StaffYearResult.MinMonthsToRate ? QualityRating.NotRated : unsaved.Rating;
            }
        }

        return [.. rows.Select(r => new StaffYearRow
        {
            PersonId = r.PersonId,
            FullName = r.FullName,
            Gender = r.Gender,
            Position = r.Position,
            RecruitedOn = r.RecruitedOn,
            Rating = r.Rating,
            MonthsWorked = r.MonthsWorked,
            MaternityLeaveMonths = r.MaternityLeaveMonths,
            LeaveMonths = r.LeaveMonths,
            Discipline = r.Discipline,
            Initiative = r.Initiative,
            MonthsInFormerUnit = r.MonthsInFormerUnit,
            FormerUnitOpinionReceived = r.FormerUnitOpinionReceived,
            MonthsWorkedReason = r.MonthsWorkedReason,
            MonthsInFormerUnitFromPositions = fromPositions.GetValueOrDefault(r.PersonId),
            OnStaff = interrupted.GetValueOrDefault(r.PersonId),
            Saved = r.Saved,
            Version = r.Version,
        })];
    }

    /// <summary>
    /// The unit's people whose positions show them coming from another unit within <paramref name="year"/> (a merger
    /// into the unit is no move), with the months there (<see cref="Person.MonthsInFormerUnitIn"/>).
    /// </summary>
    private static async Task<Dictionary<int, int>> FormerUnitMonthsFromPositionsAsync(EmulationDbContext db, int unitId, int year,
        IEnumerable<Person> positionEnded)
    {
        var yearStart = new DateOnly(year, 1, 1);
        var yearEnd = new DateOnly(year, 12, 31);
        var moved = positionEnded
            .Where(p => p.Tenures.Any(t => t.UnitId != unitId && t.To is { } to && to >= yearStart && to < yearEnd))
            .ToList();
        if (moved.Count == 0)
        {
            return [];
        }

        var predecessors = await db.InheritedYearsAsync(unitId);
        return moved.Select(p => (p.Id, Months: p.MonthsInFormerUnitIn(year, u => u == unitId || predecessors.ContainsKey(u))))
            .Where(m => m.Months > 0).ToDictionary(m => m.Id, m => m.Months);
    }

    /// <summary>
    /// Months in post during <paramref name="year"/>, counted from the recruitment month (recruited 4 May: eight). Months
    /// before recruitment are not leave, so they never cap the rating.
    /// </summary>
    public static int DefaultMonths(DateOnly recruitedOn, int year) =>
        recruitedOn.Year < year ? 12 : recruitedOn.Year > year ? 0 : 13 - recruitedOn.Month;

    private static QualityRating DefaultRating(DateOnly recruitedOn, int year) =>
        DefaultMonths(recruitedOn, year) < StaffYearResult.MinMonthsToRate ? QualityRating.NotRated : QualityRating.Good;

    /// <summary>
    /// Saves the whole grid in one transaction: one invalid row, or one row someone else saved (or first saved) since
    /// the caller read it, and nothing is written. Like a pledge, the grid is one document: every row is checked
    /// against the version the caller read.
    /// </summary>
    public async Task<Result> SaveStaffYearAsync(Actor actor, int unitId, int year, IReadOnlyList<StaffYearRow> rows)
    {
        actor.RequireEditUnit(unitId);
        await using var db = await factory.CreateDbContextAsync(actor);
        if (await StaffYears.HeldAsync(db, unitId, year) is { } held)
        {
            return Result.Failure(held);
        }

        var personIds = rows.Select(r => r.PersonId).ToList();
        var ownPeople = await db.People.Where(p => p.UnitId == unitId && personIds.Contains(p.Id)).Select(p => p.Id)
            .ToListAsync();
        if (ownPeople.Count != personIds.Distinct().Count())
        {
            throw new AccessDeniedException($"{actor.UserName} may only rate staff of unit {unitId}.");
        }

        var existing = await db.StaffYearResults.Where(s => s.Year == year && personIds.Contains(s.PersonId))
            .ToDictionaryAsync(s => s.PersonId);
        // The months the positions give for a year broken by a leaving, read here and not taken from the rows: a figure
        // other than these is saved only with the head's reason.
        var fromPositions = await BrokenYears.MonthsFromPositionsAsync(db, unitId, year);
        var errors = new List<DomainError>();
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(row.PersonId, out var record))
            {
                record = StaffYearResult.Start(row.PersonId, unitId, year);
                db.StaffYearResults.Add(record);
            }
            else
            {
                // A row read with no version, before anything was saved for this person, clashes with what was saved since.
                db.BumpVersion(record, row.Version ?? Guid.Empty);
            }

            var recorded = record.Record(row.Rating, row.MonthsWorked, row.MaternityLeaveMonths, row.Discipline,
                row.Initiative, proceedingsPending: record.ProceedingsPending, leaveMonths: row.LeaveMonths);
            if (recorded.IsSuccess)
            {
                recorded = record.RecordFormerUnit(row.MonthsInFormerUnit, row.FormerUnitOpinionReceived);
            }

            if (recorded.IsSuccess)
            {
                recorded = record.ExplainMonths(fromPositions.TryGetValue(row.PersonId, out var months) ? months : null,
                    row.MonthsWorkedReason);
            }

            errors.AddRange(recorded.Errors);
        }

        var saved = await SaveAsync(db, errors.Count == 0 ? Result.Success() : Result.Failure(errors));
        if (saved.IsSuccess)
        {
            await notifier.YearsChangedAsync(factory, [year]);
        }

        return saved;
    }

    private async Task<Result> SaveAndNotifyAsync(EmulationDbContext db, Result outcome, int campaignId, int unitId,
        CampaignChangeKind kind) => outcome.IsSuccess
        ? await notifier.SaveAndPublishAsync(db, new Notifications.CampaignChange(campaignId, kind, unitId), () => SaveAsync(db, outcome))
        : outcome;

    private static async Task<Result> SaveAsync(EmulationDbContext db, Result outcome)
    {
        if (!outcome.IsSuccess)
        {
            return outcome;
        }

        // Also a unit's first pledge or results created by two people at once: the second is told, not a 500.
        var saved = await ConcurrencyErrors.SaveAsync(db);
        return saved.IsSuccess ? outcome : saved;
    }
}
