using System.Globalization;
using System.Text.Json.Nodes;
using CircuitLoad.Rendering;

namespace CircuitLoad.Scenarios;

/// <summary>
/// A department head on their unit's workspace types a new number into the first enabled figure field: a result
/// value when results are open (that tab is shown then), otherwise a pledge target. Nothing is saved. The render is
/// right when the typed number comes back.
/// </summary>
public sealed class ResultsEditScenario(string pagePath, Random random) : IScenario
{
    private readonly EventHandlerTracker _field = new("onchange", IsEditableFigure);
    private int _lastValue;

    public string PagePath { get; } = pagePath;

    public void Observe(RenderBatch batch) => _field.Observe(batch);

    public PlannedInteraction? Next()
    {
        if (!_field.Found)
        {
            return null;
        }

        int value;
        do
        {
            // Below 1,000 so no culture puts a group separator in what the field shows.
            value = random.Next(1, 1000);
        }
        while (value == _lastValue);

        _lastValue = value;
        var text = value.ToString(CultureInfo.InvariantCulture);
        return new PlannedInteraction(_field, "change", text, new JsonObject { ["value"] = text }, text);
    }

    private static bool IsEditableFigure(IReadOnlyDictionary<string, string?> attributes) =>
        attributes.TryGetValue("data-testid", out var id) && id is not null
        && (id.StartsWith("value-", StringComparison.Ordinal) || id.StartsWith("target-", StringComparison.Ordinal))
        && !attributes.ContainsKey("disabled");
}
