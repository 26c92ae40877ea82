using Emulation.Domain.Organization;
using Emulation.Domain.Pledges;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Integration;

/// <summary>The engine's input read from the seeded database: every pledged unit gets its own pledge, result and members.</summary>
public sealed class EvaluationInputLoaderTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Load_GivesEachPledgedUnitItsOwnTargetsValuesAndMembers()
    {
        await using var db = await fixture.App.DbAsync();
        var (campaign, input) = (await EvaluationInputLoader.LoadAsync(db, 1))!.Value;

        await using var check = await fixture.App.DbAsync();
        var pledges = await check.Pledges.AsNoTracking().Where(p => p.CampaignId == 1).ToListAsync();
        var results = await check.UnitResults.AsNoTracking()
            .Where(r => r.CampaignId == 1 && (r.Status == SubmissionStatus.Submitted || r.Status == SubmissionStatus.Accepted))
            .ToListAsync();
        var people = await check.People.AsNoTracking().ToListAsync();

        Assert.Equal(campaign.Year, input.Year);
        Assert.Equal(pledges.Select(p => p.UnitId).Order(), input.Units.Select(u => u.UnitId).Order());
        foreach (var unit in input.Units)
        {
            var pledge = pledges.Single(p => p.UnitId == unit.UnitId);
            Assert.Equal(pledge.Targets.Select(t => (t.CriterionCode, t.Target)).Order(), Pairs(unit.Targets));
            var result = results.SingleOrDefault(r => r.UnitId == unit.UnitId);
            List<(string, decimal)> values = result is null ? [] : [.. result.Values.Select(v => (v.CriterionCode, v.Value)).Order()];
            Assert.Equal(values, Pairs(unit.Values));
            var members = people.Where(p => p.UnitId == unit.UnitId).ToList();
            Assert.Equal((members.Count, members.Count(p => p.Gender == Gender.Female)), (unit.Members, unit.WomenMembers));
        }

        // The seed has units with different targets and values, so a unit given another's rows would be caught.
        Assert.True(input.Units.Select(u => Pairs(u.Targets)).Distinct(new SequenceComparer()).Count() > 1);
        Assert.Contains(input.Units, u => u.Values.Count > 0);
        Assert.Equal(people.Where(p => input.Units.Any(u => u.UnitId == p.UnitId)).Select(p => p.Id).Order(),
            input.People.Select(p => p.PersonId).Order());
    }

    private static List<(string Code, decimal Amount)> Pairs(IReadOnlyDictionary<string, decimal> byCode) =>
        [.. byCode.Select(p => (p.Key, p.Value)).Order()];

    private sealed class SequenceComparer : IEqualityComparer<List<(string Code, decimal Amount)>>
    {
        public bool Equals(List<(string Code, decimal Amount)>? x, List<(string Code, decimal Amount)>? y) =>
            x is not null && y is not null && x.SequenceEqual(y);

        public int GetHashCode(List<(string Code, decimal Amount)> obj) => obj.Count;
    }
}
