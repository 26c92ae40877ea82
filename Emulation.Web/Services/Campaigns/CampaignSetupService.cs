using System.Linq.Expressions;
using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Organization;
using Emulation.Domain.Pledges;
using Emulation.Web.Data;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Organization;
using Emulation.Web.Services.Records;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Campaigns;

/// <summary>
/// Sets up a campaign in one step (the REST API), keeps the titles units register for, and the campaign's own blocs:
/// each campaign ranks its units in blocs of its own, edited by the union officer until launch and frozen after, so a
/// past year's ranking never changes.
/// </summary>
public sealed class CampaignSetupService(IDbContextFactory<EmulationDbContext> factory, PledgedTitleService pledgedTitles,
    SubmissionNotifier notifier)
{
    /// <summary>
    /// The units a campaign's blocs may hold, as the designer offers them: open, neither the agency itself nor a
    /// receiving board outside the organisation.
    /// </summary>
    private static readonly Expression<Func<Unit, bool>> Rankable = u =>
        u.ClosedOn == null && u.Kind != UnitKind.Agency && u.Kind != UnitKind.ReceivingBoard;

    /// <summary>A campaign code is its agency's: another agency may use the same one.</summary>
    public static DomainError CodeTaken(string code) =>
        new("campaign.code_taken", $"Campaign code {code} is already used.", code);

    /// <summary>
    /// A campaign belongs to one agency: an account bound to none, in a deployment of several, names it by the units of
    /// its blocs (all of one agency) or is bound to its agency first.
    /// </summary>
    public static DomainError AgencyUnknown() =>
        new("campaign.agency_unknown", "The campaign's agency cannot be told: bind the account to its agency, or name units of one agency in its blocs.");

    /// <summary>A person registers for one title a campaign.</summary>
    public static DomainError PersonRepeated(string code) =>
        new("pledge.person_repeated", $"Person {code} is listed more than once with different titles.", code);

    public async Task<Result<int>> CreateAsync(Actor actor, CampaignSetup setup)
    {
        actor.RequirePolicy(Policies.ManageCampaigns);
        await using var db = await factory.CreateDbContextAsync(actor);
        var unitCodes = setup.Blocs.SelectMany(b => b.UnitCodes).ToList();
        // An officer of one agency names only its units: another agency's are not found, as closed ones.
        var scope = await OrganizationScope.OfAsync(db, actor);
        var units = await scope.Units(db.Units).Where(Rankable).Where(StoredCodes.AnyOf<Unit>(unitCodes))
            .ToDictionaryAsync(u => u.Code, CleanText.CodeComparer);
        var unknown = unitCodes.Where(c => !units.ContainsKey(c)).Select(c => RecordsService.NotFound("active unit", c)).ToList();
        if (unknown.Count > 0)
        {
            return Result<int>.Failure(unknown);
        }

        if (!scope.TryAgencyOfNewCampaign(units.Values.Select(u => u.Id), out var agency))
        {
            return Result<int>.Failure(AgencyUnknown());
        }

        // Codes are one code whatever their case (StoredCodes): "tđ-2026" is taken when "TĐ-2026" is, in the same agency.
        // Another agency's campaigns are looked through, unfiltered, so that a code it took neither refuses this one nor
        // tells that it exists.
        if (await db.Campaigns.IgnoreQueryFilters().Where(c => c.AgencyId == agency).AnyAsync(StoredCodes.Same<Campaign>(setup.Code)))
        {
            return Result<int>.Failure(CodeTaken(setup.Code));
        }

        var draft = Campaign.Draft(setup.Name, setup.Year, setup.Kind, setup.PledgeDeadline, setup.ResultsDeadline, code: setup.Code);
        if (!draft.IsSuccess)
        {
            return Result<int>.Failure(draft.Errors);
        }

        if ((setup.StartsOn ?? setup.EndsOn) is not null && draft.Value.SetPeriod(setup.StartsOn, setup.EndsOn) is { IsSuccess: false } period)
        {
            return Result<int>.Failure(period.Errors);
        }

        var table = draft.Value.ReplaceCriteria(setup.Criteria);
        if (!table.IsSuccess)
        {
            return Result<int>.Failure(table.Errors);
        }

        var offered = setup.Titles.Select(t => draft.Value.OfferTitle(t.Title, t.QuotaPercent)).SelectMany(r => r.Errors).ToList();
        if (offered.Count > 0)
        {
            return Result<int>.Failure(offered);
        }

        if (StoredNumbers.CampaignRefusals(draft.Value) is { Count: > 0 } tooLong)
        {
            return Result<int>.Failure(tooLong);
        }

        if (agency is { } owner)
        {
            draft.Value.BelongTo(owner);
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Campaigns.Add(draft.Value);
        // Another officer may have created the same code since it was checked: the unique key refuses it.
        if (await ConcurrencyErrors.SaveAsync(db) is { IsSuccess: false } lost)
        {
            return Result<int>.Failure(lost.Errors);
        }

        if (setup.Blocs.Count == 0)
        {
            await BlocsOfCampaigns.FromPreviousAsync(db, draft.Value);
        }
        else
        {
            var blocs = setup.Blocs.ToDictionary(b => b.Code, b => Bloc.Create(draft.Value.Id, b.Name, b.Code));
            db.Blocs.AddRange(blocs.Values);
            await db.SaveChangesAsync();
            db.BlocMembers.AddRange(setup.Blocs.SelectMany(b => b.UnitCodes.Distinct()
                .Select(code => BlocMember.Create(draft.Value.Id, blocs[b.Code].Id, units[code].Id))));
        }

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return Result<int>.Success(draft.Value.Id);
    }

    /// <summary>
    /// The people a pledge names by code, as ids of the unit's people with the title aimed for; refuses a code that is
    /// not the unit's and a person named twice.
    /// </summary>
    public async Task<Result<IReadOnlyDictionary<int, Title>>> ResolvePledgedPeopleAsync(Actor actor, int unitId,
        IReadOnlyList<PledgedPerson> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        actor.RequireEditUnit(unitId);
        await using var db = await factory.CreateDbContextAsync(actor);
        var codes = people.Select(p => p.PersonCode).ToList();
        // Codes match in any case (StoredCodes): "nv-01" names NV-01.
        var ids = await db.People.Where(p => p.UnitId == unitId).Where(StoredCodes.AnyOf<Person>(codes))
            .Select(p => new { p.Id, p.Code }).ToDictionaryAsync(p => p.Code!, p => p.Id, CleanText.CodeComparer);
        var errors = codes.Where(c => !ids.ContainsKey(c)).Distinct(CleanText.CodeComparer).Select(PledgeErrors.PersonNotInUnit)
            .Concat(people.Distinct().GroupBy(p => p.PersonCode, CleanText.CodeComparer).Where(g => g.Count() > 1).Select(g => PersonRepeated(g.Key)))
            .ToList();
        return errors.Count > 0
            ? Result<IReadOnlyDictionary<int, Title>>.Failure(errors)
            : Result<IReadOnlyDictionary<int, Title>>.Success(people.Distinct().ToDictionary(p => ids[p.PersonCode], p => p.Title));
    }

    /// <summary>
    /// Replaces the titles the unit registers for, for itself and for its people named by code: the codes are
    /// resolved here, then <see cref="PledgedTitleService.SaveAsync"/> checks and writes them as the pledge tab does.
    /// </summary>
    public async Task<Result> SavePledgedTitlesAsync(Actor actor, int campaignId, int unitId, IReadOnlyList<Title> titles,
        IReadOnlyList<PledgedPerson> people)
    {
        var resolved = await ResolvePledgedPeopleAsync(actor, unitId, people);
        return resolved.IsSuccess
            ? await pledgedTitles.SaveAsync(actor, campaignId, unitId, titles, resolved.Value)
            : Result.Failure(resolved.Errors);
    }

    public static DomainError BlocNotFound(int blocId) =>
        new("campaign.bloc_not_found", $"There is no bloc {blocId}.", blocId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static DomainError BlocNameTaken(string name) => new("campaign.bloc_name_taken", $"There is already a bloc named {name}.", name);

    /// <summary>Once launched, the campaign ranks in the blocs it was launched with (a merger alone moves a unit).</summary>
    public static DomainError BlocsFrozen(CampaignStatus status) =>
        new("campaign.blocs_frozen", $"The blocs of a campaign in status {status} can no longer change.", status.ToString());

    /// <summary>The campaign's blocs, each with its active units, and the organisation's active units in none of them.</summary>
    public async Task<CampaignBlocs?> BlocsAsync(Actor actor, int campaignId)
    {
        actor.RequirePolicy(Policies.SignedInWithRole);
        await using var db = await factory.CreateDbContextAsync(actor);
        var campaign = await db.Campaigns.Where(c => c.Id == campaignId).Select(c => new { c.Status, c.AgencyId }).SingleOrDefaultAsync();
        if (campaign is null)
        {
            return null;
        }

        var status = campaign.Status;
        var members = await db.BlocMembers.AsNoTracking().Where(m => m.CampaignId == campaignId)
            .ToDictionaryAsync(m => m.UnitId, m => m.BlocId);
        // A closed campaign shows the units it ranked, closed since or not; an open one the organisation as it is.
        var ranked = status == CampaignStatus.Closed ? members.Keys.ToList() : [];
        var units = await (await OrganizationScope.UnitsOfAgencyAsync(db, campaign.AgencyId)).AsNoTracking()
            .Where(u => u.Kind != UnitKind.Agency && u.Kind != UnitKind.ReceivingBoard && (u.ClosedOn == null || ranked.Contains(u.Id)))
            .OrderBy(u => u.Id).Select(u => new BlocUnit(u.Id, u.Name)).ToListAsync();
        var blocs = await db.Blocs.AsNoTracking().Where(b => b.CampaignId == campaignId).OrderBy(b => b.Id).ToListAsync();
        return new CampaignBlocs(status,
            [.. blocs.Select(b => new BlocView(b.Id, b.Name, [.. units.Where(u => members.GetValueOrDefault(u.Id) == b.Id)]))],
            [.. units.Where(u => !members.ContainsKey(u.Id))]);
    }

    /// <summary>
    /// Adds, renames or removes one of the campaign's blocs, or moves a unit between them. Only the union officer, and only
    /// while the campaign is a draft: after launch units have pledged against the others of their bloc.
    /// </summary>
    public async Task<Result> ChangeBlocsAsync(Actor actor, int campaignId, BlocEdit edit)
    {
        actor.RequirePolicy(Policies.ManageCampaigns);
        ArgumentNullException.ThrowIfNull(edit);
        await using var db = await factory.CreateDbContextAsync(actor);
        var campaign = await db.Campaigns.Where(c => c.Id == campaignId).Select(c => new { c.Status, c.AgencyId }).SingleOrDefaultAsync();
        if (campaign is null)
        {
            return Result.Failure(RecordsService.NotFound("campaign", campaignId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (campaign.Status != CampaignStatus.Draft)
        {
            return Result.Failure(BlocsFrozen(campaign.Status));
        }

        // Only the campaign's agency's units rank in its blocs.
        var units = await OrganizationScope.UnitsOfAgencyAsync(db, campaign.AgencyId);
        var applied = await ApplyAsync(db, campaignId, units, edit);
        if (!applied.IsSuccess)
        {
            return applied;
        }

        // Another officer's change to the same blocs (a code or a unit's place, both unique) saved first.
        if (await ConcurrencyErrors.SaveAsync(db) is { IsSuccess: false } lost)
        {
            return lost;
        }

        await notifier.CampaignsChangedAsync([campaignId]);
        return applied;
    }

    /// <summary>Applies the edit to the campaign's tracked blocs and members.</summary>
    private static async Task<Result> ApplyAsync(EmulationDbContext db, int campaignId, IQueryable<Unit> units, BlocEdit edit)
    {
        var blocs = db.Blocs.Where(b => b.CampaignId == campaignId);
        switch (edit)
        {
            case BlocEdit.Add add:
                if (CheckBlocName(add.Name) is { } badName)
                {
                    return Result.Failure(badName);
                }

                if (await blocs.AnyAsync(b => b.Name == add.Name.Trim()))
                {
                    return Result.Failure(BlocNameTaken(add.Name.Trim()));
                }

                db.Blocs.Add(Bloc.Create(campaignId, add.Name));
                return Result.Success();
            case BlocEdit.Rename rename:
                var renamed = await blocs.SingleOrDefaultAsync(b => b.Id == rename.BlocId);
                if (renamed is null)
                {
                    return Result.Failure(BlocNotFound(rename.BlocId));
                }

                if (CheckBlocName(rename.Name) is { } badNewName)
                {
                    return Result.Failure(badNewName);
                }

                if (await blocs.AnyAsync(b => b.Id != rename.BlocId && b.Name == rename.Name.Trim()))
                {
                    return Result.Failure(BlocNameTaken(rename.Name.Trim()));
                }

                renamed.Rename(rename.Name);
                return Result.Success();
            case BlocEdit.Remove remove:
                var removed = await blocs.SingleOrDefaultAsync(b => b.Id == remove.BlocId);
                if (removed is null)
                {
                    return Result.Failure(BlocNotFound(remove.BlocId));
                }

                // Its units stay in the campaign's organisation, in no bloc, until moved (the members go with the bloc).
                db.BlocMembers.RemoveRange(await db.BlocMembers.Where(m => m.BlocId == remove.BlocId).ToListAsync());
                db.Blocs.Remove(removed);
                return Result.Success();
            case BlocEdit.MoveUnit move:
                if (!await units.Where(Rankable).AnyAsync(u => u.Id == move.UnitId))
                {
                    return Result.Failure(RecordsService.NotFound("active unit", move.UnitId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }

                if (move.BlocId is { } missing && !await blocs.AnyAsync(b => b.Id == missing))
                {
                    return Result.Failure(BlocNotFound(missing));
                }

                var member = await db.BlocMembers.SingleOrDefaultAsync(m => m.CampaignId == campaignId && m.UnitId == move.UnitId);
                switch (member, move.BlocId)
                {
                    case (null, { } into):
                        db.BlocMembers.Add(BlocMember.Create(campaignId, into, move.UnitId));
                        break;
                    case ({ } existing, { } into):
                        existing.MoveTo(into);
                        break;
                    case ({ } existing, null):
                        db.BlocMembers.Remove(existing);
                        break;
                }

                return Result.Success();
            default:
                throw new ArgumentException($"Unsupported bloc edit {edit.GetType().Name}.", nameof(edit));
        }
    }

    private static DomainError? CheckBlocName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? Emulation.Domain.Organization.OrganizationErrors.NameRequired()
        : name.Trim().Length > Bloc.NameMaxLength ? Emulation.Web.Services.Organization.PeopleService.TooLong("name", Bloc.NameMaxLength)
        : CleanText.Refusal(name);
}
