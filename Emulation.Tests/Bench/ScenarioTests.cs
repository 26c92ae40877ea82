using CircuitLoad.Scenarios;
using static Emulation.Tests.Bench.RenderBatchBytes;

namespace Emulation.Tests.Bench;

/// <summary>What the load tool's virtual users do, and what render they expect back.</summary>
public sealed class ScenarioTests
{
    [Fact]
    public void ResultsEdit_TypesANumberWithAHalfIntoTheFirstEnabledFigure_AndExpectsItAsTheFieldsValue()
    {
        var scenario = new ResultsEditScenario("campaigns/1/units/2", new Random(1));
        scenario.Observe(Prepend(12, [
            .. Element("input", ("data-testid", "value-A", 0), ("disabled", "", 0), ("onchange", null, 30)),
            .. Element("input", ("data-testid", "value-B", 0), ("onchange", null, 31))]));

        var step = scenario.Next();

        Assert.NotNull(step);
        Assert.Equal(31UL, step.Target.HandlerId);
        Assert.Equal("change", step.EventName);
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
        scenario.Observe(Prepend(12, [.. Element("input", ("data-testid", "value-A", 0), ("disabled", "", 0), ("onchange", null, 30))]));

        Assert.Null(scenario.Next());
    }

    [Fact]
    public void ResultsSave_FillsEveryTargetOnce_ThenSaves_FollowingEachFieldAcrossTheTablesReRenders()
    {
        var scenario = new ResultsSaveScenario("campaigns/1/units/2", new Random(1));
        scenario.Observe(Prepend(12, [
            .. Element("input", ("data-testid", "target-A", 0), ("value", "", 0), ("onchange", null, 30)),
            .. Element("input", ("data-testid", "target-B", 0), ("value", "", 0), ("onchange", null, 31))]));
        scenario.Observe(Prepend(5, [.. Element("button", ("data-testid", "save-pledge", 0), ("onclick", null, 40))]));

        var first = scenario.Next()!;
        Assert.Equal((30UL, "change"), (first.Target.HandlerId, first.EventName));
        Assert.Matches(@"^[1-9]\d{0,2},5$", first.ExpectedText);
        // The table renders again and sets both fields' handlers anew, in order; the old ones are disposed.
        scenario.Observe(new CircuitLoad.Rendering.RenderBatch(
            [new CircuitLoad.Rendering.RenderDiff(12, [
                new CircuitLoad.Rendering.RenderEdit(CircuitLoad.Rendering.EditType.SetAttribute, 0, 0, null),
                new CircuitLoad.Rendering.RenderEdit(CircuitLoad.Rendering.EditType.SetAttribute, 0, 1, null)])],
            [new CircuitLoad.Rendering.RenderFrame(CircuitLoad.Rendering.FrameType.Attribute, 1, 0, "onchange", null, 50),
             new CircuitLoad.Rendering.RenderFrame(CircuitLoad.Rendering.FrameType.Attribute, 1, 0, "onchange", null, 51)],
            [], [30, 31]));

        var second = scenario.Next()!;
        Assert.Equal(51UL, second.Target.HandlerId);
        var save = scenario.Next()!;
        Assert.Equal(40UL, save.Target.HandlerId);
        Assert.Equal(["saved", "conflict"], save.ExpectedTestIds);
        Assert.Equal(1, scenario.Saves);
        var again = scenario.Next()!;
        Assert.Equal("change", again.EventName);
        Assert.NotEqual(first.ExpectedText, again.ExpectedText);
    }

    [Fact]
    public void ResultsSave_TypesZeroOrOneIntoResultValues_WhichNoCriterionRefuses()
    {
        var scenario = new ResultsSaveScenario("campaigns/1/units/2", new Random(1));
        scenario.Observe(Prepend(12, [.. Element("input", ("data-testid", "value-A", 0), ("value", "1", 0), ("onchange", null, 30))]));

        Assert.Equal("0", scenario.Next()!.ExpectedText);
    }
}

