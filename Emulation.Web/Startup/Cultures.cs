using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Emulation.Web.Startup;

/// <summary>Vietnamese first, English second.</summary>
public static class Cultures
{
    public const string Vietnamese = "vi-VN";
    public const string English = "en-US";

    public static readonly CultureInfo Default = CultureInfo.GetCultureInfo(Vietnamese);

    public static RequestLocalizationOptions LocalizationOptions()
    {
        string[] supported = [Vietnamese, English];
        var options = new RequestLocalizationOptions()
            .SetDefaultCulture(Vietnamese)
            .AddSupportedCultures(supported)
            .AddSupportedUICultures(supported);
        // Only the user's explicit choice (the culture cookie or ?culture=) overrides Vietnamese; browser headers do not,
        // except that API callers (/api) may ask for English with Accept-Language.
        options.RequestCultureProviders =
        [
            new Api.ApiAcceptLanguageProvider(),
            new QueryStringRequestCultureProvider(),
            new CookieRequestCultureProvider(),
        ];
        return options;
    }
}
