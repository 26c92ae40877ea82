namespace Emulation.Web.Data.Auditing;

/// <summary>
/// Who the audit trail names for changes saved in the current flow of execution.
/// </summary>
/// <remarks>
/// A service names its actor where it opens its data: <c>factory.CreateDbContextAsync(actor)</c> sets the context's
/// <see cref="EmulationDbContext.Author"/>, which the interceptor prefers. What is saved outside a service call — a
/// failed sign-in's count, start-up seeding, migrations — is named by the flow of execution instead: the user travels
/// in an <see cref="AsyncLocal{T}"/> that a middleware sets for each request (the request's user or
/// <see cref="Anonymous"/>) and the sign-in sets to <see cref="SignInAttempt"/>; anything else is <see cref="System"/>.
/// Checking a permission sets nothing.
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
