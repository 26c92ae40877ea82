using System.Collections.Concurrent;
using System.Text.Json;
using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Web.Data;
using Emulation.Web.Services.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Rules;

/// <summary>
/// The national rule sets shipped in <see cref="RuleSetCatalog"/> plus administrators' provincial variants, stored
/// append-only. Evaluations use the set in force for the campaign's year and the agency's jurisdiction.
/// </summary>
public sealed class RuleSetService(IDbContextFactory<EmulationDbContext> factory, TimeProvider clock, IConfiguration configuration,
    Submissions.SubmissionNotifier notifier)
{
    public static DomainError UnknownBase(string id) => new("ruleset.unknown_base", $"There is no rule set '{id}' to derive from.", id);

    public static DomainError IdTakenByCatalog(string id) =>
        new("ruleset.id_reserved", $"'{id}' is a built-in rule set and cannot be changed; choose another id.", id);

    public static DomainError Required(string field) => new("ruleset.required", $"{field} is required.", field);

    public static DomainError TooLong(string field, int max) =>
        new("ruleset.too_long", $"{field} is longer than {max} characters.", field) { Facts = DomainError.FactsOf(("max", max)) };

    /// <summary>The legal basis a provincial variant adds to its base's: a decision's number and name, or a few.</summary>
    public const int LegalBasisMaxLength = 500;

    /// <summary>
    /// Each stored version as read once: a version is appended and never changed (<see cref="SaveProvincialAsync"/>
    /// makes a new one; the pair is unique in the database), and a <see cref="RuleSet"/> is immutable, so every
    /// evaluation need not deserialize every stored rule set again.
    /// </summary>
    private readonly ConcurrentDictionary<(string Id, int Version), RuleSet> _read = new();

    /// <summary>The agency's jurisdiction (a province code), or the national rules when none is configured.</summary>
    public string Jurisdiction => configuration["Emulation:Jurisdiction"] ?? RuleSet.National;

    public async Task<IReadOnlyList<RuleSetRow>> ListAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.SeeAllUnits);
        await using var db = await factory.CreateDbContextAsync(actor);
        var stored = await db.RuleSets.AsNoTracking().ToListAsync();
        return
        [
            .. RuleSetCatalog.All.Select(r => new RuleSetRow(r.Id, r.Version, r.Name, r.Jurisdiction, r.EffectiveFrom,
                r.EffectiveTo, BuiltIn: true, null, null, r)),
            .. stored.OrderBy(s => s.RuleSetId, StringComparer.Ordinal).ThenByDescending(s => s.Version)
                .Select(s => new RuleSetRow(s.RuleSetId, s.Version, s.Name, s.Jurisdiction, s.EffectiveFrom, s.EffectiveTo,
                    BuiltIn: false, s.CreatedBy, s.CreatedAt, Read(s))),
        ];
    }

    /// <summary>The rule set in force on 31 December of <paramref name="year"/>: the province's own first, else national.</summary>
    /// <remarks>Internal and without an <see cref="Actor"/>: only other services call it, after checking theirs.</remarks>
    internal async Task<Result<RuleSet>> InForceForYearAsync(int year)
    {
        await using var db = await factory.CreateDbContextAsync();
        var stored = (await db.RuleSets.AsNoTracking().ToListAsync()).Select(Read);
        var rules = RuleSetCatalog.InForce([.. RuleSetCatalog.All, .. stored], new DateOnly(year, 12, 31), Jurisdiction);
        return rules.IsSuccess ? rules : Result<RuleSet>.Failure(RuleSetErrors.NoneForYear(year, Jurisdiction));
    }

    /// <summary>
    /// The rule set a campaign is evaluated under: the one in force for its year, with the campaign's offered-title quotas
    /// applied (<see cref="CampaignQuotas.Apply"/>). Every evaluation of a campaign reads its rules here.
    /// </summary>
    internal async Task<Result<RuleSet>> ForCampaignAsync(Campaign campaign)
    {
        var rules = await InForceForYearAsync(campaign.Year);
        return rules.IsSuccess
            ? Result<RuleSet>.Success(CampaignQuotas.Apply(rules.Value, campaign.OfferedTitles, campaign.Name))
            : rules;
    }

    /// <summary>The rule set in force on <paramref name="date"/> (e.g. a decision date, for cash): the province's own first.</summary>
    internal async Task<Result<RuleSet>> InForceOnAsync(DateOnly date)
    {
        await using var db = await factory.CreateDbContextAsync();
        var stored = (await db.RuleSets.AsNoTracking().ToListAsync()).Select(Read);
        return RuleSetCatalog.InForce([.. RuleSetCatalog.All, .. stored], date, Jurisdiction);
    }

    /// <summary>
    /// Who decides each title under the rule set in force on <paramref name="date"/>; the law's own split (the head of the
    /// agency grants only what Law Art. 78–80 give it) when no rule set is.
    /// </summary>
    internal async Task<GrantingRules> GrantingOnAsync(DateOnly date)
    {
        var rules = await InForceOnAsync(date);
        return rules.IsSuccess ? rules.Value.Granting : new GrantingRules();
    }

    /// <summary>Saves a provincial variant as a new version; earlier versions stay as they were.</summary>
    public async Task<Result<RuleSetRow>> SaveProvincialAsync(Actor actor, ProvincialRuleSetInput input)
    {
        actor.RequirePolicy(Policies.Administer);
        var missing = new[] { (input.Id, "Id"), (input.Name, "Name"), (input.Jurisdiction, "Jurisdiction") }
            .Where(f => string.IsNullOrWhiteSpace(f.Item1)).Select(f => Required(f.Item2)).ToList();
        if (missing.Count > 0)
        {
            return Result<RuleSetRow>.Failure(missing);
        }

        if (Refusals(input) is { Count: > 0 } refused)
        {
            return Result<RuleSetRow>.Failure(refused);
        }

        var id = input.Id.Trim();
        if (RuleSetCatalog.All.Any(r => r.Id == id))
        {
            return Result<RuleSetRow>.Failure(IdTakenByCatalog(id));
        }

        await using var db = await factory.CreateDbContextAsync(actor);
        var stored = await db.RuleSets.AsNoTracking().ToListAsync();
        var baseRules = RuleSetCatalog.All.FirstOrDefault(r => r.Id == input.BaseId)
            ?? stored.Where(s => s.RuleSetId == input.BaseId).OrderByDescending(s => s.Version)
                .Select(Read).FirstOrDefault();
        if (baseRules is null)
        {
            return Result<RuleSetRow>.Failure(UnknownBase(input.BaseId));
        }

        var version = stored.Where(s => s.RuleSetId == id).Select(s => s.Version).DefaultIfEmpty(0).Max() + 1;
        var derived = Apply(input, baseRules.DeriveFor(input.Jurisdiction.Trim(), id, version, input.Name.Trim(),
            input.LegalBasis.Trim(), input.EffectiveFrom is { } from ? DateOnly.FromDateTime(from) : null));
        var errors = RuleSetValidator.Validate(derived);
        if (errors.Count > 0)
        {
            return Result<RuleSetRow>.Failure(errors);
        }

        var row = new StoredRuleSet
        {
            RuleSetId = derived.Id,
            Version = derived.Version,
            Jurisdiction = derived.Jurisdiction,
            Name = derived.Name,
            EffectiveFrom = derived.EffectiveFrom,
            EffectiveTo = derived.EffectiveTo,
            Json = JsonSerializer.Serialize(derived),
            CreatedBy = actor.UserName,
            CreatedAt = clock.GetUtcNow(),
        };
        db.RuleSets.Add(row);
        // Another administrator saving a version of the same id at once takes its number first (a unique key).
        if (await ConcurrencyErrors.SaveAsync(db) is { IsSuccess: false } clash)
        {
            return Result<RuleSetRow>.Failure(clash.Errors);
        }

        // A new version may be the one in force for any campaign.
        await notifier.EveryCampaignChangedAsync(factory);

        return Result<RuleSetRow>.Success(new RuleSetRow(row.RuleSetId, row.Version, row.Name, row.Jurisdiction,
            row.EffectiveFrom, row.EffectiveTo, false, row.CreatedBy, row.CreatedAt, derived));
    }

    /// <summary>
    /// What is refused before anything is read: text that is not clean or longer than its column, and a percent with
    /// more digits than a quota keeps (two decimals), which the rule set's explanations would show rounded.
    /// </summary>
    private static List<DomainError> Refusals(ProvincialRuleSetInput input)
    {
        var errors = new List<DomainError>();
        (string? Text, string Field, int Max)[] texts =
        [
            (input.Id, nameof(input.Id), StoredRuleSet.IdMaxLength),
            (input.Name, nameof(input.Name), StoredRuleSet.NameMaxLength),
            (input.Jurisdiction, nameof(input.Jurisdiction), StoredRuleSet.JurisdictionMaxLength),
            (input.LegalBasis, nameof(input.LegalBasis), LegalBasisMaxLength),
            (input.Individuals?.CommendationAdvancedWorkerArticle, "Individuals.CommendationAdvancedWorkerArticle", LegalBasisMaxLength),
            .. (input.Cash?.BaseSalaries ?? []).Select(b => ((string?)b.Source, "Cash.BaseSalaries.Source", LegalBasisMaxLength)),
        ];
        foreach (var (text, field, max) in texts)
        {
            if (CleanText.Refusal(text) is { } unclean)
            {
                errors.Add(unclean);
            }
            else if (text is not null && CleanText.Normalize(text).Length > max)
            {
                errors.Add(TooLong(field, max));
            }
        }

        (decimal? Percent, string Field)[] percents =
        [
            (input.FighterQuotaPercent, nameof(input.FighterQuotaPercent)),
            (input.ExcellentCapPercent, nameof(input.ExcellentCapPercent)),
            (input.ExcellentExceptionalCapPercent, nameof(input.ExcellentExceptionalCapPercent)),
            (input.Collectives?.AdvancedMinScorePercent, "Collectives.AdvancedMinScorePercent"),
            (input.Collectives?.ExcellentMinScorePercent, "Collectives.ExcellentMinScorePercent"),
            (input.Collectives?.CommendationMinScorePercent, "Collectives.CommendationMinScorePercent"),
        ];
        errors.AddRange(percents.Where(p => p.Percent is { } percent && !StoredNumbers.FitsPercent(percent))
            .Select(p => StoredNumbers.TooManyDigits(p.Field, DecimalLimits.PercentPrecision, DecimalLimits.PercentScale)));
        return errors;
    }

    private static RuleSet Apply(ProvincialRuleSetInput input, RuleSet rules) => rules with
    {
        Individuals = (input.Individuals ?? rules.Individuals) with { MeritInitiativeClause = input.MeritInitiativeClause },
        Cash = input.Cash is { } cash ? Cited(cash, input.LegalBasis.Trim()) : rules.Cash,
        Collectives = input.Collectives ?? rules.Collectives,
        Ranking = input.Ranking ?? rules.Ranking,
        ExcellentShare = rules.ExcellentShare with
        {
            CapPercent = input.ExcellentCapPercent,
            ExceptionalCapPercent = input.ExcellentExceptionalCapPercent,
            Base = input.ExcellentBase,
            Rounding = input.ExcellentRounding,
            Scope = input.ExcellentScope,
        },
        Council = (input.Council ?? rules.Council) with
        {
            Quorum = new Fraction(input.QuorumNumerator, input.QuorumDenominator),
            WrittenBallotsOfAbsentMembers = input.WrittenBallotsOfAbsentMembers,
        },
        Quotas =
        [
            .. rules.Quotas.Where(q => q.Title != Title.GrassrootsEmulationFighter),
            .. input.FighterQuotaPercent is { } cap
                ? [new QuotaRule
                {
                    Title = Title.GrassrootsEmulationFighter,
                    CapPercent = cap,
                    Base = QuotaBase.AdvancedWorkers,
                    Rounding = input.FighterQuotaRounding,
                    Scope = input.FighterQuotaScope,
                    Source = input.LegalBasis.Trim(),
                }]
                : Array.Empty<QuotaRule>(),
        ],
    };

    /// <summary>
    /// The province's cash rules with its decision cited where the editor left a multiplier or a base salary without a source
    /// (a multiplier it changed, a base salary it added), so every amount still names where its figures come from.
    /// </summary>
    private static CashRules Cited(CashRules cash, string legalBasis) => cash with
    {
        Multipliers = [.. cash.Multipliers.Select(m => string.IsNullOrWhiteSpace(m.Article) ? m with { Article = legalBasis } : m)],
        BaseSalaries = [.. cash.BaseSalaries.Select(b => string.IsNullOrWhiteSpace(b.Source) ? b with { Source = legalBasis } : b)],
    };

    private RuleSet Read(StoredRuleSet stored) =>
        _read.GetOrAdd((stored.RuleSetId, stored.Version), static (_, json) => Deserialize(json), stored.Json);

    private static RuleSet Deserialize(string json) =>
        JsonSerializer.Deserialize<RuleSet>(json) ?? throw new InvalidOperationException("A stored rule set is empty.");
}
