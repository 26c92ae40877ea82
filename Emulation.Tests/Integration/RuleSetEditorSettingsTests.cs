using Emulation.Domain.Awards;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Rules;

namespace Emulation.Tests.Integration;

/// <summary>
/// The settings the provincial rule-set editor gained (streaks, per-title vote thresholds and consultation days, cash
/// multipliers and base salaries, the CSTĐCS cap's scope): each saved as a new version with the earlier ones kept, refused
/// when out of range, and read by the one evaluation the app runs, so a change on the form changes a recommendation.
/// </summary>
public sealed class RuleSetEditorSettingsTests() : FreshAppTests(("Emulation:Jurisdiction", "QT"))
{
    private const string Basis = "Quyết định 12/2026/QĐ-UBND";

    private RuleSetService RuleSets => App.Service<RuleSetService>();

    /// <summary>The form as the editor opens it on the national set in force, identity typed in.</summary>
    private static ProvincialRuleSetInput Form()
    {
        var input = new ProvincialRuleSetInput
        {
            Id = "QT-2026",
            Name = "Quy định thi đua, khen thưởng của tỉnh",
            Jurisdiction = "QT",
            LegalBasis = Basis,
            EffectiveFrom = new DateTime(2026, 1, 1),
        };
        input.LoadSettingsOf(RuleSetCatalog.Decree152);
        return input;
    }

    private async Task<RuleSetRow> SaveAsync(ProvincialRuleSetInput input)
    {
        var saved = await RuleSets.SaveProvincialAsync(TestActors.Admin, input);
        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors));
        return saved.Value;
    }

    [Fact]
    public async Task AGiayKhenStreakOfAdvancedWorkerYears_SetOnTheForm_TurnsRecommendationsDown_AndNamesTheProvincesArticle()
    {
        var evaluations = App.Service<EvaluationSnapshots>();
        var before = (await evaluations.EvaluateNowAsync(1))!.Value.Evaluation.Recommendations
            .Where(r => r.Title == Title.CertificateOfCommendation && r.Status == RecommendationStatus.Recommended).ToList();
        Assert.NotEmpty(before);
        var form = Form();
        form.Individuals = form.Individuals! with
        {
            CommendationAdvancedWorkerYears = 30,
            CommendationAdvancedWorkerArticle = $"{Basis} Điều 8",
        };

        await SaveAsync(form);
        var after = (await evaluations.EvaluateNowAsync(1))!.Value;

        Assert.Equal(("QT-2026", 1), (after.Rules.Id, after.Rules.Version));
        Assert.All(before, was =>
        {
            var now = after.Evaluation.Get(was.PersonId, was.UnitId, Title.CertificateOfCommendation);
            Assert.Equal(RecommendationStatus.NotEligible, now.Status);
            var streak = Assert.Single(now.Conditions, c => c.Code == "gk.advanced_worker_streak");
            Assert.False(streak.Passed);
            Assert.Equal($"{Basis} Điều 8", streak.Article);
        });
    }

    [Fact]
    public async Task AShorterProvincialFighterStreak_IsANewVersion_TheEarlierKeepsItsOwn_AndTheEvaluationReadsTheLatest()
    {
        await SaveAsync(Form());
        var shorter = Form();
        shorter.Individuals = shorter.Individuals! with { ProvincialFighterStreak = 2 };

        await SaveAsync(shorter);

        var versions = (await RuleSets.ListAsync(TestActors.Admin)).Where(r => r.Id == "QT-2026").OrderBy(r => r.Version).ToList();
        Assert.Equal([3, 2], versions.Select(v => v.Rules.Individuals.ProvincialFighterStreak));
        var evaluated = (await App.Service<EvaluationSnapshots>().EvaluateNowAsync(1))!.Value;
        Assert.Equal(2, evaluated.Rules.Individuals.ProvincialFighterStreak);
        Assert.All(evaluated.Evaluation.Recommendations.Where(r => r.Title == Title.ProvincialEmulationFighter),
            r => Assert.Equal("2", r.Conditions.Single(c => c.Code == "cstdct.fighter_streak").Facts.Single(f => f.Name == "required").Value));
    }

    [Fact]
    public async Task APerBlocCapOnGrassrootsFighters_IsCountedOverEachBloc_InTheEvaluation()
    {
        var form = Form();
        form.FighterQuotaPercent = 15m;
        form.FighterQuotaScope = QuotaScope.PerBloc;

        await SaveAsync(form);
        var evaluated = (await App.Service<EvaluationSnapshots>().EvaluateNowAsync(1))!.Value;

        var capped = evaluated.Evaluation.Recommendations.Where(r => r.Title == Title.GrassrootsEmulationFighter && r.Quota is not null).ToList();
        Assert.NotEmpty(capped);
        Assert.All(capped, r => Assert.Equal(QuotaScope.PerBloc, r.Quota!.Scope));
        Assert.Contains(capped, r => r.Quota!.ScopeBlocId is not null);
    }

    [Fact]
    public async Task VoteThresholdsAndConsultationDays_SetPerTitle_AreTheOnesTheCouncilAndTheScheduleRead()
    {
        var form = Form();
        form.Council = form.Council! with
        {
            Thresholds = [.. form.Council.Thresholds.Where(t => t.Title != Title.GrassrootsEmulationFighter),
                new VoteThreshold(Title.GrassrootsEmulationFighter, Fraction.TwoThirds)],
            PublicConsultations = [new ConsultationRule(Title.ProvincialEmulationFighter, 15)],
        };

        await SaveAsync(form);

        var rules = (await RuleSets.InForceForYearAsync(2026)).Value;
        Assert.Equal(("QT-2026", 1), (rules.Id, rules.Version));
        Assert.Equal((6, 9), rules.Council.RequiredYes(Title.GrassrootsEmulationFighter, 9, 0));
        Assert.Equal((9, 10), rules.Council.RequiredYes(Title.ProvincialEmulationFighter, 10, 0));
        Assert.Equal(15, rules.Council.ConsultationDaysFor(Title.ProvincialEmulationFighter));
        Assert.Null(rules.Council.ConsultationDaysFor(Title.PrimeMinisterCertificateOfMerit));
    }

    [Fact]
    public async Task ANewBaseSalaryAndAChangedMultiplier_PriceTheAward_CitingTheProvincesDecision()
    {
        var form = Form();
        form.Cash = form.Cash! with
        {
            Multipliers = [.. form.Cash.Multipliers.Where(m => m.Title != Title.AdvancedWorker), new CashMultiplier(Title.AdvancedWorker, 0.4m)],
            BaseSalaries = [.. form.Cash.BaseSalaries, new BaseSalary(new DateOnly(2026, 7, 1), 2_530_000m, "")],
        };

        await SaveAsync(form);

        var rules = (await RuleSets.InForceOnAsync(new DateOnly(2026, 12, 20))).Value;
        var cash = rules.Cash.Explain(Title.AdvancedWorker, new DateOnly(2026, 12, 20))!;
        Assert.Equal((0.4m, 2_530_000m, 1_012_000m, 1_020_000m), (cash.Multiplier, cash.Basis.BaseSalary.AmountVnd, cash.ExactVnd, cash.AmountVnd));
        Assert.Equal((Basis, Basis), (cash.MultiplierArticle, cash.Basis.BaseSalary.Source));
        var before = rules.Cash.Explain(Title.AdvancedWorker, new DateOnly(2026, 6, 30))!;
        Assert.Equal(2_340_000m, before.Basis.BaseSalary.AmountVnd);
    }

    public static TheoryData<string, string> OutOfRange => new()
    {
        { "streak0", "rules.invalid_streak" },
        { "fightersBeyondYears", "rules.invalid_streak" },
        { "thresholdOfNoVote", "rules.invalid_threshold" },
        { "consultation90", "rules.invalid_threshold" },
        { "multiplierOf3Decimals", "rules.invalid_multiplier" },
        { "twoSalariesOneDay", "rules.invalid_base_salary" },
        { "excellentPerBloc", "rules.invalid_scope" },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public async Task ASettingOutOfRange_IsRefusedNamingIt_AndNothingIsStored(string setting, string code)
    {
        var form = Form();
        switch (setting)
        {
            case "streak0": form.Individuals = form.Individuals! with { MeritFighterStreak = 0 }; break;
            case "fightersBeyondYears": form.Individuals = form.Individuals! with { PrimeMinisterGoodYears = 2, PrimeMinisterFighterTitles = 3 }; break;
            case "thresholdOfNoVote": form.Council = form.Council! with { Thresholds = [new VoteThreshold(Title.AdvancedWorker, new Fraction(0, 3))] }; break;
            case "consultation90": form.Council = form.Council! with { PublicConsultations = [new ConsultationRule(Title.ProvincialEmulationFighter, 90)] }; break;
            case "multiplierOf3Decimals": form.Cash = form.Cash! with { Multipliers = [new CashMultiplier(Title.AdvancedWorker, 0.305m)] }; break;
            case "twoSalariesOneDay": form.Cash = form.Cash! with { BaseSalaries = [.. form.Cash.BaseSalaries, form.Cash.BaseSalaries[^1] with { AmountVnd = 2_530_000m }] }; break;
            default: form.ExcellentScope = QuotaScope.PerBloc; break;
        }

        var saved = await RuleSets.SaveProvincialAsync(TestActors.Admin, form);

        Assert.Contains(saved.Errors, e => e.Code == code);
        Assert.DoesNotContain(await RuleSets.ListAsync(TestActors.Admin), r => r.Id == "QT-2026");
    }
}
