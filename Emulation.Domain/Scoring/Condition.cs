namespace Emulation.Domain.Scoring;

/// <summary>One condition of a title, as decided: its code, the facts used, the outcome and the article.</summary>
public sealed class Condition
{
    internal Condition(string code, bool passed, string article, params Fact[] facts)
    {
        Code = code;
        Passed = passed;
        Article = article;
        Facts = facts;
    }

    /// <summary>Stable code, e.g. <c>aw.rating</c>; see <see cref="ConditionTexts"/>.</summary>
    public string Code { get; }

    public bool Passed { get; }
    public IReadOnlyList<Fact> Facts { get; }
    public string Article { get; }

    public string TextVi => ConditionTexts.Render(Code, Facts, "vi");
    public string TextEn => ConditionTexts.Render(Code, Facts, "en");

    public string Text(string culture) => ConditionTexts.Render(Code, Facts, culture);
}
