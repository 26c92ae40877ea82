using Emulation.Domain.Awards;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services.Nominations;
using Emulation.Web.Services;
using Emulation.Web.Services.Audit;
using Emulation.Web.Services.Awards;
using Emulation.Web.Services.Council;
using Emulation.Web.Services.Decisions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Review;

/// <summary>Refused attempts are stored with who, when, what and why, and show for the campaign and the people concerned.</summary>
public sealed class RefusalLogTests : FreshAppTests
{
    [Fact]
    public async Task ApprovingWithoutADecisionNumber_IsStored_ForTheCampaignAndThePerson()
    {
        var ids = await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 2);
        await using var db = await App.DbAsync();
        var personId = await db.Nominations.Where(n => n.Id == ids[0]).Select(n => n.PersonId!.Value).SingleAsync();
        var unitId = await db.Nominations.Where(n => n.Id == ids[0]).Select(n => n.UnitId).SingleAsync();

        var refused = await App.Service<DecisionService>().IssueAwardDecisionAsync(TestActors.Leader, DecisionScenario.CampaignId,
            ids, DecisionScenario.Input(""));

        Assert.False(refused.IsSuccess);
        var log = App.Service<RefusalLog>();
        var campaign = await log.ForCampaignAsync(TestActors.Admin, DecisionScenario.CampaignId);
        var stored = Assert.Single(campaign.Rows);
        Assert.Equal(("lanhdao", "decision", "approve"), (stored.UserName, stored.Area, stored.Action));
        Assert.Equal(refused.Errors.Select(e => e.Code), stored.Errors.Select(e => e.Code));
        Assert.Single((await log.ForPersonAsync(TestActors.Admin, personId)).Rows);
        Assert.Single((await log.ForUnitAsync(TestActors.Admin, unitId)).Rows);
        Assert.False(await db.Awards.AnyAsync(a => a.NominationId == ids[0]));
    }

    [Fact]
    public async Task RejectingNothing_AndAnEmptyBallot_AreStored()
    {
        await App.Service<AwardService>().RejectAsync(TestActors.Leader, 1, [], "Không rõ");
        await App.Service<CouncilSessionService>().VoteAsync(TestActors.Council, 999, new Dictionary<int, BallotChoice>());

        await using var db = await App.DbAsync();
        var actions = await db.Refusals.OrderBy(r => r.Id).Select(r => r.Area + "/" + r.Action).ToListAsync();
        Assert.Equal(["decision/reject", "council/vote"], actions);
    }

    [Fact]
    public async Task ADuplicateManualNomination_IsStoredWithItsSubject()
    {
        var ids = await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 1, passed: null);
        await using var db = await App.DbAsync();
        var nomination = await db.Nominations.SingleAsync(n => n.Id == ids[0]);

        var refused = await App.Service<NominationService>().AddAsync(TestActors.Officer, 1,
            new AddNominationInput { PersonId = nomination.PersonId, UnitId = nomination.UnitId, Title = Title.AdvancedWorker, Reason = "Thêm lần nữa" });

        Assert.Contains(refused.Errors, e => e.Code == "nomination.duplicate");
        var stored = Assert.Single((await App.Service<RefusalLog>().ForPersonAsync(TestActors.Admin, nomination.PersonId!.Value)).Rows);
        Assert.Equal("add", stored.Action);
    }

    [Fact]
    public async Task OnlyAdministrators_ReadRefusals()
    {
        var log = App.Service<RefusalLog>();

        await Assert.ThrowsAsync<AccessDeniedException>(() => log.ForCampaignAsync(TestActors.Officer, 1));
        await Assert.ThrowsAsync<AccessDeniedException>(() => log.ForCampaignAsync(TestActors.Leader, 1));
        await Assert.ThrowsAsync<AccessDeniedException>(() => log.ForPersonAsync(TestActors.Council, 1));
        await Assert.ThrowsAsync<AccessDeniedException>(() => log.ForUnitAsync(TestActors.HeadOf(2), 2));

        await Assert.ThrowsAsync<AccessDeniedException>(() => log.ForCampaignAsync(TestActors.HeadOf(2), 1));
        await Assert.ThrowsAsync<AccessDeniedException>(() => log.ForUnitAsync(TestActors.HeadOf(2), 3));
    }
}
