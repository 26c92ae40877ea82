using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Shared;
using Emulation.Web.Services;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Components;

/// <summary>
/// What an island shows when a step threw: a save that lost a race with someone else's (two people acting on the same
/// record at once) says so in words the person can act on; anything else is the unexpected error.
/// </summary>
[Trait("Category", "Fast")]
public sealed class PageErrorTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public void ASaveThatLostARace_SaysSomeoneElseSavedFirst_NotAnUnexpectedError()
    {
        var page = Render<PageError>(p => p.Add(x => x.Error, new DbUpdateConcurrencyException("The version changed.")));

        Assert.Contains("Người khác đã lưu dữ liệu này", page.Find("[data-testid=lost-race]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=unexpected-error]"));
    }

    [Fact]
    public void AnythingElse_IsTheUnexpectedError()
    {
        var page = Render<PageError>(p => p.Add(x => x.Error, new InvalidOperationException("Sequence contains no elements.")));

        Assert.NotEmpty(page.FindAll("[data-testid=unexpected-error]"));
        Assert.Empty(page.FindAll("[data-testid=lost-race]"));
    }

    [Fact]
    public void ARefusal_OnceTheSignInHasEnded_SaysSoAndOffersToSignInAgain_AndOtherwiseIsAccessDenied()
    {
        var ended = Render<PageError>(p => p.Add(x => x.Error, new AccessDeniedException("No one is signed in.")));

        Assert.Contains("Phiên đăng nhập của bạn đã kết thúc", ended.Find("[data-testid=signed-out]").TextContent, StringComparison.Ordinal);
        Assert.Equal("account/login", ended.Find("[data-testid=signed-out] a").GetAttribute("href"));
        Assert.Empty(ended.FindAll("[data-testid=access-denied]"));

        SignInAs("tp.th", Emulation.Web.Data.Roles.DepartmentHead);
        var refused = Render<PageError>(p => p.Add(x => x.Error, new AccessDeniedException("tp.th may not change unit 3.")));

        Assert.NotEmpty(refused.FindAll("[data-testid=access-denied]"));
        Assert.Empty(refused.FindAll("[data-testid=signed-out]"));
    }
}
