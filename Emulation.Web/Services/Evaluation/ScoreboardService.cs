using System.Globalization;
using Emulation.Domain.Common;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Web.Data;
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
/// The engine's full answer for the REST API: the evaluation the review dashboard reads (<see cref="EvaluationSnapshots"/>),
/// with the codes the API names units, blocs and people by.
/// </summary>
public sealed class ScoreboardService(IDbContextFactory<EmulationDbContext> factory, EvaluationSnapshots snapshots)
{
    /// <summary>
    /// Null when there is no such campaign: found out by one indexed read before anything is evaluated, so an id that
    /// names nothing neither loads a campaign's figures nor leaves a kept evaluation behind for every id tried.
    /// </summary>
    public async Task<Result<Scoreboard>?> EvaluateAsync(Actor actor, int campaignId)
    {
        actor.RequirePolicy(Policies.ReadEvaluation);
        await using var db = await factory.CreateDbContextAsync(actor);
        if (!await db.Campaigns.AnyAsync(c => c.Id == campaignId))
        {
            return null;
        }

        if (await snapshots.GetAsync(campaignId) is not { } loaded)
        {
            return null;
        }

        if (!loaded.IsSuccess)
        {
            return Result<Scoreboard>.Failure(loaded.Errors);
        }

        var s = loaded.Value;
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Code }).ToDictionaryAsync(u => u.Id, u => u.Code);
        var blocs = await db.Blocs.AsNoTracking().Where(b => b.CampaignId == s.Campaign.Id).Select(b => new { b.Id, b.Code }).ToDictionaryAsync(b => b.Id, b => b.Code ?? b.Id.ToString(CultureInfo.InvariantCulture));
        var personIds = s.Input.People.Select(p => p.PersonId).ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).Select(p => new { p.Id, p.Code })
            .ToDictionaryAsync(p => p.Id, p => p.Code ?? p.Id.ToString(CultureInfo.InvariantCulture));
        return Result<Scoreboard>.Success(new Scoreboard(s.Evaluation, s.Rules, units, blocs, people));
    }
}
