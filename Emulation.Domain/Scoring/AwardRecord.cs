using Emulation.Domain.Awards;

namespace Emulation.Domain.Scoring;

/// <summary>An award already received, as streak rules read it.</summary>
public sealed record AwardRecord(int Year, Title Title, AwardKind Kind)
{
    /// <summary>Withdrawn by a revocation decision: it counts toward no streak, and the explanation says so.</summary>
    public bool Revoked { get; init; }

    /// <summary>The decision's number (e.g. "123/QĐ-UBND"), which explanations name; null when unknown.</summary>
    public string? DecisionNumber { get; init; }

    /// <summary>The predecessor unit the award was made to, when a successor inherits it (a merger or split); else null.</summary>
    public string? InheritedFrom { get; init; }

    /// <summary>Counts toward streaks and prior-award conditions: a merit award that was not revoked.</summary>
    public bool CountsAsMerit => Kind == AwardKind.Merit && !Revoked;
}
