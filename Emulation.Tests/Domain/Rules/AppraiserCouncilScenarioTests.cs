using System.Globalization;
using Emulation.Domain.Awards;
using Emulation.Domain.Consultations;
using Emulation.Domain.Rules;

namespace Emulation.Tests.Domain.Rules;

/// <summary>
/// The council's arithmetic as a provincial appraiser checks it, each row named after its fact: the "yes" votes against all
/// members at the 80 % and 90 % boundaries with councils of odd sizes, the quorum, and the public consultation's working days
/// across weekends and holidays. Each runs through what the app calls when a session closes (<see cref="CouncilVote.Decide(BallotTally, Title, RuleSet)"/>)
/// and when a list is published (<see cref="Consultation.Publish"/>), under the rule set in force for a campaign of 2025.
/// </summary>
[Trait("Category", "Fast")]
public sealed class AppraiserCouncilScenarioTests
{
    private static readonly RuleSet Rules = RuleSetCatalog.InForce(new DateOnly(2025, 12, 31)).Value;

    // Decree 98/2023 Art. 30(7), carried over: ≥ 90 % of ALL members for the Provincial Emulation Fighter, ≥ 80 % for the
    // CSTĐCS and the flags, more than half for the rest; every member present unless the row says otherwise.

    [Theory]
    [InlineData("Art30_7_FiveMembers_FourYesAreExactlyEightyPercent_ACstdcsPasses", Title.GrassrootsEmulationFighter, 5, 5, 4, true)]
    [InlineData("Art30_7_FiveMembers_ThreeYesAreSixtyPercent_ACstdcsFails", Title.GrassrootsEmulationFighter, 5, 5, 3, false)]
    [InlineData("Art30_7_FiveMembers_FourYesAreUnderNinetyPercent_AProvincialFighterFails", Title.ProvincialEmulationFighter, 5, 5, 4, false)]
    [InlineData("Art30_7_FiveMembers_FiveYes_AProvincialFighterPasses", Title.ProvincialEmulationFighter, 5, 5, 5, true)]
    [InlineData("Art30_7_NineMembers_EightYesAre88_9Percent_AProvincialFighterFails", Title.ProvincialEmulationFighter, 9, 9, 8, false)]
    [InlineData("Art30_7_NineMembers_SevenYesAre77_8Percent_ACstdcsFails", Title.GrassrootsEmulationFighter, 9, 9, 7, false)]
    [InlineData("Art30_7_NineMembersEightPresent_EightYes_ACstdcsPassesOnlyUnanimously", Title.GrassrootsEmulationFighter, 9, 8, 8, true)]
    [InlineData("Art30_7_NineMembersEightPresent_SevenYes_ACstdcsFailsThoughSevenOfEightPresentIs87Percent", Title.GrassrootsEmulationFighter, 9, 8, 7, false)]
    [InlineData("Art30_7_ThirteenMembers_ElevenYes_TheFlagPasses", Title.ProvincialEmulationFlag, 13, 13, 11, true)]
    [InlineData("Art30_7_ThirteenMembers_TenYesAre76_9Percent_TheFlagFails", Title.ProvincialEmulationFlag, 13, 13, 10, false)]
    [InlineData("Art30_7_ThirteenMembers_TwelveYesAre92_3Percent_AProvincialFighterPasses", Title.ProvincialEmulationFighter, 13, 13, 12, true)]
    [InlineData("Art30_7_FifteenMembers_TwelveYesAreExactlyEightyPercent_ACstdcsPasses", Title.GrassrootsEmulationFighter, 15, 15, 12, true)]
    [InlineData("Art30_7_FifteenMembers_ElevenYes_ACstdcsFails", Title.GrassrootsEmulationFighter, 15, 15, 11, false)]
    [InlineData("Art30_7_FiveMembers_ThreeYesAreMoreThanHalf_AGiayKhenPasses", Title.CertificateOfCommendation, 5, 5, 3, true)]
    [InlineData("Art30_7_ThirteenMembersNinePresent_SixYesAreUnderHalfOfAll_ACollectiveGiayKhenFails", Title.CollectiveCertificateOfCommendation, 13, 9, 6, false)]
    [InlineData("Art30_7_ThirteenMembersNinePresent_SevenYesAreMoreThanHalfOfAll_AnAdvancedCollectivePasses", Title.AdvancedLabourCollective, 13, 9, 7, true)]
    [InlineData("Art30_7_SevenMembers_FourYesAreMoreThanHalf_AnExcellentCollectiveIsAMajorityTitle", Title.ExcellentLabourCollective, 7, 7, 4, true)]
    [InlineData("Art30_7_SevenMembers_FourYesAreMoreThanHalf_TheProvincialBangKhenIsAMajorityTitle", Title.ProvincialCertificateOfMerit, 7, 7, 4, true)]
    public void Votes_CountAgainstAllMembers_AtTheirBoundaries(string name, Title title, int members, int present, int yes, bool passed)
    {
        var outcome = CouncilVote.Decide(new BallotTally(members, present, yes, present - yes, 0), title, Rules);

        Assert.True(outcome.IsSuccess, name);
        Assert.Equal(passed, outcome.Value.Passed);
        Assert.Equal(members, outcome.Value.Denominator);
        Assert.True(outcome.Value.QuorumMet, name);
        Assert.Equal((Rules.Id, Rules.Council.Article), (outcome.Value.RuleSetId, outcome.Value.Article));
    }

    [Theory]
    [InlineData("Art30_7_NineMembers_TheRecusedMembersYesIsRemoved_EightBecomeSeven_ACstdcsFails", 9, 8, false)]
    [InlineData("Art30_7_NineMembers_NineYesWithOneRecused_LeaveEight_ACstdcsPasses", 9, 9, true)]
    public void Votes_ARecusedMembersBallotIsRemoved_ButTheDenominatorStaysAllMembers(string name, int members, int yes, bool passed)
    {
        var outcome = CouncilVote.Decide(new BallotTally(members, members, yes, members - yes, 0), Title.GrassrootsEmulationFighter, Rules,
            [BallotChoice.Yes]);

        Assert.True(outcome.IsSuccess, name);
        Assert.Equal(passed, outcome.Value.Passed);
        Assert.Equal((members, 1), (outcome.Value.Denominator, outcome.Value.Recused));
    }

    // Quorum: two thirds of all members in the national sets; 80 % for award sessions where the province says so.

    [Theory]
    [InlineData("Quorum_SevenMembers_FiveAreTwoThirds", 7, 5, true, null)]
    [InlineData("Quorum_SevenMembers_FourAre57Percent", 7, 4, false, null)]
    [InlineData("Quorum_NineMembers_SixAreExactlyTwoThirds", 9, 6, true, null)]
    [InlineData("Quorum_NineMembers_FiveAreShort", 9, 5, false, null)]
    [InlineData("Quorum_ProvinceEightyPercent_SevenMembers_FiveAre71Percent", 7, 5, false, "4/5")]
    [InlineData("Quorum_ProvinceEightyPercent_SevenMembers_SixAre85_7Percent", 7, 6, true, "4/5")]
    [InlineData("Quorum_ProvinceEightyPercent_NineMembers_SevenAre77_8Percent", 9, 7, false, "4/5")]
    [InlineData("Quorum_ProvinceEightyPercent_FiveMembers_FourAreExactlyEightyPercent", 5, 4, true, "4/5")]
    public void Quorum_IsAShareOfAllMembers(string name, int members, int present, bool met, string? provincialQuorum)
    {
        var rules = provincialQuorum is null ? Rules : ProvinceWithQuorum(provincialQuorum);

        var outcome = CouncilVote.Decide(new BallotTally(members, present, present, 0, 0), Title.CertificateOfCommendation, rules);

        Assert.True(outcome.IsSuccess, name);
        Assert.Equal(met, outcome.Value.QuorumMet);
        Assert.Equal(met, outcome.Value.Passed);
    }

    /// <summary>A province's regulation quorum of <paramref name="quorum"/> for award sessions, chosen as the app chooses its rule set.</summary>
    private static RuleSet ProvinceWithQuorum(string quorum)
    {
        var parts = quorum.Split('/');
        var province = Rules.DeriveFor("QT", "QT-HOP", 1, "Quy chế Hội đồng của tỉnh", "Quyết định 02/2025/QĐ-UBND", new DateOnly(2025, 1, 1)) with
        {
            Council = Rules.Council with { Quorum = new Fraction(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture)) },
        };
        Assert.Empty(RuleSetValidator.Validate(province));
        var inForce = RuleSetCatalog.InForce([.. RuleSetCatalog.All, province], new DateOnly(2025, 12, 31), "QT");
        Assert.Equal("QT-HOP", inForce.Value.Id);
        return inForce.Value;
    }

    // Public consultation before the council: the rule set's working days, counted from the day after publication, weekends
    // and the days off given skipped; the council may meet only after the last day.

    private static readonly DateOnly[] VictoryAndLabourDay2026 = [new(2026, 4, 27), new(2026, 4, 30), new(2026, 5, 1)];

    private static readonly DateOnly[] Tet2026 =
        [.. Enumerable.Range(0, 9).Select(i => new DateOnly(2026, 2, 14).AddDays(i))];

    private static readonly DateOnly[] NationalDay2025 = [new(2025, 9, 1), new(2025, 9, 2)];

    public static TheoryData<string, string, DateOnly[], string> ConsultationWindows => new()
    {
        { "Consultation_PublishedOnAFriday_TenWorkingDaysEndOnTheFridayTwoWeeksLater", "2025-12-05", [], "2025-12-19" },
        { "Consultation_PublishedOnASaturday_CountsFromMonday", "2025-12-06", [], "2025-12-19" },
        { "Consultation_PublishedBeforeTheNationalDay_SkipsTheTwoDaysOff", "2025-08-29", NationalDay2025, "2025-09-16" },
        { "Consultation_PublishedBeforeHungKingsAndThe30thOfApril_SkipsThreeDaysOff", "2026-04-22", VictoryAndLabourDay2026, "2026-05-11" },
        { "Consultation_PublishedTheDayBeforeTet_SkipsTheNineDaysOff", "2026-02-12", Tet2026, "2026-03-05" },
    };

    [Theory]
    [MemberData(nameof(ConsultationWindows))]
    public void Consultation_TheWindowsLastDay_AndTheFirstDayTheCouncilMayMeet(string name, string published, DateOnly[] daysOff, string lastDay)
    {
        var day = DateOnly.Parse(published, CultureInfo.InvariantCulture);
        int? days = Rules.Council.ConsultationDaysFor(Title.ProvincialEmulationFighter);
        Assert.Equal(10, days);

        var list = Consultation.Publish(1, [7], day, day, days!.Value, Rules.Council.ConsultationArticle, daysOff.ToHashSet(), "congdoan",
            DateTimeOffset.UnixEpoch);

        Assert.True(list.IsSuccess, name);
        var last = DateOnly.Parse(lastDay, CultureInfo.InvariantCulture);
        Assert.Equal(last, list.Value.LastDay);
        Assert.Equal(10, WorkingDays.CountBetween(day.AddDays(1), last, daysOff.ToHashSet()));
        Assert.False(list.Value.AllowsCouncilOn(last));
        Assert.True(list.Value.AllowsCouncilOn(last.AddDays(1)));
        Assert.True(Consultation.CouncilMayMeet([list.Value], [7], last, _ => "Người 7").Errors.Count == 1, name);
    }

    [Theory]
    [InlineData("Consultation_AnAdvancedWorker_IsNotPublished", Title.AdvancedWorker)]
    [InlineData("Consultation_ACstdcs_IsNotPublished", Title.GrassrootsEmulationFighter)]
    [InlineData("Consultation_AGiayKhen_IsNotPublished", Title.CertificateOfCommendation)]
    public void Consultation_TheAgencysOwnTitles_AreNotPublishedForComment(string name, Title title)
    {
        Assert.True(Rules.Council.ConsultationDaysFor(title) is null, name);
    }
}
