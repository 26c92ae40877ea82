using Emulation.Domain.Awards;
using Emulation.Domain.Consultations;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data.Seed;
using Emulation.Web.Services.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Proposals;

/// <summary>Dossiers sent to the demo receiving board, and what the board did on them, for tests on an app's own clock.</summary>
internal static class BoardScenario
{
    /// <summary>One new nominee for <paramref name="title"/> sent by the leadership to the demo board under <paramref name="letter"/>.</summary>
    public static async Task<(int Proposal, int Nomination, int Board)> SentAsync(EmulationAppFactory app, string letter, Title title)
    {
        var nomination = Assert.Single(await DecisionScenario.NominateAsync(app, title, 1));
        var board = await app.UnitIdAsync(DemoDataSeeder.BoardCode);
        var sent = await app.Service<ProposalService>().SendUpAsync(TestActors.Leader, DecisionScenario.CampaignId, [nomination],
            new ProposalInput { Number = letter, Recipient = "Chủ tịch UBND tỉnh (qua Ban Thi đua – Khen thưởng, Sở Nội vụ)", ReceivingUnitId = board });
        Assert.True(sent.IsSuccess, string.Join("; ", sent.Errors));
        return (sent.Value, nomination, board);
    }

    /// <summary>
    /// A list the board published on the dossier on 2 November, its window long closed, recorded as published when the
    /// dossier was last sent (so that it stands before the council): for tests with no clock to move through a window.
    /// </summary>
    public static async Task<Consultation> ClosedListAsync(EmulationAppFactory app, int proposal, int nomination)
    {
        await using var db = await app.DbAsync();
        var dossier = await db.Proposals.AsNoTracking().SingleAsync(p => p.Id == proposal, TestContext.Current.CancellationToken);
        var day = new DateOnly(2026, 11, 2);
        var earlier = await db.Consultations.CountAsync(c => c.ProposalId == proposal, TestContext.Current.CancellationToken);
        var list = Consultation.Publish(dossier.CampaignId, [nomination], day, day, 10, "Nghị định 152/2025/NĐ-CP", new HashSet<DateOnly>(),
            DemoDataSeeder.BoardUserName, dossier.SentAt, proposal, earlier).Value;
        db.Consultations.Add(list);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return list;
    }
}
