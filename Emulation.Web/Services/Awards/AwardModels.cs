using Emulation.Domain.Awards;
using Emulation.Domain.Scoring;
using Emulation.Web.Resources;

namespace Emulation.Web.Services.Awards;

public sealed class DecisionInput
{
    public string DecisionNumber { get; set; } = "";
    public DateTime? DecisionDate { get; set; }

    /// <summary>Who signs; blank means the signed-in leader's full name.</summary>
    public string SignerName { get; set; } = "";

    /// <summary>The signer's position; blank means the configured default (Chánh Văn phòng).</summary>
    public string SignerPosition { get; set; } = "";
}

/// <summary>
/// An award as the list shows it. <see cref="SignerName"/> is the person who signed its decision, when the decision was
/// issued here; awards recorded from earlier years know only the authority (<see cref="IssuerName"/>).
/// </summary>
public sealed record AwardView(int Id, string RecipientName, string UnitNameAtDecision, int Year, Title Title,
    AwardKind Kind, string DecisionNumber, DateOnly DecisionDate, string IssuerName, string? SignerName = null);
