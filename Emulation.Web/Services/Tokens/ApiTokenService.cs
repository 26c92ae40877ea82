using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Emulation.Domain.Common;
using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Tokens;

public sealed record ApiTokenRow(int Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt);

/// <summary>
/// Personal access tokens: every signed-in user creates, lists and revokes their own. The plain token is returned
/// once by <see cref="CreateAsync"/>; only its SHA-256 hash is stored.
/// </summary>
public sealed class ApiTokenService(IDbContextFactory<EmulationDbContext> factory, TimeProvider clock)
{
    public const string TokenPrefix = "emu_";

    /// <summary>A token's last use is written at most this often, so reads do not turn into writes.</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(5);

    public static DomainError NameRequired() => new("token.name_required", "A token needs a name.");

    public static DomainError NameTooLong() =>
        new("token.name_too_long", $"A token name has at most {ApiToken.NameMaxLength} characters.");

    public static DomainError NotFound() => new("token.not_found", "There is no such token.");

    public static DomainError AlreadyRevoked() => new("token.already_revoked", "The token was already revoked.");

    public async Task<Result<string>> CreateAsync(Actor actor, string name)
    {
        actor.Require(Roles.All.ToArray());
        if (string.IsNullOrWhiteSpace(name))
        {
            return Result<string>.Failure(NameRequired());
        }

        if (name.Trim().Length > ApiToken.NameMaxLength)
        {
            return Result<string>.Failure(NameTooLong());
        }

        var plain = TokenPrefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        await using var db = await factory.CreateDbContextAsync();
        db.Set<ApiToken>().Add(ApiToken.Issue(actor.UserId, name, Hash(plain), plain[..ApiToken.PrefixLength],
            clock.GetUtcNow()));
        await db.SaveChangesAsync();
        return Result<string>.Success(plain);
    }

    public static DomainError ExpiryInThePast() =>
        new("token.expiry_in_the_past", "A token cannot expire before today.");

    public static DomainError UserNotFound(string userName) =>
        new("token.user_not_found", $"There is no account {userName}.", userName);

    /// <summary>
    /// An administrator issues a token for another account (automation acting in that account's role and unit, as
    /// the account's own personal token would); the plain token is returned once. It lasts through
    /// <paramref name="expiresOn"/> (UTC), or until revoked when null.
    /// </summary>
    public async Task<Result<string>> CreateForAsync(Actor actor, string userName, string name, DateOnly? expiresOn)
    {
        actor.Require(Roles.Administrator);
        if (string.IsNullOrWhiteSpace(name))
        {
            return Result<string>.Failure(NameRequired());
        }

        if (name.Trim().Length > ApiToken.NameMaxLength)
        {
            return Result<string>.Failure(NameTooLong());
        }

        var now = clock.GetUtcNow();
        if (expiresOn < DateOnly.FromDateTime(now.UtcDateTime))
        {
            return Result<string>.Failure(ExpiryInThePast());
        }

        await using var db = await factory.CreateDbContextAsync();
        var normalized = userName.Trim().ToUpperInvariant();
        var userId = await db.Users.Where(u => u.NormalizedUserName == normalized).Select(u => u.Id).SingleOrDefaultAsync();
        if (userId is null)
        {
            return Result<string>.Failure(UserNotFound(userName));
        }

        var plain = TokenPrefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        db.Set<ApiToken>().Add(ApiToken.Issue(userId, name, Hash(plain), plain[..ApiToken.PrefixLength], now, expiresOn));
        await db.SaveChangesAsync();
        return Result<string>.Success(plain);
    }

    public async Task<IReadOnlyList<ApiTokenRow>> ListAsync(Actor actor)
    {
        actor.Require(Roles.All.ToArray());
        await using var db = await factory.CreateDbContextAsync();
        var tokens = await db.Set<ApiToken>().AsNoTracking().Where(t => t.UserId == actor.UserId)
            .OrderByDescending(t => t.Id)
            .Select(t => new ApiTokenRow(t.Id, t.Name, t.Prefix, t.CreatedAt, t.LastUsedAt, t.RevokedAt))
            .ToListAsync();
        return tokens;
    }

    /// <summary>Revokes one of the caller's own tokens; someone else's token is reported as not found.</summary>
    public async Task<Result> RevokeAsync(Actor actor, int tokenId)
    {
        actor.Require(Roles.All.ToArray());
        await using var db = await factory.CreateDbContextAsync();
        var token = await db.Set<ApiToken>().SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == actor.UserId);
        if (token is null)
        {
            return Result.Failure(NotFound());
        }

        if (!token.Revoke(clock.GetUtcNow()))
        {
            return Result.Failure(AlreadyRevoked());
        }

        await db.SaveChangesAsync();
        return Result.Success();
    }

    /// <summary>
    /// The owner of an active token as a principal with the owner's current roles and unit, or null when the token
    /// is unknown, revoked, or its owner is locked out.
    /// </summary>
    /// <summary>The id of the token a request was authenticated with; logged with every line of that request.</summary>
    public const string TokenIdClaim = "emulation:token";

    public async Task<ClaimsPrincipal?> AuthenticateAsync(string plainToken, string authenticationType)
    {
        if (!plainToken.StartsWith(TokenPrefix, StringComparison.Ordinal) || plainToken.Length > 200)
        {
            return null;
        }

        var hash = Hash(plainToken);
        await using var db = await factory.CreateDbContextAsync();
        var token = await db.Set<ApiToken>().SingleOrDefaultAsync(t => t.Hash == hash && t.RevokedAt == null);
        var now = clock.GetUtcNow();
        if (token is null || token.IsExpiredAt(now))
        {
            return null;
        }

        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == token.UserId);
        if (user is null || user.LockoutEnd > now)
        {
            return null;
        }

        var roles = await db.UserRoles.Where(r => r.UserId == user.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync();
        if (token.LastUsedAt is null || now - token.LastUsedAt > LastUsedResolution)
        {
            token.MarkUsed(now);
            await db.SaveChangesAsync();
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id),
            new(ClaimTypes.Name, user.UserName ?? user.Id),
            new(TokenIdClaim, token.Id.ToString(CultureInfo.InvariantCulture)),
        };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        if (user.UnitId is { } unitId)
        {
            claims.Add(new Claim(Actor.UnitClaim, unitId.ToString(CultureInfo.InvariantCulture)));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType));
    }

    public static string Hash(string plainToken) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(plainToken)));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
