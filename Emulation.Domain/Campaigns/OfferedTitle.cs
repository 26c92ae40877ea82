using Emulation.Domain.Awards;

namespace Emulation.Domain.Campaigns;

/// <summary>A title or form of commendation the campaign offers, with an optional cap as a percent of participants.</summary>
public sealed class OfferedTitle
{
    private OfferedTitle(Title title, decimal? quotaPercent)
    {
        Title = title;
        QuotaPercent = quotaPercent;
    }

    public int Id { get; private set; }
    public Title Title { get; private set; }
    public decimal? QuotaPercent { get; private set; }

    internal static OfferedTitle Of(Title title, decimal? quotaPercent) => new(title, quotaPercent);

    internal void ChangeQuota(decimal? quotaPercent) => QuotaPercent = quotaPercent;
}
