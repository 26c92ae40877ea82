namespace Emulation.Domain.Results;

/// <summary>A unit's collective rating for one year (xếp loại tập thể), e.g. carried over from earlier years' records.</summary>
public sealed class UnitYearRecord
{
    private UnitYearRecord(int unitId, int year, QualityRating rating)
    {
        UnitId = unitId;
        Year = year;
        Rating = rating;
    }

    public int Id { get; private set; }
    public int UnitId { get; private set; }
    public int Year { get; private set; }
    public QualityRating Rating { get; private set; }

    public static UnitYearRecord Start(int unitId, int year, QualityRating rating) => new(unitId, year, rating);

    public void Rate(QualityRating rating) => Rating = rating;
}
