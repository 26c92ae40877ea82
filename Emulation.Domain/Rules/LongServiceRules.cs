using Emulation.Domain.Awards;

namespace Emulation.Domain.Rules;

/// <summary>
/// A long-service and contribution award (khen thưởng theo niên hạn, quá trình cống hiến): the form, the positions whose
/// tenure counts, how many terms must be counted, how long a term is and what share of a term counts as a whole one,
/// whether people who retired (or died: a posthumous award) are still listed, whether the council reviews the proposal, and the article.
/// </summary>
/// <param name="Positions">Position names that count (case and spacing ignored); a position counts when it is one of
/// these or begins with one followed by a space ("Trưởng phòng Tổng hợp" counts for "Trưởng phòng").</param>
/// <param name="RequiredTerms">Terms that must be counted over the whole history.</param>
/// <param name="TermMonths">Months in one term (nhiệm kỳ).</param>
/// <param name="MinShareOfTerm">A continuous period, after its whole terms, counts one more term when what remains is at
/// least this share of a term.</param>
public sealed record LongServiceRule(Title Title, IReadOnlyList<string> Positions, int RequiredTerms, int TermMonths,
    Fraction MinShareOfTerm, bool IncludesRetired, bool CouncilReview, string Article)
{
    /// <summary>
    /// The terms a woman must count, where the provision gives women a shorter requirement (several long-service and
    /// contribution forms do); null: the same as <see cref="RequiredTerms"/>. Unconfirmed for this form, so data.
    /// </summary>
    public int? RequiredTermsForWomen { get; init; }

    /// <summary>
    /// Whether someone who died (while serving, or after retiring) is still listed, the award then given posthumously
    /// (truy tặng, <see cref="Posthumous.Article"/>); null: as <see cref="IncludesRetired"/>. Unconfirmed for this form, so data.
    /// </summary>
    public bool? IncludesDeceased { get; init; }

    /// <summary>Whether the rule lists someone who died: <see cref="IncludesDeceased"/>, else as retirees are.</summary>
    public bool ListsDeceased => IncludesDeceased ?? IncludesRetired;

    /// <summary>The provision that sets <see cref="RequiredTermsForWomen"/>, named in the explanation.</summary>
    public string WomenArticle { get; init; } = "";

    /// <summary>The terms a person of <paramref name="gender"/> must count.</summary>
    public int RequiredTermsFor(Organization.Gender gender) =>
        gender == Organization.Gender.Female && RequiredTermsForWomen is { } women ? women : RequiredTerms;
}

/// <summary>
/// The long-service forms the agency gives (rule-set data, as <see cref="SuddenAwardRules"/>). The conditions of the law
/// for contribution over time are not confirmed in the domain notes, so every number here is a setting.
/// </summary>
public sealed record LongServiceRules
{
    /// <summary>Where the long-service conditions are read from until confirmed (a setting, never a constant in the engine).</summary>
    public const string DefaultArticle = "Luật TĐKT 06/2022/QH15 Điều 75; Nghị định 98/2023/NĐ-CP (khen thưởng quá trình cống hiến, chưa xác nhận)";

    public IReadOnlyList<LongServiceRule> Rules { get; init; } = Defaults;

    /// <summary>
    /// The individual Giấy khen (decided by the head of the agency) for two terms of five years in a leading position,
    /// a remainder of at least two thirds of a term counting as a term, retired staff included.
    /// </summary>
    public static IReadOnlyList<LongServiceRule> Defaults { get; } =
    [
        new(Title.CertificateOfCommendation,
            ["Chánh Văn phòng", "Phó Chánh Văn phòng", "Giám đốc", "Phó Giám đốc", "Trưởng phòng", "Phó Trưởng phòng"],
            RequiredTerms: 2, TermMonths: 60, MinShareOfTerm: Fraction.TwoThirds, IncludesRetired: true,
            CouncilReview: false, DefaultArticle),
    ];

    /// <summary>The rule for <paramref name="title"/>, or null when it is not a long-service form.</summary>
    public LongServiceRule? For(Title title) => Rules.FirstOrDefault(r => r.Title == title);
}
