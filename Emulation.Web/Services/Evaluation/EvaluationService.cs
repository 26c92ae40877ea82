using System.Globalization;
using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Web.Data;
using Emulation.Web.Services.Rules;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Evaluation;

/// <summary>Runs the domain engine over a campaign and turns its recommendations into nominations.</summary>
public sealed class EvaluationService(IDbContextFactory<EmulationDbContext> factory, RuleSetService ruleSets)
{
    public async Task<EvaluationOutcome?> EvaluateAsync(Actor actor, int campaignId)
    {
        actor.RequirePolicy(Policies.ReadEvaluation);
        await using var db = await factory.CreateDbContextAsync(actor);
        var loaded = await EvaluationInputLoader.LoadAsync(db, campaignId);
        if (loaded is not { } found)
        {
            return null;
        }

        var (campaign, input) = found;
        var rules = await ruleSets.ForCampaignAsync(campaign);
        if (!rules.IsSuccess)
        {
            return new EvaluationOutcome(null, rules.Errors);
        }

        var evaluated = CampaignEvaluator.EvaluateValidUnits(input, rules.Value);
        if (!evaluated.IsSuccess)
        {
            return new EvaluationOutcome(null, evaluated.Errors);
        }

        var blocNames = await db.Blocs.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Name);
        var nominations = await db.Nominations.CountAsync(n => n.CampaignId == campaignId);
        return new EvaluationOutcome(ToView(campaign, input, rules.Value, evaluated.Value, blocNames, nominations), []);
    }

    /// <summary>Puts every recommended award to the council; existing nominations are left as they are.</summary>
    public async Task<Result<int>> NominateRecommendedAsync(Actor actor, int campaignId)
    {
        actor.RequirePolicy(Policies.ManageCampaigns);
        await using var db = await factory.CreateDbContextAsync(actor);
        var loaded = await EvaluationInputLoader.LoadAsync(db, campaignId);
        if (loaded is not { } found)
        {
            return Result<int>.Failure(new DomainError("campaign.not_found", "No such campaign."));
        }

        var (campaign, input) = found;
        if (campaign.Status != CampaignStatus.Review)
        {
            return Result<int>.Failure(CampaignErrors.WrongStatus(campaign.Status, CampaignStatus.Review));
        }

        var rules = await ruleSets.ForCampaignAsync(campaign);
        if (!rules.IsSuccess)
        {
            return Result<int>.Failure(rules.Errors);
        }

        var evaluated = CampaignEvaluator.EvaluateValidUnits(input, rules.Value);
        if (!evaluated.IsSuccess)
        {
            return Result<int>.Failure(evaluated.Errors);
        }

        var existing = (await db.Nominations.AsNoTracking().Where(n => n.CampaignId == campaignId)
            .Select(n => new { n.PersonId, n.UnitId, n.Title }).ToListAsync())
            .Select(n => (n.PersonId, n.UnitId, n.Title)).ToHashSet();
        var added = 0;
        foreach (var recommendation in evaluated.Value.Recommendations
                     .Where(r => r.Status == RecommendationStatus.Recommended)
                     .Where(r => !existing.Contains((r.PersonId, r.UnitId, r.Title))))
        {
            db.Nominations.Add(Nomination.Propose(campaignId, recommendation.PersonId, recommendation.UnitId,
                recommendation.Title, Truncate(recommendation.Explain("vi"), Nomination.ExplanationMaxLength),
                $"{recommendation.RuleSetId} v{recommendation.RuleSetVersion}"));
            added++;
        }

        await db.SaveChangesAsync();
        return Result<int>.Success(added);
    }

    private static EvaluationView ToView(Campaign campaign, EvaluationInput input, RuleSet rules,
        CampaignEvaluation evaluation, IReadOnlyDictionary<int, string> blocNames, int nominations)
    {
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var criterionNames = campaign.Criteria.ToDictionary(c => c.Code, c => c.Name);
        var scores = evaluation.UnitScores.ToDictionary(s => s.UnitId);
        var unitNames = input.Units.ToDictionary(u => u.UnitId, u => u.Name);

        var blocs = evaluation.Rankings
            .GroupBy(r => r.BlocId)
            .Select(bloc => new BlocStanding(bloc.Key,
                bloc.Key is { } id ? blocNames.GetValueOrDefault(id, "") : "",
                [.. bloc.OrderBy(r => r.Rank).Select(r =>
                {
                    var score = scores[r.UnitId];
                    return new UnitStanding(r.UnitId, score.UnitName, r.Rank, r.Total, score.HasMissing,
                        r.TieBreakNoteIn(culture),
                        [.. score.Lines.Select(l => new ScoreLineView(l.Code, criterionNames.GetValueOrDefault(l.Code, l.Code),
                            l.Value, l.Target, l.Points, l.MaxPoints, l.Status, l.Explain(culture)))]);
                })]))
            .ToList();

        var recommendations = evaluation.Recommendations.Select(r => new RecommendationView(r.PersonId, r.UnitId,
            r.SubjectName, unitNames.GetValueOrDefault(r.UnitId, ""), r.Title, r.Status, r.Explain(culture))).ToList();

        return new EvaluationView(campaign.Id, campaign.Name, campaign.Year, campaign.Status, rules.Id, rules.Version,
            rules.Name, blocs, recommendations, nominations)
        {
            SetAside = SetAsideView.Of(evaluation, input, campaign),
        };
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
