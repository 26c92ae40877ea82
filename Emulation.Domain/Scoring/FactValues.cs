using System.Globalization;

using Emulation.Domain.Awards;
using Emulation.Domain.Results;

namespace Emulation.Domain.Scoring;

/// <summary>Turns invariant fact values (enum names, numbers, yes/no) into display text.</summary>
internal static class FactValues
{
    private static readonly Dictionary<string, (string Vi, string En)> s_names = Build();

    public static string Of(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Of(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Of(bool value) => value ? "yes" : "no";

    public static string Of(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Of(QualityRating value) => s_rating[(int)value];

    public static string Of(InitiativeLevel value) => s_initiative[(int)value];

    public static string Of(DisciplineLevel value) => s_discipline[(int)value];

    public static string Localize(string value, string culture)
    {
        if (value.Contains(" / ", StringComparison.Ordinal))
        {
            return string.Join(" / ", value.Split(" / ").Select(v => Localize(v, culture)));
        }

        if (!s_names.TryGetValue(value, out var names))
        {
            return value;
        }

        return culture.StartsWith("vi", StringComparison.OrdinalIgnoreCase) ? names.Vi : names.En;
    }

    private static readonly string[] s_rating = Enum.GetNames<QualityRating>();
    private static readonly string[] s_initiative = Enum.GetNames<InitiativeLevel>().Select(n => "Initiative." + n).ToArray();
    private static readonly string[] s_discipline = Enum.GetNames<DisciplineLevel>().Select(n => "Discipline." + n).ToArray();

    private static Dictionary<string, (string Vi, string En)> Build()
    {
        var d = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
        {
            ["yes"] = ("có", "yes"),
            ["above"] = ("trên", "above"),
            ["atLeast"] = ("từ", "at least"),
            ["no"] = ("không", "no"),
            ["none"] = ("không có", "none"),
            [nameof(QualityRating.NotCompleted)] = ("Không hoàn thành nhiệm vụ", "Not completed"),
            [nameof(QualityRating.Completed)] = ("Hoàn thành nhiệm vụ", "Completed"),
            [nameof(QualityRating.Good)] = ("Hoàn thành tốt nhiệm vụ", "Good"),
            [nameof(QualityRating.Excellent)] = ("Hoàn thành xuất sắc nhiệm vụ", "Excellent"),
            [nameof(QualityRating.NotRated)] = ("Không xếp loại", "Not rated"),
            ["Initiative.None"] = ("không có sáng kiến", "no initiative"),
            ["Initiative.Grassroots"] = ("sáng kiến cấp cơ sở", "grassroots-level initiative"),
            ["Initiative.Provincial"] = ("sáng kiến cấp tỉnh", "provincial-level initiative"),
            ["Initiative.National"] = ("sáng kiến cấp toàn quốc", "national-level initiative"),
            ["Discipline.None"] = ("không bị kỷ luật", "no discipline"),
            ["Discipline.Reprimand"] = ("khiển trách", "reprimand"),
            ["Discipline.Warning"] = ("cảnh cáo", "warning"),
            ["Discipline.Demotion"] = ("hạ bậc lương / giáng chức", "demotion"),
            ["Discipline.Dismissal"] = ("buộc thôi việc", "dismissal"),
            ["BindsBothBranches"] = ("điều kiện sáng kiến áp dụng cho cả hai trường hợp", "the initiative clause binds both branches"),
            ["BindsExcellentYearsOnly"] = ("điều kiện sáng kiến chỉ áp dụng cho trường hợp 2 năm xuất sắc", "the initiative clause binds the excellent-years branch only"),
        };
        foreach (var title in Enum.GetValues<Title>())
        {
            d["Title." + title] = (TitleNames.Vi(title), TitleNames.En(title));
        }

        return d;
    }
}
