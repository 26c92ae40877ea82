using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Domain.LongService;
using Emulation.Domain.Rules;
using Emulation.Domain.Sudden;
using Emulation.Web.Data;
using Emulation.Web.Resources;
using Emulation.Web.Services.Organization;
using Emulation.Web.Services.Rules;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.LongService;

/// <summary>
/// Long-service and contribution awards (khen thưởng theo niên hạn, quá trình cống hiến): the union officer sees who meets
/// the conditions of the rule set in force, from the positions held (<see cref="LongServiceEligibility"/>), and proposes
/// them. A proposal takes the sudden-award path (<see cref="SuddenProposal.ProposeLongService"/>): the council when the
/// rule says so, then the leadership's decision, which records an award of kind <see cref="AwardKind.LongService"/>.
/// </summary>
public sealed class LongServiceService(
    IDbContextFactory<EmulationDbContext> factory,
    RuleSetService ruleSets,
    TimeProvider clock,
    Inbox.InboxService inbox,
    ILogger<LongServiceService> logger)
{
    /// <summary>Everyone who meets a long-service form today, each with the explanation, by unit and name.</summary>
    public async Task<LongServiceList> ListAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.ProposeLongService);
        var (rules, today) = await RulesAsync();
        await using var db = await factory.CreateDbContextAsync(actor);
        var assessments = LongServiceEligibility.Candidates(await HistoriesAsync(db, null), rules, today);
        var ids = assessments.Select(a => a.PersonId).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.FullName, p.Code, UnitName = db.Units.Where(u => u.Id == p.UnitId).Select(u => u.Name).First() })
            .ToDictionaryAsync(p => p.Id);
        var proposals = await db.SuddenProposals.AsNoTracking()
            .Where(p => p.Kind == AwardKind.LongService && p.PersonId != null && ids.Contains(p.PersonId.Value) &&
                p.Status != SuddenProposalStatus.Rejected)
            .Select(p => new { PersonId = p.PersonId!.Value, p.Title, p.Id }).ToListAsync();
        var rows = assessments.Select(a =>
            {
                var person = people[a.PersonId];
                var proposal = proposals.Where(p => p.PersonId == a.PersonId && p.Title == a.Explanation.Title)
                    .Select(p => (int?)p.Id).Max();
                return new LongServiceRow(a.PersonId, person.FullName, person.Code, person.UnitName, a.Retired,
                    a.Explanation, proposal) { Deceased = a.Deceased };
            })
            .OrderBy(r => r.UnitName, StringComparer.Ordinal).ThenBy(r => r.FullName, StringComparer.Ordinal).ToList();
        return new LongServiceList(today, rules.Id, rules.Version, rows);
    }

    /// <summary>
    /// The draft of the contribution in words for one listed person, in Vietnamese (the decision's language), for the
    /// officer to edit; null when the person is not listed for the form.
    /// </summary>
    public async Task<LongServiceRow?> FindAsync(Actor actor, int personId, Title title)
    {
        var list = await ListAsync(actor);
        return list.Rows.FirstOrDefault(r => r.PersonId == personId && r.Explanation.Title == title);
    }

    /// <summary>The explanation in Vietnamese sentences, the starting text of a proposal's achievement.</summary>
    public static string Draft(LongServiceRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Wording.LongService(Wording.Vietnamese, Wording.VietnameseCulture, row.Explanation);
    }

    /// <summary>
    /// Proposes a listed person for the form: the conditions are checked again now (never trusted from the page), a second
    /// open proposal for the same person and form is refused, and the proposal waits for the council or the leadership.
    /// </summary>
    public async Task<Result<int>> ProposeAsync(Actor actor, LongServiceProposalInput input)
    {
        actor.RequirePolicy(Policies.ProposeLongService);
        ArgumentNullException.ThrowIfNull(input);
        var (rules, today) = await RulesAsync();
        await using var db = await factory.CreateDbContextAsync(actor);
        var rule = rules.LongService.For(input.Title);
        var history = (await HistoriesAsync(db, input.PersonId)).SingleOrDefault();
        if (rule is null || history is null)
        {
            return Result<int>.Failure(SuddenProposalErrors.NotEligibleForLongService());
        }

        if (await db.SuddenProposals.AnyAsync(p => p.Kind == AwardKind.LongService && p.PersonId == input.PersonId &&
                p.Title == input.Title && p.Status != SuddenProposalStatus.Rejected))
        {
            return Result<int>.Failure(LongServiceErrors.AlreadyProposed());
        }

        var assessment = LongServiceEligibility.Assess(history, rule, rules, today);
        var proposed = SuddenProposal.ProposeLongService(assessment, input.Achievement, rule, rules.Granting,
            actor.UserName, clock.GetUtcNow());
        if (!proposed.IsSuccess)
        {
            return Result<int>.Failure(proposed.Errors);
        }

        db.SuddenProposals.Add(proposed.Value);
        // Someone who proposed the same person and form in the meantime holds the unique index: theirs stands.
        if (!(await ConcurrencyErrors.SaveAsync(db)).IsSuccess)
        {
            return Result<int>.Failure(LongServiceErrors.AlreadyProposed());
        }

        logger.LogInformation("{User} proposed long-service award {Id} ({Title})", actor.UserName, proposed.Value.Id, input.Title);
        await inbox.SuddenAwaitingAsync(proposed.Value.Id, actor.UserName);
        return Result<int>.Success(proposed.Value.Id);
    }

    /// <summary>
    /// The positions held and long-service awards of everyone on file in the actor's agency (<see cref="AgencyRecords"/>),
    /// or of one person of it.
    /// </summary>
    private static async Task<List<ServiceHistory>> HistoriesAsync(EmulationDbContext db, int? personId)
    {
        var people = await AgencyRecords.People(db).AsNoTracking()
            .Where(p => personId == null || p.Id == personId).ToListAsync();
        var ids = people.Select(p => p.Id).ToList();
        var awards = (await db.Awards.AsNoTracking()
                .Where(a => a.Kind == AwardKind.LongService && a.PersonId != null && a.RevokedByDecisionId == null &&
                    (personId == null || a.PersonId == personId))
                .Select(a => new { PersonId = a.PersonId!.Value, a.Title }).ToListAsync())
            .ToLookup(a => a.PersonId, a => a.Title);
        return [.. people.Select(p => ServiceHistory.Of(p, [.. awards[p.Id]]))];
    }

    private async Task<(RuleSet Rules, DateOnly Today)> RulesAsync()
    {
        var today = OfficeTime.Date(clock.GetUtcNow());
        var rules = await ruleSets.InForceOnAsync(today);
        return (rules.IsSuccess ? rules.Value : RuleSetCatalog.All[^1], today);
    }
}

public static class LongServiceErrors
{
    public static DomainError AlreadyProposed() =>
        new("long_service.already_proposed", "The person is already proposed for this long-service form.");
}
