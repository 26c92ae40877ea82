using Emulation.Domain.Common;
using Emulation.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Emulation.Web.Resources;

public static class LocalizerExtensions
{
    /// <summary>The user's-language text of a domain error; the domain's English message when no translation exists.</summary>
    public static string Describe(this IStringLocalizer localizer, DomainError error)
    {
        var text = localizer["Err." + error.Code, error.Item ?? ""];
        return text.ResourceNotFound ? error.Message : text.Value;
    }

    /// <summary>The label of an enum value, e.g. <c>Enum.CampaignStatus.Draft</c>.</summary>
    public static string Label<TEnum>(this IStringLocalizer localizer, TEnum value) where TEnum : struct, Enum =>
        Wording.Label(localizer, value);
}
