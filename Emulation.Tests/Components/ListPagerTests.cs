using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Shared;

namespace Emulation.Tests.Components;

[Trait("Category", "Fast")]
public sealed class ListPagerTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public void Pager_ShowsTheRange_AndAsksForTheNextPage()
    {
        var asked = -1;
        var pager = Render<ListPager>(p => p.Add(x => x.Page, 0).Add(x => x.PageSize, 20).Add(x => x.Total, 45)
            .Add(x => x.PageChanged, page => asked = page));

        Assert.Equal("1–20 / 45", pager.Find("[data-testid=pager-range]").TextContent);
        Assert.True(pager.Find("[data-testid=pager-previous]").HasAttribute("disabled"));
        pager.Find("[data-testid=pager-next]").Click();

        Assert.Equal(1, asked);
    }

    [Fact]
    public void Pager_OnTheLastPage_CannotGoFurther()
    {
        var pager = Render<ListPager>(p => p.Add(x => x.Page, 2).Add(x => x.PageSize, 20).Add(x => x.Total, 45));

        Assert.Equal("41–45 / 45", pager.Find("[data-testid=pager-range]").TextContent);
        Assert.True(pager.Find("[data-testid=pager-next]").HasAttribute("disabled"));
    }

    [Fact]
    public void Pager_OfAnEmptyList_IsNotShown()
    {
        var pager = Render<ListPager>(p => p.Add(x => x.Page, 0).Add(x => x.PageSize, 20).Add(x => x.Total, 0));

        Assert.Empty(pager.FindAll("[data-testid=pager]"));
    }
}
