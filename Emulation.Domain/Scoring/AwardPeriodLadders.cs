using Emulation.Domain.Awards;

namespace Emulation.Domain.Scoring;

/// <summary>
/// Decree 152/2025 Art. 33(7): the ladders whose awards start a form's period anew. Chiến sĩ thi đua cấp tỉnh stands
/// alone; the merit forms go Bằng khen cấp tỉnh, Bằng khen của Thủ tướng, Huân chương Lao động hạng Ba, and an award of a
/// higher form also starts the lower forms' period anew.
/// </summary>
internal static class AwardPeriodLadders
{
    /// <summary>Whether <paramref name="title"/> is on a ladder, so that an earlier award can start its period.</summary>
    public static bool IsOnALadder(Title title) => Place(title).Ladder != 0;

    /// <summary>Whether an award of <paramref name="award"/> starts the period of <paramref name="title"/>: its own form or a higher one of its ladder.</summary>
    public static bool StartsPeriodOf(Title award, Title title)
    {
        var (ladder, rank) = Place(title);
        var (awardLadder, awardRank) = Place(award);
        return ladder != 0 && awardLadder == ladder && awardRank >= rank;
    }

    /// <summary>The title's ladder (0 when on none) and its rank there.</summary>
    private static (int Ladder, int Rank) Place(Title title) => title switch
    {
        Title.ProvincialEmulationFighter => (1, 1),
        Title.ProvincialCertificateOfMerit => (2, 1),
        Title.PrimeMinisterCertificateOfMerit => (2, 2),
        Title.LabourOrderThirdClass => (2, 3),
        _ => (0, 0),
    };
}
