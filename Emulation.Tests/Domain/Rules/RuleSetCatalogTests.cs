using System.Text.Json;

using Emulation.Domain.Awards;
using Emulation.Domain.Rules;

namespace Emulation.Tests.Domain.Rules;

[Trait("Category", "Fast")]
public sealed class RuleSetCatalogTests
{
    [Theory]
    [InlineData("2024-01-01", "VN-ND98-2023")]
    [InlineData("2025-06-30", "VN-ND98-2023")]
    [InlineData("2025-07-01", "VN-ND152-2025")]
    [InlineData("2030-01-01", "VN-ND152-2025")]
    public void InForce_PicksTheRuleSetForTheDate(string date, string expected)
    {
        var result = RuleSetCatalog.InForce(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, result.Value.Id);
    }

    [Fact]
    public void InForce_BeforeTheLaw_Fails()
    {
        Assert.Equal("rules.none_in_force", Assert.Single(RuleSetCatalog.InForce(new DateOnly(2023, 12, 31)).Errors).Code);
    }

    [Fact]
    public void InForce_PrefersTheProvincesOwnRuleSet()
    {
        var province = RuleSetCatalog.Decree152.DeriveFor("HP", "HP-2025", 2, "Hải Phòng", "QĐ 212/2025/QĐ-UBND");

        var chosen = RuleSetCatalog.InForce([.. RuleSetCatalog.All, province], new DateOnly(2025, 12, 31), "HP").Value;
        var elsewhere = RuleSetCatalog.InForce([.. RuleSetCatalog.All, province], new DateOnly(2025, 12, 31), "HN").Value;

        Assert.Equal("HP-2025", chosen.Id);
        Assert.Equal("VN-ND152-2025", elsewhere.Id);
        Assert.Contains("QĐ 212/2025", chosen.LegalBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleSet_RoundTripsThroughSystemTextJson()
    {
        string json = JsonSerializer.Serialize(RuleSetCatalog.Decree152);

        var back = JsonSerializer.Deserialize<RuleSet>(json)!;

        Assert.Equal(json, JsonSerializer.Serialize(back));
        Assert.Equal(Fraction.NineTenths, back.Council.ThresholdFor(Title.ProvincialEmulationFighter).ShareOfAllMembers);
    }

    [Theory]
    [InlineData("2024-06-30", 540_000)]
    [InlineData("2024-07-01", 710_000)]
    public void Cash_UsesTheBaseSalaryInForceOnTheDecisionDate(string date, int expected)
    {
        decimal? amount = RuleSetCatalog.Decree98.Cash.AmountFor(Title.AdvancedWorker,
            DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, amount);
    }
}
