using System.Globalization;
using CsCheck;
using Emulation.Domain.Common;

namespace Emulation.Tests.Domain.Properties;

/// <summary>The one rule for typed numbers (issue 20, item 5): a number is read only when its meaning is certain.</summary>
[Trait("Category", "Fast")]
public sealed class TypedNumberPropertyTests
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-US");

    /// <summary>Decimals with 0–2 or 4–6 decimal places (exactly three after one separator is the ambiguous case).</summary>
    private static readonly Gen<decimal> Decimals =
        Gen.Select(Gen.Long[0, 999_999_999_999L], Gen.OneOf(Gen.Int[0, 2], Gen.Int[4, 6]), Gen.Bool)
            .Select(t => (t.Item3 ? -1 : 1) * t.Item1 / (decimal)Math.Pow(10, t.Item2));

    [Fact]
    public void ADecimal_FormattedInViOrEn_WithOrWithoutGrouping_ReadsBackAsTheSameValue()
    {
        Gen.Select(Decimals, Gen.OneOf(Gen.Const(Vi), Gen.Const(En)), Gen.OneOf(Gen.Const("N6"), Gen.Const("F6"), Gen.Const("#,##0.######"), Gen.Const("0.######")))
            .Sample((value, culture, format) =>
            {
                var text = value.ToString(format, culture);
                var parsed = TypedNumber.Parse(text, culture);
                return parsed.Error is null ? parsed.Value == value : parsed.Error.Code == "number.ambiguous";
            });
    }

    [Fact]
    public void ADecimal_WithAPointOrAComma_MeansTheSameInVi()
    {
        Gen.Select(Gen.Int[0, 999_999], Gen.Int[1, 99]).Sample((whole, hundredths) =>
        {
            var text = whole.ToString(CultureInfo.InvariantCulture) + "." + hundredths.ToString("00", CultureInfo.InvariantCulture);
            var expected = decimal.Parse(text, CultureInfo.InvariantCulture);
            return TypedNumber.Parse(text, Vi).Value == expected && TypedNumber.Parse(text.Replace('.', ','), Vi).Value == expected;
        });
    }

    [Fact]
    public void AThousandsSeparatedInteger_InADecimalField_IsRefusedAsAmbiguous_AndReadAsThousandsInAWholeNumberField()
    {
        Gen.Select(Gen.Int[1, 999], Gen.Int[0, 999], Gen.OneOf(Gen.Const('.'), Gen.Const(',')), Gen.OneOf(Gen.Const(Vi), Gen.Const(En)))
            .Sample((thousands, units, separator, culture) =>
            {
                var text = $"{thousands}{separator}{units:000}";
                return TypedNumber.Parse(text, culture).Error?.Code == "number.ambiguous" &&
                       TypedNumber.Parse(text, culture, wholeOnly: true).Value == thousands * 1000 + units;
            });
    }

    [Fact]
    public void NeverASilentChange_AnyTextEitherReadsAsTheSameDigitsOrIsRefused()
    {
        var chars = Gen.Char["0123456789.,-e "];
        Gen.Select(chars.Array[1, 12], Gen.OneOf(Gen.Const(Vi), Gen.Const(En)), Gen.Bool).Sample((typed, culture, whole) =>
        {
            var text = new string(typed);
            var parsed = TypedNumber.Parse(text, culture, wholeOnly: whole);
            if (parsed.Value is not { } value)
            {
                return parsed.IsBlank == (text.Trim().Length == 0);
            }

            // The value's digits are the typed digits (leading and trailing zeros aside), with its sign.
            static string Digits(string s) => new string([.. s.Where(char.IsAsciiDigit)]).Trim('0');
            var shown = value.ToString(CultureInfo.InvariantCulture);
            return Digits(shown) == Digits(text) && (value == 0 || (value < 0) == text.TrimStart().StartsWith('-'));
        });
    }

    [Theory]
    [InlineData("95,5", 95.5)]
    [InlineData("95.5", 95.5)]
    [InlineData("1.234.567", 1234567)]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("0,125", 0.125)]
    [InlineData(" -3 ", -3)]
    public void Vi_ReadsEachUnambiguousForm(string text, double expected) =>
        Assert.Equal((decimal)expected, TypedNumber.Parse(text, Vi).Value);

    [Theory]
    [InlineData("1.000", "number.ambiguous")]
    [InlineData("1e32", "number.not_a_number")]
    [InlineData("12a", "number.not_a_number")]
    [InlineData("1.2.3", "number.not_a_number")]
    [InlineData("1,2.3,4", "number.not_a_number")]
    public void Vi_RefusesWhatItCannotReadForCertain(string text, string code) =>
        Assert.Equal(code, TypedNumber.Parse(text, Vi).Error?.Code);

    [Fact]
    public void AValueOutOfRange_IsRefusedWithTheBound_NeverClamped()
    {
        var year = TypedNumber.Parse("-5", Vi, wholeOnly: true, min: 2000, max: 2100, grouped: false);
        var points = TypedNumber.Parse("100000000000000000000000000000000", Vi, max: 1000);
        var big = TypedNumber.Parse("1.000.000", Vi, max: 1000);

        Assert.Equal(("number.below_minimum", "2000"), (year.Error?.Code, year.Error?.Item));
        Assert.Equal(("number.above_maximum", "1.000"), (points.Error?.Code, points.Error?.Item));
        Assert.Equal("number.above_maximum", big.Error?.Code);
        Assert.All([year, points, big], p => Assert.Null(p.Value));
    }

    [Fact]
    public void AWholeNumberField_RefusesDecimals_AndReadsGroupedYears()
    {
        Assert.Equal("number.not_whole", TypedNumber.Parse("95,5", Vi, wholeOnly: true).Error?.Code);
        Assert.Equal(2025m, TypedNumber.Parse("2.025", Vi, wholeOnly: true).Value);
        Assert.Equal(2025m, TypedNumber.Parse("2025", Vi, wholeOnly: true, min: 2000, max: 2100).Value);
    }

    /// <summary>Any decimal, any number of places up to six, either sign, big or small.</summary>
    private static readonly Gen<decimal> AnyDecimal =
        Gen.Select(Gen.Long[0, 999_999_999_999L], Gen.Int[0, 6], Gen.Bool)
            .Select(t => (t.Item3 ? -1 : 1) * t.Item1 / (decimal)Math.Pow(10, t.Item2));

    [Fact]
    public void AValueShownInAField_ReadsBackAsTheSameValue_InAnyField_InViAndEn()
    {
        Gen.Select(AnyDecimal, Gen.OneOf(Gen.Const(Vi), Gen.Const(En))).Sample((value, culture) =>
        {
            var shown = TypedNumber.Format(value, culture);
            var read = TypedNumber.Parse(shown, culture);
            var whole = TypedNumber.Parse(shown, culture, wholeOnly: true);
            return read.Value == value && (value != decimal.Truncate(value) || whole.Value == value);
        });
    }

    [Theory]
    [InlineData(1000, "1000")]
    [InlineData(12345, "12345")]
    [InlineData(1234567, "1.234.567")]
    [InlineData(95.5, "95,5")]
    [InlineData(1.125, "1,1250")]
    [InlineData(1234.125, "1.234,125")]
    public void Vi_ShowsEachValueInAFormThatIsNeverAmbiguous(double value, string shown) =>
        Assert.Equal(shown, TypedNumber.Format((decimal)value, Vi));

    [Fact]
    public void AValueOutsideItsRange_IsAlwaysRefusedWithTheBound_NeverClampedOrChanged()
    {
        Gen.Select(AnyDecimal, Gen.Decimal[-1000m, 1000m], Gen.Decimal[0m, 1000m]).Sample((value, low, width) =>
        {
            var high = low + width;
            var parsed = TypedNumber.Parse(TypedNumber.Format(value, Vi), Vi, min: low, max: high);
            return value < low ? parsed is { Value: null, Error.Code: "number.below_minimum" } && parsed.Error.Item == low.ToString("#,##0.############################", Vi)
                : value > high ? parsed is { Value: null, Error.Code: "number.above_maximum" } && parsed.Error.Item == high.ToString("#,##0.############################", Vi)
                : parsed.Value == value;
        });
    }
}
