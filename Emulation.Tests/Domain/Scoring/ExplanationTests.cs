using Emulation.Domain.Awards;
using Emulation.Domain.Results;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Resources;

namespace Emulation.Tests.Domain.Scoring;

[Trait("Category", "Fast")]
public sealed class ExplanationTests
{
    private static Recommendation AdvancedWorker() =>
        new InputBuilder().Person(new PersonBuilder(1).Rated(QualityRating.Excellent)).Evaluate().Get(1, 1, Title.AdvancedWorker);

    [Fact]
    public void Explain_InVietnamese_UsesDiacriticsAndNamesRuleSetAndArticle()
    {
        string text = AdvancedWorker().Explain("vi");

        Assert.Contains("Lao động tiên tiến", text, StringComparison.Ordinal);
        Assert.Contains("Hoàn thành xuất sắc nhiệm vụ", text, StringComparison.Ordinal);
        Assert.Contains("Điều 24", text, StringComparison.Ordinal);
        Assert.Contains("VN-ND152-2025, phiên bản 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_InEnglish_ListsEveryConditionWithItsOutcome()
    {
        var verdict = AdvancedWorker();
        string text = verdict.Explain("en");

        Assert.Contains("Advanced Worker", text, StringComparison.Ordinal);
        Assert.Contains("RECOMMENDED", text, StringComparison.Ordinal);
        Assert.Equal(verdict.Conditions.Count, text.Split('\n').Count(l => l.Contains("[✓]", StringComparison.Ordinal)));
    }

    [Fact]
    public void Recommendation_CarriesRuleSetIdentityAndCash()
    {
        var verdict = AdvancedWorker();

        Assert.Equal(("VN-ND152-2025", 1, 0.3m), (verdict.RuleSetId, verdict.RuleSetVersion, verdict.CashMultiplier));
    }

    [Fact]
    public void EveryConditionCode_HasBothTexts()
    {
        var eval = new InputBuilder().Person(new PersonBuilder(1).FighterFor(3)).Evaluate();

        foreach (var condition in eval.Recommendations.SelectMany(r => r.Conditions))
        {
            Assert.False(Wording.Vietnamese[$"Condition.{condition.Code}"].ResourceNotFound, condition.Code);
            Assert.DoesNotContain("{", condition.TextVi, StringComparison.Ordinal);
            Assert.NotEqual(condition.TextVi, condition.TextEn);
        }
    }
}
