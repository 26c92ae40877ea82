using System.Globalization;
using Emulation.Domain.Common;
using Emulation.Web.Services;
using Microsoft.Extensions.Localization;

namespace Emulation.Web.Resources;

public static class LocalizerExtensions
{
    /// <summary>
    /// The user's-language text of a domain error; the domain's English message when no translation exists. The text
    /// reads the item as <c>{0}</c> and the error's facts after it (<c>{1}</c>, <c>{2}</c>…), formatted in the user's culture:
    /// a day the domain wrote as yyyy-MM-dd reads as the pages write days (01/02/2013 in vi-VN).
    /// </summary>
    public static string Describe(this IStringLocalizer localizer, DomainError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        object[] args = [ItemText(localizer, error.Item), .. error.Facts.Select(f => f.Value is string text ? DayOrAsIs(text) : f.Value)];
        var text = localizer["Err." + error.Code, args];
        return text.ResourceNotFound ? error.Message : text.Value;
    }

    /// <summary>
    /// The item an error names, in the user's words: a title's name rather than its code (<c>AdvancedWorker</c>), a
    /// field's label (<c>Item.Jurisdiction</c>) rather than its property name; anything else as it is.
    /// </summary>
    private static string ItemText(IStringLocalizer localizer, string? item)
    {
        if (item is null)
        {
            return "";
        }

        if (Enum.TryParse<Emulation.Domain.Awards.Title>(item, ignoreCase: false, out var title) && Enum.IsDefined(title) &&
            !int.TryParse(item, out _))
        {
            return localizer.Label(title);
        }

        var field = localizer["Item." + item];
        return field.ResourceNotFound ? DayOrAsIs(item) : field.Value;
    }

    private static string DayOrAsIs(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? OfficeTime.Format(day)
            : value;

    /// <summary>The label of an enum value, e.g. <c>Enum.CampaignStatus.Draft</c>.</summary>
    public static string Label<TEnum>(this IStringLocalizer localizer, TEnum value) where TEnum : struct, Enum =>
        Wording.Label(localizer, value);

    /// <summary>
    /// The label of an enum value as a word inside a sentence: its first letter in lower case ("Gửi đăng ký thi đua của
    /// …", not "Gửi Đăng ký thi đua của …"). Only for labels that are common nouns, never a name.
    /// </summary>
    public static string LabelInSentence<TEnum>(this IStringLocalizer localizer, TEnum value) where TEnum : struct, Enum
    {
        var label = localizer.Label(value);
        return label.Length == 0 ? label : char.ToLower(label[0], CultureInfo.CurrentCulture) + label[1..];
    }
}
