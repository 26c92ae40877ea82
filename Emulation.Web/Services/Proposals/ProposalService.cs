using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Domain.Decisions;
using Emulation.Domain.Organization;
using Emulation.Domain.Proposals;
using Emulation.Domain.Rules;
using Emulation.Web.Data;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Documents;
using Emulation.Web.Services.Audit;
using Emulation.Web.Services.Rules;
using Emulation.Web.Services.Records;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Proposals;

/// <summary>
/// Sends what the agency may not grant up to the level that decides it (Law 06/2022 Art. 78–80), and records that level's
/// return for amendment and its outcome. When the receiving level works outside this deployment, the union officer
/// records what came back by hand; the award then carries the real issuer and counts in every later eligibility check.
/// </summary>
public sealed class ProposalService(
    IDbContextFactory<EmulationDbContext> factory,
    TimeProvider clock,
    IConfiguration configuration,
    RuleSetService ruleSets,
    RefusalLog refusals,
    ILogger<ProposalService> logger,
    Inbox.InboxService inbox,
    Submissions.SubmissionNotifier notifier)
{
    private const string Area = "proposal";

    /// <summary>The issuer an award decided at <paramref name="level"/> names unless the officer types the decision's own.</summary>
    public string DefaultIssuer(AwardingLevel level) => level switch
    {
        AwardingLevel.ProvincialChairman => $"Chủ tịch UBND tỉnh {configuration["Emulation:Place"] ?? DocumentOptions.DefaultPlace}",
        AwardingLevel.PrimeMinister => "Thủ tướng Chính phủ",
        AwardingLevel.StatePresident => "Chủ tịch nước",
        _ => configuration["Emulation:IssuerName"] ?? Decisions.DecisionService.DefaultAwardIssuer,
    };

    /// <summary>Where the submission letter goes: provincial titles through the provincial emulation board.</summary>
    public string DefaultRecipient(AwardingLevel level) => level switch
    {
        AwardingLevel.ProvincialChairman => $"Chủ tịch UBND tỉnh {configuration["Emulation:Place"] ?? DocumentOptions.DefaultPlace} (qua Ban Thi đua – Khen thưởng, Sở Nội vụ)",
        _ => $"{DefaultIssuer(level)} (qua Chủ tịch UBND tỉnh {configuration["Emulation:Place"] ?? DocumentOptions.DefaultPlace})",
    };

    /// <summary>The receiving boards working in this deployment, which the leadership may address a dossier to.</summary>
    public async Task<IReadOnlyList<ReceivingBoardOption>> ReceivingBoardsAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.Propose);
        await using var db = await factory.CreateDbContextAsync(actor);
        return await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.ReceivingBoard && u.ClosedOn == null)
            .OrderBy(u => u.Name).Select(u => new ReceivingBoardOption(u.Id, u.Name)).ToListAsync();
    }

    public async Task<ProposalBoard> BoardAsync(Actor actor, int campaignId)
    {
        actor.RequirePolicy(Policies.Propose);
        await using var db = await factory.CreateDbContextAsync(actor);
        var nominees = (await NomineesAsync(db, db.Nominations.Where(n => n.CampaignId == campaignId &&
                (n.ProposalId != null || n.Status == NominationStatus.Passed))))
            .Where(n => n.ProposalId is not null || n.DecidedBy != AwardingLevel.HeadOfAgency)
            .ToList();
        // Each with its version, which the page's changes name.
        var proposals = await db.Proposals.AsNoTracking().Where(p => p.CampaignId == campaignId)
            .OrderByDescending(p => p.Id)
            .Select(p => new { Proposal = p, Version = EF.Property<Guid>(p, EmulationDbContext.VersionProperty) })
            .ToListAsync();
        var proposalIds = proposals.Select(p => p.Proposal.Id).ToList();
        var notes = await AppraisalNotesAsync(db, proposalIds);
        var boardIds = proposals.Select(p => p.Proposal.ReceivingUnitId).OfType<int>().Distinct().ToList();
        var boards = await db.Units.AsNoTracking().Where(u => boardIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name);
        return new ProposalBoard(
            [.. nominees.Where(n => n.ProposalId is null)],
            [.. proposals.Select(row =>
            {
                var p = row.Proposal;
                return new ProposalView(p.Id, p.Number, p.Date, p.DecidedBy, p.Recipient, p.Status,
                    p.ReturnReason, p.Resent, [.. nominees.Where(n => n.ProposalId == p.Id)])
                {
                    Board = p.ReceivingUnitId is { } board ? boards.GetValueOrDefault(board) : null,
                    Notes = notes.GetValueOrDefault(p.Id) ?? [],
                    Version = row.Version,
                };
            })]);
    }

    /// <summary>
    /// One dossier as the agency follows it: the letter, every nominee it carried (withdrawn ones with why), the board's
    /// notes, each step of its way with who took it, and its version; null when there is no such dossier.
    /// </summary>
    public async Task<DossierView?> DossierAsync(Actor actor, int proposalId)
    {
        actor.RequirePolicy(Policies.Propose);
        await using var db = await factory.CreateDbContextAsync(actor);
        // Tracked, for its version (a shadow property, which a query without tracking does not read).
        var p = await db.Proposals.SingleOrDefaultAsync(p => p.Id == proposalId);
        if (p is null)
        {
            return null;
        }

        var nominees = await NomineesAsync(db, db.Nominations.Where(n => n.ProposalId == proposalId));
        var notes = await AppraisalNotesAsync(db, [proposalId]);
        var board = p.ReceivingUnitId is { } unit
            ? await db.Units.AsNoTracking().Where(u => u.Id == unit).Select(u => u.Name).SingleOrDefaultAsync()
            : null;
        var view = new ProposalView(p.Id, p.Number, p.Date, p.DecidedBy, p.Recipient, p.Status, p.ReturnReason, p.Resent, nominees)
        {
            Board = board,
            Notes = notes.GetValueOrDefault(p.Id) ?? [],
            Version = db.VersionOf(p),
        };
        return new DossierView(p.CampaignId, view, await DossierHistory.ReadAsync(db, proposalId));
    }

    /// <summary>The <paramref name="nominations"/> as the proposal pages list them, with who decides each and under which article.</summary>
    internal async Task<List<ProposalNominee>> NomineesAsync(EmulationDbContext db, IQueryable<Nomination> nominations)
    {
        var granting = await GrantingAsync();
        // The same mark as the council's and the approval's lists, by the one rule (ReturnedResults).
        var held = Nominations.ReturnedResults.HeldIds(db, nominations);
        var rows = await nominations.AsNoTracking()
            .OrderBy(n => n.Title).ThenBy(n => n.UnitId).ThenBy(n => n.PersonId)
            .Select(n => new
            {
                n.Id,
                n.Title,
                n.Status,
                n.ProposalId,
                n.RejectionReason,
                n.WithdrawalReason,
                Person = db.People.Where(p => p.Id == n.PersonId).Select(p => p.FullName).FirstOrDefault(),
                Unit = db.Units.Where(u => u.Id == n.UnitId).Select(u => u.Name).FirstOrDefault(),
                Award = db.Awards.Where(a => a.NominationId == n.Id).Select(a => a.DecisionNumber).FirstOrDefault(),
                Held = held.Contains(n.Id),
            })
            .ToListAsync();
        return rows
            .Select(r =>
            {
                var rule = granting.For(r.Title);
                return new ProposalNominee(r.Id, r.Person ?? r.Unit ?? "", r.Unit ?? "", r.Title, r.Status, rule.DecidedBy,
                    rule.Article, r.ProposalId, r.RejectionReason, r.Award)
                {
                    WithdrawalReason = r.WithdrawalReason,
                    ResultsReturned = r.Held,
                };
            })
            .ToList();
    }

    /// <summary>The appraisal notes of the dossiers <paramref name="proposalIds"/>, each dossier's in the order written.</summary>
    internal static async Task<Dictionary<int, List<AppraisalNoteView>>> AppraisalNotesAsync(EmulationDbContext db,
        IReadOnlyCollection<int> proposalIds)
    {
        var rows = await db.AppraisalNotes.AsNoTracking().Where(n => proposalIds.Contains(n.ProposalId))
            .Select(n => new
            {
                n.ProposalId,
                Note = new AppraisalNoteView(n.NominationId, n.Text, n.By,
                    db.Users.Where(u => u.UserName == n.By).Select(u => u.FullName).FirstOrDefault() ?? n.By, n.At),
                n.Id,
            })
            .ToListAsync();
        return rows.OrderBy(r => r.Id).GroupBy(r => r.ProposalId).ToDictionary(g => g.Key, g => g.Select(r => r.Note).ToList());
    }

    /// <summary>Leadership signs the submission letter that sends the selected nominations to the level that decides them.</summary>
    public async Task<Result<int>> SendUpAsync(Actor actor, int campaignId, IReadOnlyCollection<int> nominationIds,
        ProposalInput input)
    {
        actor.RequirePolicy(Policies.Approve);
        // Another leader sending the same nominations at once: the second to save is told so, not thrown at.
        var outcome = await ConcurrencyErrors.UnlessLostRaceAsync(() => TrySendUpAsync(actor, campaignId, nominationIds, input));
        if (outcome.IsSuccess && input.ReceivingUnitId is not null)
        {
            await inbox.ProposalReceivedAsync(outcome.Value);
        }

        return await RecordIfRefusedAsync(actor, "send", outcome, new RefusalScope(campaignId, nominationIds, Reference: input.Number));
    }

    /// <summary>
    /// Records that the receiving level outside the deployment returned the dossier for amendment, with its reasons; a
    /// board in the deployment returns its dossiers itself (<see cref="ReceivingBoardService"/>).
    /// </summary>
    public async Task<Result> ReturnAsync(Actor actor, int proposalId, string? reason, Guid? versionRead = null)
    {
        actor.RequirePolicy(Policies.Propose);
        return await ReturnCoreAsync(actor, proposalId, reason, p => p.AcceptsRecordByHand(), versionRead);
    }

    /// <summary>Returns the dossier for amendment once <paramref name="guard"/> admits the one returning it.</summary>
    internal async Task<Result> ReturnCoreAsync(Actor actor, int proposalId, string? reason, Func<Proposal, Result> guard,
        Guid? versionRead = null)
    {
        var outcome = await ChangeAsync(actor, proposalId, versionRead,
            p => guard(p) is { IsSuccess: false } refused ? refused : p.Return(reason, clock.GetUtcNow()));
        await RecordIfRefusedAsync(actor, "return", outcome.Errors, proposalId);
        return outcome;
    }

    /// <summary>
    /// Leadership sends the amended dossier again, under a new letter number when one was issued. With
    /// <paramref name="versionRead"/> (the API's <c>If-Match</c>) it is refused if the dossier changed since that version.
    /// </summary>
    public async Task<Result> SendAgainAsync(Actor actor, int proposalId, ProposalInput input, Guid? versionRead = null)
    {
        actor.RequirePolicy(Policies.Approve);
        var now = clock.GetUtcNow();
        var date = input.Date is { } d ? DateOnly.FromDateTime(d) : OfficeTime.Date(now);
        int? board = null;
        var outcome = await ChangeAsync(actor, proposalId, versionRead, p =>
        {
            board = p.ReceivingUnitId;
            return p.SendAgain(input.Number, date, actor.UserName, now);
        });
        await RecordIfRefusedAsync(actor, "resend", outcome.Errors, proposalId);
        if (outcome.IsSuccess && board is not null)
        {
            await inbox.ProposalReceivedAsync(proposalId);
        }

        return outcome;
    }

    /// <summary>
    /// Leadership (who sends the dossier again) takes nominees out of a dossier returned for amendment, with the reason
    /// (e.g. ones the deciding level refused); they stay listed with the dossier as withdrawn, and its documents no
    /// longer carry them. All or none.
    /// </summary>
    public async Task<Result> WithdrawFromDossierAsync(Actor actor, int proposalId, IReadOnlyCollection<int> nominationIds,
        string? reason, Guid? versionRead = null)
    {
        actor.RequirePolicy(Policies.Approve);
        var now = clock.GetUtcNow();
        var outcome = await AmendAsync(actor, proposalId, nominationIds, versionRead,
            (p, n) => p.Withdraw(n, actor.UserName, now, reason));
        await RecordIfRefusedAsync(actor, "withdraw", outcome.Errors, proposalId, nominationIds);
        if (outcome.IsSuccess)
        {
            logger.LogInformation("{User} withdrew {Count} nominations from returned proposal {Proposal}", actor.UserName,
                nominationIds.Count, proposalId);
        }

        return outcome;
    }

    /// <summary>
    /// Leadership adds to a dossier returned for amendment nominees of the same campaign that its council passed and whose
    /// title is decided at the dossier's level (the rule set in force today); they go up when the dossier is sent again.
    /// All or none.
    /// </summary>
    public async Task<Result> AddToDossierAsync(Actor actor, int proposalId, IReadOnlyCollection<int> nominationIds,
        Guid? versionRead = null)
    {
        actor.RequirePolicy(Policies.Approve);
        var granting = await GrantingAsync();
        // Adding to a returned dossier sends the nominee up, as sending the dossier does: the same refusals first.
        var outcome = await AmendAsync(actor, proposalId, nominationIds, versionRead, (p, n) => p.Include(n, granting.For(n.Title)),
            SendUpRefusalsAsync);
        await RecordIfRefusedAsync(actor, "add", outcome.Errors, proposalId, nominationIds);
        if (outcome.IsSuccess)
        {
            logger.LogInformation("{User} added {Count} nominations to returned proposal {Proposal}", actor.UserName,
                nominationIds.Count, proposalId);
        }

        return outcome;
    }

    /// <summary>
    /// Changes nominees of a returned dossier through <paramref name="amend"/>, each refusal naming its nominee, and saves
    /// the dossier with a new version, so that an amendment racing the resend (or another amendment) is refused rather
    /// than landing in a dossier already sent.
    /// </summary>
    private Task<Result> AmendAsync(Actor actor, int proposalId, IReadOnlyCollection<int> nominationIds, Guid? versionRead,
        Func<Proposal, Nomination, Result> amend,
        Func<EmulationDbContext, int, IReadOnlyCollection<Nomination>, Task<IReadOnlyList<DomainError>>>? refusals = null) =>
        OnNomineesAsync(actor, proposalId, nominationIds, versionRead, async (db, proposal) =>
        {
            var nominees = await db.Nominations.Where(n => nominationIds.Contains(n.Id)).OrderBy(n => n.Id).ToListAsync();
            if (nominees.Count != nominationIds.Distinct().Count())
            {
                return Result.Failure(Decisions.DecisionService.NominationNotInCampaign());
            }

            if (refusals is not null && await refusals(db, proposal.CampaignId, nominees) is { Count: > 0 } refused)
            {
                return Result.Failure(refused);
            }

            var names = await SubjectNames.LoadAsync(db, nominees.Select(n => (n.PersonId, n.UnitId)));
            var errors = new List<DomainError>();
            foreach (var nominee in nominees)
            {
                errors.AddRange(amend(proposal, nominee).Errors
                    .Select(e => e with { Item = e.Item ?? names[(nominee.PersonId, nominee.UnitId)] }));
            }

            return errors.Count > 0
                ? Result.Failure(errors.DistinctBy(e => (e.Code, e.Item)))
                : await ConcurrencyErrors.SaveUnlessLostRaceAsync(db);
        });

    /// <summary>
    /// The one opening of a change to some nominees of a dossier: none chosen, or no such dossier, is refused before
    /// anything is read; a dossier saved since <paramref name="versionRead"/> (when given) is
    /// <see cref="ConcurrencyErrors.ChangedByOthers"/>. <paramref name="change"/> then works on the tracked dossier, which
    /// is saved with a new version whatever it changes, so two changes to one dossier never both land.
    /// </summary>
    private async Task<Result> OnNomineesAsync(Actor actor, int proposalId, IReadOnlyCollection<int> nominationIds,
        Guid? versionRead, Func<EmulationDbContext, Proposal, Task<Result>> change)
    {
        if (nominationIds.Count == 0)
        {
            return Result.Failure(Nominations.CouncilService.NothingSelected());
        }

        await using var db = await factory.CreateDbContextAsync(actor);
        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Id == proposalId);
        if (proposal is null)
        {
            return Result.Failure(ProposalErrors.NotInProposal());
        }

        if (db.ChangedSinceRead(proposal, versionRead))
        {
            return Result.Failure(ConcurrencyErrors.ChangedByOthers());
        }

        db.BumpVersion(proposal, db.VersionOf(proposal));
        return await change(db, proposal);
    }

    /// <summary>
    /// Records the deciding level's outcome for some nominees of a dossier: granted ones become awards under that
    /// level's decision (number, date, issuer), refused ones keep the reason. The dossier closes when none waits.
    /// </summary>
    public async Task<Result> RecordOutcomeAsync(Actor actor, int proposalId, IReadOnlyCollection<int> nominationIds,
        ProposalOutcomeInput input, Guid? versionRead = null)
    {
        actor.RequirePolicy(Policies.Propose);
        return await RecordOutcomeCoreAsync(actor, proposalId, nominationIds, input, p => p.AcceptsRecordByHand(), versionRead);
    }

    /// <summary>Records the deciding level's outcome once <paramref name="guard"/> admits the one recording it.</summary>
    internal async Task<Result> RecordOutcomeCoreAsync(Actor actor, int proposalId, IReadOnlyCollection<int> nominationIds,
        ProposalOutcomeInput input, Func<Proposal, Result> guard, Guid? versionRead = null)
    {
        var outcome = await ConcurrencyErrors.UnlessLostRaceAsync(() =>
            TryRecordOutcomeAsync(actor, proposalId, nominationIds, input, guard, versionRead));

        await RecordIfRefusedAsync(actor, "outcome", outcome.Errors, proposalId, nominationIds);
        if (outcome.IsSuccess)
        {
            logger.LogInformation("{User} recorded the outcome of proposal {Proposal} for {Count} nominations", actor.UserName,
                proposalId, nominationIds.Count);
            if (input.Granted)
            {
                await inbox.AwardsRecordedAsync(nominationIds);
                // The awards granted are history that later campaigns' evaluations read.
                await using var db = await factory.CreateDbContextAsync();
                var year = await db.Proposals.Where(p => p.Id == proposalId).Join(db.Campaigns, p => p.CampaignId, c => c.Id,
                    (_, c) => c.Year).SingleAsync();
                await notifier.YearsChangedAsync(factory, [year]);
            }
        }

        return outcome;
    }

    /// <summary>
    /// Why <paramref name="nominees"/> may not go up, worded one way wherever they would (sending a dossier, adding to one
    /// returned for amendment): first each nominee whose title the campaign's kind does not grant, naming the nominee
    /// (<see cref="Nominations.CampaignGrants"/>); then each unit whose returned results hold nominees the council passed,
    /// naming the unit, since what goes up stands on submitted results (<see cref="Nominations.ReturnedResults"/>). All of
    /// them at once, so that one attempt tells everything there is to put right.
    /// </summary>
    private static async Task<IReadOnlyList<DomainError>> SendUpRefusalsAsync(EmulationDbContext db, int campaignId,
        IReadOnlyCollection<Nomination> nominees) =>
        [.. await Nominations.CampaignGrants.RefusalsAsync(db, campaignId, nominees),
            .. await Nominations.ReturnedResults.RefusalsAsync(db, campaignId, [.. nominees.Where(n => n.Status == NominationStatus.Passed)])];

    private async Task<Result<int>> TrySendUpAsync(Actor actor, int campaignId, IReadOnlyCollection<int> nominationIds,
        ProposalInput input)
    {
        if (nominationIds.Count == 0)
        {
            return Result<int>.Failure(Nominations.CouncilService.NothingSelected());
        }

        var now = clock.GetUtcNow();
        var date = input.Date is { } d ? DateOnly.FromDateTime(d) : OfficeTime.Date(now);
        await using var db = await factory.CreateDbContextAsync(actor);
        var nominations = await db.Nominations
            .Where(n => n.CampaignId == campaignId && nominationIds.Contains(n.Id)).ToListAsync();
        if (nominations.Count != nominationIds.Distinct().Count())
        {
            return Result<int>.Failure(Decisions.DecisionService.NominationNotInCampaign());
        }

        if (await SendUpRefusalsAsync(db, campaignId, nominations) is { Count: > 0 } refused)
        {
            return Result<int>.Failure(refused);
        }

        var granting = await GrantingAsync(date);
        var rules = nominations.ToDictionary(n => n.Id, n => granting.For(n.Title));
        var opened = Proposal.Send(campaignId, input.Number, date, input.Recipient,
            [.. rules.Values.Select(r => r.DecidedBy).Where(l => l != AwardingLevel.HeadOfAgency)], actor.UserName, now,
            input.ReceivingUnitId);
        var errors = new List<DomainError>(opened.Errors.Where(e => e.Code != ProposalErrors.Empty().Code));
        if (input.ReceivingUnitId is { } board && !await db.Units.AnyAsync(u =>
                u.Id == board && u.Kind == UnitKind.ReceivingBoard && u.ClosedOn == null))
        {
            errors.Add(ProposalErrors.UnknownBoard());
        }

        if (errors.Count > 0 && opened.IsSuccess)
        {
            return Result<int>.Failure(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        if (opened.IsSuccess)
        {
            db.Proposals.Add(opened.Value);
            await db.SaveChangesAsync();
        }

        var names = await SubjectNames.LoadAsync(db, nominations.Select(n => (n.PersonId, n.UnitId)));
        foreach (var nomination in nominations)
        {
            errors.AddRange(nomination.SendUp(opened.IsSuccess ? opened.Value.Id : 0, rules[nomination.Id]).Errors
                .Select(e => e with { Item = e.Item ?? names[(nomination.PersonId, nomination.UnitId)] }));
        }

        if (errors.Count > 0)
        {
            return Result<int>.Failure(errors.DistinctBy(e => (e.Code, e.Item)));
        }

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        logger.LogInformation("{User} sent proposal {Number} with {Count} nominations", actor.UserName, opened.Value.Number,
            nominations.Count);
        return Result<int>.Success(opened.Value.Id);
    }

    /// <summary>
    /// The outcome for <paramref name="nominationIds"/>, saved with a new version of the dossier: two officers recording
    /// its last two nominees at once cannot both find one still waiting and leave it open.
    /// </summary>
    private Task<Result> TryRecordOutcomeAsync(Actor actor, int proposalId, IReadOnlyCollection<int> nominationIds,
        ProposalOutcomeInput input, Func<Proposal, Result> guard, Guid? versionRead) =>
        OnNomineesAsync(actor, proposalId, nominationIds, versionRead, (db, proposal) =>
            RecordOutcomeOnAsync(db, actor, proposal, nominationIds, input, guard));

    private async Task<Result> RecordOutcomeOnAsync(EmulationDbContext db, Actor actor, Proposal proposal,
        IReadOnlyCollection<int> nominationIds, ProposalOutcomeInput input, Func<Proposal, Result> guard)
    {
        var proposalId = proposal.Id;
        var open = guard(proposal) is { IsSuccess: false } refused ? refused : proposal.AcceptsOutcome();
        if (!open.IsSuccess)
        {
            return open;
        }

        var nominations = await db.Nominations
            .Where(n => n.ProposalId == proposalId && nominationIds.Contains(n.Id)).ToListAsync();
        if (nominations.Count != nominationIds.Distinct().Count())
        {
            return Result.Failure(ProposalErrors.NotInProposal());
        }

        var now = clock.GetUtcNow();
        var errors = new List<DomainError>();
        string? number = null;
        var date = input.DecisionDate is { } d ? DateOnly.FromDateTime(d) : OfficeTime.Date(now);
        var issuer = string.IsNullOrWhiteSpace(input.IssuerName) ? DefaultIssuer(proposal.DecidedBy) : input.IssuerName.Trim();
        if (input.Granted)
        {
            var normal = Decision.NormalizeNumber(input.DecisionNumber);
            errors.AddRange(normal.Errors);
            number = normal.IsSuccess ? normal.Value : null;
            if (issuer.Length > Award.IssuerMaxLength || CleanText.Refusal(issuer) is not null)
            {
                errors.Add(ProposalErrors.TooLong(Award.IssuerMaxLength));
            }
        }

        if (input.Granted)
        {
            errors.AddRange(await Nominations.CampaignGrants.RefusalsAsync(db, proposal.CampaignId, nominations));
        }

        foreach (var nomination in nominations)
        {
            errors.AddRange(nomination.RecordOutcomeAbove(input.Granted, actor.UserName, now, input.Reason).Errors);
        }

        if (errors.Count > 0)
        {
            return Result.Failure(errors.DistinctBy(e => (e.Code, e.Item)));
        }

        if (input.Granted)
        {
            var campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == proposal.CampaignId);
            var year = campaign.Year;
            var kind = campaign.AwardKind;
            var unitIds = nominations.Select(n => n.UnitId).Distinct().ToList();
            var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToListAsync();
            foreach (var nomination in nominations)
            {
                db.Awards.Add(Award.Grant(nomination.PersonId, nomination.UnitId,
                    units.Single(u => u.Id == nomination.UnitId).NameOn(date), year, nomination.Title, kind,
                    number!, date, issuer, nomination.Id));
            }
        }

        var waiting = await db.Nominations.CountAsync(n => n.ProposalId == proposalId &&
            n.Status == NominationStatus.SentUp && !nominationIds.Contains(n.Id));
        proposal.CloseWhenDecided(waiting);
        await db.SaveChangesAsync();
        return Result.Success();
    }

    private async Task<Result> ChangeAsync(Actor actor, int proposalId, Guid? versionRead, Func<Proposal, Result> change)
    {
        await using var db = await factory.CreateDbContextAsync(actor);
        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Id == proposalId);
        if (proposal is null)
        {
            return Result.Failure(ProposalErrors.NotInProposal());
        }

        if (db.ChangedSinceRead(proposal, versionRead))
        {
            return Result.Failure(ConcurrencyErrors.ChangedByOthers());
        }

        var outcome = change(proposal);
        if (!outcome.IsSuccess)
        {
            return outcome;
        }

        return await ConcurrencyErrors.SaveUnlessLostRaceAsync(db);
    }

    /// <summary>Who decides each title under the rule set in force on <paramref name="on"/> (today by default).</summary>
    internal Task<GrantingRules> GrantingAsync(DateOnly? on = null) =>
        ruleSets.GrantingOnAsync(on ?? OfficeTime.Date(clock.GetUtcNow()));

    private async Task<Result<int>> RecordIfRefusedAsync(Actor actor, string action, Result<int> outcome, RefusalScope scope)
    {
        if (!outcome.IsSuccess)
        {
            await refusals.RecordAsync(actor, Area, action, outcome.Errors, scope);
        }

        return outcome;
    }

    private async Task RecordIfRefusedAsync(Actor actor, string action, IReadOnlyList<DomainError> errors, int proposalId,
        IReadOnlyCollection<int>? nominationIds = null)
    {
        if (errors.Count > 0)
        {
            await refusals.RecordAsync(actor, Area, action, errors,
                new RefusalScope(null, nominationIds ?? [], Reference: proposalId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
