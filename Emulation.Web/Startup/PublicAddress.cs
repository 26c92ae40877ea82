namespace Emulation.Web.Startup;

/// <summary>
/// The address written into links and QR codes (certificate verification). In Production it never comes from the
/// request's Host header, which a client chooses: the app refuses to start unless <see cref="Key"/> is set or
/// <c>AllowedHosts</c> names the site's hosts (then Kestrel's host filtering rejects any other Host).
/// </summary>
public static class PublicAddress
{
    public const string Key = "Emulation:PublicBaseUrl";

    public static void EnsureTrustworthy(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        if (environment.IsProduction() && string.IsNullOrWhiteSpace(configuration[Key]) &&
            configuration["AllowedHosts"] is null or "" or "*")
        {
            throw new InvalidOperationException(
                $"In Production set '{Key}' (e.g. https://thidua.example.gov.vn) or 'AllowedHosts' to the site's host " +
                "names: links and QR codes must not be built from a Host header the client chooses.");
        }
    }

    /// <summary><see cref="Key"/> when set, else this request's scheme and host (trusted only as checked above).</summary>
    public static string Of(HttpContext context, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration[Key] is { Length: > 0 } configured
            ? configured
            : $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
    }
}
