using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;

namespace Emulation.Tests.Domain.Entities;

/// <summary>
/// The awards of a thematic or period campaign are thematic (chuyên đề, theo đợt) and no basis for a later merit award
/// (Decree 152/2025 Art. 4(3)); a yearly campaign's are merit awards.
/// </summary>
[Trait("Category", "Fast")]
public sealed class CampaignAwardKindTests
{
    [Theory]
    [InlineData(CampaignKind.Yearly, AwardKind.Merit)]
    [InlineData(CampaignKind.Thematic, AwardKind.Thematic)]
    [InlineData(CampaignKind.Period, AwardKind.Thematic)]
    public void TheCampaignsKind_GivesItsAwardsKind(CampaignKind kind, AwardKind expected)
    {
        var campaign = Campaign.Draft("Phong trào thi đua", 2026, kind).Value;

        Assert.Equal(expected, campaign.AwardKind);
    }
}
