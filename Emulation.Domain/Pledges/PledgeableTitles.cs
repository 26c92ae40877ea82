using Emulation.Domain.Awards;
using Emulation.Domain.Common;

namespace Emulation.Domain.Pledges;

/// <summary>
/// The titles a unit may register to strive for in a campaign (đăng ký danh hiệu, Law 06/2022 Art. 8): only those the
/// campaign offers, the collective ones for the unit and the individual ones (a Giấy khen among them) for its people.
/// </summary>
public sealed class PledgeableTitles
{
    private PledgeableTitles(IReadOnlyList<Title> forUnit, IReadOnlyList<Title> forPerson)
    {
        ForUnit = forUnit;
        ForPerson = forPerson;
    }

    public IReadOnlyList<Title> ForUnit { get; }

    public IReadOnlyList<Title> ForPerson { get; }

    public static PledgeableTitles Offered(IEnumerable<Title> offered)
    {
        var titles = offered.Distinct().Order().ToList();
        return new PledgeableTitles([.. titles.Where(Titles.IsCollective)], [.. titles.Where(t => !Titles.IsCollective(t))]);
    }

    /// <summary>One error per title registered that the campaign does not offer or that does not fit its subject.</summary>
    public IReadOnlyList<DomainError> Check(IEnumerable<Title> unitTitles, IEnumerable<Title> personTitles) =>
    [
        .. unitTitles.Distinct().Where(t => !ForUnit.Contains(t)).Select(t => Refusal(t, ForPerson)),
        .. personTitles.Distinct().Where(t => !ForPerson.Contains(t)).Select(t => Refusal(t, ForUnit)),
    ];

    private static DomainError Refusal(Title title, IReadOnlyList<Title> offeredForTheOtherSubject) =>
        offeredForTheOtherSubject.Contains(title) ? PledgeErrors.TitleWrongSubject(title) : PledgeErrors.TitleNotOffered(title);
}
