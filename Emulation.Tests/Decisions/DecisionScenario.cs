using Emulation.Domain.Awards;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services.Awards;
using Emulation.Web.Services.Decisions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Decisions;

/// <summary>Builds nominations in the seeded campaign straight into the database, as the council left them.</summary>
public static class DecisionScenario
{
    public const int CampaignId = 1;
    public static readonly DateTime DecisionDate = new(2026, 12, 20);

    /// <summary>Nominations of <paramref name="title"/> for people not nominated for it yet, with a passed (or failed) ballot, or none.</summary>
    public static async Task<List<int>> NominateAsync(EmulationAppFactory app, Title title, int count,
        bool? passed = true, Func<IQueryable<Emulation.Domain.Organization.Person>, IQueryable<Emulation.Domain.Organization.Person>>? people = null)
    {
        await using var db = await app.DbAsync();
        var taken = await db.Nominations.Where(n => n.CampaignId == CampaignId && n.Title == title)
            .Select(n => n.PersonId).ToListAsync();
        var query = db.People.Where(p => !taken.Contains(p.Id));
        var chosen = await (people?.Invoke(query) ?? query).OrderBy(p => p.Id).Take(count).ToListAsync();
        Assert.Equal(count, chosen.Count);
        var nominations = chosen.Select(p =>
        {
            var n = Nomination.Propose(CampaignId, p.Id, p.UnitId, title, TestExplanations.For(title));
            if (passed is { } pass)
            {
                Assert.True(n.RecordCountedBallot(new BallotTally(5, 5, pass ? 5 : 1, pass ? 0 : 4, 0), "hoidong1", DateTimeOffset.UtcNow).IsSuccess);
            }

            return n;
        }).ToList();
        db.Nominations.AddRange(nominations);
        await db.SaveChangesAsync();
        return [.. nominations.Select(n => n.Id)];
    }

    public static DecisionInput Input(string number, DateTime? date = null) => new()
    {
        DecisionNumber = number,
        DecisionDate = date ?? DecisionDate,
        SignerName = "Trần Quốc Bảo",
        SignerPosition = "Chánh Văn phòng",
    };

    /// <summary>Issues a decision for fresh passed nominations (dated <see cref="DecisionDate"/> unless <paramref name="date"/>) and returns it.</summary>
    public static async Task<DecisionDetail> IssueAsync(EmulationAppFactory app, string number, Title title, int count, DateTime? date = null)
    {
        var ids = await NominateAsync(app, title, count);
        var issued = await app.Service<DecisionService>().IssueAwardDecisionAsync(TestActors.Leader, CampaignId, ids, Input(number, date));
        Assert.True(issued.IsSuccess, string.Join("; ", issued.Errors));
        return (await app.Service<DecisionService>().GetAsync(TestActors.Leader, issued.Value))!;
    }
}
