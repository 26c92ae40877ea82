using Emulation.Domain.Awards;
using Emulation.Domain.Scoring;

namespace Emulation.Tests.Domain.Builders;

/// <summary>A unit that, by default, reaches every target of <see cref="InputBuilder.StandardCriteria"/>.</summary>
public sealed class UnitBuilder(int unitId, int? blocId = 1)
{
    private readonly Dictionary<string, decimal> _targets = new() { ["KQ1"] = 100m, ["KQ2"] = 10m };
    private readonly Dictionary<string, decimal> _values = new() { ["KQ1"] = 100m, ["KQ2"] = 10m, ["CN"] = 1m };
    private readonly List<AwardRecord> _awards = [];
    private readonly List<UnitYearRating> _ratings = [];
    private int _members = 10;
    private int _women = 3;
    private bool _pending;

    public UnitBuilder Value(string code, decimal value)
    {
        _values[code] = value;
        return this;
    }

    public UnitBuilder NoValue(string code)
    {
        _values.Remove(code);
        return this;
    }

    public UnitBuilder Target(string code, decimal target)
    {
        _targets[code] = target;
        return this;
    }

    public UnitBuilder NoTarget(string code)
    {
        _targets.Remove(code);
        return this;
    }

    public UnitBuilder Members(int members, int women)
    {
        _members = members;
        _women = women;
        return this;
    }

    public UnitBuilder Award(int yearsBack, Title title, AwardKind kind = AwardKind.Merit, string? inheritedFrom = null,
        string? decision = null)
    {
        _awards.Add(new AwardRecord(InputBuilder.Year - yearsBack, title, kind) { InheritedFrom = inheritedFrom, DecisionNumber = decision });
        return this;
    }

    /// <summary>The unit's collective rating <paramref name="yearsBack"/> years ago (0: this year).</summary>
    public UnitBuilder RatedIn(int yearsBack, Emulation.Domain.Results.QualityRating rating, string? inheritedFrom = null)
    {
        _ratings.Add(new UnitYearRating(InputBuilder.Year - yearsBack, rating, inheritedFrom));
        return this;
    }

    /// <summary>The unit is under inspection, or a complaint about it is being verified.</summary>
    public UnitBuilder Pending()
    {
        _pending = true;
        return this;
    }

    public UnitInput Build() =>
        new(unitId, $"Phòng {unitId}", blocId, new Dictionary<string, decimal>(_targets), new Dictionary<string, decimal>(_values),
            _members, _women) { Awards = [.. _awards], YearRatings = [.. _ratings], ProceedingsPending = _pending };
}
