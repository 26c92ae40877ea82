using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;

namespace Emulation.Domain.Pledges;

/// <summary>A unit's registration (đăng ký / giao ước thi đua): a target per criterion and the title it aims for.</summary>
public sealed class Pledge : Submittable, ICampaignOwned
{
    /// <summary>Values above this are treated as typing mistakes.</summary>
    public const decimal MaxPlausibleValue = 1_000_000_000m;

    private readonly List<PledgeTarget> _targets = [];

    private Pledge(int campaignId, int unitId)
    {
        CampaignId = campaignId;
        UnitId = unitId;
    }

    public int Id { get; private set; }
    public int CampaignId { get; private set; }
    public int UnitId { get; private set; }
    public IReadOnlyList<PledgeTarget> Targets => _targets;

    public static Pledge Start(int campaignId, int unitId) => new(campaignId, unitId);

    public decimal? TargetFor(string criterionCode) =>
        _targets.Find(t => t.CriterionCode == criterionCode)?.Target;

    /// <summary>Replaces all targets at once; every criterion that needs a target must have one.</summary>
    public Result SetTargets(IReadOnlyList<Criterion> table, IReadOnlyDictionary<string, decimal?> targets)
    {
        if (IsLocked)
        {
            return Result.Failure(PledgeErrors.NotEditable(Status));
        }

        var errors = new List<DomainError>();
        foreach (var criterion in table.Where(c => c.NeedsTarget))
        {
            targets.TryGetValue(criterion.Code, out var target);
            if (target is null)
            {
                errors.Add(PledgeErrors.MissingTarget(criterion.Code));
            }
            else if (target <= 0)
            {
                errors.Add(PledgeErrors.TargetNotPositive(criterion.Code));
            }
            else if (target > MaxPlausibleValue)
            {
                errors.Add(PledgeErrors.TargetTooLarge(criterion.Code));
            }
            else if (criterion.ProblemWith(target.Value) == CriterionValueProblem.ShareAboveHundred)
            {
                errors.Add(PledgeErrors.ShareAboveHundred(criterion.Code));
            }
        }

        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        _targets.Clear();
        _targets.AddRange(table.Where(c => c.NeedsTarget).Select(c => new PledgeTarget(c.Code, targets[c.Code]!.Value)));
        return Result.Success();
    }

    public Result Submit(string by, DateTimeOffset at) => MarkSubmitted(by, at, PledgeErrors.NotEditable(Status));
}
