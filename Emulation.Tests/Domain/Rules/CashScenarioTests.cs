using Emulation.Domain.Awards;
using Emulation.Domain.Rules;

namespace Emulation.Tests.Domain.Rules;

/// <summary>
/// A reviewer's cash scenarios: the amount of each form under the decree in force on the decision date, across the change
/// of 1 July 2025, and the explanation of an amount (multiplier, base salary, rounding) with the article of each step.
/// </summary>
[Trait("Category", "Fast")]
public sealed class CashScenarioTests
{
    private static decimal? AmountDecidedOn(DateOnly date, Title title) =>
        RuleSetCatalog.InForce(date).Value.Cash.AmountFor(title, date);

    [Theory]
    [InlineData(Title.ProvincialCertificateOfMerit, 2_340_000, 3_510_000)]
    [InlineData(Title.CollectiveProvincialCertificateOfMerit, 4_680_000, 7_020_000)]
    [InlineData(Title.PrimeMinisterCertificateOfMerit, 8_190_000, 8_190_000)]
    [InlineData(Title.CertificateOfCommendation, 710_000, 710_000)]
    [InlineData(Title.LabourOrderThirdClass, 10_530_000, 10_530_000)]
    public void Decree152Art54_1_ADecisionOfJuly2025_PaysTheNewDecreesAmount_OneOfJuneTheOldOnes(Title title, int onThe30thOfJune,
        int onThe1stOfJuly)
    {
        Assert.Equal(onThe30thOfJune, AmountDecidedOn(new DateOnly(2025, 6, 30), title));
        Assert.Equal(onThe1stOfJuly, AmountDecidedOn(new DateOnly(2025, 7, 1), title));
    }

    [Fact]
    public void Decree152Art54_1_AProvincialBangKhen_IsOneAndAHalfBaseSalaries_ACollectivesThree()
    {
        var cash = RuleSetCatalog.Decree152.Cash;

        Assert.Equal(1.5m, cash.MultiplierFor(Title.ProvincialCertificateOfMerit));
        Assert.Equal(3.0m, cash.MultiplierFor(Title.CollectiveProvincialCertificateOfMerit));
        Assert.Equal(LegalArticles.Decree152MeritCash,
            cash.Multipliers.Single(m => m.Title == Title.ProvincialCertificateOfMerit).Article);
    }

    [Fact]
    public void PrimeMinistersBangKhen_IsThreeAndAHalfBaseSalaries_UnderBothDecrees()
    {
        Assert.All(RuleSetCatalog.All, rules => Assert.Equal(3.5m, rules.Cash.MultiplierFor(Title.PrimeMinisterCertificateOfMerit)));
    }

    [Fact]
    public void Decree98Art54_TheTitlesCash_CitesArticle54()
    {
        foreach (var title in new[] { Title.AdvancedWorker, Title.GrassrootsEmulationFighter, Title.ProvincialEmulationFighter,
            Title.AdvancedLabourCollective, Title.ExcellentLabourCollective, Title.ProvincialEmulationFlag })
        {
            Assert.Equal("Nghị định 98/2023/NĐ-CP Điều 54",
                RuleSetCatalog.Decree98.Cash.Multipliers.Single(m => m.Title == title).Article);
        }
    }

    [Fact]
    public void Decree98Art53_2_TheExplanation_NamesTheMultiplierTheBaseSalaryAndTheRounding_WithTheirSources()
    {
        var breakdown = RuleSetCatalog.Decree98.Cash.Explain(Title.AdvancedWorker, new DateOnly(2025, 3, 10))!;

        Assert.Equal(0.3m, breakdown.Multiplier);
        Assert.Equal("Nghị định 98/2023/NĐ-CP Điều 54", breakdown.MultiplierArticle);
        Assert.Equal((2_340_000m, "Nghị định 73/2024/NĐ-CP"), (breakdown.Basis.BaseSalary.AmountVnd, breakdown.Basis.BaseSalary.Source));
        Assert.Equal(702_000m, breakdown.ExactVnd);
        Assert.Equal(710_000m, breakdown.AmountVnd);
        Assert.True(breakdown.Rounded);
        Assert.Equal((10_000m, "Nghị định 98/2023/NĐ-CP Điều 53 khoản 2"), (breakdown.Basis.RoundUpTo, breakdown.Basis.RoundingArticle));
    }

    [Fact]
    public void Decree98Art53_2_UnderDecree152_TheRoundingIsExplainedWithItsUnconfirmedNote()
    {
        var breakdown = RuleSetCatalog.Decree152.Cash.Explain(Title.GrassrootsEmulationFighter, new DateOnly(2025, 12, 20))!;

        Assert.Equal(2_340_000m, breakdown.AmountVnd);
        Assert.False(breakdown.Rounded);
        Assert.Equal(LegalArticles.CashRoundingDecree152, breakdown.Basis.RoundingArticle);
        Assert.Equal(breakdown.Basis, RuleSetCatalog.Decree152.Cash.BasisOn(new DateOnly(2025, 12, 20)));
    }

    [Fact]
    public void Decree98Art53_1_BeforeAnyBaseSalary_ThereIsNoAmountNorBasis()
    {
        Assert.Null(RuleSetCatalog.Decree98.Cash.Explain(Title.AdvancedWorker, new DateOnly(2023, 6, 30)));
        Assert.Null(RuleSetCatalog.Decree98.Cash.BasisOn(new DateOnly(2023, 6, 30)));
    }
}
