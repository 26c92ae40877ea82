namespace Emulation.Web.Data;

/// <summary>
/// One version of an administrator's rule set, stored whole as JSON. Rows are only ever added: a change is a new
/// version, so a decision taken under version N can always be explained by version N.
/// </summary>
public sealed class StoredRuleSet
{
    public const int IdMaxLength = 100;
    public const int JurisdictionMaxLength = 20;
    public const int NameMaxLength = 300;

    public int Key { get; init; }
    public required string RuleSetId { get; init; }
    public required int Version { get; init; }
    public required string Jurisdiction { get; init; }
    public required string Name { get; init; }
    public required DateOnly EffectiveFrom { get; init; }
    public DateOnly? EffectiveTo { get; init; }
    public required string Json { get; init; }
    public required string CreatedBy { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
}
