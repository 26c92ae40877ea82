using Emulation.Web.Resources;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Emulation.Web.Components.Shared;

/// <summary>
/// MudBlazor's own texts (conversion errors, ARIA labels) from the app's resources under <c>Mud.&lt;key&gt;</c>, so a
/// number field says "Không phải là số hợp lệ" in Vietnamese; keys the app does not translate keep MudBlazor's text.
/// </summary>
internal sealed class ResxMudLocalizer(IStringLocalizer<SharedResource> localizer) : MudLocalizer
{
    public override LocalizedString this[string key]
    {
        get
        {
            var translated = localizer["Mud." + key];
            return translated.ResourceNotFound ? base[key] : new LocalizedString(key, translated.Value);
        }
    }

    public override LocalizedString this[string key, params object[] arguments]
    {
        get
        {
            var translated = localizer["Mud." + key, arguments];
            return translated.ResourceNotFound ? base[key, arguments] : new LocalizedString(key, translated.Value);
        }
    }
}
