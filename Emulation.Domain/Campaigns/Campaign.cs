using Emulation.Domain.Common;

namespace Emulation.Domain.Campaigns;

/// <summary>An emulation campaign (phong trào thi đua) with its scoring table and lifecycle.</summary>
public sealed class Campaign
{
    public const int NameMaxLength = 300;

    private readonly List<Criterion> _criteria = [];
    private readonly List<CampaignTransition> _transitions = [];

    private Campaign(string name, int year, CampaignKind kind)
    {
        Name = name;
        Year = year;
        Kind = kind;
    }

    public int Id { get; private set; }
    public string Name { get; private set; }
    public int Year { get; private set; }
    public CampaignKind Kind { get; private set; }
    public CampaignStatus Status { get; private set; } = CampaignStatus.Draft;
    public bool RegistrationRequired { get; private set; } = true;
    public DateOnly? PledgeDeadline { get; private set; }
    public DateOnly? ResultsDeadline { get; private set; }
    public IReadOnlyList<Criterion> Criteria => _criteria;
    public IReadOnlyList<CampaignTransition> Transitions => _transitions;

    public static Result<Campaign> Draft(string name, int year, CampaignKind kind,
        DateOnly? pledgeDeadline = null, DateOnly? resultsDeadline = null, bool registrationRequired = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (year is < 2000 or > 2100)
        {
            return Result<Campaign>.Failure(CampaignErrors.InvalidYear(year));
        }

        return Result<Campaign>.Success(new Campaign(name.Trim(), year, kind)
        {
            PledgeDeadline = pledgeDeadline,
            ResultsDeadline = resultsDeadline,
            RegistrationRequired = registrationRequired,
        });
    }

    /// <summary>Adds a line to the scoring table; only while the campaign is a draft.</summary>
    public Result AddCriterion(Criterion criterion)
    {
        if (Status != CampaignStatus.Draft)
        {
            return Result.Failure(CampaignErrors.WrongStatus(Status, CampaignStatus.Draft));
        }

        var errors = ValidateCriterion(criterion).ToList();
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        _criteria.Add(criterion);
        return Result.Success();
    }

    public Result RemoveCriterion(string code)
    {
        if (Status != CampaignStatus.Draft)
        {
            return Result.Failure(CampaignErrors.WrongStatus(Status, CampaignStatus.Draft));
        }

        _criteria.RemoveAll(c => c.Code == code);
        return Result.Success();
    }

    public Result Launch(string by, DateTimeOffset at)
    {
        if (!_criteria.Any(c => c.Kind == CriterionKind.Scored))
        {
            return Result.Failure(CampaignErrors.NoCriteria());
        }

        return MoveTo(CampaignStatus.Launched, CampaignStatus.Draft, by, at);
    }

    public Result OpenResults(string by, DateTimeOffset at) =>
        MoveTo(CampaignStatus.ResultsOpen, CampaignStatus.Launched, by, at);

    public Result StartReview(string by, DateTimeOffset at) =>
        MoveTo(CampaignStatus.Review, CampaignStatus.ResultsOpen, by, at);

    public Result Close(string by, DateTimeOffset at) =>
        MoveTo(CampaignStatus.Closed, CampaignStatus.Review, by, at);

    public Criterion? FindCriterion(string code) => _criteria.Find(c => c.Code == code);

    private IEnumerable<DomainError> ValidateCriterion(Criterion criterion)
    {
        if (_criteria.Any(c => c.Code == criterion.Code))
        {
            yield return CampaignErrors.DuplicateCode(criterion.Code);
        }

        if (criterion.MaxPoints <= 0)
        {
            yield return CampaignErrors.InvalidMaxPoints(criterion.Code);
        }

        if (criterion.Weight <= 0)
        {
            yield return CampaignErrors.InvalidWeight(criterion.Code);
        }
    }

    private Result MoveTo(CampaignStatus to, CampaignStatus requiredFrom, string by, DateTimeOffset at)
    {
        if (Status != requiredFrom)
        {
            return Result.Failure(CampaignErrors.WrongStatus(Status, requiredFrom));
        }

        _transitions.Add(CampaignTransition.Record(Status, to, by, at));
        Status = to;
        return Result.Success();
    }
}
