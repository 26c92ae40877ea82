using Emulation.Domain.Awards;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services;
using Emulation.Web.Services.Council;
using Emulation.Web.Services.Rules;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Council;

/// <summary>
/// Written ballots of absent members through the real services: refused under the national rule set, recorded by the
/// secretary once a provincial rule set counts them (Decree 91/2017 Art. 45(8)), and carried into the nomination's tally.
/// </summary>
public sealed class WrittenBallotServiceTests() : FreshAppTests(("Emulation:Jurisdiction", "QT"))
{
    private CouncilScenario _scenario = null!;

    private CouncilSessionService Sessions => App.Service<CouncilSessionService>();

    public override async ValueTask InitializeAsync() => _scenario = await CouncilScenario.SeedConsultedAsync(App);

    /// <summary>A session with hoidong1..4 present and hoidong5 absent; the nomination hoidong5 may vote on.</summary>
    private async Task<(int Session, int Nomination)> OpenWithoutHoidong5Async()
    {
        var opened = await Sessions.OpenAsync(TestActors.Officer, _scenario.CampaignId,
            new OpenSessionInput { ChairUserName = "hoidong1", HeldOn = new DateTime(2026, 12, 10) });
        Assert.True(opened.IsSuccess, string.Join("; ", opened.Errors));
        Assert.True((await Sessions.SetAttendanceAsync(TestActors.Officer, opened.Value, [.. CouncilDriver.AllMembers.Take(4)])).IsSuccess);
        var view = (await Sessions.GetSessionAsync(CouncilDriver.Member(5), opened.Value))!;
        return (opened.Value, view.Agenda.First(a => !a.IRecuse).NominationId);
    }

    [Fact]
    public async Task WrittenBallot_UnderTheNationalRuleSet_IsRefused_AndTheFormIsNotOffered()
    {
        var (session, nomination) = await OpenWithoutHoidong5Async();

        var recorded = await Sessions.RecordWrittenBallotAsync(TestActors.Officer, session, "hoidong5", nomination, BallotChoice.Yes);

        Assert.Equal("council.written_ballots_not_counted", Assert.Single(recorded.Errors).Code);
        Assert.False((await Sessions.GetSessionAsync(TestActors.Officer, session))!.WrittenBallotsCounted);
    }

    [Fact]
    public async Task WrittenBallot_WhereTheProvinceCountsThem_IsRecordedBySecretary_AndCountedInTheTally()
    {
        var saved = await App.Service<RuleSetService>().SaveProvincialAsync(TestActors.Admin, new ProvincialRuleSetInput
        {
            Id = "QT-2026",
            Name = "Quy định thi đua, khen thưởng của tỉnh",
            Jurisdiction = "QT",
            LegalBasis = "Quyết định 12/2026/QĐ-UBND",
            EffectiveFrom = new DateTime(2026, 1, 1),
            WrittenBallotsOfAbsentMembers = true,
        });
        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors));
        var (session, nomination) = await OpenWithoutHoidong5Async();

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Sessions.RecordWrittenBallotAsync(CouncilDriver.Member(1), session, "hoidong5", nomination, BallotChoice.Yes));
        var present = await Sessions.RecordWrittenBallotAsync(TestActors.Officer, session, "hoidong4", nomination, BallotChoice.Yes);
        var recorded = await Sessions.RecordWrittenBallotAsync(TestActors.Officer, session, "hoidong5", nomination, BallotChoice.Yes);

        Assert.Equal("council.member_present", Assert.Single(present.Errors).Code);
        Assert.True(recorded.IsSuccess, string.Join("; ", recorded.Errors));
        var view = (await Sessions.GetSessionAsync(TestActors.Officer, session))!;
        Assert.True(view.WrittenBallotsCounted);
        var item = view.Agenda.Single(a => a.NominationId == nomination);
        Assert.Equal((4, 1, 0, 1), (item.Count.Present, item.Count.Cast, item.Count.Yes, item.Count.Written));

        Assert.True((await Sessions.CloseAsync(TestActors.Officer, session)).IsSuccess);
        await using var db = await App.DbAsync();
        var decided = await db.Nominations.AsNoTracking().SingleAsync(n => n.Id == nomination);
        Assert.Equal(1, decided.Ballot!.Written);
        Assert.Equal((1, "QT-2026"), (decided.BallotOutcome!.Written, decided.BallotOutcome.RuleSetId));
        var council = App.Service<Emulation.Web.Services.Nominations.CouncilService>();
        var vi = (await Cultures.ReadInAsync("vi-VN", () => council.GetAsync(TestActors.Officer, nomination)))!;
        var en = (await Cultures.ReadInAsync("en-US", () => council.GetAsync(TestActors.Officer, nomination)))!;
        Assert.Contains(". Trong số phiếu có 1 phiếu bằng văn bản của thành viên vắng mặt (căn cứ Nghị định 91/2017/NĐ-CP Điều 45 khoản 8, " +
            "theo bộ quy tắc). Căn cứ ", vi.BallotExplanation, StringComparison.Ordinal);
        Assert.Contains(". Of the ballots, 1 were cast in writing by absent members (Nghị định 91/2017/NĐ-CP Điều 45 khoản 8, " +
            "per the rule set). Basis ", en.BallotExplanation, StringComparison.Ordinal);
        var minutes = (await Sessions.GetMinutesAsync(TestActors.Officer, session))!;
        Assert.Equal(1, minutes.Rows.Single(r => r.Yes == 1).Yes);
        Assert.Equal(Emulation.Web.Data.Seed.DemoOrganization.AgencyName, minutes.AgencyName);
    }
}
