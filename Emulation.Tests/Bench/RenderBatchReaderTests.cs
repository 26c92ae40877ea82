using CircuitLoad.Rendering;

namespace Emulation.Tests.Bench;

/// <summary>The load tool's reader of Blazor's binary render batches.</summary>
public sealed class RenderBatchReaderTests
{
    [Fact]
    public void Read_GivesBackEveryPartOfTheBatch()
    {
        var longText = new string('x', 300);
        var batch = new RenderBatch(
            [
                new RenderDiff(3, [new RenderEdit(EditType.PrependFrame, 0, 0, null), new RenderEdit(EditType.PrependFrame, 1, 3, null)]),
                new RenderDiff(8, [new RenderEdit(EditType.RemoveAttribute, 2, 0, "disabled"), new RenderEdit(EditType.SetAttribute, 0, 4, null)]),
            ],
            [
                new RenderFrame(FrameType.Element, 3, 0, "input", null, 0),
                new RenderFrame(FrameType.Attribute, 1, 0, "data-testid", "value-VB_DEN", 0),
                new RenderFrame(FrameType.Attribute, 1, 0, "onchange", null, 5_000_000_123),
                new RenderFrame(FrameType.Text, 1, 0, null, "Phòng Tổng hợp " + longText, 0),
                new RenderFrame(FrameType.Attribute, 1, 0, "value", "42", 0),
                new RenderFrame(FrameType.Component, 2, 17, null, null, 0),
                new RenderFrame(FrameType.Region, 1, 0, null, null, 0),
                new RenderFrame(FrameType.Markup, 1, 0, null, "<b>đ</b>", 0),
                new RenderFrame(FrameType.NamedEvent, 1, 0, null, null, 0),
            ],
            [4, 9],
            [11, 12]);

        var read = RenderBatchReader.Read(RenderBatchBytes.Write(batch));

        Assert.Equal(batch.Frames, read.Frames);
        Assert.Equal(batch.DisposedComponentIds, read.DisposedComponentIds);
        Assert.Equal(batch.DisposedEventHandlerIds, read.DisposedEventHandlerIds);
        Assert.Equal(batch.Diffs.Select(d => d.ComponentId), read.Diffs.Select(d => d.ComponentId));
        Assert.Equal(batch.Diffs.SelectMany(d => d.Edits), read.Diffs.SelectMany(d => d.Edits));
        Assert.True(read.Contains("Tổng hợp"));
        Assert.True(read.Contains("42"));
        Assert.False(read.Contains("43"));
    }

    [Fact]
    public void FrameOwners_GiveEachPrependedSubtreeToItsDiffsComponent()
    {
        var batch = new RenderBatch(
            [
                new RenderDiff(3, [new RenderEdit(EditType.PrependFrame, 0, 0, null)]),
                new RenderDiff(8, [new RenderEdit(EditType.UpdateText, 0, 3, null)]),
            ],
            [.. RenderBatchBytes.Element("button", ("class", "b", 0), ("onclick", null, 7)), RenderBatchBytes.Text("1–25 / 124"),
                RenderBatchBytes.Text("unreferenced")],
            [],
            []);

        Assert.Equal([3, 3, 3, 8, -1], batch.FrameOwners());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(19)]
    public void Read_RefusesATruncatedBatch(int length)
    {
        var bytes = RenderBatchBytes.Write(RenderBatchBytes.Prepend(1, [RenderBatchBytes.Text("hello")]));

        Assert.Throws<InvalidDataException>(() => RenderBatchReader.Read(bytes.AsSpan(0, Math.Min(length, bytes.Length))));
    }

    [Fact]
    public void Read_RefusesOffsetsOutsideTheBatch()
    {
        var bytes = RenderBatchBytes.Write(RenderBatchBytes.Prepend(1, [RenderBatchBytes.Text("hello")]));
        BitConverter.GetBytes(bytes.Length + 100).CopyTo(bytes, bytes.Length - 16);

        Assert.Throws<InvalidDataException>(() => RenderBatchReader.Read(bytes));
    }
}
