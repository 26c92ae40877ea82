using Emulation.Domain.Awards;

namespace Emulation.Web.Services.Submissions;

/// <summary>A member of the unit and the title registered for them this campaign, if any.</summary>
public sealed record PledgedPersonRow(int PersonId, string FullName, string Position, Title? Title);

/// <summary>The titles a unit registers to strive for (đăng ký danh hiệu), for itself and for named staff.</summary>
public sealed record PledgedTitles(bool CanEdit, IReadOnlyList<Title> UnitTitles, IReadOnlyList<PledgedPersonRow> People)
{
    /// <summary>The collective titles a unit may register for.</summary>
    public static IReadOnlyList<Title> CollectiveChoices { get; } = [.. Enum.GetValues<Title>().Where(Titles.IsCollective)];

    /// <summary>The titles a person may register for (emulation titles; commendations are proposed, not pledged).</summary>
    public static IReadOnlyList<Title> PersonalChoices { get; } =
        [.. Enum.GetValues<Title>().Where(Titles.IndividualEmulation.Contains)];
}

/// <summary>The titles a pledge aims for, written with its targets: for the unit, and by person id.</summary>
public sealed record PledgedTitleChange(IReadOnlyCollection<Title> UnitTitles, IReadOnlyDictionary<int, Title> PersonTitles);
