using System.Globalization;
using System.Text.Json.Nodes;
using CircuitLoad.Rendering;

namespace CircuitLoad.Scenarios;

/// <summary>
/// A department head on their unit's workspace types a new number into the first enabled figure field: a result
/// value when results are open (that tab is shown then), otherwise a pledge target. Nothing is saved. The render is
/// right when the typed number comes back.
/// </summary>
public sealed class ResultsEditScenario : IScenario
{
    private readonly EventHandlerTracker _field;
    private readonly Random _random;
    private int _lastValue;

    public ResultsEditScenario(string pagePath, Random random)
    {
        PagePath = pagePath;
        _random = random;
        _field = new EventHandlerTracker("onchange", RememberingTheShownValue);
    }

    public string PagePath { get; }

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
            value = _random.Next(1, 1000);
        }
        while (value == _lastValue);

        _lastValue = value;
        var text = value.ToString(CultureInfo.InvariantCulture);
        return new PlannedInteraction(_field, "change", text, new JsonObject { ["value"] = text }, text);
    }

    /// <summary>
    /// Typing the number a field already shows changes nothing, so the server renders no new value and the check
    /// would count a wrong render: the shown number counts as the last one typed.
    /// </summary>
    private bool RememberingTheShownValue(IReadOnlyDictionary<string, string?> attributes)
    {
        if (!IsEditableFigure(attributes))
        {
            return false;
        }

        if (attributes.TryGetValue("value", out var shown) && int.TryParse(shown, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            _lastValue = number;
        }

        return true;
    }

    private static bool IsEditableFigure(IReadOnlyDictionary<string, string?> attributes) =>
        attributes.TryGetValue("data-testid", out var id) && id is not null
        && (id.StartsWith("value-", StringComparison.Ordinal) || id.StartsWith("target-", StringComparison.Ordinal))
        && !attributes.ContainsKey("disabled");
}
