namespace Emulation.Domain.Awards;

/// <summary>
/// The way an award was made. Only merit awards count toward later merit awards: sudden and thematic ones are no basis
/// (Decree 152/2025 Art. 4(3)), and long-service and resistance awards follow flows of their own.
/// </summary>
public enum AwardKind
{
    Merit,
    Sudden,
    Thematic,
    LongService,

    /// <summary>For achievements in the resistance wars (khen thưởng thành tích kháng chiến).</summary>
    Resistance,
}
