using Emulation.Domain.Campaigns;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;

namespace Emulation.Tests.Domain.Builders;

public sealed class InputBuilder
{
    public const int Year = 2025;

    private readonly List<Criterion> _criteria = [.. StandardCriteria()];
    private readonly List<UnitInput> _units = [];
    private readonly List<PersonInput> _people = [];
    private IReadOnlyList<TieBreakStep>? _tieBreaks;
    private int? _thematicYears;

    /// <summary>KQ1 60 points proportional, KQ2 30 points lower-is-better, CN 10 points yes/no.</summary>
    public static IReadOnlyList<Criterion> StandardCriteria() =>
    [
        Emulation.Domain.Campaigns.Criterion.Scored("KQ1", "Văn bản xử lý", "Nhiệm vụ chuyên môn", 60m, "văn bản"),
        Emulation.Domain.Campaigns.Criterion.Scored("KQ2", "Hồ sơ trễ hạn", "Cải cách hành chính", 30m, "hồ sơ", direction: CriterionDirection.LowerIsBetter),
        Emulation.Domain.Campaigns.Criterion.Scored("CN", "Ứng dụng công nghệ", "Phong trào", 10m, "có/không", ScoringMethod.YesNo),
    ];

    public static RuleSet Rules => RuleSetCatalog.Decree152;

    public InputBuilder Criterion(Criterion criterion)
    {
        _criteria.Add(criterion);
        return this;
    }

    public InputBuilder Unit(UnitBuilder unit) => Unit(unit.Build());

    public InputBuilder Unit(UnitInput unit)
    {
        _units.Add(unit);
        return this;
    }

    public InputBuilder Person(PersonBuilder person)
    {
        _people.Add(person.Build());
        return this;
    }

    public InputBuilder TieBreaks(params TieBreakStep[] steps)
    {
        _tieBreaks = steps;
        return this;
    }

    /// <summary>Makes the campaign a thematic one that has run <paramref name="years"/> years.</summary>
    public InputBuilder Thematic(int years)
    {
        _thematicYears = years;
        return this;
    }

    public EvaluationInput Build()
    {
        var units = _units.Count == 0 ? [new UnitBuilder(1).Build()] : _units;
        var input = new EvaluationInput(Year, [.. _criteria], [.. units], [.. _people]) { ThematicCampaignYears = _thematicYears };
        return _tieBreaks is null ? input : input with { TieBreaks = _tieBreaks };
    }

    public CampaignEvaluation Evaluate(RuleSet? rules = null)
    {
        var result = CampaignEvaluator.Evaluate(Build(), rules ?? Rules);
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        return result.Value;
    }
}
