namespace Emulation.Domain.Awards;

/// <summary>Sudden and thematic awards are no basis for a merit award (Decree 152/2025 Art. 4(3)).</summary>
public enum AwardKind
{
    Merit,
    Sudden,
    Thematic,
    LongService,
}
