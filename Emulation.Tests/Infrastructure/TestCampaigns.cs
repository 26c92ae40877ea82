using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Web.Services.Campaigns;

namespace Emulation.Tests.Infrastructure;

/// <summary>
/// What a launch needs beyond the scoring table (<see cref="Campaign.LaunchRefusals"/>): both deadlines and a title
/// offered. Tests about something else set these before launching their draft.
/// </summary>
public static class TestCampaigns
{
    public static readonly DateOnly PledgeDeadline = new(2026, 3, 31);
    public static readonly DateOnly ResultsDeadline = new(2026, 12, 5);

    /// <summary>The field of a launch in domain tests: one bloc of three units.</summary>
    public static readonly LaunchField Field = new([new LaunchBloc("Khối các phòng", 3)]);

    /// <summary>
    /// Sets a draft's deadlines and offers Lao động tiên tiến (a Giấy khen on a thematic or period campaign, which
    /// also gets its campaign year as its period), so that a table of 100 points can launch.
    /// </summary>
    public static Campaign ReadyToLaunch(this Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        Assert.True(campaign.SetDeadlines(PledgeDeadline, ResultsDeadline).IsSuccess);
        Assert.True(campaign.OfferTitle(Campaign.OffersFor(campaign.Kind).Min()).IsSuccess);
        if (campaign.HasOwnPeriod)
        {
            Assert.True(campaign.SetPeriod(new DateOnly(campaign.Year, 1, 1), new DateOnly(campaign.Year, 12, 31)).IsSuccess);
        }

        return campaign;
    }

    /// <inheritdoc cref="ReadyToLaunch(Campaign)"/>
    public static async Task ReadyToLaunchAsync(this CampaignService campaigns, int campaignId)
    {
        ArgumentNullException.ThrowIfNull(campaigns);
        Assert.True((await campaigns.SetDeadlinesAsync(TestActors.Officer, campaignId,
            PledgeDeadline.ToDateTime(TimeOnly.MinValue), ResultsDeadline.ToDateTime(TimeOnly.MinValue))).IsSuccess);
        Assert.True((await campaigns.OfferTitleAsync(TestActors.Officer, campaignId, Title.AdvancedWorker, null)).IsSuccess);
    }

    /// <summary>
    /// A campaign of 2026 launched with <paramref name="criteria"/> criteria of equal points over the agency's blocs,
    /// coded <see cref="CriterionCode"/> 1, 2…
    /// </summary>
    public static async Task<int> LaunchWithCriteriaAsync(this CampaignService campaigns, string name, int criteria)
    {
        ArgumentNullException.ThrowIfNull(campaigns);
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput { Name = name, Year = 2026 })).Value;
        for (var i = 1; i <= criteria; i++)
        {
            Assert.True((await campaigns.AddCriterionAsync(TestActors.Officer, id,
                new CriterionInput { Code = CriterionCode(i), Name = $"Tiêu chí {i}", MaxPoints = 100m / criteria, UnitOfMeasure = "việc" })).IsSuccess);
        }

        await campaigns.ReadyToLaunchAsync(id);
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, id, CampaignStep.Launch)).IsSuccess);
        return id;
    }

    /// <summary>The code of the <paramref name="i"/>th criterion of <see cref="LaunchWithCriteriaAsync"/> ("C01").</summary>
    public static string CriterionCode(int i) => $"C{i:00}";

    /// <summary>A campaign of <paramref name="year"/> launched with one criterion (HOP, meetings, 100 points) over the agency's blocs.</summary>
    public static async Task<int> LaunchWithOneCriterionAsync(this CampaignService campaigns, string name, int year = 2026)
    {
        ArgumentNullException.ThrowIfNull(campaigns);
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput { Name = name, Year = year })).Value;
        await campaigns.AddCriterionAsync(TestActors.Officer, id,
            new CriterionInput { Code = "HOP", Name = "Cuộc họp", MaxPoints = 100, UnitOfMeasure = "cuộc" });
        await campaigns.ReadyToLaunchAsync(id);
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, id, CampaignStep.Launch)).IsSuccess);
        return id;
    }

    /// <summary>
    /// A thematic campaign of 2026 launched with one criterion (CD, 100 points) that gives Certificates of Commendation:
    /// a form of commendation added by hand needs no unit's submitted results, as a yearly title does.
    /// </summary>
    public static async Task<int> LaunchThematicAsync(this CampaignService campaigns, string name)
    {
        ArgumentNullException.ThrowIfNull(campaigns);
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput
        {
            Name = name, Year = 2026, Kind = CampaignKind.Thematic,
        })).Value;
        Assert.True((await campaigns.SetPeriodAsync(TestActors.Officer, id, new DateTime(2026, 1, 1), new DateTime(2026, 12, 31))).IsSuccess);
        Assert.True((await campaigns.SetDeadlinesAsync(TestActors.Officer, id,
            PledgeDeadline.ToDateTime(TimeOnly.MinValue), ResultsDeadline.ToDateTime(TimeOnly.MinValue))).IsSuccess);
        Assert.True((await campaigns.OfferTitleAsync(TestActors.Officer, id, Title.CertificateOfCommendation, null)).IsSuccess);
        Assert.True((await campaigns.AddCriterionAsync(TestActors.Officer, id,
            new CriterionInput { Code = "CD", Name = "Nhiệm vụ chuyên đề", MaxPoints = 100, UnitOfMeasure = "việc" })).IsSuccess);
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, id, CampaignStep.Launch)).IsSuccess);
        return id;
    }
}
