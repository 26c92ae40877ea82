using System.Globalization;
using Emulation.Domain.Scoring;
using Emulation.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Emulation.Tests.Infrastructure;

/// <summary>
/// The domain keeps codes and facts; these word them the way the app does (<see cref="Wording"/>, from the shared
/// resources), so domain tests can still read an explanation in Vietnamese ("vi") or English ("en").
/// </summary>
internal static class DomainWords
{
    private static readonly CultureInfo s_english = CultureInfo.GetCultureInfo("en-US");
    private static readonly IStringLocalizer s_englishText = Wording.In(s_english);

    extension(Condition condition)
    {
        public string TextVi => Wording.Condition(Wording.Vietnamese, Wording.VietnameseCulture, condition);

        public string TextEn => Wording.Condition(s_englishText, s_english, condition);
    }

    public static string Explain(this Recommendation recommendation, string culture) =>
        recommendation.Explanation.Text(culture, new ExplainedSubject(recommendation.SubjectName,
            $"#{recommendation.UnitId}", recommendation.IsCollective));

    public static string Explain(this QuotaArithmetic quota, string culture) =>
        Wording.Quota(Localizer(culture), Culture(culture), quota, "");

    public static string Text(this Explanation? explanation, string culture, ExplainedSubject? subject = null) =>
        explanation is null ? "" : Wording.Explain(Localizer(culture), Culture(culture), explanation,
            subject ?? new ExplainedSubject("", "", false));

    private static CultureInfo Culture(string culture) => culture == "vi" ? Wording.VietnameseCulture : s_english;

    private static IStringLocalizer Localizer(string culture) => culture == "vi" ? Wording.Vietnamese : s_englishText;
}
