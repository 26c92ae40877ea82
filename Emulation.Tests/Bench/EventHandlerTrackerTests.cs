using CircuitLoad.Rendering;
using static Emulation.Tests.Bench.RenderBatchBytes;

namespace Emulation.Tests.Bench;

/// <summary>Following an element's event handler id across batches, as the browser's event delegator does.</summary>
public sealed class EventHandlerTrackerTests
{
    private static EventHandlerTracker FieldTracker() =>
        new("onchange", a => a.TryGetValue("data-testid", out var id) && id == "value-A");

    [Fact]
    public void Observe_FindsTheHandlerOfTheMatchingElement_AndItsComponent()
    {
        var tracker = FieldTracker();

        tracker.Observe(Prepend(12, [.. Element("input", ("data-testid", "value-B", 0), ("onchange", null, 30)),
            .. Element("input", ("data-testid", "value-A", 0), ("onchange", null, 31))]));

        Assert.True(tracker.Found);
        Assert.Equal(31UL, tracker.HandlerId);
        Assert.Equal(12, tracker.ComponentId);
    }

    [Fact]
    public void Observe_FindsTheHandlerOnADescendant_WhenTheMatchIsAWrapper()
    {
        var tracker = FieldTracker();
        RenderFrame[] frames =
        [
            new(FrameType.Element, 4, 0, "div", null, 0),
            new(FrameType.Attribute, 1, 0, "data-testid", "value-A", 0),
            new(FrameType.Element, 2, 0, "input", null, 0),
            new(FrameType.Attribute, 1, 0, "onchange", null, 44),
        ];

        tracker.Observe(Prepend(5, frames));

        Assert.Equal(44UL, tracker.HandlerId);
    }

    [Fact]
    public void Observe_TakesTheNewId_WhenTheComponentSetsTheHandlerAgain()
    {
        var tracker = FieldTracker();
        tracker.Observe(Prepend(12, [.. Element("input", ("data-testid", "value-A", 0), ("onchange", null, 31))]));

        tracker.Observe(new RenderBatch(
            [new RenderDiff(12, [new RenderEdit(EditType.SetAttribute, 0, 0, null)])],
            [new RenderFrame(FrameType.Attribute, 1, 0, "onchange", null, 57)],
            [],
            [31]));

        Assert.Equal(57UL, tracker.HandlerId);
    }

    [Fact]
    public void Observe_IgnoresHandlersSetByOtherComponents()
    {
        var tracker = FieldTracker();
        tracker.Observe(Prepend(12, [.. Element("input", ("data-testid", "value-A", 0), ("onchange", null, 31))]));

        tracker.Observe(new RenderBatch(
            [new RenderDiff(99, [new RenderEdit(EditType.SetAttribute, 0, 0, null)])],
            [new RenderFrame(FrameType.Attribute, 1, 0, "onchange", null, 57)],
            [],
            []));

        Assert.Equal(31UL, tracker.HandlerId);
    }

    [Fact]
    public void Observe_ForgetsADisposedHandler_AndFindsTheElementWhenItIsRenderedAgain()
    {
        var tracker = FieldTracker();
        tracker.Observe(Prepend(12, [.. Element("input", ("data-testid", "value-A", 0), ("onchange", null, 31))]));

        tracker.Observe(Prepend(3, [Text("elsewhere")], 31));
        Assert.False(tracker.Found);

        tracker.Observe(Prepend(20, [.. Element("input", ("data-testid", "value-A", 0), ("onchange", null, 80))]));
        Assert.Equal(80UL, tracker.HandlerId);
        Assert.Equal(20, tracker.ComponentId);
    }
}
