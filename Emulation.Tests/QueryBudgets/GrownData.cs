using Emulation.Domain.Awards;
using Emulation.Domain.Organization;
using Emulation.Domain.Pledges;
using Emulation.Domain.Results;
using Emulation.Tests.Council;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Tests.Proposals;
using Emulation.Web.Services.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.QueryBudgets;

/// <summary>
/// Grows the seeded data by a factor: more units that pledged and reported in the seeded campaign, more staff with
/// history, more campaigns, nominations, a council session, decisions, and a longer record for one person and unit.
/// The same builder at scale 1 and at scale 10 gives the two sizes a query budget compares.
/// </summary>
public static class GrownData
{
    public const string ProfileUnitCode = "TH";

    public static async Task BuildAsync(EmulationAppFactory app, int scale)
    {
        await AddUnitsAsync(app, units: 3 * scale, staffEach: 4);
        await AddCampaignsAsync(app, scale);
        await DecisionScenario.IssueAsync(app, "1/QĐ-KT", Title.AdvancedWorker, 2 * scale);
        await DecisionScenario.NominateAsync(app, Title.AdvancedWorker, 2 * scale);
        await DecisionScenario.NominateAsync(app, Title.GrassrootsEmulationFighter, 2 * scale, passed: null);
        await CouncilDriver.OpenWithAllPresentAsync(app, DecisionScenario.CampaignId);
        await LengthenRecordsAsync(app, 3 * scale);
        await SendDossiersToTheBoardAsync(app, scale);
    }

    /// <summary>Dossiers with the demo board: some waiting for appraisal, some before its council's open session.</summary>
    private static async Task SendDossiersToTheBoardAsync(EmulationAppFactory app, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await BoardScenario.SentAsync(app, $"{800 + i}/TTr-VP", Title.ProvincialCertificateOfMerit);
            await BoardCouncilTests.SessionOnDossierAsync(app, $"{900 + i}/TTr-VP", 2);
        }
    }

    private static async Task AddUnitsAsync(EmulationAppFactory app, int units, int staffEach)
    {
        await using var db = await app.DbAsync();
        var campaign = await db.Campaigns.SingleAsync(c => c.Id == DecisionScenario.CampaignId);
        var blocs = await db.Blocs.Where(b => b.CampaignId == campaign.Id).Select(b => b.Id).OrderBy(id => id).ToListAsync();
        var agency = await db.Units.Where(u => u.Code == "VP").Select(u => u.Id).SingleAsync();
        var added = Enumerable.Range(1, units)
            .Select(i => Unit.Create($"G{i:000}", $"Phòng tăng thêm {i}", UnitKind.Department, agency))
            .ToList();
        db.Units.AddRange(added);
        await db.SaveChangesAsync();
        db.BlocMembers.AddRange(added.Select((u, i) => BlocMember.Create(campaign.Id, blocs[(i + 1) % blocs.Count], u.Id)));

        var now = DateTimeOffset.UtcNow;
        foreach (var unit in added)
        {
            var targets = campaign.Criteria.Where(c => c.NeedsTarget).ToDictionary(c => c.Code, _ => (decimal?)10m);
            var pledge = Pledge.Start(campaign.Id, unit.Id);
            Assert.True(pledge.SetTargets(campaign.Criteria, targets).IsSuccess);
            Assert.True(pledge.Submit("grow", now).IsSuccess);
            db.Pledges.Add(pledge);
            var result = UnitResult.Start(campaign.Id, unit.Id);
            Assert.True(result.Record(campaign.Criteria, campaign.Criteria.ToDictionary(c => c.Code, _ => (decimal?)1m)).IsSuccess);
            Assert.True(result.Submit(campaign.Criteria, "grow", now).IsSuccess);
            db.UnitResults.Add(result);
            for (var i = 0; i < staffEach; i++)
            {
                var person = Person.Create($"Nguyễn Văn {unit.Code}{i}", i % 2 == 0 ? Gender.Male : Gender.Female, unit.Id,
                    new DateOnly(2015, 1, 1), "Chuyên viên", $"{unit.Code}-{i:000}");
                db.People.Add(person);
                await db.SaveChangesAsync();
                foreach (var year in new[] { 2025, 2026 })
                {
                    var record = StaffYearResult.Start(person.Id, unit.Id, year);
                    record.Record(QualityRating.Excellent, 12, 0, DisciplineLevel.None, InitiativeLevel.Grassroots);
                    db.StaffYearResults.Add(record);
                }

                db.Awards.Add(Award.Grant(person.Id, unit.Id, unit.Name, 2025, Title.AdvancedWorker, AwardKind.Merit,
                    "100/QĐ-VP", new DateOnly(2025, 12, 20), "Chánh Văn phòng"));
            }
        }

        await db.SaveChangesAsync();
    }

    private static async Task AddCampaignsAsync(EmulationAppFactory app, int count)
    {
        var campaigns = app.Service<CampaignService>();
        for (var i = 1; i <= count; i++)
        {
            var id = (await campaigns.CreateDraftAsync(TestActors.Officer,
                new CampaignDraftInput { Name = $"Chuyên đề {i}", Year = 2026 })).Value;
            Assert.True((await campaigns.AddCriterionAsync(TestActors.Officer, id, new CriterionInput
                { Code = "A1", Name = "Tiêu chí", MaxPoints = 100m, UnitOfMeasure = "việc" })).IsSuccess);
        }
    }

    /// <summary>Earlier years' awards for the first person of the profile unit, and for the unit itself.</summary>
    private static async Task LengthenRecordsAsync(EmulationAppFactory app, int years)
    {
        await using var db = await app.DbAsync();
        var unit = await db.Units.SingleAsync(u => u.Code == ProfileUnitCode);
        var person = await db.People.Where(p => p.UnitId == unit.Id).OrderBy(p => p.Id).FirstAsync();
        for (var year = 2022 - years; year < 2022; year++)
        {
            db.Awards.Add(Award.Grant(person.Id, unit.Id, unit.Name, year, Title.AdvancedWorker, AwardKind.Merit,
                $"{year}/QĐ-VP", new DateOnly(year, 12, 20), "Chánh Văn phòng"));
            db.Awards.Add(Award.Grant(null, unit.Id, unit.Name, year, Title.AdvancedLabourCollective, AwardKind.Merit,
                $"{year}/QĐ-VP", new DateOnly(year, 12, 20), "Chánh Văn phòng"));
            db.Set<UnitYearRecord>().Add(UnitYearRecord.Start(unit.Id, year, QualityRating.Excellent));
        }

        await db.SaveChangesAsync();
    }

    public static async Task<int> ProfilePersonIdAsync(EmulationAppFactory app)
    {
        await using var db = await app.DbAsync();
        var unitId = await app.UnitIdAsync(ProfileUnitCode);
        return await db.People.Where(p => p.UnitId == unitId).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
    }
}
