using CsCheck;

using Emulation.Domain.Results;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

namespace Emulation.Tests.Domain.Properties;

/// <summary>Random but valid evaluation inputs for property tests.</summary>
internal static class EngineGenerators
{
    public static readonly Gen<UnitInput> Unit =
        Gen.Select(Gen.Int[1, 40], Gen.Int[0, 200], Gen.Int[0, 30], Gen.Int[0, 1], Gen.Int[0, 10])
            .Select(t => new UnitBuilder(t.Item1, blocId: (t.Item1 % 3) + 1)
                .Value("KQ1", t.Item2).Value("KQ2", t.Item3).Value("CN", t.Item4).Members(10, t.Item5).Build());

    public static Gen<PersonInput> Person(int units) =>
        Gen.Select(Gen.Int[1, 500], Gen.Int[1, units], Gen.Enum<QualityRating>(), Gen.Enum<InitiativeLevel>(), Gen.Bool, Gen.Int[0, 3])
            .Select(t =>
            {
                var p = new PersonBuilder(t.Item1, t.Item2).Rated(t.Item3).Initiative(t.Item4).FighterFor(t.Item6);
                return (t.Item5 ? p.Woman() : p).Build();
            });

    /// <summary>Units 1..n (unique ids) and people with unique ids in them.</summary>
    public static readonly Gen<EvaluationInput> Input =
        Gen.Int[1, 6].SelectMany(n =>
            Gen.Select(Unit.Array[n], Person(n).Array[0, 40], (units, people) =>
            {
                UnitInput[] distinctUnits = [.. units.Select((u, i) => u with { UnitId = i + 1 })];
                PersonInput[] distinctPeople = [.. people.DistinctBy(p => p.PersonId)];
                return new EvaluationInput(InputBuilder.Year, InputBuilder.StandardCriteria(), distinctUnits, distinctPeople);
            }));
}
