using Emulation.Domain.Awards;
using Emulation.Domain.LongService;

namespace Emulation.Web.Services.LongService;

/// <summary>
/// A person the engine lists for a long-service form, with the explanation, whether they retired, and the open or
/// decided proposal already made for them (a second is not offered).
/// </summary>
public sealed record LongServiceRow(int PersonId, string FullName, string? Code, string UnitName, bool Retired,
    LongServiceExplanation Explanation, int? ProposalId)
{
    /// <summary>The person died: the award would be given posthumously (truy tặng).</summary>
    public bool Deceased { get; init; }
}

/// <summary>The list as read on one day, under the rule set in force that day.</summary>
public sealed record LongServiceList(DateOnly AsOf, string RuleSetId, int RuleSetVersion, IReadOnlyList<LongServiceRow> Rows);

/// <summary>What the officer sends: the person, the form, and the contribution in words.</summary>
public sealed class LongServiceProposalInput
{
    public int PersonId { get; set; }
    public Title Title { get; set; }
    public string Achievement { get; set; } = "";
}
