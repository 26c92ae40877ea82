using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Emulation.Domain.Common;
using Emulation.Web.Components.Account;
using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Tokens;

/// <summary>A token just issued: the plain text, shown once, and the last day it is accepted (UTC).</summary>
public sealed record IssuedToken(string Token, DateOnly ExpiresOn);

public sealed record ApiTokenRow(int Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt, DateTimeOffset ExpiresAt);

/// <summary>How long personal tokens may live (<c>Emulation:Api:Tokens</c>).</summary>
public sealed class ApiTokenLifetimeOptions
{
    public const string Section = "Emulation:Api:Tokens";

    /// <summary>The lifetime a new token is offered with.</summary>
    public int DefaultDays { get; set; } = 90;

    /// <summary>The longest lifetime a user may choose.</summary>
    public int MaxDays { get; set; } = 365;
}

/// <summary>
/// Personal access tokens: every signed-in user creates, lists and revokes their own. The plain token is returned
/// once by <see cref="CreateAsync"/>; only its SHA-256 hash is stored.
/// </summary>
public sealed class ApiTokenService(IDbContextFactory<EmulationDbContext> factory, TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<ApiTokenLifetimeOptions> options)
{
    public ApiTokenLifetimeOptions Lifetimes => options.Value;
    public const string TokenPrefix = "emu_";

    /// <summary>A token's last use is written at most this often, so reads do not turn into writes.</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(5);

    public static DomainError NameRequired() => new("token.name_required", "A token needs a name.");

    public static DomainError NameTooLong() =>
        new("token.name_too_long", $"A token name has at most {ApiToken.NameMaxLength} characters.");

    public static DomainError NotFound() => new("token.not_found", "There is no such token.");

    public static DomainError AlreadyRevoked() => new("token.already_revoked", "The token was already revoked.");

    public static DomainError ExpiryOutOfRange(int maxDays) => new("token.expiry_out_of_range",
        $"A token expires between tomorrow and {maxDays} days from today.", maxDays.ToString(CultureInfo.InvariantCulture));

    /// <summary>The day a new token expires when its owner does not choose one.</summary>
    public DateOnly DefaultExpiry() => Today().AddDays(options.Value.DefaultDays);

    public DateOnly MaxExpiry() => Today().AddDays(options.Value.MaxDays);

    /// <summary>
    /// Issues a token for the actor's own account that expires at the end of <paramref name="expiresOn"/> (UTC), which
    /// must lie between tomorrow and the longest lifetime allowed; without it, after the default lifetime.
    /// </summary>
    public async Task<Result<string>> CreateAsync(Actor actor, string name, DateOnly? expiresOn = null)
    {
        actor.RequirePolicy(Policies.UseApi);
        var issued = await IssueAsync(actor, actor.UserId, name, expiresOn);
        return issued.IsSuccess ? Result<string>.Success(issued.Value.Token) : Result<string>.Failure(issued.Errors);
    }

    public static DomainError UserNotFound(string userName) =>
        new("token.user_not_found", $"There is no account {userName}.", userName);

    /// <summary>A person's account (one with a password or a staff record): its holder issues its tokens, nobody else.</summary>
    public static DomainError PersonalAccount(string userName) =>
        new("token.personal_account", $"{userName} is a person's account: only its holder issues its tokens.", userName);

    /// <summary>
    /// An administrator issues a token for a service account: one made for automation, with no password and no staff
    /// record (<c>POST /api/v1/users</c>). The token acts in that account's role and unit, never as a person: an account a
    /// person signs in with, or linked to a person, is refused (its holder issues their own), and a service token never
    /// carries a person (<see cref="AuthenticateAsync"/>). Same lifetime rules as a personal token; the plain token is
    /// returned once, with the day it expires.
    /// </summary>
    public async Task<Result<IssuedToken>> CreateForAsync(Actor actor, string userName, string name, DateOnly? expiresOn)
    {
        actor.RequirePolicy(Policies.Administer);
        await using var db = await factory.CreateDbContextAsync(actor);
        var normalized = userName.Trim().ToUpperInvariant();
        var user = await db.Users.Where(u => u.NormalizedUserName == normalized).Select(u => new
        {
            u.Id, u.UnitId, u.PersonId, u.PasswordHash,
            PersonUnit = db.People.Where(p => p.Id == u.PersonId).Select(p => (int?)p.UnitId).FirstOrDefault(),
        }).SingleOrDefaultAsync();
        if (user is null)
        {
            return Result<IssuedToken>.Failure(UserNotFound(userName));
        }

        // An agency's administrator issues tokens only to the accounts of their own agency (Organization.OrganizationScope).
        if (!(await Organization.OrganizationScope.OfAsync(db, actor)).CoversAccount(user.UnitId, user.PersonUnit))
        {
            throw new AccessDeniedException($"{actor.UserName} keeps another agency than the one of account {userName}.");
        }

        if (InputRefusal(name, expiresOn) is { } refused)
        {
            return Result<IssuedToken>.Failure(refused);
        }

        if (user.PasswordHash is not null || user.PersonId is not null)
        {
            return Result<IssuedToken>.Failure(PersonalAccount(userName.Trim()));
        }

        return await IssueAsync(actor, user.Id, name, expiresOn);
    }

    /// <summary>Why a token cannot be issued with this name and expiry, or null when it can.</summary>
    private DomainError? InputRefusal(string name, DateOnly? expiresOn)
    {
        var expiry = expiresOn ?? DefaultExpiry();
        return string.IsNullOrWhiteSpace(name) ? NameRequired()
            : name.Trim().Length > ApiToken.NameMaxLength ? NameTooLong()
            // The name is shown on the owner's list of tokens: no control or direction characters in it.
            : CleanText.Refusal(name) is { } unclean ? unclean
            : expiry <= Today() || expiry > MaxExpiry() ? ExpiryOutOfRange(options.Value.MaxDays)
            : null;
    }

    private async Task<Result<IssuedToken>> IssueAsync(Actor actor, string userId, string name, DateOnly? expiresOn)
    {
        if (InputRefusal(name, expiresOn) is { } refused)
        {
            return Result<IssuedToken>.Failure(refused);
        }

        var expiry = expiresOn ?? DefaultExpiry();

        var plain = TokenPrefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        await using var db = await factory.CreateDbContextAsync(actor);
        var passwordHash = await db.Users.Where(u => u.Id == userId).Select(u => u.PasswordHash).SingleAsync();
        db.Set<ApiToken>().Add(ApiToken.Issue(userId, name, Hash(plain), plain[..ApiToken.PrefixLength],
            clock.GetUtcNow(), new DateTimeOffset(expiry.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            PasswordFingerprint(passwordHash)));
        await db.SaveChangesAsync();
        return Result<IssuedToken>.Success(new IssuedToken(plain, expiry));
    }

    public async Task<IReadOnlyList<ApiTokenRow>> ListAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.UseApi);
        await using var db = await factory.CreateDbContextAsync(actor);
        var tokens = await db.Set<ApiToken>().AsNoTracking().Where(t => t.UserId == actor.UserId)
            .OrderByDescending(t => t.Id)
            .Select(t => new ApiTokenRow(t.Id, t.Name, t.Prefix, t.CreatedAt, t.LastUsedAt, t.RevokedAt, t.ExpiresAt))
            .ToListAsync();
        return tokens;
    }

    /// <summary>Revokes one of the caller's own tokens; someone else's token is reported as not found.</summary>
    public async Task<Result> RevokeAsync(Actor actor, int tokenId)
    {
        actor.RequirePolicy(Policies.UseApi);
        await using var db = await factory.CreateDbContextAsync(actor);
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

    /// <summary>The id of the token a request was authenticated with; logged with every line of that request.</summary>
    public const string TokenIdClaim = "emulation:token";

    /// <summary>
    /// The owner of an active token as a principal with the owner's current roles and unit, or null when the token
    /// is unknown, revoked or expired, its owner is locked out or disabled, or changed their password since it was issued.
    /// </summary>
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
        if (token is null || token.ExpiresAt <= now)
        {
            return null;
        }

        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == token.UserId);
        if (user is null || !AccountStateValidator.IsEnabled(user) ||
            !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(token.PasswordFingerprint),
                Encoding.ASCII.GetBytes(PasswordFingerprint(user.PasswordHash))))
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

        // The staff record the account is linked to, as the sign-in cookie names it (UnitClaimsFactory): without it a
        // member of staff's token was refused their own profile and certificates on the documents the token may fetch.
        // Only a token its holder issued, signed in with their password, acts as the person: an account with no password
        // holds service tokens an administrator issued (CreateForAsync), and a person linked to it later gains nothing.
        if (user.PersonId is { } personId && user.PasswordHash is not null)
        {
            claims.Add(new Claim(Actor.PersonClaim, personId.ToString(CultureInfo.InvariantCulture)));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType));
    }

    /// <summary>SHA-256 of the stored password hash: changes whenever the password does, reveals nothing of it.</summary>
    private static string PasswordFingerprint(string? passwordHash) => Hash(passwordHash ?? "");

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public static string Hash(string plainToken) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(plainToken)));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
