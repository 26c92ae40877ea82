using CircuitLoad.Scenarios;
using static Emulation.Tests.Bench.RenderBatchBytes;

namespace Emulation.Tests.Bench;

/// <summary>What the load tool's virtual users do, and what render they expect back.</summary>
public sealed class ScenarioTests
{
    [Fact]
    public void ResultsEdit_TypesANumberWithAHalfIntoTheFirstEnabledFigure_ThroughTheTablesHandler_AndExpectsItAsTheFieldsValue()
    {
        var scenario = new ResultsEditScenario("campaigns/1/units/2", new Random(1));
        scenario.Observe(Prepend(12, [.. Table(30,
            Element("input", ("data-testid", "value-A", 0), ("name", "value-A", 0), ("disabled", "", 0)),
            Element("input", ("data-testid", "value-B", 0), ("name", "value-B", 0)))]));

        var step = scenario.Next();

        Assert.NotNull(step);
        Assert.Equal(30UL, step.Target.HandlerId);
        Assert.Equal("fieldchange", step.EventName);
        Assert.Equal("value-B", step.EventArgs["field"]!.GetValue<string>());
        Assert.Equal(step.ExpectedText, step.FieldValue);
        Assert.Equal(step.FieldValue, step.EventArgs["value"]!.GetValue<string>());
        Assert.Matches(@"^[1-9]\d{0,2},5$", step.ExpectedText);
        Assert.True(step.ExpectedAsFieldValue);
        Assert.NotEqual(step.ExpectedText, scenario.Next()!.ExpectedText);
    }

    [Fact]
    public void ResultsEdit_HasNothingToDo_WithoutAnEditableField()
    {
        var scenario = new ResultsEditScenario("campaigns/1/units/2", new Random(1));
        scenario.Observe(Prepend(12, [.. Table(30, Element("input", ("data-testid", "value-A", 0), ("name", "value-A", 0), ("disabled", "", 0)))]));

        Assert.Null(scenario.Next());
    }

    [Fact]
    public void ResultsSave_FillsEveryTargetOnce_ThenSaves_FollowingTheTablesHandlerAcrossItsReRenders()
    {
        var scenario = new ResultsSaveScenario("campaigns/1/units/2", new Random(1));
        scenario.Observe(Prepend(12, [.. Table(30,
            Element("input", ("data-testid", "target-A", 0), ("name", "target-A", 0), ("value", "", 0)),
            Element("input", ("data-testid", "target-B", 0), ("name", "target-B", 0), ("value", "", 0)))]));
        scenario.Observe(Prepend(5, [.. Element("button", ("data-testid", "save-pledge", 0), ("onclick", null, 40))]));

        var first = scenario.Next()!;
        Assert.Equal((30UL, "fieldchange", "target-A"), (first.Target.HandlerId, first.EventName, first.EventArgs["field"]!.GetValue<string>()));
        Assert.Matches(@"^[1-9]\d{0,2},5$", first.ExpectedText);
        // The table renders again with a new handler for its body; the old one is disposed.
        scenario.Observe(new CircuitLoad.Rendering.RenderBatch(
            [new CircuitLoad.Rendering.RenderDiff(12, [new CircuitLoad.Rendering.RenderEdit(CircuitLoad.Rendering.EditType.SetAttribute, 0, 0, null)])],
            [new CircuitLoad.Rendering.RenderFrame(CircuitLoad.Rendering.FrameType.Attribute, 1, 0, "onfieldchange", null, 50)],
            [], [30]));

        var second = scenario.Next()!;
        Assert.Equal((50UL, "target-B"), (second.Target.HandlerId, second.EventArgs["field"]!.GetValue<string>()));
        var save = scenario.Next()!;
        Assert.Equal(40UL, save.Target.HandlerId);
        Assert.Equal(["saved", "conflict"], save.ExpectedTestIds);
        Assert.Equal(1, scenario.Saves);
        var again = scenario.Next()!;
        Assert.Equal("fieldchange", again.EventName);
        Assert.NotEqual(first.ExpectedText, again.ExpectedText);
    }

    [Fact]
    public void ResultsSave_TypesZeroOrOneIntoResultValues_WhichNoCriterionRefuses()
    {
        var scenario = new ResultsSaveScenario("campaigns/1/units/2", new Random(1));
        scenario.Observe(Prepend(12, [.. Table(30, Element("input", ("data-testid", "value-A", 0), ("name", "value-A", 0), ("value", "1", 0)))]));

        Assert.Equal("0", scenario.Next()!.ExpectedText);
    }

    /// <summary>A table body that hears its fields' changes with one handler, around the given fields.</summary>
    private static IEnumerable<CircuitLoad.Rendering.RenderFrame> Table(ulong handler, params IEnumerable<CircuitLoad.Rendering.RenderFrame>[] fields) =>
        Around("tbody", [("data-unsaved-scope", "unit:1:2", 0), ("onfieldchange", null, handler)], fields);
}
