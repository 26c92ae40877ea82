using Bunit;
using Emulation.Domain.Awards;
using Emulation.Domain.Council;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Council;
using Emulation.Web.Services.Council;

namespace Emulation.Tests.Components;

/// <summary>
/// What a present member's ballot sheet says once nothing is left to vote on: that they voted on everything only when
/// they voted at all. A member whose own unit is on every item stands aside on all of them (walk39: hoidong4 was told
/// "Bạn đã bỏ phiếu cho mọi đề nghị" having cast no ballot).
/// </summary>
[Trait("Category", "Fast")]
public sealed class CouncilBallotSheetTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public void AMemberStandingAsideOnEveryItem_IsToldThereIsNothingToVoteOn_NotThatTheyVoted()
    {
        var sheet = Render<CouncilBallotSheet>(p => p.Add(x => x.Session, OpenSession(Item(1, voted: false), Item(2, voted: false))));

        var said = sheet.Find("[data-testid=ballot-complete]").TextContent;
        Assert.StartsWith("Không có đề nghị nào để bạn biểu quyết trong phiên họp này", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Bạn đã bỏ phiếu", said, StringComparison.Ordinal);
        Assert.Empty(sheet.FindAll("[data-testid=submit-ballot]"));
    }

    [Fact]
    public void AMemberWhoVotedOnWhatTheyMay_IsToldTheyVoted()
    {
        var sheet = Render<CouncilBallotSheet>(p => p.Add(x => x.Session, OpenSession(Item(1, voted: true), Item(2, voted: false))));

        Assert.StartsWith("Bạn đã bỏ phiếu cho mọi đề nghị", sheet.Find("[data-testid=ballot-complete]").TextContent, StringComparison.Ordinal);
    }

    /// <summary>An item the member voted on, or one they stand aside on (their own unit's).</summary>
    private static AgendaItemView Item(int id, bool voted) =>
        new(id, $"Người được đề nghị {id}", "Phòng Tổng hợp", Title.AdvancedWorker, NominationStatus.Proposed,
            new SessionCount(5, 5, 0, 0, 0, Recused: voted ? 0 : 1, NotVoted: 4), IVoted: voted, IRecuse: !voted, Outcome: null);

    private static CouncilSessionView OpenSession(params AgendaItemView[] agenda) =>
        new(1, 1, "Phong trào thi đua năm 2026", new DateOnly(2026, 12, 7), CouncilSessionStatus.Open, "Đặng Văn Thành",
            "Nguyễn Thị Thu Hà", 5, 5, 4, [], agenda, IAmMember: true, IAmPresent: true);
}
