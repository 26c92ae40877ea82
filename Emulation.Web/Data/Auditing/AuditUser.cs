namespace Emulation.Web.Data.Auditing;

/// <summary>
/// Who the audit trail names for changes saved in the current flow of execution.
/// </summary>
/// <remarks>
/// Services are singletons that open contexts from an <c>IDbContextFactory</c>, and a Blazor circuit has no
/// HttpContext, so no scoped "current user" service can reach the interceptor. Instead the user travels in an
/// <see cref="AsyncLocal{T}"/>: every service method checks its <c>Actor</c> first, and a passed check sets the actor
/// here for the rest of that call (it flows into the awaits inside the call, is restored when the call returns,
/// and never crosses into another circuit or request). For plain HTTP requests (sign-in, file endpoints) a
/// middleware sets the request's user first. Anything else — start-up seeding, migrations — is <see cref="System"/>.
/// </remarks>
public sealed record AuditUser(string UserId, string UserName)
{
    private static readonly AsyncLocal<AuditUser?> Ambient = new();

    public static AuditUser System { get; } = new("", "system");

    public static AuditUser Anonymous { get; } = new("", "anonymous");

    public static AuditUser Current => Ambient.Value ?? System;

    /// <summary>Someone signing in with <see cref="UserName"/>, not yet known to be who they say.</summary>
    public bool IsSignInAttempt { get; private init; }

    /// <summary>A sign-in with the user name typed: what it saves (the failed-attempt count) is recorded as such.</summary>
    public static AuditUser SignInAttempt(string userName) => new("", userName) { IsSignInAttempt = true };

    /// <summary>Names <paramref name="user"/> for the rest of the calling method and what it awaits.</summary>
    public static void Set(AuditUser user) => Ambient.Value = user;
}
