using System.Collections;
using System.ComponentModel.DataAnnotations;
using Emulation.Domain.Common;
using Emulation.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Emulation.Web.Api;

/// <summary>
/// Limits of a request's fields, checked by the framework's validation (<c>AddValidation</c>) before the endpoint runs;
/// a failure is a 400 validation problem naming the field. The limits are the domain's constants
/// (<c>[Text(Unit.NameMaxLength)]</c>) and the messages are the shared resources' <c>Api.Field.*</c> texts, in the
/// caller's language (the framework's own messages are English only).
/// </summary>
public abstract class ApiFieldAttribute : ValidationAttribute
{
    protected static ValidationResult Refuse(ValidationContext context, string key, params object[] args) =>
        Refuse(context, l => l[key, args]);

    protected static ValidationResult Refuse(ValidationContext context, Func<IStringLocalizer, string> text) =>
        Refuse(context, context.MemberName is { } member ? [member] : [], text);

    /// <summary>A refusal naming <paramref name="members"/>, each a field's path in the request (<c>NominationIds[1]</c>).</summary>
    protected static ValidationResult Refuse(ValidationContext context, IEnumerable<string> members, Func<IStringLocalizer, string> text)
    {
        var localizer = context.GetService(typeof(IStringLocalizer<SharedResource>)) as IStringLocalizer
            ?? throw new InvalidOperationException("Request validation needs the shared resources' localizer.");
        return new ValidationResult(text(localizer), members);
    }
}

/// <summary>The field must be given: a string not blank, a list not empty.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class RequiredFieldAttribute : ApiFieldAttribute
{
    public const string Key = "Api.Field.Required";

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is null or ICollection { Count: 0 } || value is string text && string.IsNullOrWhiteSpace(text)
            ? Refuse(validationContext, Key)
            : ValidationResult.Success;
}

/// <summary>
/// Text of at most <paramref name="maxLength"/> characters once trimmed, clean by the domain's <see cref="CleanText"/>
/// rule (line breaks and tabs only when <see cref="MultiLine"/>); required unless <see cref="Optional"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class TextAttribute(int maxLength) : ApiFieldAttribute
{
    public int MaxLength { get; } = maxLength;

    public bool Optional { get; set; }

    public bool MultiLine { get; set; }

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string text || string.IsNullOrWhiteSpace(text))
        {
            return Optional ? ValidationResult.Success : Refuse(validationContext, RequiredFieldAttribute.Key);
        }

        if (text.Trim().Length > MaxLength)
        {
            return Refuse(validationContext, "Api.Field.MaxLength", MaxLength);
        }

        // A domain error as "code: text", so a program can read the code and a person the text.
        return CleanText.Refusal(text, MultiLine) is { } unclean
            ? Refuse(validationContext, l => $"{unclean.Code}: {l.Describe(unclean)}")
            : ValidationResult.Success;
    }
}

/// <summary>A number (or a date's year) from <paramref name="min"/> to <paramref name="max"/>; absent is left to <see cref="RequiredFieldAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class BetweenAttribute : ApiFieldAttribute
{
    public BetweenAttribute(int min, int max)
    {
        Min = min;
        Max = max;
    }

    /// <summary>Bounds with a fraction (<c>0.01</c> percent), which an attribute cannot take as a decimal.</summary>
    public BetweenAttribute(double min, double max)
    {
        Min = (decimal)min;
        Max = (decimal)max;
    }

    public decimal Min { get; }

    public decimal Max { get; }

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        decimal? number = value switch
        {
            null => null,
            DateOnly date => date.Year,
            IConvertible convertible => convertible.ToDecimal(System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        };
        return number is { } n && (n < Min || n > Max)
            ? Refuse(validationContext, "Api.Field.Between", Min, Max)
            : ValidationResult.Success;
    }
}

/// <summary>
/// A number the database stores whole: at most <paramref name="precision"/> digits, <paramref name="scale"/> of them after
/// the point (the domain's <see cref="DecimalLimits"/>); more is refused here rather than rounded by one provider and
/// kept by another.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class DigitsAttribute(int precision, int scale) : ApiFieldAttribute
{
    public const string DigitsKey = "Api.Field.Digits";

    public int Precision { get; } = precision;

    public int Scale { get; } = scale;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is decimal number && !Services.StoredNumbers.Fits(number, Precision, Scale)
            ? Refuse(validationContext, DigitsKey, Precision - Scale, Scale)
            : ValidationResult.Success;
}

/// <summary>
/// A list of at most <paramref name="max"/> items (a domain constant, far above real use), so that a list of 100,000
/// ids is a 400, never a query with 100,000 parameters.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class AtMostAttribute(int max) : ApiFieldAttribute
{
    public int Max { get; } = max;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is ICollection { Count: var count } && count > Max
            ? Refuse(validationContext, "Api.Field.TooMany", Max)
            : ValidationResult.Success;
}

/// <summary>A number above zero and at most <paramref name="max"/>; absent is left to <see cref="RequiredFieldAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class AboveZeroAtMostAttribute(int max) : ApiFieldAttribute
{
    public int Max { get; } = max;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is IConvertible convertible and not string &&
        convertible.ToDecimal(System.Globalization.CultureInfo.InvariantCulture) is var n && (n <= 0 || n > Max)
            ? Refuse(validationContext, "Api.Field.AboveZeroAtMost", Max)
            : ValidationResult.Success;
}

/// <summary>
/// No item of the request's list <see cref="List"/> repeats an earlier one (a nominee or an award named twice): each
/// repeat is named (<c>nominationIds[1]</c>). It stands on the request type because the framework keys an error of a
/// type-level attribute by the members it names, and a property's by the property alone.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class NoRepeatsAttribute(string list) : ApiFieldAttribute
{
    public const string Key = "Api.Field.Twice";

    public string List { get; } = list;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value?.GetType().GetProperty(List)?.GetValue(value) is not IEnumerable items)
        {
            return ValidationResult.Success;
        }

        var seen = new HashSet<object?>();
        var repeats = new List<string>();
        var index = 0;
        foreach (var item in items)
        {
            if (!seen.Add(item))
            {
                repeats.Add($"{List}[{index}]");
            }

            index++;
        }

        return repeats.Count == 0 ? ValidationResult.Success : Refuse(validationContext, repeats, l => l[Key]);
    }
}
