using Emulation.Domain.Results;

namespace Emulation.Web.Documents.Excel;

/// <summary>One staff row read from an uploaded sheet, its cells already parsed.</summary>
public sealed record StaffResultsSheetRow(int SheetRow, int PersonId, QualityRating Rating, int MonthsWorked,
    int MaternityLeaveMonths, DisciplineLevel Discipline, InitiativeLevel Initiative, int LeaveMonths = 0,
    int MonthsInFormerUnit = 0, bool FormerUnitOpinionReceived = false, string? MonthsReason = null);
