using Emulation.Domain.Common;

namespace Emulation.Domain.Results;

/// <summary>
/// A unit under inspection, or whose complaint or denunciation is being handled, in one year (Decree 152/2025 Art. 4(4)):
/// its titles of that year are deferred until the proceedings end and the record is cleared (removed). The collective
/// counterpart of <see cref="StaffYearResult.ProceedingsPending"/>, with what the proceedings are and since when.
/// </summary>
public sealed class UnitProceedings
{
    /// <summary>A sentence or two naming the proceedings and the decision that opened them.</summary>
    public const int MaxTextLength = 500;

    private UnitProceedings(int unitId, int year)
    {
        UnitId = unitId;
        Year = year;
    }

    public int Id { get; private set; }
    public int UnitId { get; private set; }
    public int Year { get; private set; }

    /// <summary>What the proceedings are (an inspection, a complaint or denunciation being handled, by whom).</summary>
    public string Text { get; private set; } = "";

    /// <summary>The day they began.</summary>
    public DateOnly Since { get; private set; }

    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }

    public static Result<UnitProceedings> Record(int unitId, int year, string text, DateOnly since, string by, DateTimeOffset at)
    {
        var proceedings = new UnitProceedings(unitId, year);
        var recorded = proceedings.Amend(text, since, by, at);
        return recorded.IsSuccess ? Result<UnitProceedings>.Success(proceedings) : Result<UnitProceedings>.Failure(recorded.Errors);
    }

    /// <summary>Rewrites what they are and since when; the one who did so is now the one who recorded them.</summary>
    public Result Amend(string text, DateOnly since, string by, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Result.Failure(ProceedingsErrors.TextRequired());
        }

        if (CleanText.Refusal(text, multiLine: true) is { } refusal)
        {
            return Result.Failure(refusal);
        }

        var clean = CleanText.Normalize(text);
        if (clean.Length > MaxTextLength)
        {
            return Result.Failure(ProceedingsErrors.TextTooLong());
        }

        // Proceedings begun after the year they hold back cannot be why that year's titles wait.
        if (since.Year > Year)
        {
            return Result.Failure(ProceedingsErrors.SinceAfterYear(Year));
        }

        Text = clean;
        Since = since;
        RecordedBy = by;
        RecordedAt = at;
        return Result.Success();
    }
}

public static class ProceedingsErrors
{
    public static DomainError TextRequired() =>
        new("proceedings.text_required", "Say what the proceedings are: the inspection, complaint or denunciation.");

    public static DomainError SinceRequired() =>
        new("proceedings.since_required", "Give the day the proceedings began.");

    public static DomainError TextTooLong() =>
        new("proceedings.text_too_long", $"Keep it to {UnitProceedings.MaxTextLength} characters.")
        {
            Facts = DomainError.FactsOf(("max", UnitProceedings.MaxTextLength)),
        };

    public static DomainError SinceAfterYear(int year) =>
        new("proceedings.since_after_year", $"Proceedings that began after {year} do not hold back its titles.")
        {
            Facts = DomainError.FactsOf(("year", year)),
        };
}
