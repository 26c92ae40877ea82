using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;

namespace Emulation.Domain.Scoring;

/// <summary>Checks evaluation input and names every bad item; never throws for bad user data.</summary>
public static class InputValidator
{
    public static IReadOnlyList<DomainError> Validate(EvaluationInput input)
    {
        var errors = new List<DomainError>();
        var unitIds = ValidateAllButPeople(input, errors);
        ValidatePeople(input, unitIds.Contains, errors);
        return errors;
    }

    /// <summary>The criteria, tie-breaks and units, in that order (what <see cref="Validate"/> checks before the people).</summary>
    /// <returns>The ids of the units.</returns>
    internal static HashSet<int> ValidateAllButPeople(EvaluationInput input, List<DomainError> errors)
    {
        var criteria = ValidateCriteria(input.Criteria, errors);
        foreach (var step in input.TieBreaks)
        {
            if (step.Kind == TieBreakKind.CriterionPoints && (step.CriterionCode is null || !criteria.ContainsKey(step.CriterionCode)))
            {
                errors.Add(EvaluationErrors.InvalidTieBreak(step.CriterionCode));
            }
        }

        var unitIds = new HashSet<int>(input.Units.Count);
        foreach (var unit in ReadOnlyLists.AsSpan(input.Units))
        {
            if (!unitIds.Add(unit.UnitId))
            {
                errors.Add(EvaluationErrors.DuplicateUnit(unit.UnitId));
                continue;
            }

            ValidateUnit(unit, criteria, errors);
        }

        return unitIds;
    }

    /// <summary>Every person in input order, as <see cref="Validate"/> checks them after the units.</summary>
    internal static void ValidatePeople(EvaluationInput input, Func<int, bool> unitExists, List<DomainError> errors)
    {
        var personIds = new SeenIds<PersonInput>(input.People, static p => p.PersonId);
        foreach (var person in ReadOnlyLists.AsSpan(input.People))
        {
            if (!personIds.Add(person.PersonId))
            {
                errors.Add(EvaluationErrors.DuplicatePerson(person.PersonId));
                continue;
            }

            ValidatePerson(person, input.Year, unitExists(person.UnitId), errors);
        }
    }

    private static Dictionary<string, Criterion> ValidateCriteria(IReadOnlyList<Criterion> criteria, List<DomainError> errors)
    {
        var byCode = new Dictionary<string, Criterion>(StringComparer.Ordinal);
        if (criteria.Count == 0)
        {
            errors.Add(EvaluationErrors.NoCriteria());
        }

        foreach (var c in criteria)
        {
            if (!byCode.TryAdd(c.Code, c))
            {
                errors.Add(EvaluationErrors.DuplicateCriterion(c.Code));
                continue;
            }

            if (c.MaxPoints <= 0m)
            {
                errors.Add(EvaluationErrors.MaxPointsNotPositive(c.Code));
            }

            if (c.Weight <= 0m)
            {
                errors.Add(EvaluationErrors.WeightNotPositive(c.Code));
            }

            bool perOccurrence = c.Method == ScoringMethod.PerOccurrence;
            if (perOccurrence != (c.Kind != CriterionKind.Scored))
            {
                errors.Add(EvaluationErrors.InconsistentMethod(c.Code));
            }

            if (perOccurrence && c.PointsPerUnit < 0m)
            {
                errors.Add(EvaluationErrors.PointsPerUnitNegative(c.Code));
            }

            if (c.Method == ScoringMethod.Bands &&
                (c.Bands.Count == 0 || c.Bands.Any(b => b.MinRatio < 0m || b.ShareOfMax < 0m || b.ShareOfMax > 1m)))
            {
                errors.Add(EvaluationErrors.InconsistentBands(c.Code));
            }
        }

        return byCode;
    }

    private static void ValidateUnit(UnitInput unit, Dictionary<string, Criterion> criteria, List<DomainError> errors)
    {
        if (unit.Members < 0 || unit.WomenMembers < 0 || unit.WomenMembers > unit.Members)
        {
            errors.Add(EvaluationErrors.InvalidMembers(unit.UnitId));
        }

        if (!AllKnown(unit.Targets, criteria) || !AllKnown(unit.Values, criteria))
        {
            foreach (var code in unit.Targets.Keys.Concat(unit.Values.Keys).Distinct().Order(StringComparer.Ordinal))
            {
                if (!criteria.ContainsKey(code))
                {
                    errors.Add(EvaluationErrors.UnknownCriterion(unit.UnitId, code));
                }
            }
        }

        foreach (var c in criteria.Values)
        {
            if (c.NeedsTarget)
            {
                if (!unit.Targets.TryGetValue(c.Code, out decimal target))
                {
                    errors.Add(EvaluationErrors.MissingTarget(unit.UnitId, c.Code));
                }
                else if (target < 0m)
                {
                    errors.Add(EvaluationErrors.NegativeTarget(unit.UnitId, c.Code));
                }
                else if (target == 0m && c.Direction == CriterionDirection.HigherIsBetter)
                {
                    errors.Add(EvaluationErrors.ZeroTarget(unit.UnitId, c.Code));
                }
            }

            if (!unit.Values.TryGetValue(c.Code, out decimal value))
            {
                continue;
            }

            switch (c.ProblemWith(value))
            {
                case CriterionValueProblem.Negative:
                    errors.Add(EvaluationErrors.NegativeValue(unit.UnitId, c.Code));
                    break;
                case CriterionValueProblem.NotYesNo:
                    errors.Add(EvaluationErrors.NotYesNo(unit.UnitId, c.Code));
                    break;
                case CriterionValueProblem.AboveMaxPoints:
                    errors.Add(EvaluationErrors.CouncilPointsAboveMax(unit.UnitId, c.Code));
                    break;
            }
        }

        if (unit.Awards.Count > 1)
        {
            ValidateAwards("unit", unit.UnitId, ReadOnlyLists.AsSpan(unit.Awards), errors);
        }
    }

    /// <summary>One person whose id is not a repeat; <paramref name="unitExists"/> says whether their unit is in the input.</summary>
    internal static void ValidatePerson(PersonInput person, int year, bool unitExists, List<DomainError> errors)
    {
        if (!unitExists)
        {
            errors.Add(EvaluationErrors.UnknownUnit(person.PersonId, person.UnitId));
        }

        var history = ReadOnlyLists.AsSpan(person.Years);
        bool mayRepeat = !StrictlyMonotonic(history);
        for (int i = 0; i < history.Length; i++)
        {
            var staffYear = history[i];
            for (int j = 0; mayRepeat && j < i; j++)
            {
                if (history[j].Year == staffYear.Year)
                {
                    errors.Add(EvaluationErrors.DuplicateYear(person.PersonId, staffYear.Year));
                    break;
                }
            }

            if (staffYear.Year > year)
            {
                errors.Add(EvaluationErrors.FutureYear(person.PersonId, staffYear.Year));
            }

            if (staffYear.MonthsWorked < 0 || staffYear.MaternityLeaveMonths < 0 || staffYear.LeaveMonths < 0 ||
                staffYear.MonthsWorked + staffYear.MaternityLeaveMonths + staffYear.LeaveMonths > 12 ||
                staffYear.MonthsInFormerUnit < 0 || staffYear.MonthsInFormerUnit > staffYear.MonthsWorked + staffYear.MaternityLeaveMonths)
            {
                errors.Add(EvaluationErrors.InvalidMonths(person.PersonId, staffYear.Year));
            }
        }

        if (person.Awards.Count > 1)
        {
            ValidateAwards("person", person.PersonId, ReadOnlyLists.AsSpan(person.Awards), errors);
        }
    }

    /// <summary>Years all rising or all falling (the usual order) cannot repeat, so need no pairwise check.</summary>
    private static bool StrictlyMonotonic(ReadOnlySpan<StaffYear> history)
    {
        if (history.Length < 2)
        {
            return true;
        }

        int previous = history[0].Year;
        int direction = Math.Sign(history[1].Year - (long)previous);
        for (int i = 1; i < history.Length; i++)
        {
            int year = history[i].Year;
            if (direction == 0 || Math.Sign(year - (long)previous) != direction)
            {
                return false;
            }

            previous = year;
        }

        return true;
    }

    /// <summary>Whether every code in <paramref name="byCode"/> names a criterion (the usual case, checked without allocating).</summary>
    private static bool AllKnown(IReadOnlyDictionary<string, decimal> byCode, Dictionary<string, Criterion> criteria)
    {
        foreach (var pair in byCode)
        {
            if (!criteria.ContainsKey(pair.Key))
            {
                return false;
            }
        }

        return true;
    }

    /// <param name="ownerKind">"unit" or "person"; the owner is named <c>kind:id</c> in the error.</param>
    private static void ValidateAwards(string ownerKind, int ownerId, ReadOnlySpan<AwardRecord> awards, List<DomainError> errors)
    {
        for (int i = 1; i < awards.Length; i++)
        {
            var a = awards[i];
            for (int j = 0; j < i; j++)
            {
                var b = awards[j];
                if (a.Year == b.Year && a.Title == b.Title && a.Kind == b.Kind)
                {
                    errors.Add(EvaluationErrors.DuplicateAward($"{ownerKind}:{ownerId}", a.Year, a.Title.ToString()));
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The ids of <paramref name="items"/>, added in order, reporting repeats like a set. Ids that keep increasing
    /// (the usual order) cannot repeat, so the set is only built once the order breaks.
    /// </summary>
    private sealed class SeenIds<T>(IReadOnlyList<T> items, Func<T, int> idOf)
    {
        private HashSet<int>? _set;
        private int _added;
        private int _last;

        public bool Add(int id)
        {
            if (_set is null && (_added == 0 || id > _last))
            {
                _last = id;
                _added++;
                return true;
            }

            if (_set is null)
            {
                _set = new HashSet<int>(items.Count);
                for (int i = 0; i < _added; i++)
                {
                    _set.Add(idOf(items[i]));
                }
            }

            return _set.Add(id);
        }
    }
}
