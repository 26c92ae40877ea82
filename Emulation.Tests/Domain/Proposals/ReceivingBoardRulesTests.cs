using Emulation.Domain.Proposals;
using Emulation.Domain.Rules;

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

        var note = proposal.Appraise(11, "  Thành tích đạt tiêu chuẩn Điều 71  ", "bantdkt", At);

        Assert.True(note.IsSuccess, string.Join("; ", note.Errors));
        Assert.Equal((11, "Thành tích đạt tiêu chuẩn Điều 71", "bantdkt", At),
            (note.Value.NominationId, note.Value.Text, note.Value.By, note.Value.At));
    }

    [Fact]
    public void AnAppraisalNote_NeedsText_AndAFittingLength()
    {
        var proposal = Sent(7);

        Assert.Equal("proposal.note_required", Assert.Single(proposal.Appraise(11, "  ", "bantdkt", At).Errors).Code);
        Assert.Equal("proposal.too_long",
            Assert.Single(proposal.Appraise(11, new string('a', AppraisalNote.TextMaxLength + 1), "bantdkt", At).Errors).Code);
    }

    [Fact]
    public void NoAppraisal_OnAReturnedDossier_NorOnOneGoingOutside()
    {
        var returned = Sent(7);
        Assert.True(returned.Return("Bổ sung báo cáo thành tích", At).IsSuccess);

        Assert.Equal("proposal.not_sent", Assert.Single(returned.Appraise(11, "Ý kiến", "bantdkt", At).Errors).Code);
        Assert.Equal("proposal.not_addressed_to_board", Assert.Single(Sent(null).Appraise(11, "Ý kiến", "bantdkt", At).Errors).Code);
        Assert.True(returned.SendAgain("52/TTr-VP", new DateOnly(2026, 12, 20), "lanhdao", At).IsSuccess);
        Assert.True(returned.Appraise(11, "Đã bổ sung đủ", "bantdkt", At).IsSuccess);
        Assert.Equal(7, returned.ReceivingUnitId);
    }
}
