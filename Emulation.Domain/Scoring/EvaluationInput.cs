using Emulation.Domain.Campaigns;

namespace Emulation.Domain.Scoring;

/// <summary>Everything the engine needs to evaluate one campaign year; it holds no reference to storage.</summary>
public sealed record EvaluationInput(
    int Year,
    IReadOnlyList<Criterion> Criteria,
    IReadOnlyList<UnitInput> Units,
    IReadOnlyList<PersonInput> People);
