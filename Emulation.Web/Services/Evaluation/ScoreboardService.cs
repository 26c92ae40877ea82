using Emulation.Domain.Common;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Web.Data;
using Emulation.Web.Services.Rules;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Evaluation;

/// <summary>A campaign scored by the engine, with the codes other systems know its units, blocs and people by.</summary>
public sealed record Scoreboard(
    CampaignEvaluation Evaluation,
    RuleSet Rules,
    IReadOnlyDictionary<int, string> UnitCodes,
    IReadOnlyDictionary<int, string> BlocCodes,
    IReadOnlyDictionary<int, string> PersonCodes);

/// <summary>
/// The engine's full answer for the REST API: the same loader, rule set and evaluator as <see cref="EvaluationService"/>,
/// but the domain results themselves (conditions with their facts) rather than text made for pages.
/// </summary>
public sealed class ScoreboardService(IDbContextFactory<EmulationDbContext> factory, RuleSetService ruleSets)
{
    /// <summary>Null when there is no such campaign.</summary>
    public async Task<Result<Scoreboard>?> EvaluateAsync(Actor actor, int campaignId)
    {
        actor.RequirePolicy(Policies.ReadEvaluation);
        await using var db = await factory.CreateDbContextAsync(actor);
        if (await EvaluationInputLoader.LoadAsync(db, campaignId) is not { } loaded)
        {
            return null;
        }

        var rules = await ruleSets.ForCampaignAsync(loaded.Campaign);
        if (!rules.IsSuccess)
        {
            return Result<Scoreboard>.Failure(rules.Errors);
        }

        var evaluated = CampaignEvaluator.EvaluateValidUnits(loaded.Input, rules.Value);
        if (!evaluated.IsSuccess)
        {
            return Result<Scoreboard>.Failure(evaluated.Errors);
        }

        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Code);
        var blocs = await db.Blocs.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Code ?? b.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var personIds = loaded.Input.People.Select(p => p.PersonId).ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Code ?? p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Result<Scoreboard>.Success(new Scoreboard(evaluated.Value, rules.Value, units, blocs, people));
    }
}
