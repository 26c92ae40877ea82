using System.Globalization;
using Emulation.Domain.Common;

namespace Emulation.Web.Documents.Excel;

/// <summary>Coded errors for spreadsheet imports; the UI translates them by code.</summary>
public static class ImportErrors
{
    public static DomainError WrongTemplate(string why) =>
        new("import.wrong_template", $"This is not the staff results template: {why}");

    public static DomainError TooLarge(long maxBytes) =>
        new("import.too_large", $"The file is larger than {maxBytes / 1024 / 1024} MB.", Number(maxBytes / 1024 / 1024));

    public static DomainError TooManyRows(int maxRows) =>
        new("import.too_many_rows", $"The sheet has more than {maxRows} rows.", maxRows.ToString(CultureInfo.InvariantCulture));

    public static DomainError TooManyParts(int maxParts) =>
        new("import.too_many_parts", $"The workbook holds more than {maxParts} parts.", Number(maxParts));

    public static DomainError TooLargeUnpacked(long maxBytes) =>
        new("import.too_large_unpacked", $"The workbook unpacks to more than {maxBytes / 1024 / 1024} MB.",
            Number(maxBytes / 1024 / 1024));

    public static DomainError TooCompressed(int maxRatio) =>
        new("import.too_compressed", $"A part of the workbook is compressed more than {maxRatio} times.", Number(maxRatio));

    public static DomainError TooManyColumns(int maxColumns) =>
        new("import.too_many_columns", $"The sheet has more than {maxColumns} columns.", Number(maxColumns));

    public static DomainError TooManyCells(int maxCells) =>
        new("import.too_many_cells", $"The sheet has more than {maxCells} cells.", Number(maxCells));

    public static DomainError TooManySharedStrings(int maxStrings) =>
        new("import.too_many_shared_strings", $"The workbook holds more than {maxStrings} distinct texts.", Number(maxStrings));

    public static DomainError CellTooLong(int maxCharacters) =>
        new("import.cell_too_long", $"A cell holds more than {maxCharacters} characters.", Number(maxCharacters));

    public static DomainError Empty() =>
        new("import.empty", "The sheet has no staff rows.");

    public static DomainError MissingValue(string column) =>
        new("import.missing_value", $"'{column}' must be filled in.", column);

    public static DomainError NotANumber(string column, string text) =>
        new("import.not_a_number", $"'{text}' in '{column}' is not a whole number.", text);

    public static DomainError UnknownRating(string text) =>
        new("import.unknown_rating", $"'{text}' is not a rating from the list.", text);

    public static DomainError UnknownDiscipline(string text) =>
        new("import.unknown_discipline", $"'{text}' is not a disciplinary measure from the list.", text);

    public static DomainError UnknownOpinion(string text) =>
        new("import.unknown_opinion", $"'{text}' is neither 'Đã nhận' nor 'Chưa nhận'.", text);

    public static DomainError UnknownInitiative(string text) =>
        new("import.unknown_initiative", $"'{text}' is not an initiative level from the list.", text);

    public static DomainError DuplicatePerson(int personId, int firstRow) =>
        new("import.duplicate_person", $"Staff member {personId} already appears on row {firstRow}.", Id(personId));

    public static DomainError UnknownPerson(int personId) =>
        new("import.unknown_person", $"There is no staff member {personId}.", Id(personId));

    public static DomainError PersonOfOtherUnit(int personId) =>
        new("import.person_of_other_unit", $"Staff member {personId} belongs to another unit.", Id(personId));

    public static DomainError NotADate(string column, string text) =>
        new("import.not_a_date", $"'{text}' in '{column}' is not a date (dd/mm/yyyy).", text);

    public static DomainError TextTooLong(string column, int maxCharacters) =>
        new("import.text_too_long", $"'{column}' is longer than {maxCharacters} characters.", Number(maxCharacters));

    public static DomainError UnknownGender(string text) =>
        new("import.unknown_gender", $"'{text}' is not a gender from the list (Nam, Nữ).", text);

    public static DomainError UnknownUnit(string text) =>
        new("import.unknown_unit", $"'{text}' is not the code or name of an active unit.", text);

    public static DomainError DuplicateCode(string code, int firstRow) =>
        new("import.duplicate_code", $"Staff code {code} already appears on row {firstRow}.", code);

    public static DomainError WrongStaffListTemplate(string why) =>
        new("import.wrong_staff_list_template", $"This is not the staff list template: {why}");

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Id(int personId) => personId.ToString(CultureInfo.InvariantCulture);
}
