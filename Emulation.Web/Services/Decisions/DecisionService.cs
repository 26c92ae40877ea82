using Emulation.Web.Services.Nominations;
using System.Security.Cryptography;
using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Decisions;
using Emulation.Domain.Rules;
using Emulation.Web.Data;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Submissions;
using Emulation.Web.Resources;
using Emulation.Web.Services.Audit;
using Emulation.Web.Services.Awards;
using Emulation.Web.Services.Rules;
using Emulation.Web.Services.Records;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Decisions;

/// <summary>
/// Issues award decisions for the nominations the council passed and revocation decisions for awards already
/// granted. A decision is written once; every refusal is stored with its codes (<see cref="RefusalLog"/>) and changes nothing.
/// </summary>
public sealed class DecisionService(
    IDbContextFactory<EmulationDbContext> factory,
    TimeProvider clock,
    IConfiguration configuration,
    RuleSetService ruleSets,
    RefusalLog refusals,
    ILogger<DecisionService> logger,
    Inbox.InboxService inbox,
    SubmissionNotifier notifier)
{
    public const string DefaultAgency = "Văn phòng UBND tỉnh";
    public const string DefaultAwardIssuer = "Chánh Văn phòng UBND tỉnh";
    public const string DefaultSignerPosition = "Chánh Văn phòng";

    /// <summary>Titles whose eligibility reads earlier awards (streaks or a prior award): a revocation can undo them.</summary>
    private static readonly Title[] StreakTitles =
    [
        Title.ProvincialEmulationFighter, Title.ProvincialCertificateOfMerit, Title.PrimeMinisterCertificateOfMerit,
        Title.LabourOrderThirdClass, Title.CollectiveProvincialCertificateOfMerit, Title.ProvincialEmulationFlag,
    ];

    /// <summary>Not <c>nomination.not_found</c> (one nomination looked up by id): a whole selection checked against the campaign.</summary>
    public static DomainError NominationNotInCampaign() =>
        new("nomination.not_in_campaign", "One of the selected nominations does not belong to this campaign.");

    public static DomainError AwardNotFound() => new("award.not_found", "One of the selected awards does not exist.");

    /// <summary>The issuing agency's name as configured now; each decision keeps the one it was issued under.</summary>
    public string IssuerName => configuration["Emulation:IssuingAgency"] ?? DefaultAgency;

    /// <summary>The body that issues the provincial chairman's decisions (its header), as configured now.</summary>
    public string ProvincialIssuerName =>
        configuration["Emulation:GoverningAgency"] ?? Documents.Decisions.DecisionDocumentService.DefaultGoverningAgency;

    /// <summary>The provincial chairman's position as a decision's signature block names it unless the board types another.</summary>
    public const string ChairmanPosition = "Chủ tịch";

    /// <summary>Who an award names as its issuer (kept on the award as it was on the decision date).</summary>
    public string AwardIssuerName => configuration["Emulation:IssuerName"] ?? DefaultAwardIssuer;

    /// <summary>
    /// Approves the selected nominations and issues one award decision for them: number and symbol, date, signer,
    /// cash per award from the rule set in force on the decision date. Any refusal and nothing changes.
    /// </summary>
    public async Task<Result<int>> IssueAwardDecisionAsync(Actor actor, int campaignId,
        IReadOnlyCollection<int> nominationIds, DecisionInput input)
    {
        actor.RequirePolicy(Policies.Approve);
        // Another leader deciding the same nominations at once: the second to save is told so, not thrown at.
        var outcome = await ConcurrencyErrors.UnlessLostRaceAsync(() => TryIssueAwardDecisionAsync(actor, campaignId, nominationIds, input));
        await RecordIfRefusedAsync(actor, "approve", outcome.Errors,
            new RefusalScope(campaignId, nominationIds, Reference: input.DecisionNumber));
        await AwardsChangedAsync(outcome);
        if (outcome.IsSuccess)
        {
            await inbox.DecisionIssuedAsync(outcome.Value);
        }

        return outcome;
    }

    /// <summary>
    /// Decides a sudden-award proposal (khen thưởng đột xuất): one decision outside any campaign granting one award of
    /// the proposal's kind (<see cref="AwardKind.Sudden"/> or <see cref="AwardKind.LongService"/>, no basis for a merit award), with its verification code and cash from the rule
    /// set in force on the decision date. Any refusal and nothing changes.
    /// </summary>
    public async Task<Result<int>> IssueSuddenDecisionAsync(Actor actor, int proposalId, DecisionInput input)
    {
        actor.RequirePolicy(Policies.Approve);
        var outcome = await ConcurrencyErrors.UnlessLostRaceAsync(() => TryIssueSuddenDecisionAsync(actor, proposalId, input));
        await RecordIfRefusedAsync(actor, "approve_sudden", outcome.Errors, new RefusalScope(Reference: input.DecisionNumber));
        await AwardsChangedAsync(outcome);
        if (outcome.IsSuccess)
        {
            await inbox.DecisionIssuedAsync(outcome.Value);
        }

        return outcome;
    }

    /// <summary>
    /// Issues the deciding level's award decision on nominees of a dossier addressed to the receiving board
    /// <paramref name="board"/> that the board's own council passed (the provincial chairman's decision, issued by the board
    /// in this deployment): the same decision as the agency's (number unique per issuer and year, verification code per
    /// award, cash from the rule set in force on its date, PDF in the Decree 30 layout signed as the agency's are), issued
    /// under <see cref="ProvincialIssuerName"/>, each award naming <paramref name="awardIssuer"/>. The caller has admitted
    /// the actor as that board's appraiser (<see cref="Proposals.ReceivingBoardService.IssueDecisionAsync"/>). A nominee
    /// already decided, or not passed by the council since the dossier was last sent, refuses it all.
    /// </summary>
    internal async Task<Result<int>> IssueOnProposalAsync(Actor actor, int proposalId, int board,
        IReadOnlyCollection<int> nominationIds, DecisionInput input, string awardIssuer)
    {
        var outcome = await ConcurrencyErrors.UnlessLostRaceAsync(() =>
            TryIssueOnProposalAsync(actor, proposalId, board, nominationIds, input, awardIssuer));

        await RecordIfRefusedAsync(actor, "approve_above", outcome.Errors,
            new RefusalScope(null, nominationIds, Reference: input.DecisionNumber));
        await AwardsChangedAsync(outcome);
        if (outcome.IsSuccess)
        {
            await inbox.DecisionIssuedAsync(outcome.Value);
        }

        return outcome;
    }

    /// <summary>
    /// A decision issued (its awards) or a revocation (the awards it revoked): the campaigns whose history reads those
    /// years' awards are evaluated again.
    /// </summary>
    private async Task AwardsChangedAsync(Result<int> issued)
    {
        if (!issued.IsSuccess)
        {
            return;
        }

        await using var db = await factory.CreateDbContextAsync();
        var years = await db.Awards.AsNoTracking()
            .Where(a => a.DecisionId == issued.Value || a.RevokedByDecisionId == issued.Value)
            .Select(a => a.Year).Distinct().ToListAsync();
        await notifier.YearsChangedAsync(factory, years);
    }

    /// <summary>Issues a revocation decision (thu hồi) for the selected awards and flags recommendations that counted them.</summary>
    public async Task<Result<int>> RevokeAsync(Actor actor, IReadOnlyCollection<int> awardIds, RevocationInput input)
    {
        actor.RequirePolicy(Policies.Approve);
        var outcome = await ConcurrencyErrors.UnlessLostRaceAsync(() => TryRevokeAsync(actor, awardIds, input));
        await RecordIfRefusedAsync(actor, "revoke", outcome.Errors, new RefusalScope(AwardIds: awardIds, Reference: input.Number));
        await AwardsChangedAsync(outcome);
        return outcome;
    }

    public async Task<IReadOnlyList<DecisionSummary>> ListAsync(Actor actor, int? campaignId = null)
    {
        actor.RequirePolicy(Policies.ReadDecisions);
        await using var db = await factory.CreateDbContextAsync(actor);
        var query = db.Decisions.AsNoTracking();
        if (campaignId is { } id)
        {
            var awarded = db.Awards.Where(a => a.NominationId != null &&
                db.Nominations.Any(n => n.Id == a.NominationId && n.CampaignId == id));
            query = query.Where(d => d.CampaignId == id || awarded.Any(a => a.RevokedByDecisionId == d.Id));
        }

        var rows = await query.Select(d => new
        {
            Decision = d,
            Count = db.Awards.Count(a => a.DecisionId == d.Id || a.RevokedByDecisionId == d.Id),
        }).ToListAsync();
        return [.. rows.OrderByDescending(r => r.Decision.Date).ThenByDescending(r => r.Decision.Id)
            .Select(r => Summary(r.Decision, r.Count))];
    }

    /// <summary>
    /// A decision with the awards it grants or revokes; null when there is none with that id. A member of staff reads a
    /// decision (a public document) only when it grants or revokes one of their own awards, a receiving board only its
    /// own: to them any other is null too (404), as another unit's records are; a role that reads no decision is refused.
    /// </summary>
    public async Task<DecisionDetail?> GetAsync(Actor actor, int decisionId)
    {
        await using var db = await factory.CreateDbContextAsync(actor);
        if (actor.Can(Policies.ReadDecisions))
        {
            actor.RequirePolicy(Policies.ReadDecisions);
        }
        else if (actor.Can(Policies.Appraise))
        {
            // The receiving board reads the decisions it issued on the dossiers sent to it; another's is, to it, no decision.
            var board = actor.RequireBoard(Policies.Appraise);
            if (!await db.Decisions.AnyAsync(d => d.Id == decisionId &&
                    db.Proposals.Any(p => p.Id == d.ProposalId && p.ReceivingUnitId == board)))
            {
                return null;
            }
        }
        else if (actor.IsInRole(Roles.Staff) && actor.PersonId is { } personId)
        {
            // A member of staff reads the decisions on their own awards; anyone else's is, to them, no decision.
            actor.RequireOwnPerson(personId);
            if (!await db.Awards.AnyAsync(a =>
                    a.PersonId == personId && (a.DecisionId == decisionId || a.RevokedByDecisionId == decisionId)))
            {
                return null;
            }
        }
        else
        {
            throw new AccessDeniedException($"{actor.UserName} may not read decision {decisionId}.");
        }

        var decision = await db.Decisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == decisionId);
        if (decision is null)
        {
            return null;
        }

        var lines = await db.Awards.AsNoTracking()
            .Where(a => a.DecisionId == decisionId || a.RevokedByDecisionId == decisionId)
            .Select(a => new
            {
                Award = a,
                Person = db.People.Where(p => p.Id == a.PersonId)
                    .Select(p => new { p.FullName, p.Position, p.Gender, p.LeaveReason, p.LeftOn }).FirstOrDefault(),
            })
            .ToListAsync();
        var revoked = decision.Kind == DecisionKind.Revocation
            ? lines.Select(l => l.Award.DecisionNumber).Distinct().Order(StringComparer.Ordinal).ToList()
            : [];
        var campaign = decision.CampaignId is { } cid
            ? await db.Campaigns.AsNoTracking().Where(c => c.Id == cid).Select(c => new { c.Name, c.Year, c.Kind }).SingleOrDefaultAsync()
            : null;
        var offered = campaign is not null && decision.Kind == DecisionKind.Award ? Campaign.OffersFor(campaign.Kind) : null;
        var ordered = lines
            .OrderBy(l => Titles.IsCollective(l.Award.Title)).ThenBy(l => l.Award.Title).ThenBy(l => l.Award.UnitId)
            .ThenBy(l => l.Person?.FullName, StringComparer.Ordinal).ThenBy(l => l.Award.Id)
            .Select(l => new DecisionLine(l.Award.Id, l.Award.PersonId, l.Award.UnitId,
                l.Person?.FullName ?? l.Award.UnitNameAtDecision, l.Person?.Position, l.Award.UnitNameAtDecision,
                l.Award.Title, l.Award.Kind, l.Award.CashVnd, l.Award.IsRevoked, l.Award.VerificationCode,
                l.Award.IssuerName)
            {
                Gender = l.Person?.Gender,
                Posthumous = Posthumous.Is(l.Person?.LeaveReason, l.Person?.LeftOn, decision.Date),
                NotOffered = offered is not null && !offered.Contains(l.Award.Title),
            })
            .ToList();
        var letter = decision.ProposalId is { } proposalId
            ? await db.Proposals.AsNoTracking().Where(p => p.Id == proposalId).Select(p => new { p.Number, p.Date }).SingleOrDefaultAsync()
            : null;
        var agency = letter is null ? null
            : await db.Units.AsNoTracking().Agency()
                .Select(u => u.Name).FirstOrDefaultAsync();
        // Only a decision outside the yearly campaign answers proposals the council may not have reviewed.
        var onTheSpot = lines.Count > 0 && lines.All(l => l.Award.Kind is AwardKind.Sudden or AwardKind.LongService)
            ? await db.SuddenProposals.AsNoTracking().Where(p => p.DecisionId == decisionId).Select(p => p.CouncilReview).ToListAsync()
            : [];
        var cashRules = ordered.Any(l => l.CashVnd is not null) ? await ruleSets.InForceOnAsync(decision.Date) : null;
        return new DecisionDetail(Summary(decision, ordered.Count), decision.Reason, campaign?.Name, campaign?.Year,
            ordered, revoked)
        {
            CashBasis = cashRules is { IsSuccess: true } ? cashRules.Value.Cash.BasisOn(decision.Date) : null,
            AnswersProposal = letter is null ? null
                : ($"số {letter.Number} {Documents.AdministrativeText.Date(letter.Date)}", agency ?? ""),
            ReviewedByCouncil = onTheSpot.Count == 0 || onTheSpot.Contains(true),
        };
    }

    /// <summary>Nominations of a campaign flagged because an award their streak counted was revoked, with why.</summary>
    public async Task<IReadOnlyDictionary<int, string>> RevokedBasisNotesAsync(Actor actor, int campaignId)
    {
        actor.RequirePolicy(Policies.ReadEvaluation);
        await using var db = await factory.CreateDbContextAsync(actor);
        return await db.Nominations.AsNoTracking()
            .Where(n => n.CampaignId == campaignId && n.RevokedBasisNote != null)
            .ToDictionaryAsync(n => n.Id, n => n.RevokedBasisNote!);
    }

    /// <summary>
    /// The campaign's standing awards whose title it may not give (a thematic campaign's yearly titles, granted before
    /// that was refused), with their decisions: shown flagged so that leadership revokes them by a decision; never
    /// deleted.
    /// </summary>
    public async Task<IReadOnlyList<NotOfferedAward>> NotOfferedAwardsAsync(Actor actor, int campaignId)
    {
        actor.RequirePolicy(Policies.ReadDecisions);
        await using var db = await factory.CreateDbContextAsync(actor);
        if (await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).Select(c => (CampaignKind?)c.Kind).SingleOrDefaultAsync()
            is not { } kind)
        {
            return [];
        }

        List<Title> notOffered = [.. Enum.GetValues<Title>().Where(t => !Campaign.OffersFor(kind).Contains(t))];
        if (notOffered.Count == 0)
        {
            return [];
        }

        return await db.Awards.AsNoTracking()
            .Where(a => a.RevokedByDecisionId == null && notOffered.Contains(a.Title) &&
                db.Decisions.Any(d => d.Id == a.DecisionId && d.CampaignId == campaignId && d.Kind == DecisionKind.Award))
            .OrderBy(a => a.DecisionId).ThenBy(a => a.Title).ThenBy(a => a.Id)
            .Select(a => new NotOfferedAward(a.Id,
                a.PersonId == null ? a.UnitNameAtDecision : db.People.Where(p => p.Id == a.PersonId).Select(p => p.FullName).FirstOrDefault() ?? "",
                a.Title, a.DecisionId!.Value, a.DecisionNumber))
            .ToListAsync();
    }

    /// <summary>For the anonymous verification page: name, title, decision number and date, or null when unknown.</summary>
    public async Task<VerificationView?> VerifyAsync(string code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > Award.VerificationCodeMaxLength)
        {
            return null;
        }

        await using var db = await factory.CreateDbContextAsync();
        return await db.Awards.AsNoTracking().Where(a => a.VerificationCode == code)
            .Select(a => new VerificationView(
                a.PersonId == null
                    ? a.UnitNameAtDecision
                    : db.People.Where(p => p.Id == a.PersonId).Select(p => p.FullName).FirstOrDefault() ?? "",
                a.Title, a.DecisionNumber, a.DecisionDate, a.RevokedByDecisionId != null, a.DecisionId != null,
                db.Decisions.Any(d => d.Id == a.DecisionId && d.ProposalId != null)))
            .SingleOrDefaultAsync();
    }

    private async Task<Result<int>> TryIssueAwardDecisionAsync(Actor actor, int campaignId,
        IReadOnlyCollection<int> nominationIds, DecisionInput input)
    {
        if (nominationIds.Count == 0)
        {
            return Result<int>.Failure(CouncilService.NothingSelected());
        }

        var now = clock.GetUtcNow();
        var date = input.DecisionDate is { } d ? DateOnly.FromDateTime(d) : OfficeTime.Date(now);
        await using var db = await factory.CreateDbContextAsync(actor);
        var signer = await SignerAsync(db, actor, input.SignerName, input.SignerPosition);
        var issued = Decision.IssueAward(input.DecisionNumber, date, IssuerName, signer.Name, signer.Position,
            campaignId, actor.UserName, now);
        if (!issued.IsSuccess)
        {
            return Result<int>.Failure(issued.Errors);
        }

        var decision = issued.Value;
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == campaignId);
        if (await DecisionNumbering.TakenAsync(db, decision, campaign?.AgencyId))
        {
            return Result<int>.Failure(DecisionErrors.NumberTaken(decision.Number, decision.Year));
        }

        var nominations = await db.Nominations
            .Where(n => n.CampaignId == campaignId && nominationIds.Contains(n.Id)).ToListAsync();
        if (campaign is null || nominations.Count != nominationIds.Distinct().Count())
        {
            return Result<int>.Failure(NominationNotInCampaign());
        }

        // A yearly title nominated on a thematic campaign is never granted, whatever the council voted.
        if (await CampaignGrants.RefusalsAsync(db, campaignId, nominations) is { Count: > 0 } notGiven)
        {
            return Result<int>.Failure(notGiven);
        }

        // Leadership decides on submitted results: a unit's returned results hold its nominations until it submits again.
        if (await ReturnedResults.RefusalsAsync(db, campaignId, [.. nominations.Where(n => n.Status == NominationStatus.Passed)])
            is { Count: > 0 } held)
        {
            return Result<int>.Failure(held);
        }

        var names = await SubjectNames.LoadAsync(db, nominations.Select(n => (n.PersonId, n.UnitId)));
        var ids = nominations.Select(n => n.Id).ToList();
        var revokedNominations = await db.Awards.AsNoTracking()
            .Where(a => a.NominationId != null && ids.Contains(a.NominationId.Value) && a.RevokedByDecisionId != null)
            .Select(a => a.NominationId!.Value).ToListAsync();
        var rules = await ruleSets.InForceOnAsync(date);
        var granting = rules.IsSuccess ? rules.Value.Granting : new GrantingRules();
        var errors = new List<DomainError>();
        foreach (var nomination in nominations)
        {
            var name = names[(nomination.PersonId, nomination.UnitId)];
            if (revokedNominations.Contains(nomination.Id))
            {
                errors.Add(DecisionErrors.AwardRevoked(name));
            }
            else if (nomination.RevokedBasisNote is not null && nomination.Status == NominationStatus.Passed)
            {
                errors.Add(DecisionErrors.BasisRevoked(name));
            }
            else
            {
                errors.AddRange(nomination.Approve(actor.UserName, now, granting.For(nomination.Title)).Errors
                    .Select(e => e.Code == "nomination.decided_above" ? DecisionErrors.DecidedAbove(name) : e));
            }
        }

        if (errors.Count > 0)
        {
            return Result<int>.Failure(errors.DistinctBy(e => (e.Code, e.Item)));
        }

        var cash = rules.IsSuccess ? rules.Value.Cash : new CashRules();
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (!await SaveGrantingAsync(db, decision, campaign.AgencyId, campaign, nominations, cash, AwardIssuerName))
        {
            return Result<int>.Failure(DecisionErrors.NumberTaken(decision.Number, decision.Year));
        }

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        logger.LogInformation("{User} issued award decision {Number} ({Count} awards)", actor.UserName, decision.Number,
            nominations.Count);
        return Result<int>.Success(decision.Id);
    }

    private async Task<Result<int>> TryIssueOnProposalAsync(Actor actor, int proposalId, int board,
        IReadOnlyCollection<int> nominationIds, DecisionInput input, string awardIssuer)
    {
        if (nominationIds.Count == 0)
        {
            return Result<int>.Failure(CouncilService.NothingSelected());
        }

        var now = clock.GetUtcNow();
        var date = input.DecisionDate is { } d ? DateOnly.FromDateTime(d) : OfficeTime.Date(now);
        await using var db = await factory.CreateDbContextAsync(actor);
        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Id == proposalId && p.ReceivingUnitId == board);
        if (proposal is null)
        {
            return Result<int>.Failure(Domain.Proposals.ProposalErrors.NotForThisBoard());
        }

        if (proposal.AcceptsOutcome() is { IsSuccess: false } notSent)
        {
            return Result<int>.Failure(notSent.Errors);
        }

        if (!await db.CouncilSessions.AnyAsync(s => s.ProposalId == proposalId && s.Status == Domain.Council.CouncilSessionStatus.Closed))
        {
            return Result<int>.Failure(DecisionErrors.BoardCouncilRequired());
        }

        // The nominees the board's council passed since the dossier was last sent are the ones decided here.
        var passed = await Council.CouncilSessionService.PassedOnDossierAsync(db, proposal);

        var issued = Decision.IssueAwardOnProposal(input.DecisionNumber, date, ProvincialIssuerName, input.SignerName ?? "",
            string.IsNullOrWhiteSpace(input.SignerPosition) ? ChairmanPosition : input.SignerPosition,
            proposal.CampaignId, proposalId, actor.UserName, now);
        if (!issued.IsSuccess)
        {
            return Result<int>.Failure(issued.Errors);
        }

        var decision = issued.Value;
        if (await DecisionNumbering.TakenAsync(db, decision, board))
        {
            return Result<int>.Failure(DecisionErrors.NumberTaken(decision.Number, decision.Year));
        }

        var nominations = await db.Nominations.Where(n => n.ProposalId == proposalId && nominationIds.Contains(n.Id)).ToListAsync();
        if (nominations.Count != nominationIds.Distinct().Count())
        {
            return Result<int>.Failure(Domain.Proposals.ProposalErrors.NotInProposal());
        }

        if (await CampaignGrants.RefusalsAsync(db, proposal.CampaignId, nominations) is { Count: > 0 } notGiven)
        {
            return Result<int>.Failure(notGiven);
        }

        var names = await SubjectNames.LoadAsync(db, nominations.Select(n => (n.PersonId, n.UnitId)));
        var errors = new List<DomainError>();
        foreach (var nomination in nominations)
        {
            var name = names[(nomination.PersonId, nomination.UnitId)];
            if (!passed.Contains(nomination.Id))
            {
                errors.Add(DecisionErrors.NotPassedByBoardCouncil(name));
            }
            else
            {
                errors.AddRange(nomination.RecordOutcomeAbove(true, actor.UserName, now, null).Errors
                    .Select(e => e with { Item = e.Item ?? name }));
            }
        }

        if (errors.Count > 0)
        {
            return Result<int>.Failure(errors.DistinctBy(e => (e.Code, e.Item)));
        }

        var campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == proposal.CampaignId);
        var rules = await ruleSets.InForceOnAsync(date);
        var cash = rules.IsSuccess ? rules.Value.Cash : new CashRules();
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (!await SaveGrantingAsync(db, decision, board, campaign, nominations, cash, awardIssuer))
        {
            return Result<int>.Failure(DecisionErrors.NumberTaken(decision.Number, decision.Year));
        }

        proposal.CloseWhenDecided(await db.Nominations.CountAsync(n => n.ProposalId == proposalId &&
            n.Status == NominationStatus.SentUp && !nominationIds.Contains(n.Id)));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        logger.LogInformation("{User} issued decision {Number} of the deciding level on proposal {Proposal} ({Count} awards)",
            actor.UserName, decision.Number, proposalId, nominations.Count);
        return Result<int>.Success(decision.Id);
    }

    private async Task<Result<int>> TryIssueSuddenDecisionAsync(Actor actor, int proposalId, DecisionInput input)
    {
        var now = clock.GetUtcNow();
        var date = input.DecisionDate is { } d ? DateOnly.FromDateTime(d) : OfficeTime.Date(now);
        await using var db = await factory.CreateDbContextAsync(actor);
        var proposal = await db.SuddenProposals.SingleOrDefaultAsync(p => p.Id == proposalId);
        if (proposal is null)
        {
            return Result<int>.Failure(Domain.Sudden.SuddenProposalErrors.NotFound());
        }

        var decidable = proposal.CanBeDecided();
        if (!decidable.IsSuccess)
        {
            return Result<int>.Failure(decidable.Errors);
        }

        var signer = await SignerAsync(db, actor, input.SignerName, input.SignerPosition);
        var issued = Decision.IssueSuddenAward(input.DecisionNumber, date, IssuerName, signer.Name, signer.Position,
            actor.UserName, now);
        if (!issued.IsSuccess)
        {
            return Result<int>.Failure(issued.Errors);
        }

        var decision = issued.Value;
        var issuer = (await Organization.OrganizationScope.OfAsync(db, actor)).AgencyAbove(proposal.UnitId);
        if (await DecisionNumbering.TakenAsync(db, decision, issuer))
        {
            return Result<int>.Failure(DecisionErrors.NumberTaken(decision.Number, decision.Year));
        }

        var rules = await ruleSets.InForceOnAsync(date);
        var granting = rules.IsSuccess ? rules.Value.Granting : new GrantingRules();
        if (!granting.AgencyDecides(proposal.Title))
        {
            var names = await SubjectNames.LoadAsync(db, [(proposal.PersonId, proposal.UnitId)]);
            return Result<int>.Failure(DecisionErrors.DecidedAbove(names[(proposal.PersonId, proposal.UnitId)]));
        }

        var cash = rules.IsSuccess ? rules.Value.Cash : new CashRules();
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == proposal.UnitId);
        await using var transaction = await db.Database.BeginTransactionAsync();
        DecisionNumbering.Add(db, decision, issuer);
        if (!await TrySaveAsync(db))
        {
            return Result<int>.Failure(DecisionErrors.NumberTaken(decision.Number, decision.Year));
        }

        var award = Award.Grant(proposal.PersonId, proposal.UnitId, unit.NameOn(date), date.Year, proposal.Title,
            proposal.Kind, decision.Number, decision.Date, AwardIssuerName);
        award.IssueUnder(decision.Id, NewVerificationCode(), cash.AmountFor(proposal.Title, decision.Date));
        db.Awards.Add(award);
        proposal.MarkDecided(decision.Id, actor.UserName, now);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        logger.LogInformation("{User} issued sudden-award decision {Number} on proposal {Proposal}", actor.UserName,
            decision.Number, proposalId);
        return Result<int>.Success(decision.Id);
    }

    private async Task<Result<int>> TryRevokeAsync(Actor actor, IReadOnlyCollection<int> awardIds, RevocationInput input)
    {
        if (awardIds.Count == 0)
        {
            return Result<int>.Failure(DecisionErrors.NothingListed());
        }

        var now = clock.GetUtcNow();
        var date = input.Date is { } d ? DateOnly.FromDateTime(d) : OfficeTime.Date(now);
        await using var db = await factory.CreateDbContextAsync(actor);
        var signer = await SignerAsync(db, actor, input.SignerName, input.SignerPosition);
        var issued = Decision.IssueRevocation(input.Number, date, IssuerName, signer.Name, signer.Position, input.Reason,
            actor.UserName, now);
        if (!issued.IsSuccess)
        {
            return Result<int>.Failure(issued.Errors);
        }

        var decision = issued.Value;
        var awards = await db.Awards.Where(a => awardIds.Contains(a.Id)).ToListAsync();
        if (awards.Count != awardIds.Distinct().Count())
        {
            return Result<int>.Failure(AwardNotFound());
        }

        // The agency revokes what it awarded: the agency above the awards' units.
        var issuer = (await Organization.OrganizationScope.OfAsync(db, actor)).AgencyAbove(awards[0].UnitId);
        if (await DecisionNumbering.TakenAsync(db, decision, issuer))
        {
            return Result<int>.Failure(DecisionErrors.NumberTaken(decision.Number, decision.Year));
        }

        var names = await SubjectNames.LoadAsync(db, awards.Select(a => (a.PersonId, a.UnitId)));
        var errors = awards.Select(a => a.RevocationRefusal(decision.Date, names[(a.PersonId, a.UnitId)]))
            .OfType<DomainError>().ToList();
        if (errors.Count > 0)
        {
            return Result<int>.Failure(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        DecisionNumbering.Add(db, decision, issuer);
        if (!await TrySaveAsync(db))
        {
            return Result<int>.Failure(DecisionErrors.NumberTaken(decision.Number, decision.Year));
        }

        foreach (var award in awards)
        {
            award.Revoke(decision, names[(award.PersonId, award.UnitId)]);
        }

        await FlagDependentNominationsAsync(db, awards, decision);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        logger.LogInformation("{User} issued revocation decision {Number} ({Count} awards)", actor.UserName,
            decision.Number, awards.Count);
        return Result<int>.Success(decision.Id);
    }

    /// <summary>
    /// Undecided recommendations of later years for the same person or unit whose title reads earlier awards
    /// relied on what was just revoked: they are flagged and cannot be approved until evaluated again.
    /// </summary>
    private static async Task FlagDependentNominationsAsync(EmulationDbContext db, List<Award> revoked, Decision decision)
    {
        var people = revoked.Where(a => a.PersonId != null).Select(a => a.PersonId!.Value).Distinct().ToList();
        var units = revoked.Where(a => a.PersonId == null).Select(a => a.UnitId).Distinct().ToList();
        var candidates = await db.Nominations
            .Where(n => StreakTitles.Contains(n.Title) &&
                (n.Status == NominationStatus.Proposed || n.Status == NominationStatus.Passed) &&
                ((n.PersonId != null && people.Contains(n.PersonId.Value)) || (n.PersonId == null && units.Contains(n.UnitId))))
            .Join(db.Campaigns, n => n.CampaignId, c => c.Id, (n, c) => new { Nomination = n, c.Year })
            .ToListAsync();
        foreach (var candidate in candidates)
        {
            var basis = revoked.Where(a => a.PersonId == candidate.Nomination.PersonId &&
                (a.PersonId != null || a.UnitId == candidate.Nomination.UnitId) && a.Year < candidate.Year).ToList();
            if (basis.Count > 0)
            {
                candidate.Nomination.FlagRevokedBasis(string.Join(" ", basis.Select(a =>
                    $"{Wording.TitleName(Wording.Vietnamese, a.Title)} năm {a.Year} đã bị thu hồi theo Quyết định số {decision.Number}.")));
            }
        }
    }

    /// <summary>
    /// Saves the new campaign decision (false when its number was taken meanwhile) and adds under it one award per
    /// nomination, naming <paramref name="awardIssuer"/>, each with its verification code and the cash in force on its date.
    /// </summary>
    private static async Task<bool> SaveGrantingAsync(EmulationDbContext db, Decision decision, int? issuingUnit, Domain.Campaigns.Campaign campaign,
        IReadOnlyCollection<Nomination> nominations, CashRules cash, string awardIssuer)
    {
        var unitIds = nominations.Select(n => n.UnitId).Distinct().ToList();
        var unitNames = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.NameOn(decision.Date));
        DecisionNumbering.Add(db, decision, issuingUnit);
        if (!await TrySaveAsync(db))
        {
            return false;
        }

        foreach (var nomination in nominations)
        {
            var award = Award.Grant(nomination.PersonId, nomination.UnitId, unitNames[nomination.UnitId], campaign.Year,
                nomination.Title, campaign.AwardKind, decision.Number, decision.Date, awardIssuer, nomination.Id);
            award.IssueUnder(decision.Id, NewVerificationCode(), cash.AmountFor(nomination.Title, decision.Date));
            db.Awards.Add(award);
        }

        return true;
    }

    /// <summary>
    /// Saves the new decision; false when the unique number index refuses it (issued by someone else meanwhile). What it
    /// decides saved by someone else meanwhile (a version changed) is not a taken number: that lost race is thrown on.
    /// </summary>
    private static async Task<bool> TrySaveAsync(EmulationDbContext db)
    {
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException && ConcurrencyErrors.IsClash(e))
        {
            return false;
        }
    }

    private static async Task<(string Name, string Position)> SignerAsync(EmulationDbContext db, Actor actor,
        string? name, string? position)
    {
        var signerName = string.IsNullOrWhiteSpace(name)
            ? await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.FullName).FirstOrDefaultAsync()
            : name;
        return (string.IsNullOrWhiteSpace(signerName) ? actor.UserName : signerName.Trim(),
            string.IsNullOrWhiteSpace(position) ? DefaultSignerPosition : position.Trim());
    }

    /// <summary>16 random bytes as 22 URL-safe characters: 128 bits, not guessable.</summary>
    private static string NewVerificationCode() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static DecisionSummary Summary(Decision d, int count) =>
        new(d.Id, d.Kind, d.Number, d.Date, d.IssuerName, d.SignerName, d.SignerPosition, d.CampaignId, count);

    private async Task RecordIfRefusedAsync(Actor actor, string action, IReadOnlyList<DomainError> errors, RefusalScope scope)
    {
        if (errors.Count > 0)
        {
            await refusals.RecordAsync(actor, "decision", action, errors, scope);
        }
    }
}
