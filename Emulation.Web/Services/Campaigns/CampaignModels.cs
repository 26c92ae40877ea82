using Emulation.Domain.Campaigns;

namespace Emulation.Web.Services.Campaigns;

public sealed record CampaignSummary(int Id, string Name, int Year, CampaignKind Kind, CampaignStatus Status,
    int CriteriaCount, DateOnly? PledgeDeadline, DateOnly? ResultsDeadline);

public sealed record CriterionView(string Code, string Name, string Group, CriterionKind Kind, ScoringMethod Method,
    decimal MaxPoints, decimal Weight, string UnitOfMeasure, decimal PointsPerUnit, bool NeedsTarget);

public sealed record TransitionView(CampaignStatus From, CampaignStatus To, string By, DateTimeOffset At);

public sealed record CampaignDetail(CampaignSummary Summary, IReadOnlyList<CriterionView> Criteria,
    IReadOnlyList<TransitionView> Transitions)
{
    public decimal MaxScoredPoints => Criteria.Where(c => c.Kind == CriterionKind.Scored).Sum(c => c.MaxPoints * c.Weight);
}

public sealed class CampaignDraftInput
{
    public string Name { get; set; } = "";
    public int Year { get; set; }
    public CampaignKind Kind { get; set; } = CampaignKind.Yearly;
    public DateTime? PledgeDeadline { get; set; }
    public DateTime? ResultsDeadline { get; set; }
}

public sealed class CriterionInput
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Group { get; set; } = "";
    public CriterionKind Kind { get; set; } = CriterionKind.Scored;
    public ScoringMethod Method { get; set; } = ScoringMethod.ProportionalToTarget;
    public decimal MaxPoints { get; set; } = 10;
    public decimal PointsPerUnit { get; set; } = 1;
    public string UnitOfMeasure { get; set; } = "";
}

public enum CampaignStep
{
    Launch,
    OpenResults,
    StartReview,
    Close,
}
