using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Consultations;
using Emulation.Domain.Rules;
using Emulation.Web.Data;
using Emulation.Web.Resources;
using Emulation.Web.Services.Audit;
using Emulation.Web.Services.Rules;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Consultations;

/// <summary>
/// Public consultation before the council meets (lấy ý kiến công khai): the union officer publishes the campaign's
/// nominees for titles the rule set in force puts to consultation, with a window of working days; anyone reads the list
/// on the public page and comments; the officer accepts or hides each comment; the council reads the accepted ones, and
/// cannot meet on the listed nominees before the window has closed (<see cref="Council.CouncilSessionService"/>).
/// </summary>
public sealed class ConsultationService(
    IDbContextFactory<EmulationDbContext> factory,
    TimeProvider clock,
    RuleSetService ruleSets,
    RefusalLog refusals)
{
    /// <summary>The longest achievement text shown on the public list.</summary>
    public const int AchievementShownLength = 400;

    /// <summary>The campaign's consultations, comments and the nominees awaiting publication.</summary>
    public async Task<ConsultationPlan> GetPlanAsync(Actor actor, int campaignId)
    {
        actor.RequirePolicy(Policies.ReadCouncil);
        await using var db = await factory.CreateDbContextAsync(actor);
        return await PlanAsync(db, new Scope(campaignId), actor.Can(Policies.RunCouncilSessions));
    }

    /// <summary>
    /// A receiving board's consultations on a dossier sent to it, for its appraiser (who publishes and moderates) and its
    /// council's members (who read the accepted comments); null when the dossier is not the actor's board's.
    /// </summary>
    public async Task<ConsultationPlan?> GetDossierPlanAsync(Actor actor, int proposalId)
    {
        var board = actor.RequireBoard(Policies.ReadBoardCouncil);
        await using var db = await factory.CreateDbContextAsync(actor);
        var proposal = await db.Proposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == proposalId && p.ReceivingUnitId == board);
        return proposal is null ? null : await PlanAsync(db, new Scope(proposal.CampaignId, proposal), actor.Can(Policies.Appraise));
    }

    /// <summary>
    /// Publishes, on <paramref name="publishedOn"/>, every proposed nomination of the campaign whose title the rule set in
    /// force puts to consultation and that no earlier list carries; the window is the longest of their titles' windows.
    /// </summary>
    public async Task<Result<int>> PublishAsync(Actor actor, int campaignId, DateOnly publishedOn)
    {
        actor.RequirePolicy(Policies.RunCouncilSessions);
        await using var db = await factory.CreateDbContextAsync(actor);
        if (!await db.Campaigns.AnyAsync(c => c.Id == campaignId))
        {
            return await RefusedAsync<int>(actor, "publish", null, CampaignErrors.NotFound());
        }

        return await PublishCoreAsync(db, actor, "publish", new Scope(campaignId), publishedOn);
    }

    /// <summary>
    /// The receiving board publishes, before its own council meets, the nominees of a dossier sent to it whose title the
    /// rule set in force puts to consultation and that no earlier list of the board on the dossier carries. The agency's
    /// consultation before its own council does not stand for it: the law consults before the council of the level that decides.
    /// </summary>
    public async Task<Result<int>> PublishOnProposalAsync(Actor actor, int proposalId, DateOnly publishedOn)
    {
        var board = actor.RequireBoard(Policies.Appraise);
        await using var db = await factory.CreateDbContextAsync(actor);
        var proposal = await db.Proposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == proposalId && p.ReceivingUnitId == board);
        var reference = proposalId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (proposal is null)
        {
            return await RefusedAsync<int>(actor, "publish_board", new RefusalScope(null, Reference: reference),
                Domain.Proposals.ProposalErrors.NotForThisBoard());
        }

        if (proposal.AcceptsOutcome() is { IsSuccess: false } notSent)
        {
            return await RefusedAsync<int>(actor, "publish_board", new RefusalScope(proposal.CampaignId, Reference: reference),
                notSent.Errors);
        }

        return await PublishCoreAsync(db, actor, "publish_board", new Scope(proposal.CampaignId, proposal), publishedOn);
    }

    private async Task<Result<int>> PublishCoreAsync(EmulationDbContext db, Actor actor, string action, Scope scope,
        DateOnly publishedOn)
    {
        var refusal = new RefusalScope(scope.CampaignId,
            Reference: scope.ProposalId?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var year = await db.Campaigns.Where(c => c.Id == scope.CampaignId).Select(c => c.Year).SingleAsync();
        var rules = await ruleSets.InForceForYearAsync(year);
        if (!rules.IsSuccess)
        {
            return await RefusedAsync<int>(actor, action, refusal, rules.Errors);
        }

        // Two publishes at once would each find the same nominees awaiting and make two lists: both take the round after
        // the lists they read, and the database keeps one list per round of an owner, so the later of two racing saves is
        // refused and nothing of it is saved. Neither the campaign's nor the dossier's version is touched.
        var council = rules.Value.Council;
        var earlier = await Of(db, scope).AsNoTracking().ToListAsync();
        var awaiting = await AwaitingAsync(db, scope, council, earlier);
        var days = awaiting.Select(n => council.ConsultationDaysFor(n.Title) ?? 0).DefaultIfEmpty(1).Max();
        var now = clock.GetUtcNow();
        var published = Consultation.Publish(scope.CampaignId, [.. awaiting.Select(n => n.Id)], publishedOn, OfficeTime.Date(now),
            Math.Max(days, 1), council.ConsultationArticle, await WorkingCalendarService.DaysOffAsync(db), actor.UserName, now,
            scope.ProposalId, earlier.Count);
        if (!published.IsSuccess)
        {
            return await RefusedAsync<int>(actor, action, refusal, published.Errors);
        }

        db.Consultations.Add(published.Value);
        var saved = await ConcurrencyErrors.SaveUnlessLostRaceAsync(db);
        return saved.IsSuccess
            ? Result<int>.Success(published.Value.Id)
            : await RefusedAsync<int>(actor, action, refusal, saved.Errors);
    }

    private async Task<ConsultationPlan> PlanAsync(EmulationDbContext db, Scope scope, bool moderator)
    {
        var consultations = await Of(db, scope).AsNoTracking()
            .OrderByDescending(c => c.PublishedOn).ThenByDescending(c => c.Id).ToListAsync();
        var views = await ViewsAsync(db, consultations);
        var ids = consultations.Select(c => c.Id).ToList();
        // Newest first: ids grow with time (SQLite cannot order by a DateTimeOffset).
        var comments = await db.ConsultationComments.AsNoTracking().Where(c => ids.Contains(c.ConsultationId))
            .OrderByDescending(c => c.Id).ToListAsync();
        var names = views.SelectMany(v => v.Nominees).DistinctBy(n => n.NominationId).ToDictionary(n => n.NominationId, n => n.Name);
        var shown = comments.Where(c => moderator || c.Status == CommentStatus.Accepted)
            .Select(c => new CommentView(c.Id, c.ConsultationId, c.NominationId,
                c.NominationId is { } n ? names.GetValueOrDefault(n) : null, c.AuthorName, moderator ? c.Contact : null, c.Text,
                c.SubmittedAt, c.Status, c.ModeratedBy, c.ModeratedAt))
            .ToList();
        var year = await db.Campaigns.Where(c => c.Id == scope.CampaignId).Select(c => (int?)c.Year).SingleOrDefaultAsync();
        var rules = year is { } y ? await ruleSets.InForceForYearAsync(y) : null;
        var awaiting = rules is { IsSuccess: true } && moderator
            ? await NomineesAsync(db, await AwaitingAsync(db, scope, rules.Value.Council, consultations))
            : [];
        var days = rules is { IsSuccess: true }
            ? rules.Value.Council.PublicConsultations.Select(c => c.Days).DefaultIfEmpty(0).Max()
            : 0;
        var superseded = ListedOn(consultations.Where(c => !scope.Stands(c)));
        return new ConsultationPlan(scope.CampaignId, [.. views.Select(v => v with { Superseded = superseded.Lists.Contains(v.Id) })],
            shown, comments.Count(c => c.Status == CommentStatus.Hidden), comments.Count(c => c.Status == CommentStatus.Pending), awaiting,
            days, moderator, Today)
        {
            SentAgainAt = scope.Dossier is { Resent: > 0 } dossier ? dossier.SentAt : null,
            PublishAgain = [.. awaiting.Select(n => n.NominationId).Where(superseded.Nominees.Contains)],
        };
    }

    /// <summary>The officer accepts (<paramref name="accept"/>) or hides a comment; who and when are kept.</summary>
    /// <remarks>
    /// The agency's officer moderates the agency's lists, a receiving board's appraiser only their own board's. A caller
    /// who moderates no list is refused; to one who does, a comment on a list they do not moderate (another board's, or
    /// the agency's for a board) is the same as one that does not exist, as another unit's records are elsewhere.
    /// </remarks>
    public async Task<Result> ModerateAsync(Actor actor, int commentId, bool accept)
    {
        var agency = actor.Can(Policies.RunCouncilSessions);
        int? board = actor.Can(Policies.Appraise) ? actor.RequireBoard(Policies.Appraise) : null;
        if (!agency && board is null)
        {
            actor.RequirePolicy(Policies.RunCouncilSessions);
        }

        await using var db = await factory.CreateDbContextAsync(actor);
        var comment = await db.ConsultationComments.SingleOrDefaultAsync(c => c.Id == commentId);
        var owner = comment is null ? null : await db.Consultations.Where(c => c.Id == comment.ConsultationId)
            .Select(c => new
            {
                c.CampaignId,
                c.ProposalId,
                Board = db.Proposals.Where(p => p.Id == c.ProposalId).Select(p => p.ReceivingUnitId).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(); // a list the actor's context does not read (another agency's or board's) is no list
        var moderates = owner is not null && (owner.ProposalId is null ? agency : board is not null && owner.Board == board);
        if (comment is null || !moderates)
        {
            return await RefusedAsync(actor, "moderate", null, ConsultationErrors.NotFound());
        }

        var campaignId = owner!.CampaignId;
        var moderated = comment.Moderate(accept, actor.UserName, clock.GetUtcNow());
        if (!moderated.IsSuccess)
        {
            return await RefusedAsync(actor, "moderate", new RefusalScope(campaignId), moderated.Errors);
        }

        try
        {
            await db.SaveChangesAsync();
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            return await RefusedAsync(actor, "moderate", new RefusalScope(campaignId), ConcurrencyErrors.ChangedByOthers());
        }
    }

    /// <summary>The lists open for comment today, for the public page (anyone, signed in or not).</summary>
    public async Task<IReadOnlyList<ConsultationView>> OpenForPublicAsync()
    {
        var today = Today;
        await using var db = await factory.CreateDbContextAsync();
        var open = await db.Consultations.AsNoTracking().Where(c => c.PublishedOn <= today && c.LastDay >= today)
            .OrderBy(c => c.LastDay).ThenBy(c => c.Id).ToListAsync();
        return await ViewsAsync(db, open);
    }

    /// <summary>
    /// Stores a comment from the public page as pending, while the list's window is open; the page's form is
    /// anti-forgery checked and the address is rate-limited before this runs (Startup/RateLimiting).
    /// </summary>
    public async Task<Result> SubmitCommentAsync(PublicCommentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await factory.CreateDbContextAsync();
        var consultation = await db.Consultations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == input.ConsultationId);
        if (consultation is null)
        {
            return Result.Failure(ConsultationErrors.NotFound());
        }

        var now = clock.GetUtcNow();
        var submitted = ConsultationComment.Submit(consultation, input.NominationId is > 0 ? input.NominationId : null,
            input.AuthorName, input.Contact, input.Text, OfficeTime.Date(now), now);
        if (!submitted.IsSuccess)
        {
            return Result.Failure(submitted.Errors);
        }

        db.ConsultationComments.Add(submitted.Value);
        await db.SaveChangesAsync();
        return Result.Success();
    }

    /// <summary>
    /// Whether the council may meet on <paramref name="agenda"/> on <paramref name="day"/> (the session service asks
    /// before opening): the law publishes the list before the council meets, so each nominee for a title that
    /// <paramref name="council"/> puts to consultation must be on a published list (each one that is not is named with the
    /// title, in the record's Vietnamese), and every list that carries one of them must have closed (each refusal names
    /// the nominees and the list's last day). The agency's council asks of the campaign's proposed nominations and the
    /// agency's lists; a receiving board's (<paramref name="proposalId"/>) of the dossier's and the board's own lists on
    /// it. Without rules in force (<paramref name="council"/> null) only the published lists are checked.
    /// </summary>
    internal static async Task<Result> CouncilMayMeetAsync(EmulationDbContext db, int campaignId, IReadOnlyCollection<int> agenda,
        CouncilRules? council, DateOnly day, Domain.Proposals.Proposal? dossier = null)
    {
        var scope = new Scope(campaignId, dossier);
        var lists = await Of(db, scope).AsNoTracking().ToListAsync();
        var unpublished = council is null ? [] : await NomineesAsync(db, await AwaitingAsync(db, scope, council, lists));
        var covering = lists.Where(c => scope.Stands(c) && agenda.Any(c.Lists)).ToList();
        var listed = covering.SelectMany(c => c.Nominees.Select(n => n.NominationId)).Where(agenda.Contains).Distinct().ToList();
        var names = (await NomineesAsync(db, await db.Nominations.AsNoTracking().Where(n => listed.Contains(n.Id)).ToListAsync()))
            .ToDictionary(n => n.NominationId, Described);
        var superseded = ListedOn(lists.Where(c => !scope.Stands(c))).Nominees;
        List<DomainError> errors =
        [
            .. unpublished.Where(n => agenda.Contains(n.NominationId)).Select(n => superseded.Contains(n.NominationId)
                ? ConsultationErrors.PublishedBeforeResend(Described(n), OfficeTime.Date(dossier!.SentAt))
                : ConsultationErrors.NotPublished(Described(n))),
            .. Consultation.CouncilMayMeet(covering, agenda, day, id => names.GetValueOrDefault(id, "")).Errors,
        ];
        return errors.Count == 0 ? Result.Success() : Result.Failure(errors);
    }

    /// <summary>
    /// Whose consultation: the agency's on a campaign, or a receiving board's on a <see cref="Dossier"/> sent to it.
    /// </summary>
    private sealed record Scope(int CampaignId, Domain.Proposals.Proposal? Dossier = null)
    {
        public int? ProposalId => Dossier?.Id;

        /// <summary>
        /// Whether a list of the scope stands before its council: every agency list does; a board's list only when
        /// published since the dossier was last sent (<see cref="Consultation.StandsOnDossier"/>).
        /// </summary>
        public bool Stands(Consultation consultation) =>
            Dossier is not { } dossier || consultation.StandsOnDossier(dossier.Id, dossier.SentAt);
    }

    /// <summary>The ids of <paramref name="consultations"/> and of the nominations they list.</summary>
    private static (HashSet<int> Lists, HashSet<int> Nominees) ListedOn(IEnumerable<Consultation> consultations)
    {
        var lists = consultations.ToList();
        return ([.. lists.Select(c => c.Id)], [.. lists.SelectMany(c => c.Nominees.Select(n => n.NominationId))]);
    }

    /// <summary>A nominee as a refusal names them: <c>Nguyễn Văn A (Chiến sĩ thi đua cấp tỉnh)</c>.</summary>
    private static string Described(ConsultationNomineeView nominee) =>
        $"{nominee.Name} ({Wording.TitleName(Wording.Vietnamese, nominee.Title)})";

    /// <summary>The lists of the scope: the agency's on the campaign, or the board's on the dossier.</summary>
    private static IQueryable<Consultation> Of(EmulationDbContext db, Scope scope) => scope.ProposalId is { } proposalId
        ? db.Consultations.Where(c => c.ProposalId == proposalId)
        : db.Consultations.Where(c => c.CampaignId == scope.CampaignId && c.ProposalId == null);

    private DateOnly Today => OfficeTime.Date(clock.GetUtcNow());

    /// <summary>
    /// The nominees of the scope for a title put to consultation that none of its standing <paramref name="lists"/>
    /// carries (<see cref="Scope.Stands"/>): the campaign's proposed nominations for the agency, the dossier's
    /// nominations still with the board for a board, among them those on a list published before the dossier was sent again.
    /// </summary>
    private static async Task<List<Nomination>> AwaitingAsync(EmulationDbContext db, Scope scope, CouncilRules council,
        IEnumerable<Consultation> lists)
    {
        var titles = council.PublicConsultations.Where(c => c.Days > 0).Select(c => c.Title).ToList();
        // The standing lists are few, their nominees many: the query names the lists and reads their nominees itself.
        var standing = lists.Where(scope.Stands).Select(c => c.Id).ToList();
        var candidates = scope.ProposalId is { } proposalId
            ? db.Nominations.Where(n => n.ProposalId == proposalId && n.Status == NominationStatus.SentUp)
            : db.Nominations.Where(n => n.CampaignId == scope.CampaignId && n.Status == NominationStatus.Proposed);
        return await candidates.AsNoTracking()
            .Where(n => titles.Contains(n.Title) &&
                !db.Consultations.Any(c => standing.Contains(c.Id) && c.Nominees.Any(listed => listed.NominationId == n.Id)))
            .OrderBy(n => n.Id).ToListAsync();
    }

    private static async Task<List<ConsultationView>> ViewsAsync(EmulationDbContext db, List<Consultation> consultations)
    {
        var campaignIds = consultations.Select(c => c.CampaignId).Distinct().ToList();
        var campaigns = await db.Campaigns.AsNoTracking().Where(c => campaignIds.Contains(c.Id)).Select(c => new { c.Id, c.Name })
            .ToDictionaryAsync(c => c.Id, c => c.Name);
        var nominationIds = consultations.SelectMany(c => c.Nominees.Select(n => n.NominationId)).Distinct().ToList();
        var nominations = await db.Nominations.AsNoTracking().Where(n => nominationIds.Contains(n.Id)).ToListAsync();
        var nominees = (await NomineesAsync(db, nominations)).ToDictionary(n => n.NominationId);
        var proposalIds = consultations.Where(c => c.ProposalId is not null).Select(c => c.ProposalId!.Value).Distinct().ToList();
        var boards = await db.Proposals.AsNoTracking().Where(p => proposalIds.Contains(p.Id))
            .Select(p => new { p.Id, Board = db.Units.Where(u => u.Id == p.ReceivingUnitId).Select(u => u.Name).FirstOrDefault() })
            .ToDictionaryAsync(p => p.Id, p => p.Board ?? "");
        return [.. consultations.Select(c => new ConsultationView(c.Id, c.CampaignId, campaigns.GetValueOrDefault(c.CampaignId, ""),
            c.PublishedOn, c.LastDay, c.WorkingDays, c.Article, c.PublishedBy,
            [.. c.Nominees.Select(n => nominees[n.NominationId])])
        {
            ProposalId = c.ProposalId,
            Publisher = c.ProposalId is { } p ? boards.GetValueOrDefault(p, "") : "",
        })];
    }

    private static async Task<IReadOnlyList<ConsultationNomineeView>> NomineesAsync(EmulationDbContext db, List<Nomination> nominations)
    {
        var ids = nominations.Select(n => n.Id).ToList();
        var personIds = nominations.Where(n => n.PersonId is not null).Select(n => n.PersonId!.Value).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).Select(p => new { p.Id, p.FullName })
            .ToDictionaryAsync(p => p.Id, p => p.FullName);
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Id, u => u.Name);
        var reports = await db.AchievementReports.AsNoTracking().Where(r => ids.Contains(r.NominationId))
            .Select(r => new { r.NominationId, r.Achievements }).ToDictionaryAsync(r => r.NominationId, r => r.Achievements);
        return [.. nominations.Select(n =>
        {
            var unit = units.GetValueOrDefault(n.UnitId, "");
            var achievement = reports.GetValueOrDefault(n.Id) is { Length: > 0 } report ? report : n.AddedReason ?? "";
            return new ConsultationNomineeView(n.Id, n.PersonId is { } p ? people.GetValueOrDefault(p, unit) : unit, unit, n.Title,
                achievement.Length <= AchievementShownLength ? achievement : achievement[..AchievementShownLength] + "…");
        })];
    }

    private async Task<Result> RefusedAsync(Actor actor, string action, RefusalScope? scope, params IEnumerable<DomainError> errors) =>
        Result.Failure(await refusals.RecordAsync(actor, "consultation", action, [.. errors], scope));

    private async Task<Result<T>> RefusedAsync<T>(Actor actor, string action, RefusalScope? scope, params IEnumerable<DomainError> errors) =>
        Result<T>.Failure(await refusals.RecordAsync(actor, "consultation", action, [.. errors], scope));
}
