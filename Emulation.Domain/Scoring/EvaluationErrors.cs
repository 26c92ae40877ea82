using System.Globalization;

using Emulation.Domain.Common;

namespace Emulation.Domain.Scoring;

/// <summary>Coded errors for bad evaluation input; <see cref="DomainError.Item"/> names the offending item.</summary>
public static class EvaluationErrors
{
    public static DomainError NoCriteria() =>
        new("evaluation.no_criteria", "The scoring table has no criteria.");

    public static DomainError DuplicateCriterion(string code) =>
        new("evaluation.duplicate_criterion", $"Criterion code '{code}' appears more than once.", $"criterion:{code}");

    public static DomainError MaxPointsNotPositive(string code) =>
        new("evaluation.max_points_not_positive", $"Criterion '{code}' needs maximum points (or a cap) greater than zero.", $"criterion:{code}");

    public static DomainError WeightNotPositive(string code) =>
        new("evaluation.weight_not_positive", $"Criterion '{code}' needs a weight greater than zero.", $"criterion:{code}");

    public static DomainError PointsPerUnitNegative(string code) =>
        new("evaluation.points_per_unit_negative", $"Bonus/penalty item '{code}' has negative points per occurrence.", $"criterion:{code}");

    public static DomainError InconsistentBands(string code) =>
        new("evaluation.inconsistent_bands", $"Criterion '{code}' needs bands with ratios ≥ 0 and shares between 0 and 1, and at least one band.", $"criterion:{code}");

    public static DomainError InconsistentMethod(string code) =>
        new("evaluation.inconsistent_method", $"Criterion '{code}': bonus and penalty items score per occurrence, scored items never do.", $"criterion:{code}");

    public static DomainError DuplicateUnit(int unitId) =>
        new("evaluation.duplicate_unit", $"Unit {unitId} appears more than once.", Unit(unitId));

    public static DomainError InvalidMembers(int unitId) =>
        new("evaluation.invalid_members", $"Unit {unitId}: members and women members must be ≥ 0, women ≤ members.", Unit(unitId));

    public static DomainError UnknownCriterion(int unitId, string code) =>
        new("evaluation.unknown_criterion", $"Unit {unitId} reports criterion '{code}', which is not in the scoring table.", $"{Unit(unitId)}/criterion:{code}");

    public static DomainError MissingTarget(int unitId, string code) =>
        new("evaluation.missing_target", $"Unit {unitId} has no target for '{code}'.", $"{Unit(unitId)}/criterion:{code}");

    public static DomainError NegativeTarget(int unitId, string code) =>
        new("evaluation.negative_target", $"Unit {unitId}: the target for '{code}' is negative.", $"{Unit(unitId)}/criterion:{code}");

    public static DomainError ZeroTarget(int unitId, string code) =>
        new("evaluation.zero_target", $"Unit {unitId}: the target for '{code}' must be above zero when higher is better.", $"{Unit(unitId)}/criterion:{code}");

    public static DomainError NegativeValue(int unitId, string code) =>
        new("evaluation.negative_value", $"Unit {unitId}: the value for '{code}' is negative.", $"{Unit(unitId)}/criterion:{code}");

    public static DomainError NotYesNo(int unitId, string code) =>
        new("evaluation.not_yes_no", $"Unit {unitId}: the value for '{code}' must be 0 or 1.", $"{Unit(unitId)}/criterion:{code}");

    public static DomainError CouncilPointsAboveMax(int unitId, string code) =>
        new("evaluation.council_points_above_max", $"Unit {unitId}: council points for '{code}' exceed the maximum.", $"{Unit(unitId)}/criterion:{code}");

    public static DomainError DuplicatePerson(int personId) =>
        new("evaluation.duplicate_person", $"Person {personId} appears more than once.", Person(personId));

    public static DomainError UnknownUnit(int personId, int unitId) =>
        new("evaluation.unknown_unit", $"Person {personId} belongs to unit {unitId}, which is not in the evaluation.", Person(personId));

    public static DomainError DuplicateYear(int personId, int year) =>
        new("evaluation.duplicate_year", $"Person {personId} has more than one record for {year}.", $"{Person(personId)}/year:{year}");

    public static DomainError FutureYear(int personId, int year) =>
        new("evaluation.future_year", $"Person {personId} has a record for {year}, after the evaluated year.", $"{Person(personId)}/year:{year}");

    public static DomainError InvalidMonths(int personId, int year) =>
        new("evaluation.invalid_months", $"Person {personId}, {year}: months worked plus maternity leave and leave must be 0–12, the months in a former unit within the working time.", $"{Person(personId)}/year:{year}");

    public static DomainError DuplicateAward(string owner, int year, string title) =>
        new("evaluation.duplicate_award", $"{owner} has the award {title} twice for {year}.", $"{owner}/award:{title}:{year}");

    public static DomainError InvalidTieBreak(string? code) =>
        new("evaluation.invalid_tie_break", $"Tie-break criterion '{code}' is not in the scoring table.", $"criterion:{code}");

    private static string Unit(int id) => "unit:" + id.ToString(CultureInfo.InvariantCulture);

    private static string Person(int id) => "person:" + id.ToString(CultureInfo.InvariantCulture);
}
