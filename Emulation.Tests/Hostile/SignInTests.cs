using System.Diagnostics;
using System.Net;
using Emulation.Tests.Infrastructure;

namespace Emulation.Tests.Hostile;

/// <summary>
/// Issue #16, item 9: signing in with an unknown account answers like a wrong password, in words and in time, so the
/// login page does not tell which accounts exist.
/// </summary>
public sealed class SignInTests(SignInTests.RealHashingApp fixture) : IClassFixture<SignInTests.RealHashingApp>
{
    private readonly EmulationAppFactory _app = fixture.App;

    /// <summary>
    /// Passwords hashed as in production: with the test apps' cheap hashing a skipped hash check would cost almost
    /// nothing, and the timing test could not tell it was skipped.
    /// </summary>
    public sealed class RealHashingApp : IAsyncLifetime
    {
        public EmulationAppFactory App { get; } = new(EmulationAppFactory.FullPasswordHashing);

        public ValueTask InitializeAsync()
        {
            _ = App.Services;
            return ValueTask.CompletedTask;
        }

        public ValueTask DisposeAsync() => App.DisposeAsync();
    }

    private async Task<(string Page, TimeSpan Took)> FailAsync(string userName)
    {
        using var client = _app.CreateCookieClient();
        var started = Stopwatch.StartNew();
        var response = await client.PostLoginAsync(userName, "Sai@2026-khong-dung");
        var took = started.Elapsed;
        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        return (WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), took);
    }

    private static string ErrorOf(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "Tên đăng nhập hoặc mật khẩu không đúng[^<]*").Value;

    [Fact]
    public async Task UnknownAccount_GetsTheWrongPasswordMessage()
    {
        var unknown = await FailAsync("khong-co-tai-khoan-nay");
        var existing = await FailAsync("lanhdao");

        Assert.NotEmpty(ErrorOf(existing.Page));
        Assert.Equal(ErrorOf(existing.Page), ErrorOf(unknown.Page));
    }

    [Fact]
    public async Task UnknownAccount_TakesAboutAsLongAsAWrongPassword()
    {
        // Warm both paths, then alternate (four of each, under the five that lock an account).
        await FailAsync("tp.nk");
        await FailAsync("khong-co-ai");
        TimeSpan existing = TimeSpan.Zero, unknown = TimeSpan.Zero;
        for (var i = 0; i < 3; i++)
        {
            existing += (await FailAsync("tp.nk")).Took;
            unknown += (await FailAsync($"khong-co-ai-{i}")).Took;
        }

        // Without the dummy hash check an unknown account answered in a fraction of the time (no password hashed).
        Assert.True(unknown >= existing * 0.6, $"unknown {unknown.TotalMilliseconds:0} ms, existing {existing.TotalMilliseconds:0} ms");
    }
}
