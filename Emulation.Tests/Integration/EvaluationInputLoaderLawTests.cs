using Emulation.Domain.Awards;
using Emulation.Domain.Organization;
using Emulation.Domain.Results;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Integration;

/// <summary>The engine's input carries what issue #15's rules read: lineage, each initiative, leave, decisions.</summary>
public sealed class EvaluationInputLoaderLawTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Load_GivesASuccessorItsPredecessorsYearsBeforeTheMerger_NamingThem()
    {
        int unitId;
        int year;
        await using (var db = await fixture.App.DbAsync())
        {
            var campaign = await db.Campaigns.SingleAsync(c => c.Id == 1);
            year = campaign.Year;
            unitId = await db.Pledges.Where(p => p.CampaignId == 1).Select(p => p.UnitId).FirstAsync();
            var a = Unit.Create("LAW-A", "Phòng Tổng hợp cũ", UnitKind.Department);
            var b = Unit.Create("LAW-B", "Phòng Hành chính cũ", UnitKind.Department);
            db.Units.AddRange(a, b);
            await db.SaveChangesAsync();
            var successor = await db.Units.SingleAsync(u => u.Id == unitId);
            db.UnitLineages.AddRange(Reorganization.Merge([a, b], successor, new DateOnly(year, 1, 1)).Value);
            db.Set<UnitYearRecord>().AddRange(
                UnitYearRecord.Start(a.Id, year - 1, QualityRating.Excellent),
                UnitYearRecord.Start(b.Id, year, QualityRating.Excellent));
            db.Awards.AddRange(
                Award.Grant(null, a.Id, a.Name, year - 1, Title.ExcellentLabourCollective, AwardKind.Merit,
                    "12/QĐ-UBND", new DateOnly(year, 1, 20), "Chủ tịch UBND tỉnh"),
                Award.Grant(null, b.Id, b.Name, year - 1, Title.ExcellentLabourCollective, AwardKind.Merit,
                    "13/QĐ-UBND", new DateOnly(year, 1, 20), "Chủ tịch UBND tỉnh"));
            await db.SaveChangesAsync();
        }

        await using var read = await fixture.App.DbAsync();
        var (_, input) = (await EvaluationInputLoader.LoadAsync(read, 1))!.Value;

        var unit = input.Units.Single(u => u.UnitId == unitId);
        var rating = Assert.Single(unit.YearRatings, r => r.InheritedFrom is not null);
        Assert.Equal((year - 1, QualityRating.Excellent, "Phòng Tổng hợp cũ"), (rating.Year, rating.Rating, rating.InheritedFrom));
        // Both predecessors held the title that year: one year of the streak, naming both (no duplicate award for the engine).
        var award = Assert.Single(unit.Awards, a => a.InheritedFrom is not null);
        Assert.Equal((Title.ExcellentLabourCollective, year - 1), (award.Title, award.Year));
        Assert.Equal("Phòng Tổng hợp cũ, Phòng Hành chính cũ", award.InheritedFrom);
        Assert.True(Emulation.Domain.Scoring.CampaignEvaluator.Evaluate(input, Emulation.Domain.Rules.RuleSetCatalog.Decree152).IsSuccess);
    }

    [Fact]
    public async Task Load_ReadsEachRecognisedInitiativeAndTheLeaveMonths()
    {
        int personId;
        int year;
        await using (var db = await fixture.App.DbAsync())
        {
            year = (await db.Campaigns.SingleAsync(c => c.Id == 1)).Year;
            var unitId = await db.Pledges.Where(p => p.CampaignId == 1).Select(p => p.UnitId).FirstAsync();
            personId = await db.People.Where(p => p.UnitId == unitId).Select(p => p.Id).FirstAsync();
            var record = await db.StaffYearResults.SingleOrDefaultAsync(s => s.PersonId == personId && s.Year == year);
            if (record is null)
            {
                record = StaffYearResult.Start(personId, unitId, year);
                db.StaffYearResults.Add(record);
            }

            Assert.True(record.Record(QualityRating.Completed, 8, 0, DisciplineLevel.None, InitiativeLevel.Grassroots,
                leaveMonths: 4).IsSuccess);
            await db.Set<RecognisedInitiative>().Where(i => i.PersonId == personId && i.Year == year).ExecuteDeleteAsync();
            db.Set<RecognisedInitiative>().AddRange(
                RecognisedInitiative.Record(personId, year, "Số hoá hồ sơ", InitiativeLevel.Grassroots),
                RecognisedInitiative.Record(personId, year, "Một cửa điện tử", InitiativeLevel.Grassroots));
            await db.SaveChangesAsync();
        }

        await using var read = await fixture.App.DbAsync();
        var (_, input) = (await EvaluationInputLoader.LoadAsync(read, 1))!.Value;

        var current = input.People.Single(p => p.PersonId == personId).Years.Single(y => y.Year == year);
        Assert.Equal(2, current.InitiativesAtLeast(InitiativeLevel.Grassroots));
        Assert.Equal(4, current.LeaveMonths);
    }

    /// <summary>
    /// A unit's members for a year are the people on its staff during that year: one who retired before it began, or was
    /// recruited after it ended, is neither a candidate nor counted in the headcount the 70% of Art. 27–28 is taken of;
    /// one who retired within it still is.
    /// </summary>
    [Fact]
    public async Task Load_LeavesOutWhoeverWasNotOnTheStaffDuringTheYear()
    {
        int unitId;
        int year;
        int membersBefore;
        (int Before, int Within, int After) ids;
        await using (var db = await fixture.App.DbAsync())
        {
            year = (await db.Campaigns.SingleAsync(c => c.Id == 1)).Year;
            unitId = await db.Pledges.Where(p => p.CampaignId == 1).OrderByDescending(p => p.UnitId).Select(p => p.UnitId).FirstAsync();
            membersBefore = (await EvaluationInputLoader.LoadAsync(db, 1))!.Value.Input.Units.Single(u => u.UnitId == unitId).Members;
            var retiredBefore = Person.Create("Nguyễn Văn Hưu", Gender.Male, unitId, new DateOnly(1990, 3, 1), "Chuyên viên chính");
            var retiredWithin = Person.Create("Phạm Thị Thu", Gender.Female, unitId, new DateOnly(1992, 8, 1), "Chuyên viên");
            var recruitedAfter = Person.Create("Đỗ Minh Khoa", Gender.Male, unitId, new DateOnly(year + 1, 1, 2), "Chuyên viên");
            Assert.True(retiredBefore.Leave(LeaveReason.Retired, new DateOnly(year - 1, 12, 31), null).IsSuccess);
            Assert.True(retiredWithin.Leave(LeaveReason.Retired, new DateOnly(year, 9, 30), null).IsSuccess);
            db.People.AddRange(retiredBefore, retiredWithin, recruitedAfter);
            await db.SaveChangesAsync();
            ids = (retiredBefore.Id, retiredWithin.Id, recruitedAfter.Id);
        }

        await using var read = await fixture.App.DbAsync();
        var (_, input) = (await EvaluationInputLoader.LoadAsync(read, 1))!.Value;

        var listed = input.People.Select(p => p.PersonId).ToHashSet();
        Assert.Equal((false, true, false), (listed.Contains(ids.Before), listed.Contains(ids.Within), listed.Contains(ids.After)));
        Assert.Equal(membersBefore + 1, input.Units.Single(u => u.UnitId == unitId).Members);
    }

    /// <summary>
    /// Two people move between two units of the campaign: one on 1 July of its year, reviewed by the new unit, one on
    /// 1 January of the next, reviewed by the old one, in whose headcount they stay.
    /// </summary>
    [Fact]
    public async Task Load_ReviewsEachPersonInTheUnitTheyWereInAtTheYearsEnd()
    {
        int year;
        (int From, int To) units;
        (int July, int January) ids;
        await using (var db = await fixture.App.DbAsync())
        {
            year = (await db.Campaigns.SingleAsync(c => c.Id == 1)).Year;
            var pledged = await db.Pledges.Where(p => p.CampaignId == 1).OrderByDescending(p => p.UnitId).Select(p => p.UnitId).ToListAsync();
            units = (pledged[1], pledged[2]);
            var movedInJuly = Person.Create("Hoàng Văn Tuấn", Gender.Male, units.From, new DateOnly(2012, 9, 1), "Chuyên viên");
            var movedInJanuary = Person.Create("Vũ Thị Lan", Gender.Female, units.From, new DateOnly(2014, 4, 1), "Chuyên viên");
            Assert.True(movedInJuly.Transfer(units.To, "Chuyên viên", new DateOnly(year, 7, 1)).IsSuccess);
            Assert.True(movedInJanuary.Transfer(units.To, "Phó trưởng phòng", new DateOnly(year + 1, 1, 1)).IsSuccess);
            db.People.AddRange(movedInJuly, movedInJanuary);
            await db.SaveChangesAsync();
            ids = (movedInJuly.Id, movedInJanuary.Id);
        }

        await using var read = await fixture.App.DbAsync();
        var (_, input) = (await EvaluationInputLoader.LoadAsync(read, 1))!.Value;

        Assert.Equal(units.To, input.People.Single(p => p.PersonId == ids.July).UnitId);
        Assert.Equal(units.From, input.People.Single(p => p.PersonId == ids.January).UnitId);
        Assert.Equal(input.People.Count(p => p.UnitId == units.From), input.Units.Single(u => u.UnitId == units.From).Members);
    }

    /// <summary>A person's records follow them across units: a year kept by their former unit is still theirs.</summary>
    [Fact]
    public async Task Load_ReadsAPersonsYearsKeptByAnotherUnit()
    {
        int personId;
        int year;
        await using (var db = await fixture.App.DbAsync())
        {
            year = (await db.Campaigns.SingleAsync(c => c.Id == 1)).Year;
            var unitIds = await db.Pledges.Where(p => p.CampaignId == 1).Select(p => p.UnitId).ToListAsync();
            personId = await db.People.Where(p => p.UnitId == unitIds[0]).OrderByDescending(p => p.Id).Select(p => p.Id).FirstAsync();
            var formerUnit = await db.Units.Where(u => u.Id != unitIds[0]).Select(u => u.Id).FirstAsync();
            await db.StaffYearResults.Where(s => s.PersonId == personId && s.Year == year - 2).ExecuteDeleteAsync();
            var record = StaffYearResult.Start(personId, formerUnit, year - 2);
            Assert.True(record.Record(QualityRating.Excellent, 12, 0, DisciplineLevel.None, InitiativeLevel.None).IsSuccess);
            db.StaffYearResults.Add(record);
            await db.SaveChangesAsync();
        }

        await using var read = await fixture.App.DbAsync();
        var (_, input) = (await EvaluationInputLoader.LoadAsync(read, 1))!.Value;

        var kept = input.People.Single(p => p.PersonId == personId).Years.Single(y => y.Year == year - 2);
        Assert.Equal(QualityRating.Excellent, kept.Rating);
    }
}
