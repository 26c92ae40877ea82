using Emulation.Domain.Awards;
using Emulation.Domain.Organization;
using Emulation.Domain.Results;

namespace Emulation.Web.Services.Records;

public sealed record UnitEntry(string Code, string Name, UnitKind Kind, string? ParentCode, string? BlocCode,
    string? BlocName, DateOnly? ClosedOn)
{
    /// <summary>The unit's concurrency version when read by code (the API's ETag, not part of the body).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid Version { get; init; }
}

/// <summary>A unit as the API names it: its id and its code as stored (whatever spelling the caller used).</summary>
public sealed record UnitKey(int Id, string Code);

/// <summary>A unit saved by <c>PUT</c>: whether it was created, and its version now (the API's ETag).</summary>
public sealed record SavedUnit(bool Created, Guid Version);

public sealed record UnitDraft(string Name, UnitKind Kind, string? ParentCode);


public sealed record InitiativeEntry(string Title, InitiativeLevel Level);

public sealed record AwardEntry(Title Form, AwardKind Kind);

/// <summary>
/// A person's record for one year: rating and the facts the rules read, initiatives, titles and awards; leave months
/// (Decree 90/2020 Art. 2(3)) and the disciplinary period (Decree 152/2025 Art. 4(4)) when known.
/// </summary>
public sealed record PersonYearDraft(
    QualityRating Rating,
    int MonthsWorked,
    int MaternityLeaveMonths,
    DisciplineLevel Discipline,
    bool PendingReview,
    IReadOnlyList<InitiativeEntry> Initiatives,
    IReadOnlyList<Title> Titles,
    IReadOnlyList<AwardEntry> Awards,
    int LeaveMonths = 0,
    DateOnly? DisciplineFrom = null,
    DateOnly? DisciplineTo = null,
    int MonthsInFormerUnit = 0,
    bool FormerUnitOpinionReceived = false,
    string? MonthsWorkedReason = null);

public sealed record UnitYearDraft(QualityRating Rating, IReadOnlyList<Title> Titles, IReadOnlyList<AwardEntry> Awards);

public sealed record AwardHistoryEntry(int Year, Title Title, AwardKind Kind, string DecisionNumber, DateOnly DecisionDate);

public sealed record PersonYearEntry(
    int Year,
    string UnitCode,
    QualityRating Rating,
    int MonthsWorked,
    int MaternityLeaveMonths,
    DisciplineLevel Discipline,
    bool PendingReview,
    IReadOnlyList<InitiativeEntry> Initiatives,
    int LeaveMonths = 0,
    DateOnly? DisciplineFrom = null,
    DateOnly? DisciplineTo = null,
    int MonthsInFormerUnit = 0,
    bool FormerUnitOpinionReceived = false,
    string? MonthsWorkedReason = null);

public sealed record PersonEntry(string Code, string FullName, Gender Gender, string UnitCode, DateOnly RecruitedOn,
    string Position, IReadOnlyList<PersonYearEntry> Years, IReadOnlyList<AwardHistoryEntry> Awards);
