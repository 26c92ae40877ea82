using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Tests.Infrastructure;
using Emulation.Domain.Pledges;

namespace Emulation.Tests.Pledges;

/// <summary>
/// A staff member's own emulation registration (bản đăng ký thi đua cá nhân): a personal emulation title the campaign
/// offers, while the campaign takes pledges.
/// </summary>
public sealed class PersonalPledgeTests
{
    private static readonly DateTimeOffset At = new(2026, 2, 10, 9, 0, 0, TimeSpan.FromHours(7));

    private static Campaign Launched(params Title[] offered)
    {
        var campaign = Campaign.Draft("Thi đua năm 2026", 2026, CampaignKind.Yearly).Value;
        campaign.AddCriterion(Criterion.Scored("A", "Tiêu chí A", "I", 100, "lần"));
        campaign.SetDeadlines(TestCampaigns.PledgeDeadline, TestCampaigns.ResultsDeadline);
        foreach (var title in offered)
        {
            campaign.OfferTitle(title);
        }

        Assert.True(campaign.Launch("congdoan", At, TestCampaigns.Field).IsSuccess);
        return campaign;
    }

    [Fact]
    public void Register_AnOfferedPersonalTitle_KeepsTheTitleAndTheTrimmedCommitment()
    {
        var campaign = Launched(Title.AdvancedWorker, Title.GrassrootsEmulationFighter);

        var pledge = PersonalPledge.Register(campaign, 7, Title.GrassrootsEmulationFighter, "  Có một sáng kiến được công nhận. ", At);

        Assert.True(pledge.IsSuccess);
        Assert.Equal(Title.GrassrootsEmulationFighter, pledge.Value.Title);
        Assert.Equal("Có một sáng kiến được công nhận.", pledge.Value.Commitment);
        Assert.Equal(At, pledge.Value.RegisteredAt);
    }

    [Fact]
    public void Register_ATitleTheCampaignDoesNotOffer_IsRefused()
    {
        var campaign = Launched(Title.AdvancedWorker);

        var pledge = PersonalPledge.Register(campaign, 7, Title.ProvincialEmulationFighter, null, At);

        Assert.Equal("personal_pledge.title_not_offered", Assert.Single(pledge.Errors).Code);
    }

    [Fact]
    public void Register_ACommendationOrACollectiveTitle_IsRefusedEvenWhenOffered()
    {
        var campaign = Launched(Title.CertificateOfCommendation, Title.AdvancedLabourCollective);

        Assert.Empty(PersonalPledge.ChoicesIn(campaign));
        Assert.Equal("personal_pledge.title_not_offered",
            Assert.Single(PersonalPledge.Register(campaign, 7, Title.CertificateOfCommendation, null, At).Errors).Code);
        Assert.Equal("personal_pledge.title_not_offered",
            Assert.Single(PersonalPledge.Register(campaign, 7, Title.AdvancedLabourCollective, null, At).Errors).Code);
    }

    [Fact]
    public void Register_AfterThePledgeWindow_ResultsOpen_IsRefused()
    {
        var campaign = Launched(Title.AdvancedWorker);
        campaign.OpenResults("congdoan", At.AddMonths(2));

        var pledge = PersonalPledge.Register(campaign, 7, Title.AdvancedWorker, null, At.AddMonths(2));

        Assert.Equal("personal_pledge.window_closed", Assert.Single(pledge.Errors).Code);
    }

    [Fact]
    public void Change_WhileTheCampaignTakesPledges_ChangesTitleAndCommitment_ButNotAfter()
    {
        var campaign = Launched(Title.AdvancedWorker, Title.GrassrootsEmulationFighter);
        var pledge = PersonalPledge.Register(campaign, 7, Title.AdvancedWorker, "Hoàn thành tốt nhiệm vụ.", At).Value;

        var changed = pledge.Change(campaign, Title.GrassrootsEmulationFighter, null, At.AddDays(3));
        campaign.OpenResults("congdoan", At.AddMonths(2));
        var late = pledge.Change(campaign, Title.AdvancedWorker, null, At.AddMonths(2));

        Assert.True(changed.IsSuccess);
        Assert.Equal("personal_pledge.window_closed", Assert.Single(late.Errors).Code);
        Assert.Equal(Title.GrassrootsEmulationFighter, pledge.Title);
        Assert.Null(pledge.Commitment);
        Assert.Equal(At.AddDays(3), pledge.ChangedAt);
    }

    [Fact]
    public void Register_ACommitmentTooLongOrWithControlCharacters_IsRefused()
    {
        var campaign = Launched(Title.AdvancedWorker);

        var tooLong = PersonalPledge.Register(campaign, 7, Title.AdvancedWorker, new string('a', PersonalPledge.CommitmentMaxLength + 1), At);
        var bidi = PersonalPledge.Register(campaign, 7, Title.AdvancedWorker, "Cam kết \u202E ngược", At);

        Assert.Equal("personal_pledge.commitment_too_long", Assert.Single(tooLong.Errors).Code);
        Assert.False(bidi.IsSuccess);
    }
}
