using Emulation.Domain.Awards;
using Emulation.Domain.Organization;

namespace Emulation.Web.Services.Organization;

/// <summary>A unit as the organisation page lists it; <see cref="Staff"/> counts the people on its staff now.</summary>
public sealed record UnitRow(int Id, string Code, string Name, UnitKind Kind, string? BlocName, DateOnly? ClosedOn,
    int Staff, IReadOnlyList<string> FormerNames, IReadOnlyList<string> Predecessors, string? ParentCode = null)
{
    /// <summary>The unit's concurrency version as listed: a change made from this row hands it back.</summary>
    public Guid Version { get; init; }
}

public sealed record NewUnit(string Code, string Name);

/// <summary>An award in a unit's history, under the name the unit had on the decision date.</summary>
public sealed record UnitHistoryEntry(int Year, Title Title, string? PersonName, string UnitNameAtDecision,
    string DecisionNumber, DateOnly DecisionDate);
