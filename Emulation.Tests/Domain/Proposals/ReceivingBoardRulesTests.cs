using Emulation.Domain.Awards;
using Emulation.Domain.Proposals;
using Emulation.Domain.Rules;
using Emulation.Tests.Infrastructure;

namespace Emulation.Tests.Domain.Proposals;

/// <summary>
/// Issue 21, item 4: a dossier addressed to the receiving board in the deployment is appraised, returned and decided by
/// that board; the agency records by hand only what a level outside the deployment did.
/// </summary>
[Trait("Category", "Fast")]
public sealed class ReceivingBoardRulesTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 10, 8, 0, 0, TimeSpan.FromHours(7));

    private static Proposal Sent(int? board) => Proposal.Send(1, "45/TTr-VP", new DateOnly(2026, 12, 12),
        "Chủ tịch UBND tỉnh (qua Ban Thi đua – Khen thưởng)", [AwardingLevel.ProvincialChairman], "lanhdao", At, board).Value;

    private static readonly GrantingRule Provincial = new(Title.ProvincialCertificateOfMerit, AwardingLevel.ProvincialChairman,
        AwardingLevel.HeadOfAgency, "Điều 74");

    /// <summary>A nominee the council passed, sent up in <paramref name="proposal"/>.</summary>
    private static Nomination InIt(Proposal proposal)
    {
        var nominee = Nomination.Propose(1, 3, 2, Title.ProvincialCertificateOfMerit, TestExplanations.For(Title.ProvincialCertificateOfMerit));
        Assert.True(nominee.RecordCountedBallot(new BallotTally(5, 5, 5, 0, 0), "hoidong1", At).IsSuccess);
        Assert.True(nominee.SendUp(proposal.Id, Provincial).IsSuccess);
        return nominee;
    }

    [Fact]
    public void ADossierToTheBoard_RefusesTheAgencysRecordByHand_AndOneOutsideAdmitsIt()
    {
        Assert.Equal(7, Sent(7).ReceivingUnitId);
        Assert.Equal("proposal.board_decides", Assert.Single(Sent(7).AcceptsRecordByHand().Errors).Code);
        Assert.True(Sent(null).AcceptsRecordByHand().IsSuccess);
        Assert.Null(Sent(null).ReceivingUnitId);
    }

    [Fact]
    public void TheBoard_AppraisesANominee_WhileTheDossierIsWithIt_KeepingWhoWhenAndWhat()
    {
        var proposal = Sent(7);
        var nominee = InIt(proposal);

        var note = proposal.Appraise(nominee, "  Thành tích đạt tiêu chuẩn Điều 71  ", "bantdkt", At);

        Assert.True(note.IsSuccess, string.Join("; ", note.Errors));
        Assert.Equal((nominee.Id, "Thành tích đạt tiêu chuẩn Điều 71", "bantdkt", At),
            (note.Value.NominationId, note.Value.Text, note.Value.By, note.Value.At));
    }

    [Fact]
    public void AnAppraisalNote_NeedsText_AndAFittingLength()
    {
        var proposal = Sent(7);
        var nominee = InIt(proposal);

        Assert.Equal("proposal.note_required", Assert.Single(proposal.Appraise(nominee, "  ", "bantdkt", At).Errors).Code);
        Assert.Equal("proposal.too_long",
            Assert.Single(proposal.Appraise(nominee, new string('a', AppraisalNote.TextMaxLength + 1), "bantdkt", At).Errors).Code);
    }

    [Fact]
    public void NoAppraisal_OnAReturnedDossier_NorOnOneGoingOutside()
    {
        var returned = Sent(7);
        var nominee = InIt(returned);
        var outside = Sent(null);
        Assert.True(returned.Return("Bổ sung báo cáo thành tích", At).IsSuccess);

        Assert.Equal("proposal.not_sent", Assert.Single(returned.Appraise(nominee, "Ý kiến", "bantdkt", At).Errors).Code);
        Assert.Equal("proposal.not_addressed_to_board", Assert.Single(outside.Appraise(InIt(outside), "Ý kiến", "bantdkt", At).Errors).Code);
        Assert.True(returned.SendAgain("52/TTr-VP", new DateOnly(2026, 12, 20), "lanhdao", At).IsSuccess);
        Assert.True(returned.Appraise(nominee, "Đã bổ sung đủ", "bantdkt", At).IsSuccess);
        Assert.Equal(7, returned.ReceivingUnitId);
    }

    [Fact]
    public void NoAppraisal_OnANomineeTheAgencyWithdrew_NorOnOneTheDossierDoesNotCarry()
    {
        var proposal = Sent(7);
        var (kept, withdrawn) = (InIt(proposal), InIt(proposal));
        Assert.True(proposal.Return("Rút trường hợp chưa đủ điều kiện", At).IsSuccess);
        Assert.True(proposal.Withdraw(withdrawn, "lanhdao", At, "Theo ý kiến thẩm định").IsSuccess);
        Assert.True(proposal.SendAgain("53/TTr-VP", new DateOnly(2026, 12, 21), "lanhdao", At).IsSuccess);
        var elsewhere = Nomination.Propose(1, 4, 2, Title.ProvincialCertificateOfMerit, TestExplanations.For(Title.ProvincialCertificateOfMerit));

        Assert.Equal("proposal.nominee_withdrawn", Assert.Single(proposal.Appraise(withdrawn, "Ý kiến", "bantdkt", At).Errors).Code);
        Assert.Equal("proposal.not_in_proposal", Assert.Single(proposal.Appraise(elsewhere, "Ý kiến", "bantdkt", At).Errors).Code);
        Assert.True(proposal.Appraise(kept, "Đủ điều kiện", "bantdkt", At).IsSuccess);
    }
}
