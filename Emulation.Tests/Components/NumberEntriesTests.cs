using System.Globalization;
using Emulation.Web.Components.Shared;

namespace Emulation.Tests.Components;

[Trait("Category", "Fast")]
public sealed class NumberEntriesTests
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Theory]
    [InlineData("1.260.000", 1260000)]
    [InlineData("1,5", 1.5)]
    [InlineData("95.5", 95.5)]
    [InlineData("95,5", 95.5)]
    [InlineData(" 42 ", 42)]
    [InlineData("-3", -3)]
    public void Set_ReadsNumbersTheVietnameseWay(string typed, double expected)
    {
        var entries = new NumberEntries([KeyValuePair.Create("A", (decimal?)null)]);

        entries.Set("A", typed, Vietnamese);

        Assert.Equal((decimal)expected, entries["A"]);
        Assert.False(entries.HasUnparsed);
    }

    /// <summary>
    /// What the browser kept of a field is put back only when it would change the entry: "1500" typed is the 1.500 the
    /// circuit already holds, not an unsaved value to restore.
    /// </summary>
    [Fact]
    public void Holds_TheSameNumberHoweverWritten_AndTheSameUnreadText()
    {
        var entries = new NumberEntries([KeyValuePair.Create("A", (decimal?)1500), KeyValuePair.Create("B", (decimal?)98.5m),
            KeyValuePair.Create("C", (decimal?)null)]);
        entries.Set("C", "bảy", Vietnamese);

        Assert.True(entries.Holds("A", "1500", Vietnamese));
        Assert.True(entries.Holds("A", " 1.500 ", Vietnamese));
        Assert.True(entries.Holds("B", "98,50", Vietnamese));
        Assert.True(entries.Holds("C", "bảy", Vietnamese));
        Assert.False(entries.Holds("A", "1501", Vietnamese));
        Assert.False(entries.Holds("A", "", Vietnamese));
        Assert.False(entries.Holds("C", "7", Vietnamese));
        Assert.False(entries.Holds("B", "tám", Vietnamese));
    }

    [Fact]
    public void Set_WithTextThatIsNotANumber_KeepsTheTextAndTheLastGoodValue()
    {
        var entries = new NumberEntries([KeyValuePair.Create("A", (decimal?)7)]);

        entries.Set("A", "bảy", Vietnamese);

        Assert.True(entries.HasUnparsed);
        Assert.True(entries.IsUnparsed("A"));
        Assert.Equal("bảy", entries.Text("A", Vietnamese));
        Assert.Equal(7, entries["A"]);
    }

    [Fact]
    public void Set_WithALoneThousandsGroup_IsRefusedAsAmbiguous_NotSavedAsAThousandTimesMore()
    {
        var entries = new NumberEntries([KeyValuePair.Create("A", (decimal?)7)]);

        entries.Set("A", "1.260", Vietnamese);

        Assert.Equal("number.ambiguous", entries.ErrorOf("A")?.Code);
        Assert.Equal("1.260", entries.Text("A", Vietnamese));
        Assert.Equal(7, entries["A"]);
    }

    [Fact]
    public void Set_Blank_ClearsTheValueAndAnEarlierError()
    {
        var entries = new NumberEntries([KeyValuePair.Create("A", (decimal?)7)]);
        entries.Set("A", "x", Vietnamese);

        entries.Set("A", "  ", Vietnamese);

        Assert.Null(entries["A"]);
        Assert.False(entries.HasUnparsed);
        Assert.Equal("", entries.Text("A", Vietnamese));
    }

    [Fact]
    public void Text_FormatsInTheUsersCulture()
    {
        var entries = new NumberEntries([KeyValuePair.Create("A", (decimal?)1234.5m)]);

        Assert.Equal("1.234,5", entries.Text("A", Vietnamese));
        Assert.Equal("1,234.5", entries.Text("A", English));
    }

    [Theory]
    [InlineData("100.000.000.000.000")]
    [InlineData("1,23456")]
    public void Set_AFigureTheDatabaseCannotHoldWhole_IsKeptAsTypedWithTheReasonNamingItsLine(string typed)
    {
        var entries = new NumberEntries([KeyValuePair.Create("C1", (decimal?)5)]);

        entries.Set("C1", typed, Vietnamese);

        Assert.True(entries.IsUnparsed("C1"));
        Assert.Equal(5m, entries["C1"]);
        Assert.Equal(("number.too_many_digits", "C1"), (entries.ErrorOf("C1")!.Code, entries.ErrorOf("C1")!.Item));
    }
}
