namespace Emulation.Domain.Campaigns;

/// <summary>A recorded change to a launched campaign's scoring table: who, when, why and what changed.</summary>
public sealed class CampaignAmendment
{
    public const int ByMaxLength = 256;
    public const int ReasonMaxLength = 1000;
    public const int ChangeMaxLength = 1000;

    private CampaignAmendment(string by, DateTimeOffset at, string reason, string change)
    {
        By = by;
        At = at;
        Reason = reason;
        Change = change;
    }

    public int Id { get; private set; }
    public string By { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Reason { get; private set; }

    /// <summary>What changed, as text (e.g. "A1: max points 20 → 25").</summary>
    public string Change { get; private set; }

    internal static CampaignAmendment Record(string by, DateTimeOffset at, string reason, string change) =>
        new(by, at, reason, change);
}
