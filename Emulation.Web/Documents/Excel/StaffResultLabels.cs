using System.Text;
using Emulation.Domain.Results;

namespace Emulation.Web.Documents.Excel;

/// <summary>
/// The Vietnamese words a spreadsheet uses for ratings, discipline and initiative, both ways. Reading also accepts
/// the English enum names; both are matched trimmed, case-insensitively and in either Unicode normal form.
/// </summary>
public static class StaffResultLabels
{
    private static readonly Dictionary<QualityRating, string> Ratings = new()
    {
        [QualityRating.Excellent] = "Hoàn thành xuất sắc nhiệm vụ",
        [QualityRating.Good] = "Hoàn thành tốt nhiệm vụ",
        [QualityRating.Completed] = "Hoàn thành nhiệm vụ",
        [QualityRating.NotCompleted] = "Không hoàn thành nhiệm vụ",
        [QualityRating.NotRated] = "Chưa xếp loại",
    };

    private static readonly Dictionary<DisciplineLevel, string> Disciplines = new()
    {
        [DisciplineLevel.None] = "Không",
        [DisciplineLevel.Reprimand] = "Khiển trách",
        [DisciplineLevel.Warning] = "Cảnh cáo",
        [DisciplineLevel.Demotion] = "Hạ bậc lương / giáng chức",
        [DisciplineLevel.Dismissal] = "Buộc thôi việc",
    };

    private static readonly Dictionary<InitiativeLevel, string> Initiatives = new()
    {
        [InitiativeLevel.None] = "Không",
        [InitiativeLevel.Grassroots] = "Cấp cơ sở",
        [InitiativeLevel.Provincial] = "Cấp tỉnh",
        [InitiativeLevel.National] = "Toàn quốc",
    };

    /// <summary>The former unit's opinion after a transfer: received or not yet.</summary>
    private static readonly Dictionary<string, bool> OpinionsByText = new(StringComparer.OrdinalIgnoreCase)
    {
        [Normalize(OpinionReceived)] = true,
        [Normalize(OpinionAwaited)] = false,
        [bool.TrueString] = true,
        [bool.FalseString] = false,
    };

    public const string OpinionReceived = "Đã nhận";
    public const string OpinionAwaited = "Chưa nhận";

    private static readonly Dictionary<string, QualityRating> RatingsByText = Reverse(Ratings);
    private static readonly Dictionary<string, DisciplineLevel> DisciplinesByText = Reverse(Disciplines);
    private static readonly Dictionary<string, InitiativeLevel> InitiativesByText = Reverse(Initiatives);

    /// <summary>Ratings from best to worst, as a template lists them.</summary>
    public static IReadOnlyList<string> RatingLabels { get; } =
    [
        Ratings[QualityRating.Excellent], Ratings[QualityRating.Good], Ratings[QualityRating.Completed],
        Ratings[QualityRating.NotCompleted], Ratings[QualityRating.NotRated],
    ];

    public static IReadOnlyList<string> DisciplineLabels { get; } = [.. Enum.GetValues<DisciplineLevel>().Select(Label)];

    public static IReadOnlyList<string> InitiativeLabels { get; } = [.. Enum.GetValues<InitiativeLevel>().Select(Label)];

    public static string Label(QualityRating rating) => Ratings[rating];

    public static string Label(DisciplineLevel discipline) => Disciplines[discipline];

    public static string Label(InitiativeLevel initiative) => Initiatives[initiative];

    public static bool TryParseRating(string? text, out QualityRating rating) =>
        RatingsByText.TryGetValue(Normalize(text), out rating);

    public static bool TryParseDiscipline(string? text, out DisciplineLevel discipline) =>
        DisciplinesByText.TryGetValue(Normalize(text), out discipline);

    public static string OpinionLabel(bool received) => received ? OpinionReceived : OpinionAwaited;

    public static bool TryParseOpinion(string? text, out bool received) =>
        OpinionsByText.TryGetValue(Normalize(text), out received);

    public static bool TryParseInitiative(string? text, out InitiativeLevel initiative) =>
        InitiativesByText.TryGetValue(Normalize(text), out initiative);

    /// <summary>Trimmed, inner runs of white space made one space, composed (NFC) so typed and pasted text compare equal.</summary>
    public static string Normalize(string? text) =>
        string.Join(' ', (text ?? "").Normalize(NormalizationForm.FormC)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static Dictionary<string, T> Reverse<T>(Dictionary<T, string> labels) where T : struct, Enum
    {
        var byText = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (value, label) in labels)
        {
            byText[Normalize(label)] = value;
            byText[value.ToString()] = value;
        }

        return byText;
    }
}
