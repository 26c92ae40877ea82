namespace Emulation.Domain.Rules;

/// <summary>
/// The year's closing deadlines seen in provincial practice: staff quality ratings before 15 December, proposal dossiers
/// to the provincial Department of Home Affairs before 10 December. No legal text fixes either, so both are data. They
/// conflict (ratings are due after the dossiers that rest on them); <see cref="Proposals.DossierSchedule"/> works out how
/// much earlier the ratings must be final.
/// </summary>
public sealed record YearEndDeadlines
{
    public int RatingsBeforeMonth { get; init; } = 12;
    public int RatingsBeforeDay { get; init; } = 15;
    public int DossiersBeforeMonth { get; init; } = 12;
    public int DossiersBeforeDay { get; init; } = 10;

    public string Source { get; init; } =
        "Thực tiễn của tỉnh (chưa xác nhận): xếp loại chất lượng trước ngày 15/12; hồ sơ đề nghị gửi Sở Nội vụ trước ngày 10/12";

    /// <summary>Both are days every year has (29 February is not).</summary>
    public bool IsValid => IsDayOfEveryYear(RatingsBeforeMonth, RatingsBeforeDay) && IsDayOfEveryYear(DossiersBeforeMonth, DossiersBeforeDay);

    /// <summary>The day the staff ratings of <paramref name="year"/> are due before.</summary>
    public DateOnly RatingsBefore(int year) => new(year, RatingsBeforeMonth, RatingsBeforeDay);

    /// <summary>The day the proposal dossiers of <paramref name="year"/> are due before.</summary>
    public DateOnly DossiersBefore(int year) => new(year, DossiersBeforeMonth, DossiersBeforeDay);

    private static bool IsDayOfEveryYear(int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2023, month);
}
