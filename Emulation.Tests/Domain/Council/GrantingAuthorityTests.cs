using Emulation.Domain.Awards;
using Emulation.Domain.Proposals;
using Emulation.Domain.Rules;
using Emulation.Tests.Infrastructure;

namespace Emulation.Tests.Domain.Council;

/// <summary>Law 06/2022 Art. 78–80: the agency's head grants the base titles; everything above goes up as a proposal.</summary>
[Trait("Category", "Fast")]
public sealed class GrantingAuthorityTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 10, 8, 0, 0, TimeSpan.FromHours(7));
    private static readonly GrantingRules Law = new();

    private static Nomination Passed(Title title)
    {
        var nomination = Nomination.Propose(1, 10, 2, title, TestExplanations.For(title));
        Assert.True(nomination.RecordCountedBallot(new BallotTally(5, 5, 5, 0, 0), "officer", At).IsSuccess);
        return nomination;
    }

    [Theory]
    [InlineData(Title.AdvancedWorker)]
    [InlineData(Title.GrassrootsEmulationFighter)]
    [InlineData(Title.AdvancedLabourCollective)]
    [InlineData(Title.CertificateOfCommendation)]
    [InlineData(Title.CollectiveCertificateOfCommendation)]
    public void Art80_1_TheHeadOfAgencyDecidesTheBaseTitles(Title title)
    {
        var rule = Law.For(title);

        Assert.Equal(AwardingLevel.HeadOfAgency, rule.DecidedBy);
        Assert.Contains("Điều 80 khoản 1", rule.Article, StringComparison.Ordinal);
        Assert.True(Passed(title).Approve("lanhdao", At, rule).IsSuccess);
    }

    [Theory]
    [InlineData(Title.ProvincialEmulationFighter, AwardingLevel.ProvincialChairman)]
    [InlineData(Title.ProvincialCertificateOfMerit, AwardingLevel.ProvincialChairman)]
    [InlineData(Title.CollectiveProvincialCertificateOfMerit, AwardingLevel.ProvincialChairman)]
    [InlineData(Title.ExcellentLabourCollective, AwardingLevel.ProvincialChairman)]
    [InlineData(Title.ProvincialEmulationFlag, AwardingLevel.ProvincialChairman)]
    [InlineData(Title.PrimeMinisterCertificateOfMerit, AwardingLevel.PrimeMinister)]
    [InlineData(Title.LabourOrderThirdClass, AwardingLevel.StatePresident)]
    public void TitlesAboveTheAgency_CannotBeApprovedByIt_OnlySentUp(Title title, AwardingLevel decidedBy)
    {
        var rule = Law.For(title);
        var nomination = Passed(title);

        var approval = nomination.Approve("lanhdao", At, rule);

        Assert.Equal(decidedBy, rule.DecidedBy);
        var error = Assert.Single(approval.Errors);
        Assert.Equal(("nomination.decided_above", decidedBy.ToString()), (error.Code, error.Item));
        Assert.Equal(NominationStatus.Passed, nomination.Status);
        Assert.True(nomination.SendUp(3, rule).IsSuccess);
        Assert.Equal(NominationStatus.SentUp, nomination.Status);
    }

    [Fact]
    public void SendUp_OfATitleTheAgencyDecides_IsRefused()
    {
        var nomination = Passed(Title.AdvancedWorker);

        var sent = nomination.SendUp(3, Law.For(Title.AdvancedWorker));

        Assert.Equal("nomination.agency_decides", Assert.Single(sent.Errors).Code);
        Assert.Null(nomination.ProposalId);
    }

    [Fact]
    public void ASentUpNomination_WaitsForTheHigherLevel_AndCannotBeRejectedOrWithdrawnHere()
    {
        var nomination = Passed(Title.ProvincialCertificateOfMerit);
        Assert.True(nomination.SendUp(3, Law.For(nomination.Title)).IsSuccess);

        Assert.NotEmpty(nomination.Reject("lanhdao", At, "không").Errors);
        Assert.Equal("nomination.cannot_withdraw", Assert.Single(nomination.Withdraw("congdoan", At, "rút").Errors).Code);
        Assert.NotEmpty(nomination.Approve("lanhdao", At, Law.For(nomination.Title)).Errors);
        Assert.Equal(NominationStatus.SentUp, nomination.Status);
    }

    [Fact]
    public void OutcomeAbove_GrantedOrRefusedWithAReason_IsRecordedOnce()
    {
        var granted = Passed(Title.ProvincialCertificateOfMerit);
        var refused = Passed(Title.ProvincialEmulationFighter);
        Assert.True(granted.SendUp(3, Law.For(granted.Title)).IsSuccess);
        Assert.True(refused.SendUp(3, Law.For(refused.Title)).IsSuccess);

        Assert.Equal("nomination.reason_required", Assert.Single(refused.RecordOutcomeAbove(false, "congdoan", At, " ").Errors).Code);
        Assert.True(granted.RecordOutcomeAbove(true, "congdoan", At, null).IsSuccess);
        Assert.True(refused.RecordOutcomeAbove(false, "congdoan", At, "Chưa đủ sáng kiến cấp tỉnh").IsSuccess);

        Assert.Equal(NominationStatus.Approved, granted.Status);
        Assert.Equal((NominationStatus.Rejected, "Chưa đủ sáng kiến cấp tỉnh"), (refused.Status, refused.RejectionReason));
        Assert.Equal("nomination.already_decided", Assert.Single(granted.RecordOutcomeAbove(true, "x", At, null).Errors).Code);
    }

    [Fact]
    public void OutcomeAbove_OfANominationNeverSentUp_IsRefused()
    {
        var nomination = Passed(Title.ProvincialCertificateOfMerit);

        Assert.Equal("nomination.not_sent_up", Assert.Single(nomination.RecordOutcomeAbove(true, "x", At, null).Errors).Code);
    }

    [Fact]
    public void Proposal_GoesToOneAuthority_AndNeedsItsLetterNumberAndRecipient()
    {
        var mixed = Proposal.Send(1, "45/TTr-VP", new DateOnly(2026, 12, 12), "Chủ tịch UBND tỉnh",
            [AwardingLevel.ProvincialChairman, AwardingLevel.PrimeMinister], "lanhdao", At);
        var blank = Proposal.Send(1, " ", new DateOnly(2026, 12, 12), "", [AwardingLevel.ProvincialChairman], "lanhdao", At);

        Assert.Equal("proposal.mixed_levels", Assert.Single(mixed.Errors).Code);
        Assert.Equal(["proposal.number_required", "proposal.recipient_required"], blank.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Proposal_ReturnedForAmendment_IsSentAgainUnderANewNumber_AndKeepsTheReason()
    {
        var proposal = Proposal.Send(1, "45/TTr-VP", new DateOnly(2026, 12, 12), "Chủ tịch UBND tỉnh",
            [AwardingLevel.ProvincialChairman], "lanhdao", At).Value;

        Assert.Equal("proposal.reason_required", Assert.Single(proposal.Return("", At).Errors).Code);
        Assert.True(proposal.Return("Thiếu báo cáo thành tích của ông A", At).IsSuccess);
        Assert.Equal("proposal.not_sent", Assert.Single(proposal.AcceptsOutcome().Errors).Code);
        Assert.True(proposal.SendAgain("52/TTr-VP", new DateOnly(2026, 12, 20), "lanhdao", At).IsSuccess);

        Assert.Equal((ProposalStatus.Sent, "52/TTr-VP", 1, "Thiếu báo cáo thành tích của ông A"),
            (proposal.Status, proposal.Number, proposal.Resent, proposal.ReturnReason));
        Assert.Equal("proposal.not_returned", Assert.Single(proposal.SendAgain("53/TTr-VP", new DateOnly(2026, 12, 21), "x", At).Errors).Code);
    }

    [Fact]
    public void RuleSetValidator_RefusesATitleProposedFromAboveTheLevelThatDecidesIt()
    {
        var rules = RuleSetCatalog.Decree152 with
        {
            Granting = new GrantingRules
            {
                Rules = [new(Title.AdvancedWorker, AwardingLevel.HeadOfAgency, AwardingLevel.ProvincialChairman, "x")],
            },
        };

        Assert.Contains(RuleSetValidator.Validate(rules), e => e.Code == "rules.invalid_granting");
        Assert.DoesNotContain(RuleSetValidator.Validate(RuleSetCatalog.Decree152), e => e.Code == "rules.invalid_granting");
    }
}
