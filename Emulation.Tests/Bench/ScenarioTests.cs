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
    public void ReviewPaging_ClicksNext_UntilTheLastPage_ThenFirst()
    {
        var scenario = new ReviewPagingScenario("evaluation/1");
        scenario.Observe(Prepend(40, [
            .. Element("button", ("data-testid", "recommendation-pager-first", 0), ("disabled", "", 0), ("onclick", null, 70)),
            .. Element("button", ("data-testid", "recommendation-pager-next", 0), ("onclick", null, 71)),
            Text("1–25 / 124")]));

        var next = scenario.Next();
        Assert.Equal(71UL, next!.Target.HandlerId);
        Assert.Equal("26–", next.ExpectedText);

        scenario.Observe(Prepend(40, [Text("101–124 / 124")]));
        var first = scenario.Next();
        Assert.Equal(70UL, first!.Target.HandlerId);
        Assert.Equal("1–25 /", first.ExpectedText);
    }

    [Fact]
    public void ReviewPaging_HasNothingToDo_WithoutAPager()
    {
        var scenario = new ReviewPagingScenario("evaluation/1");
        scenario.Observe(Prepend(40, [Text("no recommendations")]));

        Assert.Null(scenario.Next());
    }
}
