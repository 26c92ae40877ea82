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
