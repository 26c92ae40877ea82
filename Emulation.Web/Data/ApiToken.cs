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

    /// <summary>The token is refused from this moment on; its owner chose it when creating the token.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>
    /// A fingerprint of the owner's password as it was when the token was issued: a password changed since (by its
    /// owner or reset by an administrator) ends every token issued before, as it ends every signed-in browser.
    /// </summary>
    public string PasswordFingerprint { get; private set; } = "";
    public DateTimeOffset? RevokedAt { get; private set; }
    public DateTimeOffset? LastUsedAt { get; private set; }

    public const int FingerprintLength = 64;

    public bool IsActive => RevokedAt is null;

    public static ApiToken Issue(string userId, string name, string hash, string prefix, DateTimeOffset at,
        DateTimeOffset expiresAt, string passwordFingerprint)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new ApiToken
        {
            UserId = userId, Name = name.Trim(), Hash = hash, Prefix = prefix, CreatedAt = at, ExpiresAt = expiresAt,
            PasswordFingerprint = passwordFingerprint,
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
