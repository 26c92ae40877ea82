using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Domain.Organization;
using Emulation.Domain.Proposals;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Web.Data;
using Emulation.Web.Services.Accounts;
using Emulation.Web.Documents.Proposals;
using Emulation.Web.Services.Audit;
using Emulation.Web.Services.Decisions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Proposals;

/// <summary>A nominee's achievement report as its editor shows it.</summary>
public sealed record AchievementReportView(int NominationId, string SubjectName, string UnitName, Title Title, bool Collective,
    int? ProposalId, string Duties, string Achievements, bool Edited, string? ConfirmedBy, bool CanEdit, bool CanConfirm,
    bool Locked);

/// <summary>A nomination that goes up, in the list of reports.</summary>
public sealed record AchievementReportItem(int NominationId, string SubjectName, string UnitName, Title Title, int? ProposalId,
    bool Edited, bool Confirmed, bool Locked);

public sealed class AchievementReportInput
{
    public string? Duties { get; set; }
    public string? Achievements { get; set; }

    /// <summary>The head of the unit confirms the report as saved.</summary>
    public bool Confirm { get; set; }
}

/// <summary>
/// The achievement report (báo cáo thành tích) of each nomination that goes up to a higher level: prefilled from the
/// records, edited by the union officer or the head of the nominee's unit while the nominee waits to be sent or the
/// dossier is back for amendment, and confirmed by that head. Refused once the dossier is with the receiving level.
/// </summary>
public sealed class AchievementReportService(
    IDbContextFactory<EmulationDbContext> factory,
    TimeProvider clock,
    IConfiguration configuration,
    ProposalService proposals,
    AchievementReportBuilder builder,
    RefusalLog refusals)
{
    private const int YearsBack = 5;

    /// <summary>The nominations going up (waiting or in a dossier) of the units <paramref name="actor"/> sees.</summary>
    public async Task<IReadOnlyList<AchievementReportItem>> ListAsync(Actor actor)
    {
        RequireReader(actor);
        await using var db = await factory.CreateDbContextAsync(actor);
        var rows = await AboveQuery(db, actor).ToListAsync();
        var granting = await proposals.GrantingAsync();
        return [.. rows.Where(r => r.ProposalId is not null || granting.For(r.Title).DecidedBy != AwardingLevel.HeadOfAgency)
            .Select(r => new AchievementReportItem(r.Id, r.Person ?? r.Unit ?? "", r.Unit ?? "", r.Title, r.ProposalId,
                r.Edited, r.Confirmed, r.ProposalStatus is ProposalStatus.Sent or ProposalStatus.Closed))];
    }

    /// <summary>
    /// The report of one nomination; null when it does not exist, does not go up, or is another unit's for a head (the
    /// same to them as one that does not exist).
    /// </summary>
    public async Task<AchievementReportView?> GetAsync(Actor actor, int nominationId)
    {
        RequireReader(actor);
        await using var db = await factory.CreateDbContextAsync(actor);
        var nomination = await db.Nominations.AsNoTracking().SingleOrDefaultAsync(n => n.Id == nominationId);
        if (nomination is null || !actor.CanSeeUnit(db, nomination.UnitId) || !await GoesUpAsync(db, nomination))
        {
            return null;
        }

        var (facts, stored) = (await FactsAsync(db, [nominationId])).Single();
        var locked = await LockedAsync(db, nomination);
        return new AchievementReportView(nominationId, facts.SubjectName, facts.UnitName, facts.Title, facts.Collective,
            nomination.ProposalId, stored?.Duties ?? builder.DefaultDuties(facts), stored?.Achievements ?? builder.DefaultAchievements(facts),
            stored is not null, stored?.ConfirmedBy is null ? null : facts.HeadName, !locked && MayEdit(actor, nomination.UnitId),
            !locked && MayConfirm(actor, nomination.UnitId), locked);
    }

    public async Task<Result> SaveAsync(Actor actor, int nominationId, AchievementReportInput input)
    {
        actor.RequirePolicy(Policies.WriteAchievementReports);
        var outcome = await TrySaveAsync(actor, nominationId, input);
        if (!outcome.IsSuccess)
        {
            await refusals.RecordAsync(actor, "proposal", "report", outcome.Errors, new RefusalScope(null, [nominationId]));
        }

        return outcome;
    }

    /// <summary>
    /// What the records hold about each nomination, with the unit's edited text when there is one. The caller checked
    /// who may read them.
    /// </summary>
    internal async Task<List<(NomineeFacts Facts, AchievementReport? Stored)>> FactsAsync(EmulationDbContext db,
        IReadOnlyCollection<int> nominationIds)
    {
        var nominations = await db.Nominations.AsNoTracking().Where(n => nominationIds.Contains(n.Id)).ToListAsync();
        var campaignIds = nominations.Select(n => n.CampaignId).Distinct().ToList();
        var campaigns = await db.Campaigns.AsNoTracking().Where(c => campaignIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Name, c.Year }).ToDictionaryAsync(c => c.Id);
        var unitIds = nominations.Select(n => n.UnitId).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name);
        var personIds = nominations.Where(n => n.PersonId is not null).Select(n => n.PersonId!.Value).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id);
        var firstYear = campaigns.Values.Min(c => c.Year) - YearsBack;
        var ratings = await db.StaffYearResults.AsNoTracking().Where(r => personIds.Contains(r.PersonId) && r.Year >= firstYear).ToListAsync();
        var initiatives = await db.Set<RecognisedInitiative>().AsNoTracking()
            .Where(i => personIds.Contains(i.PersonId) && i.Year >= firstYear).ToListAsync();
        var unitRatings = await db.Set<UnitYearRecord>().AsNoTracking()
            .Where(r => unitIds.Contains(r.UnitId) && r.Year >= firstYear).ToListAsync();
        var awards = await db.Awards.AsNoTracking()
            .Where(a => a.RevokedByDecisionId == null && (a.PersonId != null ? personIds.Contains(a.PersonId.Value) : unitIds.Contains(a.UnitId)))
            .ToListAsync();
        var years = campaigns.Values.Select(c => c.Year).Distinct().ToList();
        var memberAwards = await db.Awards.AsNoTracking()
            .Where(a => a.RevokedByDecisionId == null && a.PersonId != null && unitIds.Contains(a.UnitId) && years.Contains(a.Year))
            .Select(a => new { a.UnitId, a.Year, a.Title }).ToListAsync();
        var staff = await db.People.AsNoTracking().Where(p => unitIds.Contains(p.UnitId) && p.LeftOn == null)
            .GroupBy(p => p.UnitId)
            .Select(g => new { g.Key, Count = g.Count(), Women = g.Count(p => p.Gender == Gender.Female) })
            .ToDictionaryAsync(g => g.Key);
        var files = await db.Evidence.AsNoTracking().Where(e => unitIds.Contains(e.UnitId) && campaignIds.Contains(e.CampaignId))
            .OrderBy(e => e.FileName).Select(e => new { e.UnitId, e.CampaignId, e.FileName }).ToListAsync();
        var stored = await db.AchievementReports.AsNoTracking().Where(r => nominationIds.Contains(r.NominationId))
            .ToDictionaryAsync(r => r.NominationId);
        var names = await AccountNames.FullNamesAsync(db, stored.Values.Where(r => r.ConfirmedBy != null).Select(r => r.ConfirmedBy!));
        var agency = configuration["Emulation:IssuingAgency"] ?? DecisionService.DefaultAgency;
        return [.. nominationIds.Select(id => nominations.Single(n => n.Id == id)).Select(n =>
        {
            var campaign = campaigns[n.CampaignId];
            var person = n.PersonId is { } p ? people.GetValueOrDefault(p) : null;
            var report = stored.GetValueOrDefault(n.Id);
            var members = staff.GetValueOrDefault(n.UnitId);
            var facts = new NomineeFacts
            {
                NominationId = n.Id,
                Title = n.Title,
                Year = campaign.Year,
                CampaignName = campaign.Name,
                UnitName = units.GetValueOrDefault(n.UnitId) ?? "",
                AgencyName = agency,
                Person = person,
                Ratings = person is null ? [] : [.. ratings.Where(r => r.PersonId == person.Id)],
                Initiatives = person is null ? [] : [.. initiatives.Where(i => i.PersonId == person.Id)],
                UnitRatings = person is null ? [.. unitRatings.Where(r => r.UnitId == n.UnitId)] : [],
                Awards = [.. awards.Where(a => person is null ? a.PersonId == null && a.UnitId == n.UnitId : a.PersonId == person.Id)
                    .Where(a => a.NominationId != n.Id)],
                Members = members?.Count ?? 0,
                Women = members?.Women ?? 0,
                MemberTitles = person is null
                    ? [.. memberAwards.Where(a => a.UnitId == n.UnitId && a.Year == campaign.Year).Select(a => a.Title)]
                    : [],
                EvidenceFiles = person is null
                    ? [.. files.Where(f => f.UnitId == n.UnitId && f.CampaignId == n.CampaignId).Select(f => f.FileName)]
                    : [],
                Explanation = n.Explanation,
                Ballot = n.Ballot,
                HeadName = report?.ConfirmedBy is { } by ? names.GetValueOrDefault(by, by) : null,
            };
            return (facts, report);
        })];
    }

    private async Task<Result> TrySaveAsync(Actor actor, int nominationId, AchievementReportInput input)
    {
        await using var db = await factory.CreateDbContextAsync(actor);
        var nomination = await db.Nominations.AsNoTracking().SingleOrDefaultAsync(n => n.Id == nominationId);
        if (nomination is null || !actor.CanSeeUnit(db, nomination.UnitId) || !await GoesUpAsync(db, nomination))
        {
            return Result.Failure(ProposalErrors.ReportNotAbove());
        }

        if (!MayEdit(actor, nomination.UnitId))
        {
            throw new AccessDeniedException($"{actor.UserName} may not edit the achievement reports of unit {nomination.UnitId}.");
        }

        if (await LockedAsync(db, nomination))
        {
            return Result.Failure(ProposalErrors.ReportLocked());
        }

        var now = clock.GetUtcNow();
        var report = await db.AchievementReports.SingleOrDefaultAsync(r => r.NominationId == nominationId);
        if (report is null)
        {
            var written = AchievementReport.Write(nominationId, input.Duties, input.Achievements, actor.UserName, now);
            if (!written.IsSuccess)
            {
                return Result.Failure(written.Errors);
            }

            report = written.Value;
            db.AchievementReports.Add(report);
        }
        else
        {
            var edited = report.Edit(input.Duties, input.Achievements, actor.UserName, now);
            if (!edited.IsSuccess)
            {
                return edited;
            }
        }

        if (input.Confirm)
        {
            if (!MayConfirm(actor, nomination.UnitId))
            {
                throw new AccessDeniedException($"{actor.UserName} is not the head of unit {nomination.UnitId} and may not confirm its reports.");
            }

            report.Confirm(actor.UserName, now);
        }

        return await ConcurrencyErrors.SaveUnlessLostRaceAsync(db);
    }

    /// <summary>The union officer edits every report; the head of a unit those of the unit and its staff.</summary>
    private static bool MayEdit(Actor actor, int unitId) => actor.IsInRole(Roles.UnionOfficer) || MayConfirm(actor, unitId);

    private static bool MayConfirm(Actor actor, int unitId) => actor.CanEditUnit(unitId);

    private static void RequireReader(Actor actor) => actor.RequirePolicy(Policies.ReadAchievementReports);

    private static IQueryable<ReportRow> AboveQuery(EmulationDbContext db, Actor actor)
    {
        var query = db.Nominations.AsNoTracking().Where(n =>
            (n.ProposalId != null && n.Status != NominationStatus.Withdrawn) || n.Status == NominationStatus.Passed);
        if (!actor.Can(Policies.SeeAllUnits))
        {
            query = query.Where(n => n.UnitId == actor.UnitId);
        }

        return query.OrderByDescending(n => n.CampaignId).ThenBy(n => n.Title).ThenBy(n => n.UnitId).ThenBy(n => n.PersonId)
            .Select(n => new ReportRow(n.Id, n.Title, n.ProposalId,
                db.Proposals.Where(p => p.Id == n.ProposalId).Select(p => (ProposalStatus?)p.Status).FirstOrDefault(),
                db.People.Where(p => p.Id == n.PersonId).Select(p => p.FullName).FirstOrDefault(),
                db.Units.Where(u => u.Id == n.UnitId).Select(u => u.Name).FirstOrDefault(),
                db.AchievementReports.Any(r => r.NominationId == n.Id),
                db.AchievementReports.Any(r => r.NominationId == n.Id && r.ConfirmedBy != null)));
    }

    private async Task<bool> GoesUpAsync(EmulationDbContext db, Nomination nomination) =>
        nomination.ProposalId is not null ||
        (nomination.Status == NominationStatus.Passed && (await proposals.GrantingAsync()).For(nomination.Title).DecidedBy != AwardingLevel.HeadOfAgency);

    /// <summary>Locked while the dossier is with the receiving level and once it is decided.</summary>
    private static async Task<bool> LockedAsync(EmulationDbContext db, Nomination nomination) =>
        nomination.ProposalId is { } proposalId &&
        await db.Proposals.AnyAsync(p => p.Id == proposalId && p.Status != ProposalStatus.Returned);

    private sealed record ReportRow(int Id, Title Title, int? ProposalId, ProposalStatus? ProposalStatus, string? Person,
        string? Unit, bool Edited, bool Confirmed);
}
