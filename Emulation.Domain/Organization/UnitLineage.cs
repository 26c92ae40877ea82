namespace Emulation.Domain.Organization;

/// <summary>A link from a unit that ended to a unit that carries on its work (and its history).</summary>
public sealed class UnitLineage
{
    private UnitLineage(int predecessorId, int successorId, UnitChangeKind kind, DateOnly effectiveOn)
    {
        PredecessorId = predecessorId;
        SuccessorId = successorId;
        Kind = kind;
        EffectiveOn = effectiveOn;
    }

    public int Id { get; private set; }
    public int PredecessorId { get; private set; }
    public int SuccessorId { get; private set; }
    public UnitChangeKind Kind { get; private set; }
    public DateOnly EffectiveOn { get; private set; }

    internal static UnitLineage Link(int predecessorId, int successorId, UnitChangeKind kind, DateOnly on) =>
        new(predecessorId, successorId, kind, on);
}
