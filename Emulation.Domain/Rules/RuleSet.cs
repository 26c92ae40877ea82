namespace Emulation.Domain.Rules;

/// <summary>
/// A versioned set of rules in force for a period and jurisdiction: pure data, edited by an administrator and
/// serialised by the web layer. Every recommendation names the <see cref="Id"/> and <see cref="Version"/> that produced it.
/// </summary>
public sealed record RuleSet
{
    public const string National = "VN";

    public required string Id { get; init; }
    public required int Version { get; init; }
    public required string Name { get; init; }

    /// <summary>"VN" for national rules, or a province code.</summary>
    public string Jurisdiction { get; init; } = National;

    public required DateOnly EffectiveFrom { get; init; }
    public DateOnly? EffectiveTo { get; init; }
    public required string LegalBasis { get; init; }

    /// <summary>Settings that the domain notes mark as unconfirmed, in words, so the UI can warn.</summary>
    public IReadOnlyList<string> UnconfirmedSettings { get; init; } = [];

    public IndividualRules Individuals { get; init; } = new();
    public CollectiveRules Collectives { get; init; } = new();
    public RankingRules Ranking { get; init; } = new();
    public CouncilRules Council { get; init; } = new();
    public CashRules Cash { get; init; } = new();
    public IReadOnlyList<QuotaRule> Quotas { get; init; } = [];

    /// <summary>The cap on staff rated "Hoàn thành xuất sắc nhiệm vụ" (Decree 90/2020 as amended, 366-QĐ/TW); a set stored before it existed reads the default.</summary>
    public ExcellentShareRule ExcellentShare { get; init; } = new();

    /// <summary>Who decides each title and who proposes it (Law 06/2022 Art. 78–80).</summary>
    public GrantingRules Granting { get; init; } = new();

    /// <summary>The forms given on the spot for sudden achievements, who proposes them, and whether the council reviews them.</summary>
    public SuddenAwardRules Sudden { get; init; } = new();

    /// <summary>The long-service and contribution forms: the positions and terms that count, and the article.</summary>
    public LongServiceRules LongService { get; init; } = new();

    /// <summary>The year's closing deadlines of provincial practice (ratings, dossiers); a set stored before it existed reads the default.</summary>
    public YearEndDeadlines YearEnd { get; init; } = new();

    /// <summary>The articles of the rules that cut across titles (deferral, working time, sudden awards), as this set's decree writes them.</summary>
    public PrincipleArticles Articles { get; init; } = new();

    public bool IsInForceOn(DateOnly date) => EffectiveFrom <= date && (EffectiveTo is null || date <= EffectiveTo);

    /// <summary>A copy for a province (or sector), with its own id and version; adjust settings with <c>with</c>.</summary>
    public RuleSet DeriveFor(string jurisdiction, string id, int version, string name, string legalBasis,
        DateOnly? effectiveFrom = null, DateOnly? effectiveTo = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jurisdiction);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return this with
        {
            Jurisdiction = jurisdiction.Trim(),
            Id = id.Trim(),
            Version = version,
            Name = name,
            LegalBasis = $"{LegalBasis}; {legalBasis}",
            EffectiveFrom = effectiveFrom ?? EffectiveFrom,
            EffectiveTo = effectiveTo ?? EffectiveTo,
        };
    }
}
