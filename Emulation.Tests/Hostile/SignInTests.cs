using System.Net;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Emulation.Tests.Hostile;

/// <summary>
/// Issue #16, item 9: signing in with an unknown account answers like a wrong password, in words and in work done, so
/// the login page does not tell which accounts exist. The work is counted (password hashes checked), not timed: a
/// timing comparison measured the machine's load as much as the sign-in.
/// </summary>
public sealed class SignInTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly EmulationAppFactory _app = fixture.App;

    private async Task<string> FailAsync(string userName) =>
        await FailAsync(_app.CreateCookieClient(), userName);

    private static async Task<string> FailAsync(HttpClient client, string userName)
    {
        using (client)
        {
            var response = await client.PostLoginAsync(userName, "Sai@2026-khong-dung");
            Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
            return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        }
    }

    private static string ErrorOf(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "Tên đăng nhập hoặc mật khẩu không đúng[^<]*").Value;

    [Fact]
    public async Task UnknownAccount_GetsTheWrongPasswordMessage()
    {
        var unknown = await FailAsync("khong-co-tai-khoan-nay");
        var existing = await FailAsync("lanhdao");

        Assert.NotEmpty(ErrorOf(existing));
        Assert.Equal(ErrorOf(existing), ErrorOf(unknown));
    }

    [Fact]
    public async Task AWrongPassword_AnUnknownAccount_AndALockedOne_EachCheckOnePasswordHash()
    {
        var hasher = new CountingHasher();
        await using var counted = _app.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddSingleton<IPasswordHasher<AppUser>>(sp => hasher.Around(sp.GetRequiredService<IOptions<PasswordHasherOptions>>()))));
        HttpClient Client() => counted.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        async Task<int> HashesCheckedAsync(string userName)
        {
            var before = hasher.Verifications;
            await FailAsync(Client(), userName);
            return hasher.Verifications - before;
        }

        var wrongPassword = await HashesCheckedAsync("tp.nk");
        var unknown = await HashesCheckedAsync("khong-co-ai");
        for (var i = 0; i < 5; i++)
        {
            await FailAsync(Client(), "hoidong5");
        }

        await using (var scope = counted.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            Assert.True(await users.IsLockedOutAsync((await users.FindByNameAsync("hoidong5"))!));
        }

        var locked = await HashesCheckedAsync("hoidong5");

        Assert.Equal((1, 1, 1), (wrongPassword, unknown, locked));
    }

    /// <summary>The app's own hasher, counting the hashes it checks.</summary>
    private sealed class CountingHasher
    {
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public IPasswordHasher<AppUser> Around(IOptions<PasswordHasherOptions> options) => new Counting(new PasswordHasher<AppUser>(options), this);

        private sealed class Counting(PasswordHasher<AppUser> inner, CountingHasher counter) : IPasswordHasher<AppUser>
        {
            public string HashPassword(AppUser user, string password) => inner.HashPassword(user, password);

            public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
            {
                Interlocked.Increment(ref counter._verifications);
                return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
            }
        }
    }
}
