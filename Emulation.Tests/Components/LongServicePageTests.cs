using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.LongService;
using Emulation.Web.Data;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Components;

/// <summary>The long-service page as the union officer: the list, one person's explanation, the proposal island.</summary>
[Trait("Category", "Fast")]
public sealed class LongServicePageTests(AppFixture fixture) : PageTestContext(fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public void TheList_NamesTheRuleSet_AndEachPersonLinksToTheirExplanation()
    {
        SignInAs("congdoan", Roles.UnionOfficer);

        var page = Render<LongServicePage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=long-service-row]")), Wait);

        Assert.Contains("VN-ND152-2025, phiên bản 1", page.Find("[data-testid=long-service-basis]").TextContent, StringComparison.Ordinal);
        var row = page.FindAll("[data-testid=long-service-row]")[0];
        // Terms counted against terms needed, in words rather than as a fraction ("3/2 nhiệm kỳ" read as a ratio).
        Assert.Matches(@"\d+ nhiệm kỳ, cần 2 \(\d+ tháng\)", row.TextContent);
        Assert.Contains("Giấy khen", row.TextContent, StringComparison.Ordinal);
        var href = row.QuerySelector("[data-testid=long-service-link]")!.GetAttribute("href")!;
        Assert.StartsWith("long-service?person=", href, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=long-service-form]"));
    }

    [Fact]
    public async Task OnePerson_ShowsTheCountedPeriods_AndTheIslandDraftsTheProposalFromThem()
    {
        SignInAs("congdoan", Roles.UnionOfficer);
        var list = Render<LongServicePage>();
        list.WaitForAssertion(() => Assert.NotEmpty(list.FindAll("[data-testid=long-service-link]")), Wait);
        var href = list.FindAll("[data-testid=long-service-link]")[^1].GetAttribute("href")!;
        await DisposeComponentsAsync();

        Services.GetRequiredService<NavigationManager>().NavigateTo(href);
        var page = Render<LongServicePage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=long-service-detail]")), Wait);

        var explanation = page.Find("[data-testid=long-service-explanation]").TextContent;
        Assert.Contains("Từ ", explanation, StringComparison.Ordinal);
        Assert.Contains("tháng, tính", explanation, StringComparison.Ordinal);
        Assert.Contains("Điều kiện: ít nhất 2 nhiệm kỳ, mỗi nhiệm kỳ 60 tháng", explanation, StringComparison.Ordinal);
        Assert.Contains("phiên bản 1", explanation, StringComparison.Ordinal);
        // The island starts from the explanation in Vietnamese, the decision's language.
        Assert.Contains("nhiệm kỳ", page.FindComponent<LongServiceProposalForm>().Instance.Draft, StringComparison.Ordinal);
        Assert.NotNull(page.Find("[data-testid=long-service-propose]"));
    }

    [Fact]
    public void SomeoneNotListed_GetsTheRefusalInVietnamese_AndNoForm()
    {
        SignInAs("congdoan", Roles.UnionOfficer);
        Services.GetRequiredService<NavigationManager>().NavigateTo("long-service?person=999999");

        var page = Render<LongServicePage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=long-service-not-listed]")), Wait);

        Assert.Contains("không đủ điều kiện", page.Find("[data-testid=long-service-not-listed]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=long-service-form]"));
    }
}
