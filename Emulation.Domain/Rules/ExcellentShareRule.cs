using Emulation.Domain.Results;

namespace Emulation.Domain.Rules;

/// <summary>
/// The cap on the share of staff rated "Hoàn thành xuất sắc nhiệm vụ" in a year (Decree 90/2020 as amended by Decree
/// 48/2023; Party rule 366-QĐ/TW): at most <see cref="CapPercent"/> of <see cref="Base"/>, or
/// <see cref="ExceptionalCapPercent"/> where the exception applies, counted per <see cref="Scope"/>. The base, the
/// exception and the rounding are not confirmed by the text, so all of it is data.
/// </summary>
public sealed record ExcellentShareRule
{
    public decimal CapPercent { get; init; } = 20m;

    /// <summary>The higher cap for a unit whose own collective rating of the year is <see cref="ExceptionalWhenUnitRated"/>.</summary>
    public decimal ExceptionalCapPercent { get; init; } = 25m;

    /// <summary>The unit's own rating that allows the exceptional cap; null: no exception.</summary>
    public QualityRating? ExceptionalWhenUnitRated { get; init; } = QualityRating.Excellent;

    public ExcellentShareBase Base { get; init; } = ExcellentShareBase.GoodOrAbove;
    public RoundingMode Rounding { get; init; } = RoundingMode.Down;

    /// <summary>Counted unit by unit, or over the whole agency (<see cref="QuotaScope.Campaign"/>).</summary>
    public QuotaScope Scope { get; init; } = QuotaScope.PerUnit;

    public string Article { get; init; } = LegalArticles.ExcellentShare;

    /// <summary>Whether a unit rated <paramref name="unitRating"/> this year gets the exceptional cap.</summary>
    public bool IsExceptional(QualityRating? unitRating) =>
        ExceptionalWhenUnitRated is { } rating && unitRating == rating;
}
