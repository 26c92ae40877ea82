namespace Emulation.Domain.Decisions;

/// <summary>What a decision does: grant awards, or revoke awards an earlier decision granted (thu hồi).</summary>
public enum DecisionKind
{
    Award,
    Revocation,
}
