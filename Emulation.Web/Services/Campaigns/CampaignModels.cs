using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Web.Documents.Excel;

namespace Emulation.Web.Services.Campaigns;

public sealed record CampaignSummary(int Id, string Name, int Year, CampaignKind Kind, CampaignStatus Status,
    int CriteriaCount, DateOnly? PledgeDeadline, DateOnly? ResultsDeadline)
{
    /// <summary>A thematic or period campaign's first day; null for a yearly campaign or while not set.</summary>
    public DateOnly? StartsOn { get; init; }

    /// <summary>A thematic or period campaign's last day, in its year.</summary>
    public DateOnly? EndsOn { get; init; }

    /// <summary>The whole years a thematic campaign runs (Law 06/2022 Art. 26(2)); null for the other kinds.</summary>
    public int? ThematicYears { get; init; }
}

public sealed record CriterionView(string Code, string Name, string Group, CriterionKind Kind, ScoringMethod Method,
    decimal MaxPoints, decimal Weight, string UnitOfMeasure, decimal PointsPerUnit, bool NeedsTarget)
{
    public IReadOnlyList<ScoreBand> Bands { get; init; } = [];

    public CriterionDirection Direction { get; init; } = CriterionDirection.HigherIsBetter;
}

public sealed record OfferedTitleView(Title Title, decimal? QuotaPercent);

public sealed record AmendmentView(string By, DateTimeOffset At, string Reason, string Change);

public sealed record TransitionView(CampaignStatus From, CampaignStatus To, string By, DateTimeOffset At);

public sealed record CampaignDetail(CampaignSummary Summary, IReadOnlyList<CriterionView> Criteria,
    IReadOnlyList<TransitionView> Transitions)
{
    public IReadOnlyList<OfferedTitleView> OfferedTitles { get; init; } = [];
    public IReadOnlyList<AmendmentView> Amendments { get; init; } = [];

    /// <summary>The version read; the designer hands it back so a change made by another officer meanwhile is not overwritten.</summary>
    public Guid Version { get; init; }

    /// <summary>Sum of the scored criteria's maximum points, bonus and penalty excluded; expected to be 100.</summary>
    public decimal ScoredPointsTotal => Criteria.Where(c => c.Kind == CriterionKind.Scored).Sum(c => c.MaxPoints);

    public decimal MaxScoredPoints => Criteria.Where(c => c.Kind == CriterionKind.Scored).Sum(c => c.MaxPoints * c.Weight);
}

public sealed class CampaignDraftInput
{
    public string Name { get; set; } = "";
    public int Year { get; set; }
    public CampaignKind Kind { get; set; } = CampaignKind.Yearly;
    public DateTime? PledgeDeadline { get; set; }
    public DateTime? ResultsDeadline { get; set; }

    /// <summary>The first day of a thematic or period campaign (<see cref="Campaign.SetPeriod"/>); ignored for a yearly one.</summary>
    public DateTime? StartsOn { get; set; }

    /// <summary>The last day of a thematic or period campaign, in its year; ignored for a yearly one.</summary>
    public DateTime? EndsOn { get; set; }
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
    public CriterionDirection Direction { get; set; } = CriterionDirection.HigherIsBetter;
    public decimal Weight { get; set; } = 1m;

    /// <summary>For <see cref="ScoringMethod.Bands"/>: from a percent of the target, a percent of the maximum points.</summary>
    public List<BandInput> Bands { get; } = [];

    /// <summary>The first text field the domain's clean-text rule refuses, or null.</summary>
    public DomainError? Unclean() => CleanText.Refusal(Code) ?? CleanText.Refusal(Name) ?? CleanText.Refusal(Group) ??
        CleanText.Refusal(UnitOfMeasure);

    public Criterion ToCriterion() => Kind switch
    {
        CriterionKind.Bonus => Criterion.Bonus(Code, Name, PointsPerUnit, MaxPoints, UnitOfMeasure),
        CriterionKind.Penalty => Criterion.Penalty(Code, Name, PointsPerUnit, MaxPoints, UnitOfMeasure),
        _ => Criterion.Scored(Code, Name, Group, MaxPoints, UnitOfMeasure, Method, Direction, Weight,
            bands: Method == ScoringMethod.Bands ? Bands.Select(b => b.ToBand()) : null),
    };

    /// <summary>A line of the table as the editor opens it to change it.</summary>
    public static CriterionInput From(CriterionView criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        var input = new CriterionInput
        {
            Code = criterion.Code, Name = criterion.Name, Group = criterion.Group, Kind = criterion.Kind,
            Method = criterion.Kind == CriterionKind.Scored ? criterion.Method : ScoringMethod.ProportionalToTarget,
            MaxPoints = criterion.MaxPoints, PointsPerUnit = criterion.PointsPerUnit, UnitOfMeasure = criterion.UnitOfMeasure,
            Direction = criterion.Direction, Weight = criterion.Weight,
        };
        input.Bands.AddRange(criterion.Bands.Select(b => new BandInput
        {
            MinPercentOfTarget = b.MinRatio * 100m, PercentOfMax = b.ShareOfMax * 100m,
        }));
        return input;
    }
}

public sealed class BandInput
{
    public decimal MinPercentOfTarget { get; set; } = 100;
    public decimal PercentOfMax { get; set; } = 100;

    public ScoreBand ToBand() => new(MinPercentOfTarget / 100m, PercentOfMax / 100m);
}

/// <summary>An officer's request to change a launched criterion's maximum points.</summary>
public sealed record MaxPointsAmendment(string Code, decimal NewMaxPoints, string Reason);

/// <summary>An officer's request to add a criterion to a launched campaign.</summary>
public sealed record CriterionAmendment(CriterionInput Criterion, string Reason);

public enum CampaignStep
{
    Launch,
    OpenResults,
    StartReview,
    Close,
}

/// <summary>Outcome of a scoring-table upload: the criteria imported, or every problem found (then nothing was saved).</summary>
public sealed record ScoringTableImportReport(IReadOnlyList<ImportRowError> Errors, int Imported)
{
    public bool IsSuccess => Errors.Count == 0;
}

/// <summary>
/// What a launch would do: the campaign's name, the units it tells, why it would be refused (empty when it would not),
/// and the deadlines it launches with, which the confirmation warns about when already past.
/// </summary>
public sealed record LaunchPreview(string CampaignName, int Units, IReadOnlyList<DomainError> Refusals,
    DateOnly? PledgeDeadline, DateOnly? ResultsDeadline)
{
    public bool CanLaunch => Refusals.Count == 0;
}
