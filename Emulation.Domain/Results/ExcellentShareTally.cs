namespace Emulation.Domain.Results;

/// <summary>Ratings of one unit (or agency) for one year, counted as the cap on excellent ratings reads them; "not rated" is left out.</summary>
internal struct ExcellentShareTally
{
    public int Excellent { get; private set; }

    public int Good { get; private set; }

    public int Rated { get; private set; }

    public void Add(QualityRating rating)
    {
        if (rating == QualityRating.NotRated)
        {
            return;
        }

        Rated++;
        Excellent += rating == QualityRating.Excellent ? 1 : 0;
        Good += rating == QualityRating.Good ? 1 : 0;
    }
}
