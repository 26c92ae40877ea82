using Emulation.Web.Components.Shared;
using MudBlazor;
using MudBlazor.Services;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Emulation.Web.Startup;

internal static class UiRegistration
{
    public static IServiceCollection AddEmulationUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        // Vietnamese letters as themselves in the HTML, not as character references: "Tổng hợp" is 12 bytes in UTF-8
        // and 29 as "T&#x1ED5;ng h&#x1EE3;p", which made statically rendered pages half again as heavy.
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddMudServices();
        services.AddLocalization();
        services.AddTransient<MudLocalizer, ResxMudLocalizer>();
        // Each editor its own: where its save stands.
        services.AddTransient<SaveProgress>();
        return services;
    }
}
