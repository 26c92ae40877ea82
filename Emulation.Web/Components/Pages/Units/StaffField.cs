using System.Globalization;
using Emulation.Domain.Common;
using Emulation.Domain.Results;
using Emulation.Web.Resources;
using Emulation.Web.Services.Submissions;
using Microsoft.Extensions.Localization;

namespace Emulation.Web.Components.Pages.Units;

/// <summary>
/// An editable column of the staff grid (<see cref="StaffYearGrid"/>): its name, its heading, how it shows a person's
/// value and how it takes a typed one. The grid draws its columns, takes its fields' changes and puts back what the
/// browser kept unsaved through <see cref="All"/> alone, so a column is added here and nowhere else.
/// </summary>
public abstract class StaffField(string name, string heading)
{
    /// <summary>The grid's editable columns, in their order on the page.</summary>
    public static readonly IReadOnlyList<StaffField> All =
    [
        new Choice<QualityRating>("rating", "Staff.Rating", row => row.Rating, (row, rating) => row.Rating = rating),
        new Months("months", "Staff.Months", row => row.MonthsWorked, (row, months) => row.MonthsWorked = months),
        new Months("maternity", "Staff.Maternity", row => row.MaternityLeaveMonths, (row, months) => row.MaternityLeaveMonths = months),
        new Months("leave", "Staff.Leave", row => row.LeaveMonths, (row, months) => row.LeaveMonths = months),
        new Choice<DisciplineLevel>("discipline", "Staff.Discipline", row => row.Discipline, (row, level) => row.Discipline = level),
        new Choice<InitiativeLevel>("initiative", "Staff.Initiative", row => row.Initiative, (row, level) => row.Initiative = level),
    ];

    /// <summary>
    /// The fields about a transfer within the year, on a line of their own under the person's row, drawn only for a
    /// person who came from another unit (<see cref="StaffYearRow.MayHaveFormerUnit"/>, or the head says so): months there (taken
    /// from the positions when these show the move, and then not typed) and whether its opinion has been received.
    /// </summary>
    public static readonly IReadOnlyList<StaffField> Transfer =
    [
        new Months("former-months", "Staff.FormerUnitMonths", row => row.FormerUnitMonthsShown, (row, months) =>
        {
            if (row.MonthsInFormerUnitFromPositions == 0)
            {
                row.MonthsInFormerUnit = months;
            }
        }),
        new YesNo("former-opinion", "Staff.FormerUnitOpinion", "Staff.FormerUnitOpinion.Received", "Staff.FormerUnitOpinion.Awaited",
            row => row.FormerUnitOpinionReceived, (row, received) => row.FormerUnitOpinionReceived = received),
    ];

    /// <summary>
    /// The head's reason for months other than the positions give, under the person's name while the figures differ
    /// (<see cref="StaffYearRow.MonthsDifferFromPositions"/>): required then to save.
    /// </summary>
    public static readonly StaffField MonthsReason = new Text("months-reason", "Staff.MonthsReason",
        row => row.MonthsWorkedReason ?? "", (row, reason) => row.MonthsWorkedReason = reason);

    /// <summary>The column's name, the start of each of its fields' names.</summary>
    public string Name { get; } = name;

    /// <summary>The resource of the column's heading, which also labels each of its fields.</summary>
    public string Heading { get; } = heading;

    /// <summary>
    /// The name of one person's field of this column, "months-12": the field's <c>name</c> in the page, which its
    /// changes carry (<see cref="Shared.FieldChangeEventArgs"/>), and its key among the unsaved edits.
    /// </summary>
    public string FieldName(StaffYearRow row) => string.Create(CultureInfo.InvariantCulture, $"{Name}-{row.PersonId}");

    /// <summary>The column and the person a field's name stands for; null when it names no field of the grid.</summary>
    public static (StaffField Field, int PersonId)? Parse(string fieldName)
    {
        var dash = fieldName.LastIndexOf('-');
        var field = dash > 0 ? All.Concat(Transfer).Append(MonthsReason).FirstOrDefault(f => fieldName.AsSpan(0, dash).SequenceEqual(f.Name)) : null;
        return field is not null && int.TryParse(fieldName.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var personId)
            ? (field, personId) : null;
    }

    /// <summary>What the field shows for a person: the name of the chosen value, or a number of months.</summary>
    public abstract string Shown(StaffYearRow row);

    /// <summary>Whether the field takes a number (a narrow box with a numeric keyboard) rather than words.</summary>
    public virtual bool Numeric => true;

    /// <summary>The values a choice offers, each its name and its label; null for a number of months.</summary>
    public virtual IEnumerable<(string Value, string Label)>? Options(IStringLocalizer localizer) => null;

    /// <summary>
    /// Takes what was typed or chosen: true once the person's value is set. False with an error for text that is not
    /// a whole number of months from 0 to 12 (read by the shared <see cref="TypedNumber"/>), false without one for a
    /// name no value of a choice has.
    /// </summary>
    public abstract bool TrySet(StaffYearRow row, string? text, out DomainError? error);

    private sealed class Choice<TEnum>(string name, string heading, Func<StaffYearRow, TEnum> get, Action<StaffYearRow, TEnum> set)
        : StaffField(name, heading) where TEnum : struct, Enum
    {
        public override string Shown(StaffYearRow row) => get(row).ToString();

        public override IEnumerable<(string Value, string Label)> Options(IStringLocalizer localizer) =>
            Enum.GetValues<TEnum>().Select(option => (option.ToString(), localizer.Label(option)));

        public override bool TrySet(StaffYearRow row, string? text, out DomainError? error)
        {
            error = null;
            if (!Enum.TryParse<TEnum>(text, out var picked))
            {
                return false;
            }

            set(row, picked);
            return true;
        }
    }

    private sealed class YesNo(string name, string heading, string yes, string no, Func<StaffYearRow, bool> get,
        Action<StaffYearRow, bool> set) : StaffField(name, heading)
    {
        public override string Shown(StaffYearRow row) => get(row) ? bool.TrueString : bool.FalseString;

        public override IEnumerable<(string Value, string Label)> Options(IStringLocalizer localizer) =>
            [(bool.FalseString, localizer[no]), (bool.TrueString, localizer[yes])];

        public override bool TrySet(StaffYearRow row, string? text, out DomainError? error)
        {
            error = null;
            if (!bool.TryParse(text, out var picked))
            {
                return false;
            }

            set(row, picked);
            return true;
        }
    }

    private sealed class Text(string name, string heading, Func<StaffYearRow, string> get, Action<StaffYearRow, string?> set)
        : StaffField(name, heading)
    {
        public override bool Numeric => false;

        public override string Shown(StaffYearRow row) => get(row);

        public override bool TrySet(StaffYearRow row, string? text, out DomainError? error)
        {
            error = null;
            set(row, string.IsNullOrWhiteSpace(text) ? null : text.Trim());
            return true;
        }
    }

    private sealed class Months(string name, string heading, Func<StaffYearRow, int> get, Action<StaffYearRow, int> set)
        : StaffField(name, heading)
    {
        public override string Shown(StaffYearRow row) => get(row).ToString(CultureInfo.CurrentCulture);

        public override bool TrySet(StaffYearRow row, string? text, out DomainError? error)
        {
            var parsed = TypedNumber.Parse(text, CultureInfo.CurrentCulture, wholeOnly: true, min: 0, max: 12);
            if (parsed.Value is { } months)
            {
                error = null;
                set(row, (int)months);
                return true;
            }

            error = parsed.Error ?? TypedNumber.Errors.NotANumber("");
            return false;
        }
    }
}
