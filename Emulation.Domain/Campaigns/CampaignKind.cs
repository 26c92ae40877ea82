namespace Emulation.Domain.Campaigns;

/// <summary>Legal forms of a campaign (Law 06/2022 Art. 6) plus the common "by period / peak" practice.</summary>
public enum CampaignKind
{
    Yearly,
    Thematic,
    Period,
}
