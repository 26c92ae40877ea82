using CsCheck;

using Emulation.Domain.Awards;
using Emulation.Domain.LongService;
using Emulation.Domain.Organization;
using Emulation.Domain.Rules;
using Emulation.Domain.Sudden;

namespace Emulation.Tests.Domain.LongService;

/// <summary>
/// Long-service candidates from the positions held: two five-year terms in a leading position under the default rule,
/// a remainder of two thirds of a term counting as one, tenures joined where they overlap or touch.
/// </summary>
[Trait("Category", "Fast")]
public sealed class LongServiceEligibilityTests
{
    private static readonly RuleSet Rules = RuleSetCatalog.Decree152;
    private static readonly LongServiceRule Rule = Rules.LongService.Rules[0];
    private static readonly DateOnly AsOf = new(2026, 12, 1);

    private static ServiceHistory History(params HeldPosition[] positions) =>
        new(7, 3, positions, null, null, []);

    private static LongServiceAssessment Assess(ServiceHistory history, DateOnly? asOf = null) =>
        LongServiceEligibility.Assess(history, Rule, Rules, asOf ?? AsOf);

    [Fact]
    public void TenYearsAsHead_AreTwoTerms_AndTheExplanationNamesRuleSetArticleAndPeriods()
    {
        var assessment = Assess(History(
            new("Chuyên viên", new(2010, 1, 1), new(2014, 12, 31)),
            new("Trưởng phòng", new(2015, 1, 1), new(2024, 12, 31)),
            new("Chuyên viên chính", new(2025, 1, 1), null)));

        Assert.True(assessment.IsEligible);
        var e = assessment.Explanation;
        Assert.Equal(120, e.TotalMonths);
        Assert.Equal(2, e.CountedTerms);
        Assert.Equal("VN-ND152-2025 v1", e.RuleSet);
        Assert.Equal(LongServiceRules.DefaultArticle, e.Article);
        var period = Assert.Single(e.Periods);
        Assert.Equal(new DateOnly(2015, 1, 1), period.From);
        Assert.Equal(["Trưởng phòng"], period.Positions);
        Assert.False(period.StillHeld);
    }

    [Fact]
    public void ATenureEndingTheDayBeforeTheBoundary_FallsShort_AndOneEndingOnTheBoundaryDay_Counts()
    {
        // Two thirds of a 60-month term is 40 months: 1 Jan 2015 to 30 Apr 2023 (both included) is 100 months, one term
        // and 40 months, so two terms; ending a day earlier leaves 99 months, one term and 39 months, so one.
        var dayBefore = Assess(History(new HeldPosition("Trưởng phòng", new(2015, 1, 1), new(2023, 4, 29))));
        var onTheDay = Assess(History(new HeldPosition("Trưởng phòng", new(2015, 1, 1), new(2023, 4, 30))));

        Assert.Equal(99, dayBefore.Explanation.TotalMonths);
        Assert.Equal(1, dayBefore.Explanation.CountedTerms);
        Assert.False(dayBefore.IsEligible);
        Assert.Equal(100, onTheDay.Explanation.TotalMonths);
        Assert.Equal(2, onTheDay.Explanation.CountedTerms);
        Assert.True(onTheDay.IsEligible);
    }

    [Fact]
    public void OverlappingAndAdjacentTenures_AreJoined_NotCountedTwice()
    {
        var assessment = Assess(History(
            new("Phó Trưởng phòng", new(2012, 1, 1), new(2016, 6, 30)),
            new("Trưởng phòng Tổng hợp", new(2016, 1, 1), new(2019, 12, 31)),
            new("Giám đốc", new(2020, 1, 1), new(2021, 12, 31))));

        var period = Assert.Single(assessment.Explanation.Periods);
        Assert.Equal(new DateOnly(2012, 1, 1), period.From);
        Assert.Equal(new DateOnly(2021, 12, 31), period.To);
        Assert.Equal(120, period.Months);
        Assert.Equal(3, period.Positions.Count);
        Assert.True(assessment.IsEligible);
    }

    [Fact]
    public void AGap_SplitsThePeriods_AndEachCountsItsOwnShareOfATerm()
    {
        // Two periods of 36 months each: 72 months in all, but neither reaches 2/3 of a term alone.
        var assessment = Assess(History(
            new("Trưởng phòng", new(2010, 1, 1), new(2012, 12, 31)),
            new("Chuyên viên", new(2013, 1, 1), new(2016, 12, 31)),
            new("Trưởng phòng", new(2017, 1, 1), new(2019, 12, 31))));

        Assert.Equal(2, assessment.Explanation.Periods.Count);
        Assert.Equal(72, assessment.Explanation.TotalMonths);
        Assert.Equal(0, assessment.Explanation.CountedTerms);
        Assert.False(assessment.IsEligible);
    }

    [Fact]
    public void AnOpenTenure_CountsUpToTheReferenceDay()
    {
        var history = History(new HeldPosition("Giám đốc", new(2016, 12, 2), null));

        var before = Assess(history, new DateOnly(2026, 11, 30));
        var on = Assess(history, new DateOnly(2026, 12, 1));

        Assert.Equal(119, before.Explanation.TotalMonths);
        Assert.Equal(120, on.Explanation.TotalMonths);
        Assert.True(Assert.Single(on.Explanation.Periods).StillHeld);
        Assert.True(on.IsEligible);
    }

    /// <summary>Truy tặng (Decree 152/2025 Art. 51(1), 54(1)): someone who died after ten years as head is listed as a retiree would be.</summary>
    [Fact]
    public void Decree152Art54_1_SomeoneWhoDied_IsListedForAPosthumousAward_WhereRetireesAre()
    {
        HeldPosition[] held = [new("Trưởng phòng", new(2010, 1, 1), new(2022, 6, 30))];
        var history = new ServiceHistory(7, 3, held, new DateOnly(2022, 6, 30), LeaveReason.Deceased, []);

        var listed = Assess(history);
        var servingOnly = LongServiceEligibility.Assess(history, Rule with { IncludesRetired = false }, Rules, AsOf);

        Assert.True(listed.IsEligible);
        Assert.True(listed.Deceased);
        Assert.False(listed.Retired);
        Assert.Equal(LongServiceBar.NoLongerServing, servingOnly.Bar);
    }

    [Fact]
    public void ARetiredPerson_IsListed_WhenTheRuleIncludesRetirees_AndOneWhoMovedOutIsNot()
    {
        HeldPosition[] held = [new("Trưởng phòng", new(2010, 1, 1), new(2022, 6, 30))];
        var retired = Assess(new ServiceHistory(7, 3, held, new DateOnly(2022, 6, 30), LeaveReason.Retired, []));
        var movedOut = Assess(new ServiceHistory(7, 3, held, new DateOnly(2022, 6, 30), LeaveReason.MovedOut, []));
        var serving = LongServiceEligibility.Assess(new ServiceHistory(7, 3, held, new DateOnly(2022, 6, 30), LeaveReason.Retired, []),
            Rule with { IncludesRetired = false }, Rules, AsOf);

        Assert.True(retired.IsEligible);
        Assert.True(retired.Retired);
        Assert.Equal(LongServiceBar.NoLongerServing, movedOut.Bar);
        Assert.False(movedOut.IsEligible);
        Assert.False(serving.IsEligible);
    }

    [Fact]
    public void APersonAlreadyAwardedTheForm_IsNotListedAgain()
    {
        var assessment = Assess(new ServiceHistory(7, 3, [new("Trưởng phòng", new(2010, 1, 1), null)], null, null,
            [Title.CertificateOfCommendation]));

        Assert.True(assessment.Explanation.TermsMet);
        Assert.Equal(LongServiceBar.AlreadyAwarded, assessment.Bar);
        Assert.Empty(LongServiceEligibility.Candidates([new ServiceHistory(7, 3, [new("Trưởng phòng", new(2010, 1, 1), null)],
            null, null, [Title.CertificateOfCommendation])], Rules, AsOf));
    }

    [Fact]
    public void Positions_CountByNameOrPrefix_IgnoringCaseAndSpacing()
    {
        Assert.True(LongServiceEligibility.Counts("Phó trưởng phòng", Rule.Positions));
        Assert.True(LongServiceEligibility.Counts("  Trưởng   phòng Tổng hợp ", Rule.Positions));
        Assert.False(LongServiceEligibility.Counts("Chuyên viên", Rule.Positions));
        Assert.False(LongServiceEligibility.Counts("Trưởng phòngxyz", Rule.Positions));
    }

    [Fact]
    public void FromAPersonOnFile_TransfersAndPastTenuresAreRead()
    {
        var person = Person.Create("Nguyễn Văn An", Gender.Male, 3, new DateOnly(2008, 1, 1), "Chuyên viên");
        Assert.True(person.Transfer(3, "Trưởng phòng", new DateOnly(2012, 1, 1)).IsSuccess);

        var assessment = Assess(ServiceHistory.Of(person, []));

        Assert.Equal(179, assessment.Explanation.TotalMonths);
        Assert.Equal(3, assessment.Explanation.CountedTerms);
    }

    [Fact]
    public void Property_CountedMonthsNeverExceedTheDaysSpanned_AndShufflingTenuresChangesNothing()
    {
        var tenure = Gen.Select(Gen.Int[0, 8000], Gen.Int[0, 4000], Gen.Bool, Gen.Bool)
            .Select(t => new HeldPosition(t.Item3 ? "Trưởng phòng" : "Chuyên viên", new DateOnly(2000, 1, 1).AddDays(t.Item1),
                t.Item4 ? null : new DateOnly(2000, 1, 1).AddDays(t.Item1 + t.Item2)));
        Gen.Select(tenure.Array[0, 6], Gen.Int[0, 1000]).Sample((held, seed) =>
        {
            var a = Assess(History(held));
            var shuffled = held.OrderBy(_ => new Random(seed).Next()).ToArray();
            var b = Assess(History(shuffled));
            Assert.Equal(a.Explanation.TotalMonths, b.Explanation.TotalMonths);
            Assert.Equal(a.Explanation.CountedTerms, b.Explanation.CountedTerms);
            var first = new DateOnly(2000, 1, 1);
            Assert.InRange(a.Explanation.TotalMonths, 0, ((AsOf.Year - first.Year) * 12) + AsOf.Month - first.Month + 1);
            Assert.True(a.Explanation.Periods.Zip(a.Explanation.Periods.Skip(1)).All(p => p.First.To.AddDays(1) < p.Second.From));
            Assert.InRange(a.Explanation.CountedTerms, a.Explanation.Periods.Sum(p => p.Months / Rule.TermMonths),
                a.Explanation.Periods.Sum(p => (p.Months / Rule.TermMonths) + 1));
        });
    }

    [Fact]
    public void ALongServiceProposal_RecordsTheKindAndTheRuleSet_AndIsRefusedForSomeoneNotListed()
    {
        var eligible = Assess(History(new HeldPosition("Trưởng phòng", new(2010, 1, 1), null)));
        var at = new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(7));

        var proposed = SuddenProposal.ProposeLongService(eligible, "Hai nhiệm kỳ Trưởng phòng", Rule, new GrantingRules(), "congdoan", at);
        var refused = SuddenProposal.ProposeLongService(Assess(History(new HeldPosition("Trưởng phòng", new(2020, 1, 1), null))),
            "Một nhiệm kỳ", Rule, new GrantingRules(), "congdoan", at);

        Assert.True(proposed.IsSuccess, string.Join("; ", proposed.Errors));
        Assert.Equal(AwardKind.LongService, proposed.Value.Kind);
        Assert.Contains("VN-ND152-2025 v1", proposed.Value.Article, StringComparison.Ordinal);
        Assert.True(proposed.Value.AwaitsLeadership);
        Assert.Equal("sudden.not_eligible_long_service", Assert.Single(refused.Errors).Code);
    }

    [Fact]
    public void TheCatalogueRuleSets_AreValid_AndARuleWithoutPositionsIsRefused()
    {
        Assert.Empty(RuleSetValidator.Validate(RuleSetCatalog.Decree98));
        var broken = Rules with { LongService = new LongServiceRules { Rules = [Rule with { Positions = [] }] } };
        Assert.Equal("rules.invalid_long_service", Assert.Single(RuleSetValidator.Validate(broken)).Code);
    }
}
