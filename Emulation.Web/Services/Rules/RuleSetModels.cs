using Emulation.Domain.Awards;
using Emulation.Domain.Rules;

namespace Emulation.Web.Services.Rules;

public sealed record RuleSetRow(string Id, int Version, string Name, string Jurisdiction, DateOnly EffectiveFrom,
    DateOnly? EffectiveTo, bool BuiltIn, string? CreatedBy, DateTimeOffset? CreatedAt, RuleSet Rules);

/// <summary>The settings an administrator changes when deriving a provincial rule set.</summary>
public sealed class ProvincialRuleSetInput
{
    public string BaseId { get; set; } = RuleSetCatalog.Decree152.Id;
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Jurisdiction { get; set; } = "";
    public string LegalBasis { get; set; } = "";
    public DateTime? EffectiveFrom { get; set; }

    /// <summary>Cap on Grassroots Emulation Fighters as a percentage of Advanced Workers; null for none.</summary>
    public decimal? FighterQuotaPercent { get; set; }

    public RoundingMode FighterQuotaRounding { get; set; } = RoundingMode.Down;

    /// <summary>Whether the CSTĐCS cap is counted over the whole agency, bloc by bloc, or unit by unit.</summary>
    public QuotaScope FighterQuotaScope { get; set; } = QuotaScope.Campaign;
    /// <summary>The cap on staff rated excellent (<see cref="ExcellentShareRule"/>), ordinary and exceptional, in percent.</summary>
    public decimal ExcellentCapPercent { get; set; } = 20m;

    public decimal ExcellentExceptionalCapPercent { get; set; } = 25m;
    public ExcellentShareBase ExcellentBase { get; set; } = ExcellentShareBase.GoodOrAbove;
    public RoundingMode ExcellentRounding { get; set; } = RoundingMode.Down;

    /// <summary>Whether the cap on excellent ratings is counted unit by unit or over the whole agency.</summary>
    public QuotaScope ExcellentScope { get; set; } = QuotaScope.PerUnit;
    public int QuorumNumerator { get; set; } = 2;
    public int QuorumDenominator { get; set; } = 3;
    public MeritInitiativeClause MeritInitiativeClause { get; set; } = MeritInitiativeClause.BindsBothBranches;

    /// <summary>Whether the council counts written ballots of absent members (<see cref="CouncilRules.WrittenBallotsOfAbsentMembers"/>); off by default.</summary>
    public bool WrittenBallotsOfAbsentMembers { get; set; }

    /// <summary>The collective titles' shares and thresholds (Art. 26–28, 74, 75); null keeps the base's.</summary>
    public CollectiveRules? Collectives { get; set; }

    /// <summary>The tie-break in favour of women (Decree 152/2025 Art. 4(6)) and its collective share; null keeps the base's.</summary>
    public RankingRules? Ranking { get; set; }

    /// <summary>The individual titles' streaks and counts of years (Art. 22, 44, 73–75); null keeps the base's.</summary>
    public IndividualRules? Individuals { get; set; }

    /// <summary>
    /// The council's vote threshold per title and the public consultation's working days per title; null keeps the base's.
    /// The quorum and written ballots are the fields above, applied on top.
    /// </summary>
    public CouncilRules? Council { get; set; }

    /// <summary>The cash multipliers per title, the base salaries by date and the rounding; null keeps the base's.</summary>
    public CashRules? Cash { get; set; }

    /// <summary>
    /// The form as the base rule set has it, so a new version changes only what the administrator changes: every edited
    /// setting is read from <paramref name="rules"/>, the identity and legal basis are left as typed.
    /// </summary>
    public void LoadSettingsOf(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var fighterQuota = rules.Quotas.FirstOrDefault(q => q.Title == Title.GrassrootsEmulationFighter);
        FighterQuotaPercent = fighterQuota?.CapPercent;
        FighterQuotaRounding = fighterQuota?.Rounding ?? RoundingMode.Down;
        FighterQuotaScope = fighterQuota?.Scope ?? QuotaScope.Campaign;
        ExcellentCapPercent = rules.ExcellentShare.CapPercent;
        ExcellentExceptionalCapPercent = rules.ExcellentShare.ExceptionalCapPercent;
        ExcellentBase = rules.ExcellentShare.Base;
        ExcellentRounding = rules.ExcellentShare.Rounding;
        ExcellentScope = rules.ExcellentShare.Scope;
        QuorumNumerator = rules.Council.Quorum.Numerator;
        QuorumDenominator = rules.Council.Quorum.Denominator;
        MeritInitiativeClause = rules.Individuals.MeritInitiativeClause;
        WrittenBallotsOfAbsentMembers = rules.Council.WrittenBallotsOfAbsentMembers;
        Collectives = rules.Collectives;
        Ranking = rules.Ranking;
        Individuals = rules.Individuals;
        Council = rules.Council;
        Cash = rules.Cash;
    }
}
