using Emulation.Domain.Awards;

namespace Emulation.Web.Services.Submissions;

/// <summary>A member of the unit and the title registered for them this campaign, if any.</summary>
public sealed record PledgedPersonRow(int PersonId, string FullName, string Position, Title? Title);

/// <summary>
/// The titles a unit registers to strive for (đăng ký danh hiệu), for itself and for named staff, and those it may
/// choose from: the campaign's offered titles (<see cref="Emulation.Domain.Pledges.PledgeableTitles"/>).
/// </summary>
public sealed record PledgedTitles(bool CanEdit, IReadOnlyList<Title> UnitTitles, IReadOnlyList<PledgedPersonRow> People,
    Emulation.Domain.Pledges.PledgeableTitles Choices);

/// <summary>The titles a pledge aims for, written with its targets: for the unit, and by person id.</summary>
public sealed record PledgedTitleChange(IReadOnlyCollection<Title> UnitTitles, IReadOnlyDictionary<int, Title> PersonTitles);
