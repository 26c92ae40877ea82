using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Account;
using Emulation.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Api;

/// <summary>The profile page where any signed-in user creates and revokes their API tokens.</summary>
public sealed class TokensPageTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public async Task CreateShowsThePlainTokenOnce_ThenRevokeMarksItRevoked()
    {
        var userId = await UserAsync("token-page-user", Roles.CouncilMember);
        SignInAs(userId, Roles.CouncilMember);
        var page = Render<TokensPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=token-none]")));

        page.Find("input[data-testid=token-name]").Change("Máy chủ báo cáo");
        page.Find("[data-testid=token-create]").Click();

        page.WaitForAssertion(() => Assert.StartsWith("emu_", page.Find("[data-testid=token-plain]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Máy chủ báo cáo", page.Find("[data-testid=token-table]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Đang dùng", page.Find("[data-testid=token-table]").TextContent, StringComparison.Ordinal);

        page.Find("[data-testid=token-revoke]").Click();

        page.WaitForAssertion(() => Assert.Contains("Đã thu hồi", page.Find("[data-testid=token-table]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=token-plain]"));
        Assert.Empty(page.FindAll("[data-testid=token-revoke]"));
    }

    [Fact]
    public async Task CreateWithoutAName_SaysSo()
    {
        var userId = await UserAsync("token-page-user2", Roles.Leadership);
        SignInAs(userId, Roles.Leadership);
        var page = Render<TokensPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=token-create]")));

        page.Find("[data-testid=token-create]").Click();

        page.WaitForAssertion(() => Assert.Contains("Vui lòng đặt tên cho mã truy cập.", page.Find("[data-testid=errors]").TextContent,
            StringComparison.Ordinal));
    }

    /// <summary>A user whose id is their name, so the page's signed-in name is also the token owner's id.</summary>
    private async Task<string> UserAsync(string name, string role)
    {
        using var scope = App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { Id = name, UserName = name, FullName = name };
        Assert.True((await users.CreateAsync(user)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return name;
    }
}
