using Emulation.Domain.Awards;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

namespace Emulation.Tests.Domain.Rules;

/// <summary>
/// A reviewer's scenarios for the arithmetic of the law: quotas and their rounding, council thresholds and quorum
/// counted against all members, cash as multiples of the base salary by date, and who grants each title.
/// </summary>
[Trait("Category", "Fast")]
public sealed class ArithmeticScenarioTests
{
    private static readonly RuleSet Rules = RuleSetCatalog.Decree152;

    // Quotas: cap × base, rounded as the rule set says.

    [Theory]
    [InlineData(15, 20, RoundingMode.Down, 3)]
    [InlineData(15, 20, RoundingMode.Up, 3)]
    [InlineData(15, 20, RoundingMode.Nearest, 3)]
    [InlineData(15, 10, RoundingMode.Down, 1)]
    [InlineData(15, 10, RoundingMode.Nearest, 2)]
    [InlineData(15, 10, RoundingMode.Up, 2)]
    [InlineData(15, 13, RoundingMode.Down, 1)]
    [InlineData(15, 13, RoundingMode.Nearest, 2)]
    [InlineData(15, 3, RoundingMode.Down, 0)]
    [InlineData(15, 3, RoundingMode.Nearest, 0)]
    [InlineData(15, 3, RoundingMode.Up, 1)]
    [InlineData(10, 14, RoundingMode.Nearest, 1)]
    [InlineData(10, 15, RoundingMode.Nearest, 2)]
    [InlineData(10, 10, RoundingMode.Up, 1)]
    public void Quota_CapTimesBase_IsRoundedAsTheRuleSetSays(int cap, int baseCount, RoundingMode rounding, int allowed)
    {
        Assert.Equal(allowed, new QuotaRule { CapPercent = cap, Rounding = rounding }.Allowed(baseCount));
    }

    /// <summary>Ten people: four excellent, four good, two completed, so 8 Advanced Workers and 4 CSTĐCS candidates.</summary>
    private static CampaignEvaluation FightersUnderQuota(QuotaBase quotaBase, RoundingMode rounding, int cap = 15)
    {
        var builder = new InputBuilder();
        for (int i = 1; i <= 10; i++)
        {
            builder.Person(new PersonBuilder(i).Rated(i <= 4 ? QualityRating.Excellent : i <= 8 ? QualityRating.Good : QualityRating.Completed));
        }

        return builder.Evaluate(Rules with
        {
            Quotas = [new QuotaRule { Title = Title.GrassrootsEmulationFighter, CapPercent = cap, Base = quotaBase, Rounding = rounding }],
        });
    }

    [Theory]
    [InlineData(QuotaBase.AdvancedWorkers, 8, 1)]
    [InlineData(QuotaBase.Headcount, 10, 2)]
    [InlineData(QuotaBase.EligibleCandidates, 4, 1)]
    public void Quota_TheBase_IsTheOneTheRuleSetNames(QuotaBase quotaBase, int baseCount, int allowed)
    {
        var eval = FightersUnderQuota(quotaBase, RoundingMode.Nearest);

        Assert.Equal(allowed, eval.Recommended(Title.GrassrootsEmulationFighter).Count());
        var quota = eval.Get(1, 1, Title.GrassrootsEmulationFighter).Quota!;
        Assert.Equal((baseCount, allowed), (quota.BaseCount, quota.Allowed));
    }

    [Fact]
    public void Quota_OfZero_LeavesEveryCandidateOverQuota_NotIneligible()
    {
        var eval = FightersUnderQuota(QuotaBase.EligibleCandidates, RoundingMode.Down);

        Assert.Empty(eval.Recommended(Title.GrassrootsEmulationFighter));
        Assert.All(Enumerable.Range(1, 4), id => Assert.Equal(RecommendationStatus.OverQuota, eval.Get(id, 1, Title.GrassrootsEmulationFighter).Status));
    }

    [Fact]
    public void Law4_6_UnderAQuota_AWomanGoesBeforeAnEqualMan_ButNotBeforeABetterRatedOne()
    {
        var rules = Rules with
        {
            Quotas = [new QuotaRule { Title = Title.GrassrootsEmulationFighter, CapPercent = 50, Base = QuotaBase.EligibleCandidates }],
        };
        var eval = new InputBuilder()
            .Person(new PersonBuilder(1).Rated(QualityRating.Excellent))
            .Person(new PersonBuilder(2).Rated(QualityRating.Excellent).Woman())
            .Person(new PersonBuilder(3).Rated(QualityRating.Excellent))
            .Person(new PersonBuilder(4).Rated(QualityRating.Good).Initiative(InitiativeLevel.Grassroots).Woman())
            .Evaluate(rules);

        Assert.Equal([1, 2], eval.Recommended(Title.GrassrootsEmulationFighter).Select(r => r.PersonId!.Value).Order());
    }

    [Fact]
    public void Quota_PerUnit_CountsEachUnitApart()
    {
        var rules = Rules with
        {
            Quotas =
            [
                new QuotaRule
                {
                    Title = Title.GrassrootsEmulationFighter, CapPercent = 20, Base = QuotaBase.EligibleCandidates, Scope = QuotaScope.PerUnit,
                },
            ],
        };
        var builder = new InputBuilder().Unit(new UnitBuilder(1)).Unit(new UnitBuilder(2));
        for (int i = 1; i <= 10; i++)
        {
            builder.Person(new PersonBuilder(i, unitId: i <= 5 ? 1 : 2).Rated(QualityRating.Excellent));
        }

        var eval = builder.Evaluate(rules);

        Assert.Equal([1, 2], eval.Recommended(Title.GrassrootsEmulationFighter).Select(r => r.UnitId).Order());
    }

    [Fact]
    public void Law23_NoNationalQuota_EveryEligibleCandidateIsAFighter()
    {
        var builder = new InputBuilder();
        for (int i = 1; i <= 10; i++)
        {
            builder.Person(new PersonBuilder(i).Rated(QualityRating.Excellent));
        }

        foreach (var rules in RuleSetCatalog.All)
        {
            Assert.Empty(rules.Quotas);
            Assert.Equal(10, builder.Evaluate(rules).Recommended(Title.GrassrootsEmulationFighter).Count());
        }
    }

    // Council votes (Decree 98/2023 Art. 30(7)): shares of ALL members; 90% / 80% / more than half.

    private static VoteOutcome Vote(Title title, int members, int present, int yes, RuleSet? rules = null)
    {
        var result = CouncilVote.Decide(new BallotTally(members, present, yes, present - yes, 0), title, rules ?? Rules);
        Assert.True(result.IsSuccess);
        return result.Value;
    }

    [Theory]
    [InlineData(Title.ProvincialEmulationFighter, 10, 9, true)]
    [InlineData(Title.ProvincialEmulationFighter, 10, 8, false)]
    [InlineData(Title.ProvincialEmulationFighter, 15, 14, true)]
    [InlineData(Title.ProvincialEmulationFighter, 15, 13, false)]
    [InlineData(Title.ProvincialEmulationFighter, 7, 6, false)]
    [InlineData(Title.GrassrootsEmulationFighter, 10, 8, true)]
    [InlineData(Title.GrassrootsEmulationFighter, 10, 7, false)]
    [InlineData(Title.GrassrootsEmulationFighter, 11, 8, false)]
    [InlineData(Title.GrassrootsEmulationFighter, 11, 9, true)]
    [InlineData(Title.ProvincialEmulationFlag, 10, 8, true)]
    [InlineData(Title.ProvincialEmulationFlag, 10, 7, false)]
    [InlineData(Title.ProvincialCertificateOfMerit, 10, 6, true)]
    [InlineData(Title.ProvincialCertificateOfMerit, 10, 5, false)]
    [InlineData(Title.ExcellentLabourCollective, 9, 5, true)]
    [InlineData(Title.ExcellentLabourCollective, 9, 4, false)]
    [InlineData(Title.AdvancedWorker, 12, 6, false)]
    [InlineData(Title.AdvancedWorker, 12, 7, true)]
    public void Decree98Art30_7_Thresholds_AreSharesOfAllMembers(Title title, int members, int yes, bool passed)
    {
        Assert.Equal(passed, Vote(title, members, members, yes).Passed);
    }

    [Fact]
    public void Decree98Art30_7_EightOfEightPresent_IsNotNinetyPercentOfTen()
    {
        Assert.False(Vote(Title.ProvincialEmulationFighter, 10, 8, 8).Passed);
        Assert.True(Vote(Title.GrassrootsEmulationFighter, 10, 8, 8).Passed);
    }

    [Fact]
    public void Decree98Art30_7_ThresholdsAreTheSameUnderBothDecrees()
    {
        foreach (var title in Enum.GetValues<Title>())
        {
            Assert.Equal(RuleSetCatalog.Decree98.Council.RequiredYes(title, 10, 0), RuleSetCatalog.Decree152.Council.RequiredYes(title, 10, 0));
        }
    }

    [Theory]
    [InlineData(10, 7, true)]
    [InlineData(10, 6, false)]
    [InlineData(9, 6, true)]
    [InlineData(12, 7, false)]
    [InlineData(12, 8, true)]
    public void Quorum_TwoThirdsOfAllMembers_ByDefault(int members, int present, bool met)
    {
        var outcome = Vote(Title.ProvincialCertificateOfMerit, members, present, present);

        Assert.Equal(met, outcome.QuorumMet);
        Assert.Equal(met, outcome.Passed);
    }

    [Theory]
    [InlineData(10, 8, true)]
    [InlineData(10, 7, false)]
    [InlineData(11, 9, true)]
    [InlineData(11, 8, false)]
    public void Quorum_EightyPercentForAwardSessions_IsAProvincialSetting(int members, int present, bool met)
    {
        var province = Rules.DeriveFor("HP", "HP-2025", 1, "Hải Phòng", "Quy chế Hội đồng TĐKT tỉnh") with
        {
            Council = Rules.Council with { Quorum = Fraction.FourFifths },
        };

        Assert.Equal(met, Vote(Title.ProvincialCertificateOfMerit, members, present, present, province).QuorumMet);
    }

    // Cash: multipliers × the base salary in force on the decision date (Decree 73/2024: 2,340,000 from 2024-07-01).

    [Theory]
    [InlineData("2024-06-30", 1_800_000)]
    [InlineData("2024-07-01", 2_340_000)]
    [InlineData("2025-12-31", 2_340_000)]
    public void Decree73_TheBaseSalary_IsTheOneInForceOnTheDecisionDate(string date, int salary)
    {
        var on = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(salary, Rules.Cash.BaseSalaryOn(on)!.AmountVnd);
        Assert.Equal(Math.Ceiling(salary * 0.3m / 10_000m) * 10_000m, Rules.Cash.AmountFor(Title.CertificateOfCommendation, on));
    }

    [Theory]
    [InlineData(Title.AdvancedWorker, 710_000)]
    [InlineData(Title.GrassrootsEmulationFighter, 2_340_000)]
    [InlineData(Title.ProvincialEmulationFighter, 7_020_000)]
    [InlineData(Title.CertificateOfCommendation, 710_000)]
    [InlineData(Title.CollectiveCertificateOfCommendation, 1_410_000)]
    [InlineData(Title.AdvancedLabourCollective, 1_880_000)]
    [InlineData(Title.ExcellentLabourCollective, 3_510_000)]
    [InlineData(Title.ProvincialEmulationFlag, 18_720_000)]
    public void Decree98Art54_TheTitlesAndTheGiayKhen_AreTheSameMultiplesUnderBothDecrees(Title title, int amount)
    {
        var on = new DateOnly(2025, 12, 20);

        Assert.Equal(amount, RuleSetCatalog.Decree152.Cash.AmountFor(title, on));
        Assert.Equal(amount, RuleSetCatalog.Decree98.Cash.AmountFor(title, on));
    }

    [Theory]
    [InlineData(Title.CertificateOfCommendation, Title.CollectiveCertificateOfCommendation)]
    [InlineData(Title.ProvincialCertificateOfMerit, Title.CollectiveProvincialCertificateOfMerit)]
    public void Decree152Art54_ACollectiveForm_EarnsTwiceTheIndividualAmount(Title individual, Title collective)
    {
        var on = new DateOnly(2025, 12, 20);

        // Twice the multiplier; each amount is then rounded up on its own (Decree 98/2023 Art. 53(2)).
        Assert.Equal(2 * Rules.Cash.MultiplierFor(individual), Rules.Cash.MultiplierFor(collective));
        Assert.True(Rules.Cash.AmountFor(collective, on) <= 2 * Rules.Cash.AmountFor(individual, on));
    }

    [Fact]
    public void Decree98Art54_TheRecommendation_CarriesTheMultiplier_NotAnAmount()
    {
        var eval = new InputBuilder().Person(new PersonBuilder(1).Rated(QualityRating.Excellent)).Evaluate();

        Assert.Equal(0.3m, eval.Get(1, 1, Title.AdvancedWorker).CashMultiplier);
        Assert.Equal(1.0m, eval.Get(1, 1, Title.GrassrootsEmulationFighter).CashMultiplier);
    }

    // Law 06/2022 Art. 78–80: who decides each title, and who proposes what goes up.

    [Theory]
    [InlineData(Title.AdvancedWorker, AwardingLevel.HeadOfAgency, AwardingLevel.HeadOfAgency)]
    [InlineData(Title.GrassrootsEmulationFighter, AwardingLevel.HeadOfAgency, AwardingLevel.HeadOfAgency)]
    [InlineData(Title.AdvancedLabourCollective, AwardingLevel.HeadOfAgency, AwardingLevel.HeadOfAgency)]
    [InlineData(Title.CertificateOfCommendation, AwardingLevel.HeadOfAgency, AwardingLevel.HeadOfAgency)]
    [InlineData(Title.CollectiveCertificateOfCommendation, AwardingLevel.HeadOfAgency, AwardingLevel.HeadOfAgency)]
    [InlineData(Title.ProvincialEmulationFighter, AwardingLevel.ProvincialChairman, AwardingLevel.HeadOfAgency)]
    [InlineData(Title.ProvincialCertificateOfMerit, AwardingLevel.ProvincialChairman, AwardingLevel.HeadOfAgency)]
    [InlineData(Title.CollectiveProvincialCertificateOfMerit, AwardingLevel.ProvincialChairman, AwardingLevel.HeadOfAgency)]
    [InlineData(Title.ExcellentLabourCollective, AwardingLevel.ProvincialChairman, AwardingLevel.HeadOfAgency)]
    [InlineData(Title.ProvincialEmulationFlag, AwardingLevel.ProvincialChairman, AwardingLevel.HeadOfAgency)]
    [InlineData(Title.PrimeMinisterCertificateOfMerit, AwardingLevel.PrimeMinister, AwardingLevel.ProvincialChairman)]
    [InlineData(Title.LabourOrderThirdClass, AwardingLevel.StatePresident, AwardingLevel.ProvincialChairman)]
    public void Law78_80_EachTitle_IsDecidedAndProposedAtItsLevel(Title title, AwardingLevel decidedBy, AwardingLevel proposedBy)
    {
        foreach (var rules in RuleSetCatalog.All)
        {
            var rule = rules.Granting.For(title);
            Assert.Equal((decidedBy, proposedBy), (rule.DecidedBy, rule.ProposedBy));
            Assert.Equal(decidedBy == AwardingLevel.HeadOfAgency, rules.Granting.AgencyDecides(title));
            Assert.StartsWith("Luật TĐKT 06/2022/QH15 Điều ", rule.Article, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Law78_79_ADossierGoesToOneLevel_TheChairmanAndThePrimeMinisterAreNotMixed()
    {
        var mixed = Emulation.Domain.Proposals.Proposal.Send(1, "45/TTr-VP", new DateOnly(2025, 12, 5), "Chủ tịch UBND tỉnh",
            [AwardingLevel.ProvincialChairman, AwardingLevel.PrimeMinister], "lanhdao", DateTimeOffset.UnixEpoch);

        Assert.False(mixed.IsSuccess);
    }

    [Theory]
    [InlineData(Title.CertificateOfCommendation, true)]
    [InlineData(Title.CollectiveCertificateOfCommendation, true)]
    [InlineData(Title.ProvincialCertificateOfMerit, false)]
    [InlineData(Title.AdvancedWorker, false)]
    public void Law75_OnlyTheGiayKhen_IsGivenOnTheSpotForASuddenAchievement(Title title, bool onTheSpot)
    {
        foreach (var rules in RuleSetCatalog.All)
        {
            Assert.Equal(onTheSpot, rules.Sudden.For(title) is not null);
        }
    }
}
