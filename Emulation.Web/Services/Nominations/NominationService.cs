using System.Linq.Expressions;
using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Organization;
using Emulation.Domain.Scoring;
using Emulation.Web.Data;
using Emulation.Web.Services.Audit;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Organization;
using Emulation.Web.Services.Rules;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Nominations;

/// <summary>
/// The union officer puts the engine's recommendations to the council, adds a nomination by hand or withdraws one, each
/// added or withdrawn by hand with a recorded reason.
/// </summary>
public sealed class NominationService(IDbContextFactory<EmulationDbContext> factory, TimeProvider clock, RuleSetService ruleSets,
    RefusalLog refusals, EvaluationSnapshots evaluations)
{
    public static DomainError Duplicate() =>
        new("nomination.duplicate", "This person or unit is already nominated for this title in the campaign.");

    public static DomainError SubjectMismatch() =>
        new("nomination.subject_mismatch", "An individual title needs a person of the unit; a collective title needs the unit alone.");

    public static DomainError NotFound() => new("nomination.not_found", "There is no such nomination.");

    /// <summary>An individual emulation title by hand for someone whose unit has not submitted its results: the rating is a draft.</summary>
    public static DomainError ResultsNotSubmitted(string unit) =>
        new("nomination.results_not_submitted",
            $"{unit} has not submitted its results: its staff's ratings are a draft, and no yearly title rests on them yet.", unit);

    public static DomainError UnitNotNominable() =>
        new("nomination.unit_not_nominable", "The unit is closed or outside the organisation (a receiving board): it cannot be nominated.");

    /// <summary>The units a nomination may name, those the form offers: still open, and the organisation's own (no receiving board).</summary>
    private static readonly Expression<Func<Unit, bool>> Nominable = u => u.ClosedOn == null && u.Kind != UnitKind.ReceivingBoard;

    public async Task<IReadOnlyList<UnitOption>> UnitsAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.ManageCampaigns);
        await using var db = await factory.CreateDbContextAsync(actor);
        var scope = await OrganizationScope.OfAsync(db, actor);
        return await scope.Units(db.Units.AsNoTracking()).Where(Nominable).OrderBy(u => u.Id)
            .Select(u => new UnitOption(u.Id, u.Name)).ToListAsync();
    }

    /// <summary>The titles a nomination by hand may name: those the campaign's kind may give, in order; none for no campaign.</summary>
    public async Task<IReadOnlyList<Title>> TitlesAsync(Actor actor, int campaignId)
    {
        actor.RequirePolicy(Policies.ManageCampaigns);
        await using var db = await factory.CreateDbContextAsync(actor);
        var kind = await db.Campaigns.Where(c => c.Id == campaignId).Select(c => (CampaignKind?)c.Kind).SingleOrDefaultAsync();
        return kind is { } k ? [.. Campaign.OffersFor(k).Order()] : [];
    }

    public async Task<IReadOnlyList<PersonOption>> PeopleAsync(Actor actor, int unitId)
    {
        actor.RequirePolicy(Policies.ManageCampaigns);
        await using var db = await factory.CreateDbContextAsync(actor);
        if (!(await OrganizationScope.OfAsync(db, actor)).Covers(unitId))
        {
            return [];
        }

        return await db.People.AsNoTracking().Where(p => p.UnitId == unitId).OrderBy(p => p.Id)
            .Select(p => new PersonOption(p.Id, p.FullName, p.Position)).ToListAsync();
    }

    /// <summary>
    /// Puts every recommended award to the council, from an evaluation made now (not a kept one); existing nominations
    /// are left as they are. Answers how many were added.
    /// </summary>
    public async Task<Result<int>> NominateRecommendedAsync(Actor actor, int campaignId)
    {
        actor.RequirePolicy(Policies.ManageCampaigns);
        await using var db = await factory.CreateDbContextAsync(actor);
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == campaignId);
        if (campaign is null)
        {
            return Result<int>.Failure(CampaignErrors.NotFound());
        }

        if (!campaign.AcceptsNominations)
        {
            return Result<int>.Failure(CampaignErrors.WrongStatus(campaign.Status, CampaignStatus.Review));
        }

        var evaluated = await evaluations.EvaluateNowAsync(campaignId);
        if (evaluated is not { IsSuccess: true })
        {
            return Result<int>.Failure(evaluated?.Errors ?? [CampaignErrors.NotFound()]);
        }

        var existing = (await db.Nominations.AsNoTracking().Where(n => n.CampaignId == campaignId)
            .Select(n => new { n.PersonId, n.UnitId, n.Title }).ToListAsync())
            .Select(n => (n.PersonId, n.UnitId, n.Title)).ToHashSet();
        var added = 0;
        foreach (var recommendation in evaluated.Value.Evaluation.Recommendations
                     .Where(r => r.Status == RecommendationStatus.Recommended)
                     .Where(r => !existing.Contains((r.PersonId, r.UnitId, r.Title))))
        {
            db.Nominations.Add(Nomination.Propose(campaignId, recommendation.PersonId, recommendation.UnitId,
                recommendation.Title, recommendation.Explanation));
            added++;
        }

        // Someone nominating the same people at once: the unique key keeps one of each, this save is told so.
        var saved = await ConcurrencyErrors.SaveAsync(db);
        return saved.IsSuccess ? Result<int>.Success(added) : Result<int>.Failure(saved.Errors);
    }

    public async Task<Result<int>> AddAsync(Actor actor, int campaignId, AddNominationInput input)
    {
        actor.RequirePolicy(Policies.ManageCampaigns);
        await using var db = await factory.CreateDbContextAsync(actor);
        var campaign = await db.Campaigns.Where(c => c.Id == campaignId).Select(c => new { c.Year, c.Status, c.AgencyId, c.Kind }).SingleOrDefaultAsync();
        if (campaign is null)
        {
            return await RefusedAsync<int>(actor, "add", new RefusalScope(campaignId, PersonId: input.PersonId, UnitId: input.UnitId), CampaignErrors.NotFound());
        }

        if (!campaign.Status.AcceptsNominationsByHand())
        {
            return await RefusedAsync<int>(actor, "add", new RefusalScope(campaignId, PersonId: input.PersonId, UnitId: input.UnitId),
                CampaignErrors.WrongStatus(campaign.Status, campaign.Status == CampaignStatus.Draft ? CampaignStatus.Launched : CampaignStatus.Review));
        }

        // A thematic or period campaign gives forms of commendation, never the yearly emulation titles, by hand either.
        if (!Campaign.OffersFor(campaign.Kind).Contains(input.Title))
        {
            return await RefusedAsync<int>(actor, "add", new RefusalScope(campaignId, PersonId: input.PersonId, UnitId: input.UnitId),
                CampaignErrors.TitleOnlyYearly(input.Title.ToString()));
        }

        // A unit of another agency is, to this campaign, outside the organisation.
        if (!await (await OrganizationScope.UnitsOfAgencyAsync(db, campaign.AgencyId)).Where(Nominable).AnyAsync(u => u.Id == input.UnitId))
        {
            return await RefusedAsync<int>(actor, "add", new RefusalScope(campaignId, PersonId: input.PersonId, UnitId: input.UnitId), UnitNotNominable());
        }

        var collective = Titles.IsCollective(input.Title);
        var personFits = input.PersonId is not { } personId || await db.People.AnyAsync(p => p.Id == personId && p.UnitId == input.UnitId);
        if (collective == input.PersonId.HasValue || !personFits)
        {
            return await RefusedAsync<int>(actor, "add", new RefusalScope(campaignId, PersonId: input.PersonId, UnitId: input.UnitId), SubjectMismatch());
        }

        if (await db.Nominations.AnyAsync(n => n.CampaignId == campaignId && n.PersonId == input.PersonId &&
                n.UnitId == input.UnitId && n.Title == input.Title))
        {
            return await RefusedAsync<int>(actor, "add", new RefusalScope(campaignId, PersonId: input.PersonId, UnitId: input.UnitId), Duplicate());
        }

        // A yearly individual title rests on the rating the head submits with the unit's results: nothing unsubmitted
        // reaches the council, by hand either.
        if (Titles.IndividualEmulation.Contains(input.Title) && campaign.Kind == CampaignKind.Yearly &&
            !await db.UnitResults.AnyAsync(r => r.CampaignId == campaignId && r.UnitId == input.UnitId &&
                (r.Status == Domain.Pledges.SubmissionStatus.Submitted || r.Status == Domain.Pledges.SubmissionStatus.Accepted)))
        {
            var unitName = await db.Units.Where(u => u.Id == input.UnitId).Select(u => u.Name).SingleAsync();
            return await RefusedAsync<int>(actor, "add", new RefusalScope(campaignId, PersonId: input.PersonId, UnitId: input.UnitId),
                ResultsNotSubmitted(unitName));
        }

        var rules = await ruleSets.InForceForYearAsync(campaign.Year);
        if (!rules.IsSuccess)
        {
            return await RefusedAsync<int>(actor, "add", new RefusalScope(campaignId, PersonId: input.PersonId, UnitId: input.UnitId), rules.Errors);
        }

        var added = Nomination.AddManually(campaignId, input.PersonId, input.UnitId, input.Title, input.Reason,
            $"{rules.Value.Id} v{rules.Value.Version}", actor.UserName, clock.GetUtcNow());
        if (!added.IsSuccess)
        {
            return await RefusedAsync<int>(actor, "add", new RefusalScope(campaignId, PersonId: input.PersonId, UnitId: input.UnitId), added.Errors);
        }

        db.Nominations.Add(added.Value);
        var saved = await ConcurrencyErrors.SaveAsync(db);
        return saved.IsSuccess
            ? Result<int>.Success(added.Value.Id)
            : await RefusedAsync<int>(actor, "add", new RefusalScope(campaignId, PersonId: input.PersonId, UnitId: input.UnitId), saved.Errors);
    }

    public async Task<Result> WithdrawAsync(Actor actor, int campaignId, int nominationId, string reason)
    {
        actor.RequirePolicy(Policies.ManageCampaigns);
        await using var db = await factory.CreateDbContextAsync(actor);
        var nomination = await db.Nominations.SingleOrDefaultAsync(n => n.Id == nominationId && n.CampaignId == campaignId);
        if (nomination is null)
        {
            return Result.Failure(await refusals.RecordAsync(actor, "nomination", "withdraw", [NotFound()], new RefusalScope(campaignId)));
        }

        var withdrawn = nomination.Withdraw(actor.UserName, clock.GetUtcNow(), reason);
        if (!withdrawn.IsSuccess)
        {
            return Result.Failure(await refusals.RecordAsync(actor, "nomination", "withdraw", withdrawn.Errors, new RefusalScope(campaignId, [nominationId])));
        }

        var saved = await ConcurrencyErrors.SaveAsync(db);
        return saved.IsSuccess
            ? saved
            : Result.Failure(await refusals.RecordAsync(actor, "nomination", "withdraw", saved.Errors, new RefusalScope(campaignId, [nominationId])));
    }

    /// <summary>
    /// The unit <paramref name="unitId"/> submitted again the results the officer had returned: each of its nominations
    /// that waited on them (put to the council or passed, not yet decided) comes back to the council with the
    /// recommendation made now on the new figures, or is withdrawn, with that reason, when the engine no longer
    /// recommends it. One added by hand comes back as it was: its reason stands. Called by the submission, whose
    /// caller was already admitted.
    /// </summary>
    internal async Task ReconsiderAsync(Actor actor, int campaignId, int unitId)
    {
        await using var db = await factory.CreateDbContextAsync(actor);
        var waiting = await db.Nominations
            .Where(n => n.CampaignId == campaignId && n.UnitId == unitId &&
                (n.Status == NominationStatus.Proposed || n.Status == NominationStatus.Passed))
            .ToListAsync();
        if (waiting.Count == 0)
        {
            return;
        }

        var evaluated = await evaluations.EvaluateNowAsync(campaignId);
        var now = clock.GetUtcNow();
        foreach (var nomination in waiting)
        {
            var recommendation = evaluated is { IsSuccess: true }
                ? evaluated.Value.Evaluation.Recommendations
                    .Where(r => r.PersonId == nomination.PersonId && r.UnitId == nomination.UnitId && r.Title == nomination.Title)
                    .Select(r => (Recommendation?)r).FirstOrDefault()
                : null;
            var outcome = nomination.Explanation is null || evaluated is not { IsSuccess: true }
                ? nomination.ComeBackOnResubmittedResults(null)
                : recommendation is { Status: RecommendationStatus.Recommended } recommended
                    ? nomination.ComeBackOnResubmittedResults(recommended.Explanation)
                    : nomination.Withdraw(actor.UserName, now, NoLongerRecommended(recommendation?.Status ?? RecommendationStatus.NotEligible));
            if (!outcome.IsSuccess)
            {
                throw new InvalidOperationException($"Nomination {nomination.Id} could not be reconsidered: {string.Join("; ", outcome.Errors)}");
            }
        }

        await db.SaveChangesAsync();
    }

    /// <summary>The withdrawal's reason, kept in Vietnamese like a reason typed by hand.</summary>
    private static string NoLongerRecommended(RecommendationStatus status) =>
        Resources.Wording.Vietnamese["Nomination.WithdrawnOnResubmission",
            Resources.Wording.Vietnamese[$"Enum.RecommendationStatus.{status}"].Value].Value;

    private async Task<Result<T>> RefusedAsync<T>(Actor actor, string action, RefusalScope scope, params IEnumerable<DomainError> errors) =>
        Result<T>.Failure(await refusals.RecordAsync(actor, "nomination", action, [.. errors], scope));
}
