using Emulation.Domain.Awards;

namespace Emulation.Domain.Scoring;

/// <summary>
/// Rebuilds a title's conditions with their facts on demand. Decisions are taken without allocating facts;
/// the explanation is produced only when read, from the same code path and the same (final) state.
/// </summary>
internal interface IConditionSource
{
    Condition[] ConditionsFor(Title title);
}
