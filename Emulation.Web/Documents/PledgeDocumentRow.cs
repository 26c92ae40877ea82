namespace Emulation.Web.Documents;

/// <summary>One line of the targets table: a criterion and the value the unit pledges (none yet in a draft).</summary>
public sealed record PledgeDocumentRow(int Number, string Criterion, string UnitOfMeasure, decimal? Target)
{
    public string TargetText => Target is { } target ? AdministrativeText.Number(target) : "";
}
