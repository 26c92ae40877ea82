using Emulation.Web.Components.Shared;
using MudBlazor;
using MudBlazor.Services;

namespace Emulation.Web.Startup;

internal static class UiRegistration
{
    public static IServiceCollection AddEmulationUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddLocalization();
        services.AddTransient<MudLocalizer, ResxMudLocalizer>();
        return services;
    }
}
