namespace Emulation.Domain.Scoring;

/// <summary>
/// What a unit's ranking lacks: its results are not submitted (nothing of them counts yet), or the criteria
/// (<see cref="CriterionCodes"/>, in the table's order) that have no value. Worded where it is shown.
/// </summary>
public sealed record MissingFigures(bool ResultsNotSubmitted, IReadOnlyList<string> CriterionCodes);
