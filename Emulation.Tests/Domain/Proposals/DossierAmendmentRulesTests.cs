using Emulation.Domain.Awards;
using Emulation.Domain.Proposals;
using Emulation.Domain.Rules;
using Emulation.Tests.Infrastructure;

namespace Emulation.Tests.Domain.Proposals;

/// <summary>
/// Issue 21, item 4: a dossier returned for amendment loses nominees (withdrawn with a reason, kept as once in it) and
/// gains passed nominees of its campaign that its level decides; never while it is with the receiving level.
/// </summary>
[Trait("Category", "Fast")]
public sealed class DossierAmendmentRulesTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 10, 8, 0, 0, TimeSpan.FromHours(7));
    private static readonly GrantingRule Provincial = new(Title.ProvincialCertificateOfMerit, AwardingLevel.ProvincialChairman,
        AwardingLevel.HeadOfAgency, "Điều 74");

    private static Proposal Sent() => Proposal.Send(1, "45/TTr-VP", new DateOnly(2026, 12, 12),
        "Chủ tịch UBND tỉnh (qua Ban Thi đua – Khen thưởng)", [AwardingLevel.ProvincialChairman], "lanhdao", At, 7).Value;

    private static Nomination Passed(int campaignId = 1, Title title = Title.ProvincialCertificateOfMerit)
    {
        var nomination = Nomination.Propose(campaignId, 3, 2, title, TestExplanations.For(title));
        Assert.True(nomination.RecordCountedBallot(new BallotTally(5, 5, 5, 0, 0), "hoidong1", At).IsSuccess);
        return nomination;
    }

    [Fact]
    public void WhileWithTheReceivingLevel_NothingIsWithdrawnOrAdded()
    {
        var proposal = Sent();
        var inIt = Passed();
        Assert.True(inIt.SendUp(proposal.Id, Provincial).IsSuccess);

        Assert.Equal("proposal.not_returned_for_amendment", Assert.Single(proposal.Withdraw(inIt, "lanhdao", At, "Rút.").Errors).Code);
        Assert.Equal("proposal.not_returned_for_amendment", Assert.Single(proposal.Include(Passed(), Provincial).Errors).Code);
        Assert.Equal(NominationStatus.SentUp, inIt.Status);
    }

    [Fact]
    public void AReturnedDossier_WithdrawsARefusedNominee_KeepingWhoWhenWhyAndTheDossier()
    {
        var proposal = Sent();
        var refused = Passed();
        Assert.True(refused.SendUp(proposal.Id, Provincial).IsSuccess);
        Assert.True(refused.RecordOutcomeAbove(false, "bantdkt", At, "Chưa đủ điều kiện.").IsSuccess);
        Assert.True(proposal.Return("Rút trường hợp chưa đủ điều kiện.", At).IsSuccess);

        Assert.Equal("nomination.reason_required", Assert.Single(proposal.Withdraw(refused, "lanhdao", At, "  ").Errors).Code);
        Assert.True(proposal.Withdraw(refused, "lanhdao", At, "  Theo ý kiến thẩm định  ").IsSuccess);

        Assert.Equal((NominationStatus.Withdrawn, (int?)proposal.Id, "lanhdao", At, "Theo ý kiến thẩm định", "Chưa đủ điều kiện."),
            (refused.Status, refused.ProposalId, refused.WithdrawnBy, refused.WithdrawnAt, refused.WithdrawalReason, refused.RejectionReason));
        Assert.Equal("nomination.cannot_withdraw", Assert.Single(proposal.Withdraw(refused, "lanhdao", At, "Lần nữa.").Errors).Code);
        Assert.Equal("proposal.not_in_proposal", Assert.Single(proposal.Withdraw(Passed(), "lanhdao", At, "Rút.").Errors).Code);
    }

    [Fact]
    public void AReturnedDossier_AddsOnlyAPassedNomineeOfItsCampaignThatItsLevelDecides()
    {
        var proposal = Sent();
        Assert.True(proposal.Return("Bổ sung.", At).IsSuccess);
        var primeMinister = new GrantingRule(Title.PrimeMinisterCertificateOfMerit, AwardingLevel.PrimeMinister,
            AwardingLevel.ProvincialChairman, "Điều 71");
        var agency = new GrantingRule(Title.CertificateOfCommendation, AwardingLevel.HeadOfAgency, AwardingLevel.HeadOfAgency, "Điều 75");
        var failed = Nomination.Propose(1, 3, 2, Title.ProvincialCertificateOfMerit, TestExplanations.For(Title.ProvincialCertificateOfMerit));

        Assert.Equal("proposal.other_campaign", Assert.Single(proposal.Include(Passed(campaignId: 2), Provincial).Errors).Code);
        Assert.Equal("proposal.mixed_levels", Assert.Single(proposal.Include(Passed(title: Title.PrimeMinisterCertificateOfMerit), primeMinister).Errors).Code);
        Assert.Equal("nomination.agency_decides", Assert.Single(proposal.Include(Passed(title: Title.CertificateOfCommendation), agency).Errors).Code);
        Assert.Equal("nomination.not_passed", Assert.Single(proposal.Include(failed, Provincial).Errors).Code);

        var added = Passed();
        Assert.True(proposal.Include(added, Provincial).IsSuccess);
        Assert.Equal((NominationStatus.SentUp, (int?)proposal.Id), (added.Status, added.ProposalId));
        Assert.True(proposal.SendAgain(null, new DateOnly(2026, 12, 20), "lanhdao", At).IsSuccess);
    }
}
