using Emulation.Tests.Inbox;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Data.Inbox;
using Emulation.Web.Data.Seed;
using Emulation.Web.Services;
using Emulation.Web.Services.Inbox;

namespace Emulation.Tests.QueryBudgets;

/// <summary>
/// Whether each notice's step still waits is read once per page of notices, not once per notice: each role's inbox page
/// and badge send the same number of queries for one notice of every kind asking a step as for forty of each.
/// </summary>
public sealed class InboxQueryBudgetTests : FreshAppTests
{
    /// <summary>
    /// The page: the notices, then the home reads the kinds on it need and the reader's role allows (a sudden proposal's
    /// for every role that reads them), with the agency's unit tree for a bound account; the badge: the count and its
    /// unread notices on top.
    /// </summary>
    [Theory]
    [InlineData("congdoan", Roles.UnionOfficer, 9, 11)]
    [InlineData("tp.th", Roles.DepartmentHead, 4, 6)]
    [InlineData("hoidong1", Roles.CouncilMember, 4, 6)]
    [InlineData("lanhdao", Roles.Leadership, 4, 6)]
    [InlineData(DemoDataSeeder.BoardUserName, Roles.Appraiser, 8, 10)]
    [InlineData("bantdkt.hd1", Roles.BoardCouncilMember, 3, 5)]
    public async Task InboxPageAndBadge_SendTheSameQueries_ForFortyNoticesOfEachKindAsForOne(string userName, string role,
        int pageBudget, int badgeBudget)
    {
        var reader = await App.ActorAsync(userName, role);
        await WriteEveryAskingKindAsync(reader.UserId, times: 1);
        var (page, badge) = await CountAsync(reader);

        await WriteEveryAskingKindAsync(reader.UserId, times: 40);
        var (pageAtForty, badgeAtForty) = await CountAsync(reader);

        Assert.True(page.Count == pageAtForty.Count, Describe(page, pageAtForty));
        Assert.True(badge.Count == badgeAtForty.Count, Describe(badge, badgeAtForty));
        Assert.True(pageAtForty.Count <= pageBudget, $"page over its budget of {pageBudget}: {Describe(page, pageAtForty)}");
        Assert.True(badgeAtForty.Count <= badgeBudget, $"badge over its budget of {badgeBudget}: {Describe(badge, badgeAtForty)}");
    }

    private async Task<(QueryCounter.Scope Page, QueryCounter.Scope Badge)> CountAsync(Actor reader)
    {
        App.Service<Emulation.Web.Services.Organization.UnitTreeCache>().Forget();
        var page = App.Queries.Begin();
        var items = await App.Service<NoticeSteps>().SettleAsync(reader, await App.Service<InboxService>().ListAsync(reader));
        Assert.NotEmpty(items);
        App.Service<Emulation.Web.Services.Organization.UnitTreeCache>().Forget();
        var badge = App.Queries.Begin();
        await App.Service<NoticeSteps>().UnreadCountAsync(reader);
        return (page, badge);
    }

    /// <summary>Notices of every kind that asks a step, about campaigns, units, dossiers, sessions and proposals 1 to 3.</summary>
    private async Task WriteEveryAskingKindAsync(string userId, int times)
    {
        await using var db = await App.DbAsync();
        var at = DateTimeOffset.UtcNow;
        for (var i = 0; i < times; i++)
        {
            var id = 1 + (i % 3);
            foreach (var kind in NoticeSteps.Asking)
            {
                var link = kind switch
                {
                    NotificationKind.SubmissionReceived or NotificationKind.UnitsLate => $"campaigns/{id}/progress",
                    NotificationKind.NominationsPassed => $"approval/{id}",
                    NotificationKind.SuddenAwaiting => $"sudden/{id}",
                    NotificationKind.ProposalReceived or NotificationKind.BoardNomineesPassed => $"board/{id}",
                    NotificationKind.BallotOpened => i % 2 == 0 ? $"council/{id}" : $"board/council/{id}",
                    _ => $"campaigns/{id}/units/{id}?tab=pledge",
                };
                db.InboxNotifications.Add(InboxNotification.Create(userId, kind, "Đăng ký thi đua – Phòng Tổng hợp", null, link, at));
            }
        }

        await db.SaveChangesAsync();
    }

    private static string Describe(QueryCounter.Scope one, QueryCounter.Scope forty) =>
        $"{one.Count} queries for one of each, {forty.Count} for forty:\n{string.Join("\n---\n", forty.Commands)}";
}
