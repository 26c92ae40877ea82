namespace Emulation.Web.Data;

/// <summary>
/// A personal access token for the REST API. Only a SHA-256 hash of the secret is kept; the plain token is shown
/// once, when it is created. A token acts as its owner with the owner's current roles and unit.
/// </summary>
public sealed class ApiToken
{
    public const int NameMaxLength = 100;
    public const int HashLength = 64;
    public const int PrefixLength = 8;

    public int Id { get; private set; }
    public string UserId { get; private set; } = "";
    public string Name { get; private set; } = "";

    /// <summary>Lower-case hex SHA-256 of the plain token.</summary>
    public string Hash { get; private set; } = "";

    /// <summary>The first characters of the plain token, so its owner can tell tokens apart.</summary>
    public string Prefix { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public DateTimeOffset? LastUsedAt { get; private set; }

    /// <summary>The last day (UTC) the token is accepted; null for a token that lasts until it is revoked.</summary>
    public DateOnly? ExpiresOn { get; private set; }

    public bool IsActive => RevokedAt is null;

    /// <summary>Whether the token has expired at <paramref name="at"/>: it works through the whole of its last day, UTC.</summary>
    public bool IsExpiredAt(DateTimeOffset at) => ExpiresOn is { } last && DateOnly.FromDateTime(at.UtcDateTime) > last;

    public static ApiToken Issue(string userId, string name, string hash, string prefix, DateTimeOffset at,
        DateOnly? expiresOn = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new ApiToken
        {
            UserId = userId, Name = name.Trim(), Hash = hash, Prefix = prefix, CreatedAt = at, ExpiresOn = expiresOn,
        };
    }

    /// <summary>Revokes the token; revoking twice is a mistake the caller must see.</summary>
    public bool Revoke(DateTimeOffset at)
    {
        if (RevokedAt is not null)
        {
            return false;
        }

        RevokedAt = at;
        return true;
    }

    public void MarkUsed(DateTimeOffset at) => LastUsedAt = at;
}
