using Emulation.Domain.Common;

namespace Emulation.Domain.Results;

/// <summary>
/// One initiative (sáng kiến) of a person recognised in a year, with the level that recognised it. The yearly
/// record keeps only the highest level (what the rules read); this keeps the list behind it.
/// </summary>
public sealed class RecognisedInitiative
{
    public const int TitleMaxLength = 300;

    private RecognisedInitiative(int personId, int year, string title, InitiativeLevel level)
    {
        PersonId = personId;
        Year = year;
        Title = title;
        Level = level;
    }

    public int Id { get; private set; }
    public int PersonId { get; private set; }
    public int Year { get; private set; }
    public string Title { get; private set; }
    public InitiativeLevel Level { get; private set; }

    public static RecognisedInitiative Record(int personId, int year, string title, InitiativeLevel level)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (level == InitiativeLevel.None)
        {
            throw new ArgumentException("A recognised initiative has a level.", nameof(level));
        }

        return new RecognisedInitiative(personId, year, CleanText.Require(title, nameof(Title)), level);
    }

    /// <summary>The highest level among <paramref name="initiatives"/>, or none.</summary>
    public static InitiativeLevel Highest(IEnumerable<InitiativeLevel> initiatives) =>
        initiatives.DefaultIfEmpty(InitiativeLevel.None).Max();
}
