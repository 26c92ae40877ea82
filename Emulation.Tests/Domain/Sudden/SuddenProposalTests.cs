using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Domain.Rules;
using Emulation.Domain.Sudden;

namespace Emulation.Tests.Domain.Sudden;

/// <summary>The short path of a sudden award and what the rule set allows on the spot (Law 06/2022 Art. 75).</summary>
[Trait("Category", "Fast")]
public sealed class SuddenProposalTests
{
    private static readonly DateTimeOffset At = new(2026, 9, 15, 8, 0, 0, TimeSpan.FromHours(7));
    private static readonly GrantingRules Law = new();
    private static readonly SuddenAwardRules Defaults = new();

    private static SuddenAwardRules WithCouncil() => new()
    {
        Rules = [new SuddenAwardRule(Title.CertificateOfCommendation, [SuddenProposer.UnionOfficer], true, SuddenAwardRules.CommendationArticle)],
    };

    private static SuddenProposal Propose(SuddenAwardRules? rules = null, SuddenProposer proposer = SuddenProposer.UnionOfficer)
    {
        var proposed = SuddenProposal.Propose(7, 3, Title.CertificateOfCommendation, "  Cứu người trong lũ  ",
            rules ?? Defaults, Law, proposer, "congdoan", At);
        Assert.True(proposed.IsSuccess, string.Join("; ", proposed.Errors));
        return proposed.Value;
    }

    private static IEnumerable<string> Codes(Result result) => result.Errors.Select(e => e.Code);

    [Fact]
    public void Defaults_GiveTheCertificateOfCommendationOnTheSpot_WithoutTheCouncil()
    {
        var proposal = Propose(proposer: SuddenProposer.DepartmentHead);

        Assert.Equal("Cứu người trong lũ", proposal.Achievement);
        Assert.False(proposal.CouncilReview);
        Assert.Equal("Luật TĐKT 06/2022/QH15 Điều 75", proposal.Article);
        Assert.True(proposal.AwaitsLeadership);
        Assert.True(proposal.CanBeDecided().IsSuccess);
    }

    [Fact]
    public void AFormTheRuleSetDoesNotList_IsRefused()
    {
        var proposed = SuddenProposal.Propose(7, 3, Title.GrassrootsEmulationFighter, "x", Defaults, Law,
            SuddenProposer.UnionOfficer, "congdoan", At);

        Assert.Equal("sudden.not_on_the_spot", Assert.Single(proposed.Errors).Code);
    }

    [Fact]
    public void AProposerTheRuleLeavesOut_IsRefused()
    {
        var proposed = SuddenProposal.Propose(7, 3, Title.CertificateOfCommendation, "x", WithCouncil(), Law,
            SuddenProposer.DepartmentHead, "tp", At);

        Assert.Equal("sudden.proposer_not_allowed", Assert.Single(proposed.Errors).Code);
    }

    [Fact]
    public void AFormDecidedAboveTheAgency_IsRefusedEvenWhenListed()
    {
        var rules = new SuddenAwardRules
        {
            Rules = [new SuddenAwardRule(Title.ProvincialCertificateOfMerit, [SuddenProposer.UnionOfficer], false, "Điều 74")],
        };

        var proposed = SuddenProposal.Propose(7, 3, Title.ProvincialCertificateOfMerit, "x", rules, Law,
            SuddenProposer.UnionOfficer, "congdoan", At);

        Assert.Equal("sudden.decided_above", Assert.Single(proposed.Errors).Code);
    }

    [Fact]
    public void ACollectiveFormForAPerson_AndAnEmptyAchievement_AreRefusedTogether()
    {
        var proposed = SuddenProposal.Propose(7, 3, Title.CollectiveCertificateOfCommendation, "   ", Defaults, Law,
            SuddenProposer.UnionOfficer, "congdoan", At);

        Assert.Equal(["sudden.collective_mismatch", "sudden.achievement_required"], proposed.Errors.Select(e => e.Code));
    }

    [Fact]
    public void AnIndividualFormWithNobodyChosen_AsksForThePerson()
    {
        var proposed = SuddenProposal.Propose(null, 3, Title.CertificateOfCommendation, "Cứu người trong lũ", Defaults, Law,
            SuddenProposer.DepartmentHead, "tp.th", At);

        Assert.Equal("sudden.person_required", Assert.Single(proposed.Errors).Code);
    }

    [Fact]
    public void WithCouncilReview_TheLeadershipWaitsForTheCouncil()
    {
        var proposal = Propose(WithCouncil());

        Assert.Equal(["sudden.awaits_council"], Codes(proposal.CanBeDecided()));
        Assert.True(proposal.RecordCouncilReview(true, null, "congdoan", At).IsSuccess);
        Assert.Equal(SuddenProposalStatus.Reviewed, proposal.Status);
        Assert.True(proposal.CanBeDecided().IsSuccess);
        Assert.Equal(["sudden.wrong_status"], Codes(proposal.RecordCouncilReview(true, null, "congdoan", At)));

        proposal.MarkDecided(41, "lanhdao", At);

        Assert.Equal(SuddenProposalStatus.Decided, proposal.Status);
        Assert.Equal(41, proposal.DecisionId);
        Assert.False(proposal.AcceptsEvidence);
        Assert.Equal(["sudden.wrong_status"], Codes(proposal.Reject("muộn", "lanhdao", At)));
        Assert.Throws<BusinessRuleViolationException>(() => proposal.MarkDecided(42, "lanhdao", At));
    }

    [Fact]
    public void TheCouncilDisagreeing_NeedsAReason_AndClosesTheProposal()
    {
        var proposal = Propose(WithCouncil());

        Assert.Equal(["sudden.reason_required"], Codes(proposal.RecordCouncilReview(false, " ", "congdoan", At)));
        Assert.True(proposal.RecordCouncilReview(false, "Thành tích chưa được xác minh", "congdoan", At).IsSuccess);

        Assert.Equal(SuddenProposalStatus.Rejected, proposal.Status);
        Assert.Equal("Thành tích chưa được xác minh", proposal.RejectionReason);
        Assert.Equal(["sudden.wrong_status"], Codes(proposal.CanBeDecided()));
    }

    [Fact]
    public void WithoutCouncilReview_RecordingTheCouncilsOpinion_IsRefused()
    {
        Assert.Equal(["sudden.no_council_review"], Codes(Propose().RecordCouncilReview(true, null, "congdoan", At)));
    }

    [Fact]
    public void Evidence_IsRecognisedByContent_AndClosedOnceRejected()
    {
        var proposal = Propose();
        var attached = SuddenEvidence.Attach(proposal, "anh.hta", Emulation.Domain.Results.EvidenceKind.Pdf, 100, 1000,
            "key", "congdoan", At);
        Assert.Equal("anh.pdf", attached.Value.FileName);
        Assert.Equal("evidence.empty", Assert.Single(SuddenEvidence.Attach(proposal, "a.pdf",
            Emulation.Domain.Results.EvidenceKind.Pdf, 0, 1000, "key", "congdoan", At).Errors).Code);

        Assert.True(proposal.Reject("Trùng với khen thưởng khác", "lanhdao", At).IsSuccess);

        Assert.Equal("sudden.evidence_closed", Assert.Single(SuddenEvidence.Attach(proposal, "a.pdf",
            Emulation.Domain.Results.EvidenceKind.Pdf, 100, 1000, "key", "congdoan", At).Errors).Code);
    }

    [Fact]
    public void TheValidator_RefusesAFormListedTwiceOrWithNobodyToProposeIt()
    {
        var rules = RuleSetCatalog.All[^1] with
        {
            Sudden = new SuddenAwardRules
            {
                Rules =
                [
                    new SuddenAwardRule(Title.CertificateOfCommendation, [], false, "a"),
                    new SuddenAwardRule(Title.CollectiveCertificateOfCommendation, [SuddenProposer.UnionOfficer], false, "a"),
                    new SuddenAwardRule(Title.CollectiveCertificateOfCommendation, [SuddenProposer.UnionOfficer], true, "a"),
                ],
            },
        };

        var errors = RuleSetValidator.Validate(rules).Where(e => e.Code == "rules.invalid_sudden").Select(e => e.Item).ToList();

        Assert.Equal(["CertificateOfCommendation", "CollectiveCertificateOfCommendation", "CollectiveCertificateOfCommendation"], errors);
    }
}
