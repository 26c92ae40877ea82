using Emulation.Domain.Awards;

namespace Emulation.Domain.Scoring;

/// <summary>
/// Who a recommendation is about (a person, or a unit for collective titles), shared by all of its titles.
/// Rebuilds a title's conditions with their facts on demand: decisions are taken without allocating facts, and
/// the explanation is produced only when read, from the same code path and the same (final) state.
/// </summary>
internal abstract class RecommendationSubject(int? personId, int unitId, string name)
{
    /// <summary>The person, or null for a unit.</summary>
    public int? PersonId { get; } = personId;

    public int UnitId { get; } = unitId;
    public string Name { get; } = name;

    public abstract Condition[] ConditionsFor(Title title);
}
