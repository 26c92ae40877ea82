namespace Emulation.Domain.Scoring;

/// <summary>
/// One condition of a title, as decided: its stable code (e.g. <c>aw.rating</c>), the facts used (invariant values),
/// the outcome and the article. The web layer words it from the code and the facts.
/// </summary>
public sealed class Condition
{
    internal Condition(string code, bool passed, string article, params Fact[] facts)
    {
        Code = code;
        Passed = passed;
        Article = article;
        Facts = facts;
    }

    /// <summary>A condition as stored with a nomination's explanation and read back.</summary>
    public Condition(string code, bool passed, string article, IReadOnlyList<Fact> facts)
        : this(code, passed, article, [.. facts])
    {
    }

    public string Code { get; }
    public bool Passed { get; }
    public IReadOnlyList<Fact> Facts { get; }
    public string Article { get; }
}
