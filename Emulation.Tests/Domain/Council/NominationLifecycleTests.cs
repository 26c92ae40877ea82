using Emulation.Domain.Awards;
using Emulation.Domain.Rules;
using Emulation.Tests.Infrastructure;

namespace Emulation.Tests.Domain.Council;

[Trait("Category", "Fast")]
public sealed class NominationLifecycleTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 10, 8, 0, 0, TimeSpan.FromHours(7));

    private static Nomination Passed(Title title = Title.ProvincialEmulationFighter)
    {
        var nomination = Nomination.Propose(1, 10, 2, title, TestExplanations.For(title));
        Assert.True(nomination.RecordCountedBallot(new BallotTally(5, 5, 5, 0, 0), "officer", At).IsSuccess);
        return nomination;
    }

    private static GrantingRule Granting(Title title) => new GrantingRules().For(title);

    [Fact]
    public void ConsultationDays_AreRuleSetData()
    {
        var council = RuleSetCatalog.Decree152.Council;

        Assert.Equal(10, council.ConsultationDaysFor(Title.ProvincialEmulationFighter));
        Assert.Null(council.ConsultationDaysFor(Title.AdvancedWorker));
        Assert.Null(new CouncilRules().ConsultationDaysFor(Title.ProvincialEmulationFighter));
    }

    [Fact]
    public void AddManually_KeepsWhoWhenAndWhy()
    {
        var added = Nomination.AddManually(1, 10, 2, Title.AdvancedWorker, "  Thành tích đột xuất  ", "VN v1", "congdoan", At);

        Assert.Equal(("Thành tích đột xuất", "congdoan", At), (added.Value.AddedReason, added.Value.AddedBy, added.Value.AddedAt));
        Assert.Equal(NominationStatus.Proposed, added.Value.Status);
    }

    [Fact]
    public void AddManually_WithoutAReason_Fails()
    {
        Assert.Equal("nomination.reason_required",
            Assert.Single(Nomination.AddManually(1, 10, 2, Title.AdvancedWorker, " ", "VN v1", "congdoan", At).Errors).Code);
    }

    [Fact]
    public void Withdraw_RecordsTheReasonAndBlocksTheBallot()
    {
        var nomination = Nomination.Propose(1, 10, 2, Title.AdvancedWorker, TestExplanations.For(Title.AdvancedWorker));

        Assert.Equal("nomination.reason_required", Assert.Single(nomination.Withdraw("congdoan", At, "").Errors).Code);
        Assert.True(nomination.Withdraw("congdoan", At, "Chuyển công tác").IsSuccess);

        Assert.Equal((NominationStatus.Withdrawn, "Chuyển công tác", "congdoan"),
            (nomination.Status, nomination.WithdrawalReason, nomination.WithdrawnBy));
        Assert.Equal("nomination.withdrawn",
            Assert.Single(nomination.RecordCountedBallot(new BallotTally(5, 5, 5, 0, 0), "x", At).Errors).Code);
        Assert.Equal("nomination.cannot_withdraw", Assert.Single(nomination.Withdraw("congdoan", At, "again").Errors).Code);
    }

    [Fact]
    public void Withdraw_AfterApproval_IsRefused()
    {
        var nomination = Passed(Title.AdvancedWorker);
        Assert.True(nomination.Approve("leader", At, Granting(Title.AdvancedWorker)).IsSuccess);

        Assert.Equal("nomination.cannot_withdraw", Assert.Single(nomination.Withdraw("congdoan", At, "late").Errors).Code);
        Assert.Equal(NominationStatus.Approved, nomination.Status);
    }
}
