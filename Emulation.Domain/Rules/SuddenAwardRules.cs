using Emulation.Domain.Awards;

namespace Emulation.Domain.Rules;

/// <summary>Who may propose a sudden award (khen thưởng đột xuất) in the agency.</summary>
public enum SuddenProposer
{
    /// <summary>The union officer (Thường trực Hội đồng TĐKT), for anyone in the agency.</summary>
    UnionOfficer,

    /// <summary>A department head, for the own unit and its staff.</summary>
    DepartmentHead,
}

/// <summary>
/// A form that may be given on the spot for a sudden achievement: who may propose it, whether the emulation council
/// reviews it before the leadership decides, and the article that allows it.
/// </summary>
public sealed record SuddenAwardRule(Title Title, IReadOnlyList<SuddenProposer> ProposedBy, bool CouncilReview, string Article);

/// <summary>
/// The forms of commendation the agency gives on the spot (rule-set data, as <see cref="GrantingRules"/>). The agency's
/// own decision may give only what its head decides (<see cref="GrantingRules.AgencyDecides"/>); a form the data lists
/// but a higher level decides is refused when proposed.
/// </summary>
public sealed record SuddenAwardRules
{
    /// <summary>Giấy khen for sudden achievements (Luật TĐKT 06/2022/QH15 Điều 75).</summary>
    public const string CommendationArticle = "Luật TĐKT 06/2022/QH15 Điều 75";

    public IReadOnlyList<SuddenAwardRule> Rules { get; init; } = Defaults;

    /// <summary>
    /// The individual and the collective Giấy khen, proposed by the union officer or a head, decided without the
    /// council (a short path); a province that wants the council to review them sets <see cref="SuddenAwardRule.CouncilReview"/>.
    /// </summary>
    public static IReadOnlyList<SuddenAwardRule> Defaults { get; } =
    [
        new(Title.CertificateOfCommendation, [SuddenProposer.UnionOfficer, SuddenProposer.DepartmentHead], false, CommendationArticle),
        new(Title.CollectiveCertificateOfCommendation, [SuddenProposer.UnionOfficer, SuddenProposer.DepartmentHead], false, CommendationArticle),
    ];

    /// <summary>The rule for <paramref name="title"/>, or null when it may not be given on the spot.</summary>
    public SuddenAwardRule? For(Title title) => Rules.FirstOrDefault(r => r.Title == title);

    /// <summary>The forms <paramref name="proposer"/> may propose on the spot.</summary>
    public IEnumerable<SuddenAwardRule> OpenTo(SuddenProposer proposer) => Rules.Where(r => r.ProposedBy.Contains(proposer));
}
