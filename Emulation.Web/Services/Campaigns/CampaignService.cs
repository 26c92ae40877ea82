using Emulation.Web.Documents;
using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Pledges;
using Emulation.Web.Data;
using Emulation.Web.Services.Accounts;
using Emulation.Web.Documents.Excel;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Imports;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

using Emulation.Web.Services.Organization;

namespace Emulation.Web.Services.Campaigns;

/// <summary>Union officers design and steer campaigns; everyone signed in may read them.</summary>
public sealed class CampaignService(IDbContextFactory<EmulationDbContext> factory, TimeProvider clock, ExcelImportOptions importOptions,
    SubmissionNotifier notifier, Inbox.InboxService inbox)
{
    public async Task<IReadOnlyList<CampaignSummary>> ListAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.SignedInWithRole);
        await using var db = await factory.CreateDbContextAsync(actor);
        var campaigns = await db.Campaigns.AsNoTracking()
            .OrderByDescending(c => c.Year).ThenByDescending(c => c.Id)
            .Select(c => new CampaignSummary(c.Id, c.Name, c.Year, c.Kind, c.Status, c.Criteria.Count,
                c.PledgeDeadline, c.ResultsDeadline))
            .ToListAsync();
        return campaigns;
    }

    public async Task<CampaignDetail?> GetAsync(Actor actor, int campaignId)
    {
        actor.RequirePolicy(Policies.SignedInWithRole);
        await using var db = await factory.CreateDbContextAsync(actor);
        // Tracked, to read the version token the designer hands back with its next change.
        var campaign = await db.Campaigns.AsSplitQuery()
            .Include(c => c.Transitions)
            .Include(c => c.Amendments)
            .SingleOrDefaultAsync(c => c.Id == campaignId);
        if (campaign is null)
        {
            return null;
        }

        // The history names the officers who steered the campaign, not their logins.
        var names = await AccountNames.FullNamesAsync(db, [.. campaign.Transitions.Select(t => t.By), .. campaign.Amendments.Select(a => a.By)]);
        return ToDetail(campaign, names) with { Version = db.VersionOf(campaign) };
    }

    public async Task<Result<int>> CreateDraftAsync(Actor actor, CampaignDraftInput input)
    {
        actor.RequirePolicy(Policies.ManageCampaigns);
        var draft = Campaign.Draft(input.Name, input.Year, input.Kind,
            input.PledgeDeadline is { } p ? DateOnly.FromDateTime(p) : null,
            input.ResultsDeadline is { } r ? DateOnly.FromDateTime(r) : null);
        if (!draft.IsSuccess)
        {
            return Result<int>.Failure(draft.Errors);
        }

        // A thematic or period campaign's own days, checked by the same rule the designer's period editor uses.
        if (draft.Value.HasOwnPeriod && draft.Value.SetPeriod(ToDate(input.StartsOn), ToDate(input.EndsOn)) is { IsSuccess: false } period)
        {
            return Result<int>.Failure(period.Errors);
        }

        await using var db = await factory.CreateDbContextAsync(actor);
        if (!(await OrganizationScope.OfAsync(db, actor)).TryAgencyOfNewCampaign([], out var agency))
        {
            return Result<int>.Failure(CampaignSetupService.AgencyUnknown());
        }

        if (agency is { } owner)
        {
            draft.Value.BelongTo(owner);
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Campaigns.Add(draft.Value);
        await db.SaveChangesAsync();
        await BlocsOfCampaigns.FromPreviousAsync(db, draft.Value);
        await transaction.CommitAsync();
        return Result<int>.Success(draft.Value.Id);
    }

    // The designer's changes below take the version the officer's page read (CampaignDetail.Version): when another
    // officer saved the campaign in between, the change is refused with ConcurrencyErrors.ChangedByOthers instead
    // of being applied to a table the officer has not seen. Without a version (API, imports) the latest state is used.

    public Task<Result> AddCriterionAsync(Actor actor, int campaignId, CriterionInput input, Guid? versionRead = null) =>
        input.Unclean() is { } unclean
            ? Task.FromResult(Result.Failure(unclean))
            : ChangeAsync(actor, campaignId, versionRead, c => c.AddCriterion(input.ToCriterion()));

    /// <summary>Edits the line <paramref name="code"/> of a draft's table; refused once the campaign is launched.</summary>
    public Task<Result> EditCriterionAsync(Actor actor, int campaignId, string code, CriterionInput input, Guid? versionRead = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Unclean() is { } unclean
            ? Task.FromResult(Result.Failure(unclean))
            : ChangeAsync(actor, campaignId, versionRead, c => c.EditCriterion(code, input.ToCriterion()));
    }

    public Task<Result> RemoveCriterionAsync(Actor actor, int campaignId, string code, Guid? versionRead = null) =>
        ChangeAsync(actor, campaignId, versionRead, c => c.RemoveCriterion(code));

    public async Task<Result> MoveAsync(Actor actor, int campaignId, CampaignStep step, Guid? versionRead = null)
    {
        actor.RequirePolicy(Policies.ManageCampaigns);
        var field = step == CampaignStep.Launch ? await LaunchFieldAsync(actor, campaignId) : null;
        var moved = await ChangeAsync(actor, campaignId, versionRead, campaign =>
        {
            var now = clock.GetUtcNow();
            return step switch
            {
                CampaignStep.Launch => campaign.Launch(actor.UserName, now, field!),
                CampaignStep.OpenResults => campaign.OpenResults(actor.UserName, now),
                CampaignStep.StartReview => campaign.StartReview(actor.UserName, now),
                _ => campaign.Close(actor.UserName, now),
            };
        });
        if (moved.IsSuccess)
        {
            await (step switch
            {
                CampaignStep.Launch => inbox.CampaignLaunchedAsync(campaignId),
                CampaignStep.OpenResults => inbox.ResultsOpenedAsync(campaignId),
                CampaignStep.StartReview => inbox.EvaluationReadyAsync(campaignId),
                _ => Task.CompletedTask,
            });
        }

        return moved;
    }

    /// <summary>
    /// What launching the draft would do, for the confirmation: the units that will be told, and every reason the
    /// launch would be refused (empty when it can go ahead). Null when there is no such campaign.
    /// </summary>
    public async Task<LaunchPreview?> PreviewLaunchAsync(Actor actor, int campaignId)
    {
        actor.RequirePolicy(Policies.ManageCampaigns);
        var field = await LaunchFieldAsync(actor, campaignId);
        await using var db = await factory.CreateDbContextAsync(actor);
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == campaignId);
        if (campaign is null)
        {
            return null;
        }

        IReadOnlyList<DomainError> refusals = campaign.Status == CampaignStatus.Draft
            ? campaign.LaunchRefusals(field)
            : [CampaignErrors.WrongStatus(campaign.Status, CampaignStatus.Draft)];
        return new LaunchPreview(campaign.Name, field.Units, refusals, campaign.PledgeDeadline, campaign.ResultsDeadline);
    }

    /// <summary>The campaign's own blocs that a launch reaches, each with its units still open.</summary>
    private async Task<LaunchField> LaunchFieldAsync(Actor actor, int campaignId)
    {
        await using var db = await factory.CreateDbContextAsync(actor);
        var blocs = await db.Blocs.AsNoTracking().Where(b => b.CampaignId == campaignId).OrderBy(b => b.Id)
            .Select(b => new LaunchBloc(b.Name, db.BlocMembers.Count(m => m.BlocId == b.Id
                && db.Units.Any(u => u.Id == m.UnitId && u.ClosedOn == null))))
            .ToListAsync();
        return new LaunchField(blocs);
    }

    public Task<Result> SetDeadlinesAsync(Actor actor, int campaignId, DateTime? pledgeDeadline, DateTime? resultsDeadline,
        Guid? versionRead = null) =>
        ChangeAsync(actor, campaignId, versionRead, c => c.SetDeadlines(ToDate(pledgeDeadline), ToDate(resultsDeadline)));

    /// <summary>
    /// Sets a thematic or period campaign's own first and last day: Art. 26(2) offers the leaders of a thematic one of
    /// three years or more the flag.
    /// </summary>
    public Task<Result> SetPeriodAsync(Actor actor, int campaignId, DateTime? startsOn, DateTime? endsOn, Guid? versionRead = null) =>
        ChangeAsync(actor, campaignId, versionRead, c => c.SetPeriod(ToDate(startsOn), ToDate(endsOn)));

    public Task<Result> OfferTitleAsync(Actor actor, int campaignId, Title title, decimal? quotaPercent, Guid? versionRead = null) =>
        ChangeAsync(actor, campaignId, versionRead, c => c.OfferTitle(title, quotaPercent));

    public Task<Result> WithdrawTitleAsync(Actor actor, int campaignId, Title title, Guid? versionRead = null) =>
        ChangeAsync(actor, campaignId, versionRead, c => c.WithdrawTitle(title));

    /// <summary>Changes a launched criterion's maximum points, recorded with the reason.</summary>
    public Task<Result> AmendMaxPointsAsync(Actor actor, int campaignId, string code, decimal newMaxPoints, string reason,
        Guid? versionRead = null) =>
        ChangeAsync(actor, campaignId, versionRead,
            c => c.Amend(actor.UserName, clock.GetUtcNow(), reason, new ChangeMaxPoints(code, newMaxPoints)));

    /// <summary>
    /// Adds a criterion to a launched campaign, recorded with the reason. One that needs a target sends every
    /// submitted pledge back to its unit, in the same transaction, so that no unit is left without a target for it.
    /// </summary>
    public async Task<Result> AmendAddCriterionAsync(Actor actor, int campaignId, CriterionInput input, string reason,
        Guid? versionRead = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        actor.RequirePolicy(Policies.ManageCampaigns);
        if (input.Unclean() is { } unclean)
        {
            return Result.Failure(unclean);
        }

        var criterion = input.ToCriterion();
        if (StoredNumbers.TableRefusals([criterion]) is { Count: > 0 } tooLong)
        {
            return Result.Failure(tooLong);
        }

        var at = clock.GetUtcNow();
        await using var db = await factory.CreateDbContextAsync(actor);
        var campaign = await db.Campaigns.Include(c => c.Amendments).SingleAsync(c => c.Id == campaignId);
        if (db.ChangedSinceRead(campaign, versionRead))
        {
            return Result.Failure(ConcurrencyErrors.ChangedByOthers());
        }

        var changed = campaign.Amend(actor.UserName, at, reason, new AddCriterionChange(criterion));
        if (!changed.IsSuccess)
        {
            return changed;
        }

        if (criterion.NeedsTarget)
        {
            var why = $"Bảng tiêu chí được bổ sung tiêu chí {criterion.Code} ({criterion.Name}): đề nghị đăng ký chỉ tiêu cho tiêu chí này. Lý do: {reason.Trim()}";
            foreach (var pledge in await db.Pledges.Where(p => p.CampaignId == campaignId).ToListAsync())
            {
                pledge.ReopenForAmendment(actor.UserName, at, why[..Math.Min(why.Length, Submittable.ReasonMaxLength)]);

                // A head with the pledge open in a form learns on saving that it changed under them.
                db.BumpVersion(pledge, db.VersionOf(pledge));
            }
        }

        return await SaveCampaignAsync(db, campaign);
    }

    /// <summary>"Copy last year's campaign": a new draft with the same criteria, titles and shifted deadlines.</summary>
    public async Task<Result<int>> CopyAsync(Actor actor, int sourceCampaignId, int newYear, string newName)
    {
        actor.RequirePolicy(Policies.ManageCampaigns);
        await using var db = await factory.CreateDbContextAsync(actor);
        // Another agency's campaign is not found, as one that does not exist.
        if (await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == sourceCampaignId) is not { } source)
        {
            return Result<int>.Failure(CampaignErrors.NotFound());
        }

        var copy = source.CopyAs(newName, newYear);
        if (!copy.IsSuccess)
        {
            return Result<int>.Failure(copy.Errors);
        }

        db.Campaigns.Add(copy.Value);
        await db.SaveChangesAsync();
        // Without blocs the copy could not be launched (no unit would be told), and its designer said they were copied.
        await BlocsOfCampaigns.FromPreviousAsync(db, copy.Value, sourceCampaignId);
        return Result<int>.Success(copy.Value.Id);
    }

    /// <summary>Replaces a draft's whole scoring table; nothing is saved unless every criterion is valid.</summary>
    public Task<Result> ReplaceCriteriaAsync(Actor actor, int campaignId, IReadOnlyList<Criterion> criteria) =>
        ChangeAsync(actor, campaignId, versionRead: null, c => c.ReplaceCriteria(criteria));

    /// <summary>The scoring table as an .xlsx workbook; null when there is no such campaign.</summary>
    public async Task<DocumentFile?> ExportScoringTableAsync(Actor actor, int campaignId)
    {
        actor.RequirePolicy(Policies.SignedInWithRole);
        await using var db = await factory.CreateDbContextAsync(actor);
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == campaignId);
        return campaign is null
            ? null
            : new DocumentFile(ScoringTableWorkbook.FileName(campaignId), DocumentFile.XlsxContentType,
                ScoringTableWorkbook.Build(campaign.Criteria.OrderBy(c => c.Id)));
    }

    /// <summary>
    /// Replaces a draft's criteria with an uploaded workbook: every row valid, or nothing saved and every problem
    /// reported by row and column.
    /// </summary>
    public async Task<ScoringTableImportReport> ImportScoringTableAsync(Actor actor, int campaignId, Stream file,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        actor.RequirePolicy(Policies.ManageCampaigns);
        var sheet = await ScoringTableWorkbook.ReadAsync(file, importOptions, cancellationToken);
        if (sheet.Errors.Count > 0)
        {
            return new ScoringTableImportReport(sheet.Errors, 0);
        }

        var replaced = await ReplaceCriteriaAsync(actor, campaignId, [.. sheet.Criteria.Select(c => c.Criterion)]);
        if (replaced.IsSuccess)
        {
            return new ScoringTableImportReport([], sheet.Criteria.Count);
        }

        // Domain errors name the criterion code: point them at its row.
        var rowOf = sheet.Criteria.GroupBy(c => c.Criterion.Code).ToDictionary(g => g.Key, g => g.First().Row);
        return new ScoringTableImportReport([.. replaced.Errors.Select(e =>
            new ImportRowError(e.Item is { } code && rowOf.TryGetValue(code, out var row) ? row : null, null, e))], 0);
    }

    private async Task<Result> ChangeAsync(Actor actor, int campaignId, Guid? versionRead, Func<Campaign, Result> change)
    {
        actor.RequirePolicy(Policies.ManageCampaigns);
        await using var db = await factory.CreateDbContextAsync(actor);
        // Another agency's campaign is not found, as one that does not exist: refused, never an exception.
        if (await db.Campaigns.AsSplitQuery()
            .Include(c => c.Amendments).Include(c => c.Transitions)
            .SingleOrDefaultAsync(c => c.Id == campaignId) is not { } campaign)
        {
            return Result.Failure(CampaignErrors.NotFound());
        }

        if (db.ChangedSinceRead(campaign, versionRead))
        {
            return Result.Failure(ConcurrencyErrors.ChangedByOthers());
        }

        var changed = change(campaign);
        return changed.IsSuccess ? await SaveCampaignAsync(db, campaign) : changed;
    }

    /// <summary>
    /// Saves with a new campaign version, so a save racing this one is refused rather than merged, and reports the new
    /// design to what evaluates the campaign.
    /// </summary>
    private async Task<Result> SaveCampaignAsync(EmulationDbContext db, Campaign campaign)
    {
        if (StoredNumbers.CampaignRefusals(campaign) is { Count: > 0 } tooLong)
        {
            return Result.Failure(tooLong);
        }

        db.BumpVersion(campaign, db.VersionOf(campaign));
        if (await ConcurrencyErrors.SaveAsync(db) is { IsSuccess: false } lost)
        {
            return lost;
        }

        await notifier.CampaignsChangedAsync([campaign.Id]);
        return Result.Success();
    }

    private static DateOnly? ToDate(DateTime? value) => value is { } v ? DateOnly.FromDateTime(v) : null;

    private static CampaignDetail ToDetail(Campaign c, IReadOnlyDictionary<string, string> names) => new(
        new CampaignSummary(c.Id, c.Name, c.Year, c.Kind, c.Status, c.Criteria.Count, c.PledgeDeadline, c.ResultsDeadline)
        {
            StartsOn = c.StartsOn,
            EndsOn = c.EndsOn,
            ThematicYears = c.ThematicYears,
        },
        [.. c.Criteria.OrderBy(x => x.Id).Select(x => new CriterionView(x.Code, x.Name, x.Group, x.Kind, x.Method,
            x.MaxPoints, x.Weight, x.UnitOfMeasure, x.PointsPerUnit, x.NeedsTarget) { Bands = x.Bands, Direction = x.Direction })],
        [.. c.Transitions.OrderBy(t => t.Id).Select(t => new TransitionView(t.From, t.To, names.GetValueOrDefault(t.By, t.By), t.At))])
    {
        OfferedTitles = [.. c.OfferedTitles.OrderBy(t => t.Title).Select(t => new OfferedTitleView(t.Title, t.QuotaPercent))],
        Amendments = [.. c.Amendments.OrderBy(a => a.Id).Select(a => new AmendmentView(names.GetValueOrDefault(a.By, a.By), a.At, a.Reason, a.Change))],
    };
}
