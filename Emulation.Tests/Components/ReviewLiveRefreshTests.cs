using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Evaluation;
using Emulation.Web.Data;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Notifications;
using Emulation.Web.Services.Submissions;

namespace Emulation.Tests.Components;

/// <summary>
/// The review dashboard's live island: it follows <see cref="SubmissionNotifier"/> for its campaign, and refreshes the static
/// page once the evaluation covers what it heard, each time it hears.
/// </summary>
[Trait("Category", "Fast")]
public sealed class ReviewLiveRefreshTests(AppFixture fixture) : PageTestContext(fixture)
{
    private BunitNavigationManager Navigation => Services.GetRequiredService<BunitNavigationManager>();

    private void RenderIsland(int campaignId)
    {
        SignInAs("congdoan", Roles.UnionOfficer);
        Render<ReviewLiveRefresh>(p => p.Add(x => x.CampaignId, campaignId));
    }

    /// <summary>
    /// The next refresh of the page: the island renders nothing, so no render tells a wait to look again; the
    /// navigation it asks for does.
    /// </summary>
    private Task NextRefreshAsync()
    {
        var refreshed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Heard(object? sender, Microsoft.AspNetCore.Components.Routing.LocationChangedEventArgs e)
        {
            Navigation.LocationChanged -= Heard;
            refreshed.TrySetResult();
        }

        Navigation.LocationChanged += Heard;
        return refreshed.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task ASubmissionToItsCampaign_RefreshesThePageItShows()
    {
        var watched = await App.Service<CampaignService>().LaunchWithOneCriterionAsync("Phong trào kiểm thử làm mới bảng xếp hạng");
        RenderIsland(watched);
        var notifier = App.Service<SubmissionNotifier>();
        var before = Navigation.History.Count;
        var refreshed = NextRefreshAsync();

        await notifier.PublishAsync(watched);

        await refreshed;
        Assert.Equal(before + 1, Navigation.History.Count);
        Assert.Equal(Navigation.Uri, Navigation.History.First().Uri);
    }

    [Fact]
    public async Task EachLaterSubmission_RefreshesThePageAgain()
    {
        var watched = await App.Service<CampaignService>().LaunchWithOneCriterionAsync("Phong trào kiểm thử làm mới nhiều lần");
        RenderIsland(watched);
        var notifier = App.Service<SubmissionNotifier>();

        // A refresh replaces the entry it reloads (the history does not grow): each one is heard as it happens.
        var first = NextRefreshAsync();
        await notifier.PublishAsync(watched);
        await first;
        var second = NextRefreshAsync();
        await notifier.PublishAsync(watched, CampaignChangeKind.Review);
        await second;

        Assert.Equal(Navigation.Uri, Navigation.History.First().Uri);
    }
}
