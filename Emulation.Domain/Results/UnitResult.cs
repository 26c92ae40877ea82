using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Pledges;

namespace Emulation.Domain.Results;

/// <summary>A unit's reported performance in a campaign (báo cáo kết quả): a value per criterion.</summary>
public sealed class UnitResult : Submittable, ICampaignOwned
{
    private readonly List<ResultValue> _values = [];

    private UnitResult(int campaignId, int unitId)
    {
        CampaignId = campaignId;
        UnitId = unitId;
    }

    public int Id { get; private set; }
    public int CampaignId { get; private set; }
    public int UnitId { get; private set; }
    public IReadOnlyList<ResultValue> Values => _values;

    public static UnitResult Start(int campaignId, int unitId) => new(campaignId, unitId);

    public decimal? ValueFor(string criterionCode) =>
        _values.Find(v => v.CriterionCode == criterionCode)?.Value;

    /// <summary>Saves a draft: values are checked one by one; missing values are allowed until submission.</summary>
    public Result Record(IReadOnlyList<Criterion> table, IReadOnlyDictionary<string, decimal?> values)
    {
        if (IsLocked)
        {
            return Result.Failure(ResultErrors.NotEditable(Status));
        }

        var errors = values.Keys.Where(code => table.All(c => c.Code != code))
            .Select(ResultErrors.UnknownCriterion).ToList();
        foreach (var criterion in table)
        {
            if (values.TryGetValue(criterion.Code, out var value) && value is { } v)
            {
                errors.AddRange(Validate(criterion, v));
            }
        }

        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        _values.Clear();
        _values.AddRange(table
            .Where(c => values.TryGetValue(c.Code, out var v) && v is not null)
            .Select(c => new ResultValue(c.Code, values[c.Code]!.Value)));
        return Result.Success();
    }

    public Result Submit(IReadOnlyList<Criterion> table, string by, DateTimeOffset at)
    {
        if (IsLocked)
        {
            return Result.Failure(ResultErrors.NotEditable(Status));
        }

        var missing = table
            .Where(c => c.Kind == CriterionKind.Scored && c.Method != ScoringMethod.CouncilPoints)
            .Where(c => ValueFor(c.Code) is null)
            .Select(c => ResultErrors.Missing(c.Code))
            .ToList();
        if (missing.Count > 0)
        {
            return Result.Failure(missing);
        }

        return MarkSubmitted(by, at, ResultErrors.NotEditable(Status));
    }

    private static IEnumerable<DomainError> Validate(Criterion criterion, decimal value)
    {
        var problem = criterion.ProblemWith(value);
        if (problem == CriterionValueProblem.Negative)
        {
            yield return ResultErrors.Negative(criterion.Code);
        }
        else if (value > Pledge.MaxPlausibleValue)
        {
            yield return ResultErrors.TooLarge(criterion.Code);
        }
        else if (problem == CriterionValueProblem.NotYesNo)
        {
            yield return ResultErrors.NotYesNo(criterion.Code);
        }
        else if (problem == CriterionValueProblem.AboveMaxPoints)
        {
            yield return ResultErrors.AboveMaxPoints(criterion.Code, criterion.MaxPoints);
        }
        else if (problem == CriterionValueProblem.ShareAboveHundred)
        {
            yield return ResultErrors.PercentOutOfRange(criterion.Code);
        }
    }
}
