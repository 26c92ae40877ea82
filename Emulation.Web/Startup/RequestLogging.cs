using System.Diagnostics;
using System.Security.Claims;
using Emulation.Web.Services.Tokens;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Emulation.Web.Startup;

/// <summary>
/// Structured logs: every line written while a request is handled carries the user (or "anonymous"), the request id,
/// the trace id and, for API calls, the token's id. In Production the console writes JSON with those scopes.
/// </summary>
internal static class RequestLogging
{
    public const string Anonymous = "anonymous";
    public const string UserKey = "User";
    public const string RequestIdKey = "RequestId";
    public const string TraceIdKey = "TraceId";
    public const string TokenIdKey = "TokenId";

    public static WebApplicationBuilder AddEmulationLogging(this WebApplicationBuilder builder)
    {
        if (builder.Environment.IsProduction())
        {
            builder.Logging.AddJsonConsole(options =>
            {
                options.IncludeScopes = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }

        // A Blazor circuit outlives the request that opened it, so its lines cannot share a request scope; the
        // circuit's opening and closing are logged with the user instead.
        builder.Services.AddScoped<CircuitHandler, CircuitLogger>();
        builder.Services.AddTransient<IStartupFilter, RequestScopeOpener>();
        return builder;
    }

    /// <summary>
    /// Names the user (or API token) in the request's logging scope; placed after authentication so they are known.
    /// The scope itself was opened before anything else ran (<see cref="RequestScopeOpener"/>), so the lines the
    /// authentication handler writes carry the request and trace ids too, as "anonymous".
    /// </summary>
    public static IApplicationBuilder UseRequestLogScope(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Emulation.Requests");
        return app.Use(async (context, next) =>
        {
            if (context.Features.Get<RequestScope>() is { } scope)
            {
                scope.Set(ScopeOf(context));
                await next(context);
                return;
            }

            using (logger.BeginScope(ScopeOf(context)))
            {
                await next(context);
            }
        });
    }

    public static Dictionary<string, object?> ScopeOf(HttpContext context)
    {
        var user = context.User;
        var scope = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [UserKey] = user.Identity?.IsAuthenticated == true ? user.Identity.Name ?? Anonymous : Anonymous,
            [RequestIdKey] = context.TraceIdentifier,
            [TraceIdKey] = Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier,
        };
        if (user.FindFirstValue(ApiTokenService.TokenIdClaim) is { } tokenId)
        {
            scope[TokenIdKey] = tokenId;
        }

        return scope;
    }

    /// <summary>
    /// The scope's values as they stand: replaced whole (never changed in place), so a line written on another
    /// thread reads either the values before authentication or those after. It holds copies, not the request.
    /// </summary>
    private sealed class RequestScope(IReadOnlyDictionary<string, object?> values) : IEnumerable<KeyValuePair<string, object?>>
    {
        private volatile IReadOnlyDictionary<string, object?> _values = values;

        public void Set(IReadOnlyDictionary<string, object?> values) => _values = values;

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _values.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => string.Join(", ", _values.Select(v => $"{v.Key}:{v.Value}"));
    }

    /// <summary>
    /// Opens each request's logging scope first in the pipeline, ahead of the authentication the host adds, so that
    /// nothing a request logs falls outside it.
    /// </summary>
    private sealed class RequestScopeOpener : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Emulation.Requests");
            app.Use(async (context, nextMiddleware) =>
            {
                var scope = new RequestScope(ScopeOf(context));
                context.Features.Set(scope);
                using (logger.BeginScope(scope))
                {
                    await nextMiddleware(context);
                }
            });
            next(app);
        };
    }

    /// <summary>Logs each circuit's opening and closing with the signed-in user.</summary>
    private sealed class CircuitLogger(AuthenticationStateProvider authentication, ILogger<CircuitLogger> logger) : CircuitHandler
    {
        private string _user = Anonymous;

        public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            var state = await authentication.GetAuthenticationStateAsync();
            _user = state.User.Identity?.IsAuthenticated == true ? state.User.Identity.Name ?? Anonymous : Anonymous;
            logger.LogInformation("Circuit {CircuitId} opened by {User}", circuit.Id, _user);
        }

        public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            logger.LogInformation("Circuit {CircuitId} closed for {User}", circuit.Id, _user);
            return Task.CompletedTask;
        }
    }
}
