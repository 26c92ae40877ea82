using System.Globalization;

using Emulation.Domain.Results;

namespace Emulation.Domain.Scoring;

/// <summary>Writes fact values as invariant text (enum names, numbers, dates, yes/no); the web layer displays them.</summary>
internal static class FactValues
{
    public static string Of(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Of(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Of(bool value) => value ? "yes" : "no";

    public static string Of(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Of(QualityRating value) => s_rating[(int)value];

    public static string Of(InitiativeLevel value) => s_initiative[(int)value];

    public static string Of(DisciplineLevel value) => s_discipline[(int)value];

    private static readonly string[] s_rating = Enum.GetNames<QualityRating>();
    private static readonly string[] s_initiative = Enum.GetNames<InitiativeLevel>().Select(n => "Initiative." + n).ToArray();
    private static readonly string[] s_discipline = Enum.GetNames<DisciplineLevel>().Select(n => "Discipline." + n).ToArray();
}
