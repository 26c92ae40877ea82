using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Emulation.Web.Data;
using Emulation.Web.Services.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Emulation.Web.Api;

public sealed class ApiTokenOptions : AuthenticationSchemeOptions
{
    /// <summary>The administrator token for automation (<c>Emulation:Api:BootstrapToken</c>); none when empty.</summary>
    public string? BootstrapToken { get; set; }
}

/// <summary>
/// The "ApiToken" scheme: <c>Authorization: Bearer &lt;token&gt;</c> with a personal access token or the bootstrap
/// token. It answers a challenge with 401 and a refusal with 403, both as problem details, and never redirects.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(IOptionsMonitor<ApiTokenOptions> options, ILoggerFactory logger,
    UrlEncoder encoder, ApiTokenService tokens) : AuthenticationHandler<ApiTokenOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    public const string BootstrapUserName = "bootstrap";

    /// <summary>
    /// The bootstrap token sets up an installation: it may manage the organisation (administrator) and design and
    /// steer campaigns (union officer). It belongs to no unit, so it cannot write a unit's pledge or results.
    /// </summary>
    public static readonly IReadOnlyList<string> BootstrapRoles = [Roles.Administrator, Roles.UnionOfficer];

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("Only bearer tokens are accepted.");
        }

        var token = header["Bearer ".Length..].Trim();
        if (token.Length == 0)
        {
            return AuthenticateResult.Fail("The bearer token is empty.");
        }

        if (IsBootstrap(token))
        {
            return Success(BootstrapPrincipal());
        }

        var principal = await tokens.AuthenticateAsync(token, SchemeName);
        return principal is null ? AuthenticateResult.Fail("Unknown or revoked token.") : Success(principal);
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Api.Detail.Unauthorized");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Api.Detail.Forbidden");

    private bool IsBootstrap(string token)
    {
        var bootstrap = Options.BootstrapToken;
        if (string.IsNullOrWhiteSpace(bootstrap))
        {
            return false;
        }

        // Compare hashes in fixed time so the comparison leaks neither content nor length.
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(token)),
            SHA256.HashData(Encoding.UTF8.GetBytes(bootstrap)));
    }

    private static ClaimsPrincipal BootstrapPrincipal()
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, BootstrapUserName),
            new(ClaimTypes.Name, BootstrapUserName),
            new(ApiTokenService.TokenIdClaim, BootstrapUserName),
        };
        claims.AddRange(BootstrapRoles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
    }

    private AuthenticateResult Success(ClaimsPrincipal principal) =>
        AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
}
