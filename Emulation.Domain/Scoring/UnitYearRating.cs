using Emulation.Domain.Results;

namespace Emulation.Domain.Scoring;

/// <summary>A unit's collective rating for an earlier year, as Art. 74(2)'s "two consecutive years excellent" reads it.</summary>
/// <param name="InheritedFrom">The predecessor unit rated, when a successor inherits the year; else null.</param>
public sealed record UnitYearRating(int Year, QualityRating Rating, string? InheritedFrom = null);
