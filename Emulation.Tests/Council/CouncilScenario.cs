using Emulation.Domain.Awards;
using Emulation.Tests.Consultations;
using Emulation.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Council;

/// <summary>
/// Nominations put straight on the seeded campaign: two people of Phòng Tổng hợp (the second is hoidong4's own staff
/// record), a Provincial Emulation Fighter of Phòng Kinh tế (public consultation), and Phòng Kinh tế as a collective.
/// </summary>
public sealed record CouncilScenario(int CampaignId, int Worker, int CouncilMembersOwn, int ProvincialFighter, int Collective)
{
    public IReadOnlyList<int> All => [Worker, CouncilMembersOwn, ProvincialFighter, Collective];

    /// <summary>
    /// The scenario with its public consultation done, as the law has it before the council meets: the Provincial
    /// Emulation Fighter published and the window closed before <see cref="CouncilDriver.HeldOn"/> and today.
    /// </summary>
    public static async Task<CouncilScenario> SeedConsultedAsync(EmulationAppFactory app, int? campaign = null)
    {
        var scenario = await SeedAsync(app, campaign);
        Assert.NotNull(await ConsultationDriver.PublishedAndClosedAsync(app, scenario.CampaignId, CouncilDriver.HeldOn));
        return scenario;
    }

    /// <summary>
    /// The nominations only, on <paramref name="campaign"/> (the seeded campaign when omitted): the one that needs
    /// public consultation is not published.
    /// </summary>
    public static async Task<CouncilScenario> SeedAsync(EmulationAppFactory app, int? campaign = null)
    {
        await using var db = await app.DbAsync();
        var campaignId = campaign ?? await db.Campaigns.Select(c => c.Id).FirstAsync();
        var th = await app.UnitIdAsync("TH");
        var kt = await app.UnitIdAsync("KT");
        var thStaff = await db.People.Where(p => p.UnitId == th).OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToListAsync();
        var ktStaff = await db.People.Where(p => p.UnitId == kt).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        Nomination[] nominations =
        [
            Nomination.Propose(campaignId, thStaff[0], th, Title.AdvancedWorker, TestExplanations.For(Title.AdvancedWorker)),
            Nomination.Propose(campaignId, thStaff[1], th, Title.AdvancedWorker, TestExplanations.For(Title.AdvancedWorker)),
            Nomination.Propose(campaignId, ktStaff, kt, Title.ProvincialEmulationFighter, TestExplanations.For(Title.ProvincialEmulationFighter)),
            Nomination.Propose(campaignId, null, kt, Title.AdvancedLabourCollective, TestExplanations.For(Title.AdvancedLabourCollective)),
        ];
        db.Nominations.AddRange(nominations);
        await db.SaveChangesAsync();
        return new CouncilScenario(campaignId, nominations[0].Id, nominations[1].Id, nominations[2].Id, nominations[3].Id);
    }
}
