namespace Emulation.Domain.Rules;

/// <summary>
/// Where a rule set's decree writes the rules that cut across titles, cited in explanations: an evaluation under one
/// decree never cites another's article. The defaults are Decree 152/2025's.
/// </summary>
public sealed record PrincipleArticles
{
    /// <summary>Sudden and thematic awards are no basis for a merit award.</summary>
    public string NotBasisForMerit { get; init; } = LegalArticles.NotBasisForMerit;

    /// <summary>Deferral while discipline, inspection or a complaint is pending; achievements count from the end of discipline.</summary>
    public string Deferral { get; init; } = LegalArticles.Deferral;

    /// <summary>Maternity leave, work injury and state-sent training count as working time.</summary>
    public string WorkingTime { get; init; } = LegalArticles.Maternity;
}
