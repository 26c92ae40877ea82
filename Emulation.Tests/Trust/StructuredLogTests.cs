using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Services.Tokens;
using Emulation.Web.Startup;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Emulation.Tests.Trust;

/// <summary>Lines logged while a request is handled carry its user, request id, trace id and API token.</summary>
public sealed class StructuredLogTests : FreshAppTests
{
    private readonly CapturingLoggerProvider _logs = new();

    public StructuredLogTests()
        : base((ApiRegistration.BootstrapTokenKey, ApiFixture.BootstrapToken))
    {
    }

    [Fact]
    public async Task ApiCall_LogsWithTheUserTheRequestIdAndTheTokenId()
    {
        await using var app = App.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(_logs)));
        var token = await App.TokenForAsync("lanhdao");
        string tokenId;
        await using (var db = await App.DbAsync())
        {
            tokenId = (await db.Set<ApiToken>().AsNoTracking().SingleAsync(t => t.Hash == ApiTokenService.Hash(token))).Id
                .ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        // A refused decision is stored and logged as a warning by the refusal log.
        var response = await client.PostAsync("/api/v1/campaigns/1/decisions",
            ApiClients.Json("""{"number":"401/QĐ-VP","nominationIds":[999999]}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var line = Assert.Single(_logs.Lines, l => l.Message.StartsWith("Refused decision approve by lanhdao", StringComparison.Ordinal));
        Assert.Equal("lanhdao", line.Scope[RequestLogging.UserKey]);
        Assert.False(string.IsNullOrEmpty(line.Scope[RequestLogging.RequestIdKey] as string));
        Assert.False(string.IsNullOrEmpty(line.Scope[RequestLogging.TraceIdKey] as string));
        Assert.Equal(tokenId, line.Scope[RequestLogging.TokenIdKey]);
    }

    [Fact]
    public async Task AuthenticationHandlersOwnLines_FallInsideTheRequestsScope()
    {
        await using var app = App.WithWebHostBuilder(b => b
            .ConfigureServices(s => s.AddSingleton<ILoggerProvider>(_logs))
            .ConfigureLogging(l => l.AddFilter("Microsoft.AspNetCore.Authentication", LogLevel.Information)));
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiTokenService.TokenPrefix + "not-a-real-token");

        var response = await client.GetAsync("/api/v1/units");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var lines = _logs.Lines.Where(l => l.Message.Contains("Unknown or revoked token.", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, line =>
        {
            Assert.Equal(RequestLogging.Anonymous, line.Scope[RequestLogging.UserKey]);
            Assert.False(string.IsNullOrEmpty(line.Scope[RequestLogging.RequestIdKey] as string));
            Assert.False(string.IsNullOrEmpty(line.Scope[RequestLogging.TraceIdKey] as string));
        });
    }

    [Fact]
    public async Task FailedSignIn_IsLoggedWithTheUserNameAndAddress_AsAnonymous_WithoutThePassword()
    {
        await using var app = App.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(_logs)));
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        await client.PostLoginAsync("tp.th", "wrong-Password-123");

        var line = Assert.Single(_logs.Lines, l => l.Message.StartsWith("Sign-in of tp.th from ", StringComparison.Ordinal));
        Assert.EndsWith("failed", line.Message, StringComparison.Ordinal);
        Assert.Equal(RequestLogging.Anonymous, line.Scope[RequestLogging.UserKey]);
        Assert.DoesNotContain(_logs.Lines, l => l.Message.Contains("wrong-Password-123", StringComparison.Ordinal));
    }

    /// <summary>Keeps every line with the scope values around it, as a JSON console with scopes would write them.</summary>
    private sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

        public ConcurrentQueue<(string Message, Dictionary<string, object?> Scope)> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider provider) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => provider._scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
                Func<TState, Exception?, string> formatter)
            {
                var scope = new Dictionary<string, object?>(StringComparer.Ordinal);
                provider._scopes.ForEachScope((value, values) =>
                {
                    if (value is IEnumerable<KeyValuePair<string, object?>> pairs)
                    {
                        foreach (var (key, item) in pairs)
                        {
                            values[key] = item;
                        }
                    }
                }, scope);
                provider.Lines.Enqueue((formatter(state, exception), scope));
            }
        }
    }
}
