using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Scoring;
using Emulation.Web.Resources;

namespace Emulation.Web.Services.Evaluation;

/// <summary>Scores of one bloc's units, for the chart of scores by bloc.</summary>
public sealed record BlocScore(int? BlocId, string BlocName, int Units, decimal Average, decimal Highest, decimal Lowest);

/// <summary>How many verdicts of one title ended in each status.</summary>
public sealed record TitleTally(Title Title, int Recommended, int NotEligible, int OverQuota, int Deferred);

/// <summary>Where one bloc's units stand with their results.</summary>
public sealed record BlocProgress(int BlocId, string BlocName, int Units, int Pledged, int ResultsSubmitted, int ResultsAccepted);

public sealed record CriterionOption(string Code, string Name);

/// <summary>The review dashboard's head: the campaign, its rule set and the chart data. Grids page separately.</summary>
public sealed record ReviewSummary(
    int CampaignId,
    string CampaignName,
    int Year,
    CampaignStatus Status,
    string RuleSetId,
    int RuleSetVersion,
    string RuleSetName,
    IReadOnlyList<BlocScore> Blocs,
    IReadOnlyList<TitleTally> Titles,
    IReadOnlyList<BlocProgress> Progress,
    IReadOnlyList<CriterionOption> Criteria,
    int Nominations)
{
    /// <summary>Units and people left out of the ranking because their own data is invalid, each with its problems.</summary>
    public IReadOnlyList<SetAsideView> SetAside { get; init; } = [];

    /// <summary>Units ranked as they are although more of their staff are rated excellent than the cap allows, for the officer to review.</summary>
    public IReadOnlyList<SetAsideView> OverTheExcellentCap { get; init; } = [];

    /// <summary>When the figures shown were evaluated.</summary>
    public DateTimeOffset EvaluatedAt { get; init; }

    /// <summary>Figures changed since <see cref="EvaluatedAt"/> and their evaluation is being made: these are the previous ones.</summary>
    public bool Updating { get; init; }

    /// <summary>
    /// The campaign moved to another stage since <see cref="EvaluatedAt"/> (a step just taken: the review started): the
    /// figures shown are of the stage before, worth waiting for the new ones; figures merely typed since are not.
    /// </summary>
    public bool StageChangedSince { get; init; }
}

public sealed record UnitQuery(int? BlocId = null, string? Search = null, int Page = 0, int PageSize = 25);

public sealed record UnitRow(int UnitId, string UnitName, int? BlocId, string BlocName, int Rank, decimal Total,
    decimal PercentOfMaximum, bool HasMissing, string? TieBreakNote, int Recommended)
{
    /// <summary>Which figures the ranking lacks, worded (results not submitted, or the criteria by name); null when none.</summary>
    public string? MissingNote { get; init; }
}

public sealed record RecommendationQuery(
    int? BlocId = null,
    int? UnitId = null,
    Title? Title = null,
    RecommendationStatus? Status = null,
    string? Search = null,
    int Page = 0,
    int PageSize = 25);

/// <summary>One page of a grid and how many rows match in all.</summary>
public sealed record ReviewPage<T>(IReadOnlyList<T> Rows, int Total);

/// <summary>A unit's score breakdown with the explanation of each line.</summary>
public sealed record UnitScorecard(UnitStanding Standing, int? BlocId, string BlocName, decimal PercentOfMaximum);

/// <summary>A what-if verdict as the panel shows it.</summary>
public sealed record WhatIfRow(RecommendationDiffKind Kind, int? PersonId, int UnitId, string SubjectName, string UnitName,
        Title Title, RecommendationStatus? Before, RecommendationStatus? After, Explanation? BeforeExplanation,
    Explanation? AfterExplanation)
{
    /// <summary>Who the explanations are about, by name.</summary>
    public ExplainedSubject Subject => new(SubjectName, UnitName, PersonId is null);
}

public sealed record WhatIfRankRow(int UnitId, string UnitName, int BeforeRank, int AfterRank, decimal BeforeTotal, decimal AfterTotal);

/// <summary>The sandbox's answer; <see cref="Shown"/> of <see cref="Total"/> verdict changes are listed.</summary>
public sealed record WhatIfView(IReadOnlyList<WhatIfRow> Rows, int Total, int Added, int Removed, int Changed,
    IReadOnlyList<WhatIfRankRow> Ranks)
{
    public int Shown => Rows.Count;
}
