using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Organization;
using Emulation.Domain.Pledges;
using Emulation.Web.Data;
using Emulation.Web.Services.Records;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Campaigns;

/// <summary>
/// Sets up a campaign in one step (the REST API) and keeps the titles units register for. Blocs belong to the
/// organisation, not to one campaign: a campaign's blocs create or rename blocs by code and move the listed
/// units into them.
/// </summary>
public sealed class CampaignSetupService(IDbContextFactory<EmulationDbContext> factory, PledgedTitleService pledgedTitles,
    TimeProvider clock)
{
    public static DomainError CodeTaken(string code) =>
        new("campaign.code_taken", $"Campaign code {code} is already used.", code);

    /// <summary>A person registers for one title a campaign.</summary>
    public static DomainError PersonRepeated(string code) =>
        new("pledge.person_repeated", $"Person {code} is listed more than once with different titles.", code);

    public async Task<Result<int>> CreateAsync(Actor actor, CampaignSetup setup)
    {
        actor.RequirePolicy(Policies.ManageCampaigns);
        await using var db = await factory.CreateDbContextAsync(actor);
        // Codes are one code whatever their case (CleanText.CodeComparer): "tđ-2026" is taken when "TĐ-2026" is.
        var upperCode = CleanText.Normalize(setup.Code).ToUpperInvariant();
        if (await db.Campaigns.AnyAsync(c => c.Code == setup.Code || c.Code!.ToUpper() == upperCode))
        {
            return Result<int>.Failure(CodeTaken(setup.Code));
        }

        var unitCodes = setup.Blocs.SelectMany(b => b.UnitCodes).ToList();
        var units = await db.Units.Where(u => unitCodes.Contains(u.Code)).ToDictionaryAsync(u => u.Code);
        var unknown = unitCodes.Where(c => !units.ContainsKey(c)).Select(c => RecordsService.NotFound("unit", c)).ToList();
        if (unknown.Count > 0)
        {
            return Result<int>.Failure(unknown);
        }

        var draft = Campaign.Draft(setup.Name, setup.Year, setup.Kind, setup.PledgeDeadline, setup.ResultsDeadline, code: setup.Code);
        if (!draft.IsSuccess)
        {
            return Result<int>.Failure(draft.Errors);
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

        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Campaigns.Add(draft.Value);
        var blocCodes = setup.Blocs.Select(b => b.Code).ToList();
        var blocs = await db.Blocs.Where(b => blocCodes.Contains(b.Code!)).ToDictionaryAsync(b => b.Code!);
        foreach (var bloc in setup.Blocs)
        {
            if (!blocs.TryGetValue(bloc.Code, out var existing))
            {
                existing = Bloc.Create(bloc.Name, bloc.Code);
                db.Blocs.Add(existing);
                blocs[bloc.Code] = existing;
            }
            else
            {
                existing.Rename(bloc.Name);
            }
        }

        await db.SaveChangesAsync();
        foreach (var bloc in setup.Blocs)
        {
            foreach (var code in bloc.UnitCodes)
            {
                units[code].AssignToBloc(blocs[bloc.Code].Id);
            }
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
        var ids = await db.People.Where(p => p.UnitId == unitId && codes.Contains(p.Code!))
            .ToDictionaryAsync(p => p.Code!, p => p.Id);
        var errors = codes.Where(c => !ids.ContainsKey(c)).Distinct().Select(PledgeErrors.PersonNotInUnit)
            .Concat(people.Distinct().GroupBy(p => p.PersonCode).Where(g => g.Count() > 1).Select(g => PersonRepeated(g.Key)))
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

    /// <summary>The blocs the campaign ranks in, each with its active units, and the active units in no bloc.</summary>
    public async Task<CampaignBlocs?> BlocsAsync(Actor actor, int campaignId)
    {
        actor.RequirePolicy(Policies.SignedInWithRole);
        await using var db = await factory.CreateDbContextAsync(actor);
        var status = await db.Campaigns.Where(c => c.Id == campaignId).Select(c => (CampaignStatus?)c.Status).SingleOrDefaultAsync();
        if (status is null)
        {
            return null;
        }

        var units = await db.Units.AsNoTracking().Where(u => u.ClosedOn == null && u.Kind != UnitKind.Agency)
            .OrderBy(u => u.Id).Select(u => new { u.Id, u.Name, u.BlocId }).ToListAsync();
        var blocs = await db.Blocs.AsNoTracking().OrderBy(b => b.Id).ToListAsync();
        return new CampaignBlocs(status.Value,
            [.. blocs.Select(b => new BlocView(b.Id, b.Name,
                [.. units.Where(u => u.BlocId == b.Id).Select(u => new BlocUnit(u.Id, u.Name))]))],
            [.. units.Where(u => u.BlocId is null).Select(u => new BlocUnit(u.Id, u.Name))]);
    }

    /// <summary>
    /// Adds, renames or removes a bloc, or moves a unit between blocs, for the campaign's ranking. Before launch it is
    /// free; once launched it follows the amendment rules (<see cref="Campaign.Amend"/>): a reason is required, the
    /// change is recorded in the campaign's history, and a closed campaign's blocs no longer change.
    /// </summary>
    public async Task<Result> ChangeBlocsAsync(Actor actor, int campaignId, BlocEdit edit, string? reason)
    {
        actor.RequirePolicy(Policies.ManageCampaigns);
        ArgumentNullException.ThrowIfNull(edit);
        await using var db = await factory.CreateDbContextAsync(actor);
        var campaign = await db.Campaigns.Include(c => c.Amendments).SingleOrDefaultAsync(c => c.Id == campaignId);
        if (campaign is null)
        {
            return Result.Failure(RecordsService.NotFound("campaign", campaignId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var applied = await ApplyAsync(db, edit);
        if (!applied.IsSuccess)
        {
            return Result.Failure(applied.Errors);
        }

        if (campaign.Status != CampaignStatus.Draft)
        {
            var amended = campaign.Amend(actor.UserName, clock.GetUtcNow(), reason ?? "", new ChangeBlocs(applied.Value));
            if (!amended.IsSuccess)
            {
                return amended;
            }
        }

        await db.SaveChangesAsync();
        return Result.Success();
    }

    /// <summary>Applies the edit to the tracked blocs and units; the description for the campaign's history.</summary>
    private static async Task<Result<string>> ApplyAsync(EmulationDbContext db, BlocEdit edit)
    {
        switch (edit)
        {
            case BlocEdit.Add add:
                if (CheckBlocName(add.Name) is { } badName)
                {
                    return Result<string>.Failure(badName);
                }

                if (await db.Blocs.AnyAsync(b => b.Name == add.Name.Trim()))
                {
                    return Result<string>.Failure(BlocNameTaken(add.Name.Trim()));
                }

                db.Blocs.Add(Bloc.Create(add.Name));
                return Result<string>.Success($"+ {add.Name.Trim()}");
            case BlocEdit.Rename rename:
                var renamed = await db.Blocs.SingleOrDefaultAsync(b => b.Id == rename.BlocId);
                if (renamed is null)
                {
                    return Result<string>.Failure(BlocNotFound(rename.BlocId));
                }

                if (CheckBlocName(rename.Name) is { } badNewName)
                {
                    return Result<string>.Failure(badNewName);
                }

                var before = renamed.Name;
                renamed.Rename(rename.Name);
                return Result<string>.Success($"{before} → {renamed.Name}");
            case BlocEdit.Remove remove:
                var removed = await db.Blocs.SingleOrDefaultAsync(b => b.Id == remove.BlocId);
                if (removed is null)
                {
                    return Result<string>.Failure(BlocNotFound(remove.BlocId));
                }

                // Its units stay, in no bloc, until moved; every unit that was ever in it keeps its own history.
                await db.Units.Where(u => u.BlocId == remove.BlocId).ForEachAsync(u => u.AssignToBloc(null));
                db.Blocs.Remove(removed);
                return Result<string>.Success($"- {removed.Name}");
            case BlocEdit.MoveUnit move:
                var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == move.UnitId && u.ClosedOn == null);
                if (unit is null)
                {
                    return Result<string>.Failure(RecordsService.NotFound("active unit", move.UnitId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }

                var target = move.BlocId is { } blocId ? await db.Blocs.SingleOrDefaultAsync(b => b.Id == blocId) : null;
                if (move.BlocId is { } missing && target is null)
                {
                    return Result<string>.Failure(BlocNotFound(missing));
                }

                unit.AssignToBloc(move.BlocId);
                return Result<string>.Success($"{unit.Code} → {target?.Name ?? "-"}");
            default:
                throw new ArgumentException($"Unsupported bloc edit {edit.GetType().Name}.", nameof(edit));
        }
    }

    private static DomainError? CheckBlocName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? Emulation.Domain.Organization.OrganizationErrors.NameRequired()
        : name.Trim().Length > Bloc.NameMaxLength ? Emulation.Web.Services.Organization.PeopleService.TooLong("name", Bloc.NameMaxLength)
        : CleanText.Refusal(name);
}
