using System.Globalization;
using CircuitLoad.Rendering;

namespace CircuitLoad.Scenarios;

/// <summary>
/// A department head on their unit's workspace types a new number into an enabled figure field: a result value when
/// results are open (that tab is shown then), otherwise a pledge target. Nothing is saved. The render is right when
/// the field's value comes back as typed. The field is the table's first enabled one; the event goes to the table's
/// one handler and names the field. The numbers typed end in ",5": whole numbers could equal what the field already
/// shows (a 98 % rate), and typing what a field shows renders nothing new.
/// </summary>
public sealed class ResultsEditScenario(string pagePath, Random random) : IScenario
{
    private readonly FieldSetTracker _fields = new(FieldChange.EventName, IsEditableFigure);
    private int _lastValue;

    public string PagePath { get; } = pagePath;

    public void Observe(RenderBatch batch) => _fields.Observe(batch);

    public PlannedInteraction? Next()
    {
        if (_fields.Fields.FirstOrDefault() is not { } field)
        {
            return null;
        }

        int value;
        do
        {
            // Below 1,000 so no group separator appears in what the field shows.
            value = random.Next(1, 1000);
        }
        while (value == _lastValue);

        _lastValue = value;
        var text = value.ToString(CultureInfo.InvariantCulture) + CultureInfo.GetCultureInfo("vi-VN").NumberFormat.NumberDecimalSeparator + "5";
        return FieldChange.Typing(_fields.Grid, field.Name, text);
    }

    /// <summary>A figure field the head can type into: a pledge target or a result value, not disabled.</summary>
    public static bool IsEditableFigure(IReadOnlyDictionary<string, string?> attributes) =>
        attributes.TryGetValue("data-testid", out var id) && id is not null
        && (id.StartsWith("value-", StringComparison.Ordinal) || id.StartsWith("target-", StringComparison.Ordinal))
        && !attributes.ContainsKey("disabled");
}
