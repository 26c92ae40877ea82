namespace Emulation.Web.Data.Auditing;

public enum AuditAction
{
    Created,
    Updated,

    /// <summary>An update that changed the row's <c>Status</c>: a step in a workflow.</summary>
    StateChanged,
    Deleted,

    /// <summary>A failed sign-in attempt under the user name typed (the account's failed-attempt count or lockout).</summary>
    SignInFailed,

    /// <summary>A successful sign-in that reset the account's failed-attempt count.</summary>
    SignedIn,
}

/// <summary>
/// One recorded change to one row: who, when, which entity and key, and the values before and after as JSON.
/// Only ever added: <see cref="AuditInterceptor"/> refuses to save a changed or removed entry.
/// </summary>
public sealed class AuditEntry
{
    public const int UserMaxLength = 256;
    public const int EntityMaxLength = 200;
    public const int KeyMaxLength = 200;

    private AuditEntry()
    {
    }

    public long Id { get; private set; }

    /// <summary>UTC.</summary>
    public DateTime At { get; private set; }

    public string UserId { get; private set; } = "";
    public string UserName { get; private set; } = "";
    public string Entity { get; private set; } = "";
    public string EntityKey { get; private set; } = "";
    public AuditAction Action { get; private set; }

    /// <summary>The changed values before the change (all values for a deletion); null for a creation.</summary>
    public string? Before { get; private set; }

    /// <summary>The changed values after the change (all values for a creation); null for a deletion.</summary>
    public string? After { get; private set; }

    /// <summary>
    /// The unit the changed row belongs to (a unit itself, the unit of a person, account, pledge or award, a campaign's
    /// agency), so that the agency's administrator reads what anyone changed of its own; null when the row names none.
    /// Entries written before this column existed have none: they stay in the trail of their author's agency.
    /// </summary>
    public int? UnitId { get; private set; }

    public static AuditEntry Record(DateTime at, AuditUser user, string entity, string key, AuditAction action,
        string? before, string? after, int? unitId = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new AuditEntry
        {
            At = at,
            UserId = Truncate(user.UserId, UserMaxLength),
            UserName = Truncate(user.UserName, UserMaxLength),
            Entity = Truncate(entity, EntityMaxLength),
            EntityKey = Truncate(key, KeyMaxLength),
            Action = action,
            Before = before,
            After = after,
            UnitId = unitId,
        };
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
