using System.Collections.Concurrent;
using System.Web;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Services.Accounts;
using Emulation.Web.Startup;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Emulation.Tests.Onboarding;

/// <summary>
/// The first start in Production with an empty database asks for nothing: the administrator comes from configuration,
/// with a password to change at first sign-in or a one-time setup link in the log; a database with an administrator is
/// left alone, and no demo data is seeded.
/// </summary>
public sealed class AdminOnboardingTests
{
    private static readonly (string, string)[] Production =
    [
        ("environment", "Production"),
        // As in production: no demo data, so the app starts on an empty database of its own, not the tests' seeded copy.
        ("Emulation:SeedDemoData", "false"),
        (PublicAddress.Key, "https://thidua.example.gov.vn"),
        ($"{AdminOnboardingOptions.Section}:UserName", "quantri.so"),
    ];

    [Fact]
    public async Task FirstStartInProduction_WithAConfiguredPassword_CreatesTheAdministrator_WhoMustChangeIt_AndNoDemoData()
    {
        await using var app = new EmulationAppFactory([.. Production, ($"{AdminOnboardingOptions.Section}:InitialPassword", "Khoi@Dau2026")]);
        _ = app.Services;

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var admin = await users.FindByNameAsync("quantri.so");
        Assert.NotNull(admin);
        Assert.True(await users.IsInRoleAsync(admin, Roles.Administrator));
        Assert.True(await users.CheckPasswordAsync(admin, "Khoi@Dau2026"));
        Assert.Contains(await users.GetClaimsAsync(admin), c => c.Type == AccountService.MustChangePasswordClaim);
        await using var db = await app.DbAsync();
        Assert.Equal(1, await db.Users.CountAsync());
        Assert.False(await db.Units.AnyAsync());
        Assert.Equal(Roles.All.Count, await db.Roles.CountAsync());
    }

    [Fact]
    public async Task FirstStartInProduction_WithoutAPassword_LogsASetupLink_ThatSetsThePasswordOnce()
    {
        var log = new CapturedLog();
        await using var factory = new EmulationAppFactory(Production);
        await using var app = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(log)));
        _ = app.Services;
        var link = Assert.Single(log.Messages, m => m.Contains(AdminOnboarding.SetupPath, StringComparison.Ordinal));
        var query = HttpUtility.ParseQueryString(new Uri(link[link.IndexOf("https://", StringComparison.Ordinal)..]).Query);
        Assert.StartsWith("https://thidua.example.gov.vn/account/setup?", link[link.IndexOf("https://", StringComparison.Ordinal)..], StringComparison.Ordinal);

        await using var scope = app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var forged = await accounts.CompleteSetupAsync(query["user"]!, "not-the-token", "Quan@Tri2026", "Quan@Tri2026");
        var set = await accounts.CompleteSetupAsync(query["user"]!, query["token"]!, "Quan@Tri2026", "Quan@Tri2026");
        var again = await accounts.CompleteSetupAsync(query["user"]!, query["token"]!, "Khac@Han2026", "Khac@Han2026");

        Assert.Equal(AccountService.SetupLinkInvalid().Code, Assert.Single(forged.Errors).Code);
        Assert.True(set.IsSuccess, string.Join("; ", set.Errors));
        Assert.Equal(AccountService.SetupLinkInvalid().Code, Assert.Single(again.Errors).Code);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var admin = (await users.FindByNameAsync("quantri.so"))!;
        Assert.True(await users.CheckPasswordAsync(admin, "Quan@Tri2026"));
        Assert.Equal(OnboardingOutcome.AdministratorExists, await scope.ServiceProvider.GetRequiredService<AdminOnboarding>().RunAsync());
    }

    [Fact]
    public async Task ARestart_BeforeTheLinkIsUsed_LogsAFreshLink_ForTheSameAccount()
    {
        await using var app = new EmulationAppFactory(Production);
        _ = app.Services;

        await using var scope = app.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<AdminOnboarding>().RunAsync();

        Assert.Equal(OnboardingOutcome.SetupLinkLogged, outcome);
        await using var db = await app.DbAsync();
        Assert.Equal(["quantri.so"], await db.Users.Select(u => u.UserName).ToListAsync());
    }

    [Fact]
    public async Task AStart_WithAnAdministratorPresent_ChangesNothing()
    {
        await using var app = new EmulationAppFactory(($"{AdminOnboardingOptions.Section}:InitialPassword", "Khoi@Dau2026"));
        _ = app.Services;
        await using var db = await app.DbAsync();
        var before = await db.Users.CountAsync();

        await using var scope = app.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<AdminOnboarding>().RunAsync();

        Assert.Equal(OnboardingOutcome.AdministratorExists, outcome);
        Assert.Equal(before, await db.Users.CountAsync());
        Assert.False(await db.Users.AnyAsync(u => u.UserName == "admin"));
    }

    /// <summary>Every formatted log message of the app.</summary>
    private sealed class CapturedLog : ILoggerProvider
    {
        public ConcurrentQueue<string> Queue { get; } = new();

        public IEnumerable<string> Messages => Queue;

        public ILogger CreateLogger(string categoryName) => new Logger(Queue);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> queue) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
                Func<TState, Exception?, string> formatter) => queue.Enqueue(formatter(state, exception));
        }
    }
}
