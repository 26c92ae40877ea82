using Emulation.Domain.Awards;
using Emulation.Domain.Rules;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Services.Council;
using Emulation.Web.Services.Rules;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Council;

/// <summary>
/// Decree 98/2023 Art. 30(7) through a real council session of seven members (hoidong1..5 and two more accounts): the
/// "yes" votes of a Chiến sĩ thi đua cơ sở count against ALL seven, absent members counting against, and the threshold
/// and quorum are the ones of the rule set in force, as the provincial rule-set editor saved them.
/// </summary>
public sealed class CouncilThresholdSessionTests() : FreshAppTests(("Emulation:Jurisdiction", "QT"))
{
    private static readonly DateOnly HeldOn = new(2026, 12, 10);

    private CouncilSessionService Sessions => App.Service<CouncilSessionService>();

    private int _campaignId;
    private int _sixYes;
    private int _fiveYes;

    /// <summary>Two more council members (7 in all) and two CSTĐCS nominees of Phòng Kinh tế, where no member works.</summary>
    public override async ValueTask InitializeAsync()
    {
        using (var scope = App.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            foreach (var name in new[] { "hoidong6", "hoidong7" })
            {
                var user = new AppUser { UserName = name, FullName = $"Thành viên {name}", UnitId = TestActors.OfficeId };
                Assert.True((await users.CreateAsync(user)).Succeeded);
                Assert.True((await users.AddToRoleAsync(user, Roles.CouncilMember)).Succeeded);
            }
        }

        await using var db = await App.DbAsync();
        _campaignId = await db.Campaigns.Select(c => c.Id).FirstAsync();
        var kt = await App.UnitIdAsync("KT");
        var people = await db.People.Where(p => p.UnitId == kt).OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToListAsync();
        Nomination[] nominations =
        [
            Nomination.Propose(_campaignId, people[0], kt, Title.GrassrootsEmulationFighter, TestExplanations.For(Title.GrassrootsEmulationFighter)),
            Nomination.Propose(_campaignId, people[1], kt, Title.GrassrootsEmulationFighter, TestExplanations.For(Title.GrassrootsEmulationFighter)),
        ];
        db.Nominations.AddRange(nominations);
        await db.SaveChangesAsync();
        (_sixYes, _fiveYes) = (nominations[0].Id, nominations[1].Id);
    }

    private static IEnumerable<string> Members(params int[] numbers) => numbers.Select(i => $"hoidong{i}");

    private async Task<int> OpenAsync(IEnumerable<string> present)
    {
        var opened = await Sessions.OpenAsync(TestActors.Officer, _campaignId,
            new OpenSessionInput { ChairUserName = "hoidong1", HeldOn = HeldOn.ToDateTime(TimeOnly.MinValue) });
        Assert.True(opened.IsSuccess, string.Join("; ", opened.Errors));
        Assert.True((await Sessions.SetAttendanceAsync(TestActors.Officer, opened.Value, [.. present])).IsSuccess);
        return opened.Value;
    }

    /// <summary>Each listed member votes yes on the nominations given, no on the others.</summary>
    private async Task VoteAsync(int sessionId, int member, params int[] yesOn)
    {
        var voted = await Sessions.VoteAsync(CouncilDriver.Member(member), sessionId, new Dictionary<int, BallotChoice>
        {
            [_sixYes] = yesOn.Contains(_sixYes) ? BallotChoice.Yes : BallotChoice.No,
            [_fiveYes] = yesOn.Contains(_fiveYes) ? BallotChoice.Yes : BallotChoice.No,
        });
        Assert.True(voted.IsSuccess, string.Join("; ", voted.Errors));
    }

    private async Task<Nomination> NominationAsync(int id)
    {
        await using var db = await App.DbAsync();
        return await db.Nominations.AsNoTracking().SingleAsync(n => n.Id == id);
    }

    /// <summary>The editor's form on the national set, with the province's identity and <paramref name="change"/> applied.</summary>
    private async Task SaveProvincialAsync(Action<ProvincialRuleSetInput> change)
    {
        var form = new ProvincialRuleSetInput
        {
            Id = "QT-2026",
            Name = "Quy định thi đua, khen thưởng của tỉnh",
            Jurisdiction = "QT",
            LegalBasis = "Quyết định 12/2026/QĐ-UBND",
            EffectiveFrom = new DateTime(2026, 1, 1),
        };
        form.LoadSettingsOf(RuleSetCatalog.Decree152);
        change(form);
        var saved = await App.Service<RuleSetService>().SaveProvincialAsync(TestActors.Admin, form);
        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors));
    }

    [Fact]
    public async Task Decree98Art30_7_CSTDCS_At80PercentOfAllSeven_SixYesPasses_FiveYesFails()
    {
        var sessionId = await OpenAsync(Members(1, 2, 3, 4, 5, 6, 7));
        for (var member = 1; member <= 7; member++)
        {
            await VoteAsync(sessionId, member, member switch { <= 5 => new[] { _sixYes, _fiveYes }, 6 => new[] { _sixYes }, _ => Array.Empty<int>() });
        }

        Assert.True((await Sessions.CloseAsync(TestActors.Officer, sessionId)).IsSuccess);

        var six = await NominationAsync(_sixYes);
        var five = await NominationAsync(_fiveYes);
        Assert.Equal((NominationStatus.Passed, 6, 6, 7), (six.Status, six.BallotOutcome!.Yes, six.BallotOutcome.RequiredYes, six.BallotOutcome.Denominator));
        Assert.Equal((NominationStatus.Failed, 5, 6), (five.Status, five.BallotOutcome!.Yes, five.BallotOutcome.RequiredYes));
        Assert.Equal(("VN-ND152-2025", new Fraction(4, 5)), (five.BallotOutcome.RuleSetId, five.BallotOutcome.Share));
    }

    [Fact]
    public async Task Decree98Art30_7_AbsentMembersCountAgainst_FivePresentOfSeven_AllYes_StillFails()
    {
        // 5 present of 7 meets the 2/3 quorum (5); 5 "yes" of 7 is under 80 % of ALL members (6).
        var sessionId = await OpenAsync(Members(1, 2, 3, 6, 7));
        foreach (var member in new[] { 1, 2, 3, 6, 7 })
        {
            await VoteAsync(sessionId, member, _sixYes, _fiveYes);
        }

        Assert.True((await Sessions.CloseAsync(TestActors.Officer, sessionId)).IsSuccess);

        var outcome = (await NominationAsync(_sixYes)).BallotOutcome!;
        Assert.Equal((false, true, 5, 7, 5, 6), (outcome.Passed, outcome.QuorumMet, outcome.Present, outcome.Denominator, outcome.Yes, outcome.RequiredYes));
    }

    /// <summary>
    /// Lao động tiên tiến by simple majority of all seven: four "yes" needed. Six present tied three to three, the chair
    /// among the "yes", is no majority (DOMAIN.md gives the chair no casting vote, and none is counted); four to two passes.
    /// </summary>
    [Fact]
    public async Task Decree98Art30_7_ATieOfThreeToThree_IsNoMajorityOfSeven_EvenWithTheChairsYes_FourToTwoPasses()
    {
        int tied, four;
        await using (var db = await App.DbAsync())
        {
            var kt = await App.UnitIdAsync("KT");
            var people = await db.People.Where(p => p.UnitId == kt).OrderBy(p => p.Id).Select(p => p.Id).Skip(2).Take(2).ToListAsync();
            Nomination[] advanced =
            [
                Nomination.Propose(_campaignId, people[0], kt, Title.AdvancedWorker, TestExplanations.For(Title.AdvancedWorker)),
                Nomination.Propose(_campaignId, people[1], kt, Title.AdvancedWorker, TestExplanations.For(Title.AdvancedWorker)),
            ];
            db.Nominations.AddRange(advanced);
            await db.SaveChangesAsync();
            (tied, four) = (advanced[0].Id, advanced[1].Id);
        }

        var sessionId = await OpenAsync(Members(1, 2, 3, 4, 5, 6));
        for (var member = 1; member <= 6; member++)
        {
            var voted = await Sessions.VoteAsync(CouncilDriver.Member(member), sessionId, new Dictionary<int, BallotChoice>
            {
                [_sixYes] = BallotChoice.No,
                [_fiveYes] = BallotChoice.No,
                [tied] = member <= 3 ? BallotChoice.Yes : BallotChoice.No,
                [four] = member <= 4 ? BallotChoice.Yes : BallotChoice.No,
            });
            Assert.True(voted.IsSuccess, string.Join("; ", voted.Errors));
        }

        Assert.True((await Sessions.CloseAsync(TestActors.Officer, sessionId)).IsSuccess);

        var tie = await NominationAsync(tied);
        var passed = await NominationAsync(four);
        Assert.Equal((NominationStatus.Failed, 3, 4, 7, true), (tie.Status, tie.BallotOutcome!.Yes, tie.BallotOutcome.RequiredYes,
            tie.BallotOutcome.Denominator, tie.BallotOutcome.Strict));
        Assert.Equal((NominationStatus.Passed, 4), (passed.Status, passed.BallotOutcome!.Yes));
    }

    [Fact]
    public async Task RuleSetEditor_CSTDCSThresholdLoweredToTwoThirds_FiveOfSevenPasses_UnderTheProvincesRuleSet()
    {
        await SaveProvincialAsync(f => f.Council = f.Council! with
        {
            Thresholds = [.. f.Council.Thresholds.Where(t => t.Title != Title.GrassrootsEmulationFighter),
                new VoteThreshold(Title.GrassrootsEmulationFighter, Fraction.TwoThirds)],
        });
        var sessionId = await OpenAsync(Members(1, 2, 3, 4, 5, 6, 7));
        for (var member = 1; member <= 7; member++)
        {
            await VoteAsync(sessionId, member, member switch { <= 4 => new[] { _sixYes, _fiveYes }, 5 => new[] { _fiveYes }, 6 => new[] { _sixYes }, _ => Array.Empty<int>() });
        }

        Assert.True((await Sessions.CloseAsync(TestActors.Officer, sessionId)).IsSuccess);

        var five = (await NominationAsync(_fiveYes)).BallotOutcome!;
        Assert.Equal((true, 5, 5, 7), (five.Passed, five.Yes, five.RequiredYes, five.Denominator));
        Assert.Equal(("QT-2026", 1, Fraction.TwoThirds), (five.RuleSetId, five.RuleSetVersion, five.Share));
    }

    [Fact]
    public async Task RuleSetEditor_CSTDCSThresholdRaisedToNineTenths_SixOfSevenFails()
    {
        await SaveProvincialAsync(f => f.Council = f.Council! with
        {
            Thresholds = [.. f.Council.Thresholds.Where(t => t.Title != Title.GrassrootsEmulationFighter),
                new VoteThreshold(Title.GrassrootsEmulationFighter, Fraction.NineTenths)],
        });
        var sessionId = await OpenAsync(Members(1, 2, 3, 4, 5, 6, 7));
        for (var member = 1; member <= 7; member++)
        {
            await VoteAsync(sessionId, member, member <= 6 ? new[] { _sixYes } : Array.Empty<int>());
        }

        Assert.True((await Sessions.CloseAsync(TestActors.Officer, sessionId)).IsSuccess);

        var six = (await NominationAsync(_sixYes)).BallotOutcome!;
        Assert.Equal((false, 6, 7), (six.Passed, six.Yes, six.RequiredYes)); // 9/10 of 7 = 6.3: seven needed
    }

    [Fact]
    public async Task RuleSetEditor_AwardSessionQuorumOfFourFifths_FivePresentOfSeven_CloseIsRefused()
    {
        await SaveProvincialAsync(f => (f.QuorumNumerator, f.QuorumDenominator) = (4, 5));
        var sessionId = await OpenAsync(Members(1, 2, 3, 6, 7));
        await VoteAsync(sessionId, 1, _sixYes, _fiveYes);

        var closed = await Sessions.CloseAsync(TestActors.Officer, sessionId);

        var error = Assert.Single(closed.Errors);
        Assert.Equal(("council.no_quorum", "5/6"), (error.Code, error.Item));
        Assert.Equal(NominationStatus.Proposed, (await NominationAsync(_sixYes)).Status);

        // The secretary marks a sixth member present: quorum met, and the votes count against all seven.
        Assert.True((await Sessions.SetAttendanceAsync(TestActors.Officer, sessionId, [.. Members(1, 2, 3, 4, 6, 7)])).IsSuccess);
        foreach (var member in new[] { 2, 3, 4, 6, 7 })
        {
            await VoteAsync(sessionId, member, _sixYes);
        }

        Assert.True((await Sessions.CloseAsync(TestActors.Officer, sessionId)).IsSuccess);
        Assert.Equal(NominationStatus.Passed, (await NominationAsync(_sixYes)).Status);
        Assert.Equal(NominationStatus.Failed, (await NominationAsync(_fiveYes)).Status);
    }
}
