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
public sealed class CampaignSetupService(IDbContextFactory<EmulationDbContext> factory, PledgedTitleService pledgedTitles)
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

        var draft = Campaign.Draft(setup.Name, setup.Year, setup.Kind, code: setup.Code);
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
}
