using Emulation.Domain.Common;
using Emulation.Web.Data;
using Emulation.Web.Startup;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Emulation.Web.Api;

internal static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async Task<IResult> (HttpContext context, [FromServices] IAntiforgery antiforgery,
            [FromServices] SignInManager<AppUser> signIn, [FromServices] UserManager<AppUser> users) =>
        {
            // No form parameter is bound here, so the antiforgery middleware would only flag a bad token: check it.
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                await ExpiredForms.WriteAsync(context, "Form.Expired", back: null);
                return TypedResults.Empty;
            }

            // A new security stamp ends this sign-in everywhere: a copy of the cookie is refused from the next request
            // on (the stamp is checked on every request), and so is every other browser of the account.
            if (await users.GetUserAsync(context.User) is { } user)
            {
                await users.UpdateSecurityStampAsync(user);
            }

            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("~/account/login");
        });

        endpoints.MapGet("/culture/set", (HttpContext context, string culture, string? redirectUri) =>
        {
            var supported = culture is Cultures.Vietnamese or Cultures.English ? culture : Cultures.Vietnamese;
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(supported)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            return TypedResults.LocalRedirect("~" + LocalPathOrRoot(redirectUri));
        });
        return endpoints;
    }

    /// <summary>
    /// <paramref name="redirectUri"/> when it is a path on this site, else "/": never "//host" or "/\host" (browsers
    /// read both as another host), never a backslash, control character (tab, CR, LF) or bidirectional mark.
    /// </summary>
    internal static string LocalPathOrRoot(string? redirectUri) =>
        redirectUri is { Length: > 0 } && redirectUri[0] == '/' && !redirectUri.StartsWith("//", StringComparison.Ordinal) &&
        !redirectUri.Contains('\\', StringComparison.Ordinal) && CleanText.IsClean(redirectUri)
            ? redirectUri
            : "/";
}
