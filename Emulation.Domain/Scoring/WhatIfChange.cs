using Emulation.Domain.Awards;
using Emulation.Domain.Results;

namespace Emulation.Domain.Scoring;

/// <summary>One change tried in the what-if sandbox; applied to copies of the input and the rule set, never stored.</summary>
public abstract record WhatIfChange;

/// <summary>A unit's reported value for a criterion; null removes the value (as if it had not been reported).</summary>
public sealed record UnitValueChange(int UnitId, string CriterionCode, decimal? Value) : WhatIfChange;

/// <summary>A person's quality rating in the evaluated year.</summary>
public sealed record PersonRatingChange(int PersonId, QualityRating Rating) : WhatIfChange;

/// <summary>The share limit of a title as a percentage; null lifts every quota on the title.</summary>
public sealed record QuotaChange(Title Title, decimal? CapPercent) : WhatIfChange;
