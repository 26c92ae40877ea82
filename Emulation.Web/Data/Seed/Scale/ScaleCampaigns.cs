using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Pledges;
using Emulation.Domain.Results;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Data.Seed.Scale;

/// <summary>
/// One yearly campaign per history year, closed, with every unit's pledge and results accepted; and this year's
/// campaign, launched, with pledges in every state (none yet, draft, submitted, returned, accepted), results from
/// part of the units and the titles units registered for.
/// </summary>
internal static class ScaleCampaigns
{
    private const string Officer = "congdoan";

    /// <summary>Creates the campaigns (a handful of rows, through EF) and returns their ids by year.</summary>
    public static async Task<Dictionary<int, int>> CreateAsync(EmulationDbContext db, ScaleShape shape)
    {
        var campaigns = new Dictionary<int, Campaign>();
        for (var year = shape.FirstHistoryYear; year <= ScaleShape.CampaignYear; year++)
        {
            var draft = Campaign.Draft($"Phong trào thi đua thực hiện nhiệm vụ năm {year}", year, CampaignKind.Yearly,
                new DateOnly(year, 3, 31), new DateOnly(year, 12, 5),
                code: string.Create(CultureInfo.InvariantCulture, $"TD-{year}"));
            ScaleHistory.Ensure(draft);
            var campaign = draft.Value;
            campaign.BelongTo(ScaleOrganization.AgencyId);
            foreach (var criterion in DemoCampaign.Criteria())
            {
                ScaleHistory.Ensure(campaign.AddCriterion(criterion));
            }

            foreach (var title in DemoCampaign.OfferedTitles)
            {
                ScaleHistory.Ensure(campaign.OfferTitle(title));
            }

            // The units the organisation's insert creates next, in their blocs.
            ScaleHistory.Ensure(campaign.Launch(Officer, At(year, 2, 1), Field(shape)));
            if (year < ScaleShape.CampaignYear)
            {
                ScaleHistory.Ensure(campaign.OpenResults(Officer, At(year, 11, 1)));
                ScaleHistory.Ensure(campaign.StartReview(Officer, At(year, 12, 10)));
                ScaleHistory.Ensure(campaign.Close(Officer, At(year + 1, 1, 20)));
            }

            campaigns[year] = campaign;
        }

        db.Campaigns.AddRange(campaigns.Values);
        await db.SaveChangesAsync();
        return campaigns.ToDictionary(c => c.Key, c => c.Value.Id);
    }

    private static LaunchField Field(ScaleShape shape) => new([new LaunchBloc(nameof(ScaleOrganization), shape.Units)]);

    public static int Insert(DbConnection connection, DbTransaction transaction, ScaleShape shape,
        IReadOnlyList<ScaleUnit> units, IReadOnlyList<ScalePerson> people, IReadOnlyDictionary<int, int> campaignIds,
        Random random)
    {
        var criteria = DemoCampaign.Criteria();
        using var pledges = new BulkInsert(connection, transaction, "Pledges", "CampaignId", "UnitId", "Status",
            "SubmittedAt", "SubmittedBy", "ReviewedAt", "ReviewedBy", "ReturnReason", "Version", "Targets");
        using var results = new BulkInsert(connection, transaction, "UnitResults", "CampaignId", "UnitId", "Status",
            "SubmittedAt", "SubmittedBy", "ReviewedAt", "ReviewedBy", "ReturnReason", "Version", "Values");

        for (var year = shape.FirstHistoryYear; year < ScaleShape.CampaignYear; year++)
        {
            foreach (var unit in units)
            {
                var (pledge, targets) = PledgeFor(campaignIds[year], unit, criteria, random);
                ScaleHistory.Ensure(pledge.Submit(Head(unit), At(year, 3, 20 + random.Next(10))));
                ScaleHistory.Ensure(pledge.Accept(Officer, At(year, 4, 5)));
                Add(pledges, pledge, Json(pledge.Targets.Select(t => (t.CriterionCode, t.Target)), "Target"), random);

                var result = ResultFor(campaignIds[year], unit, criteria, targets, random);
                ScaleHistory.Ensure(result.Submit(criteria, Head(unit), At(year, 12, 1 + random.Next(4))));
                ScaleHistory.Ensure(result.Accept(Officer, At(year, 12, 8)));
                Add(results, result, Json(result.Values.Select(v => (v.CriterionCode, v.Value)), "Value"), random);
            }
        }

        return pledges.Rows + results.Rows + InsertCurrentYear(connection, transaction, units, people,
            campaignIds[ScaleShape.CampaignYear], criteria, pledges, results, random);
    }

    private static int InsertCurrentYear(DbConnection connection, DbTransaction transaction,
        IReadOnlyList<ScaleUnit> units, IReadOnlyList<ScalePerson> people, int campaignId,
        IReadOnlyList<Criterion> criteria, BulkInsert pledges, BulkInsert results, Random random)
    {
        const int year = ScaleShape.CampaignYear;
        using var titles = new BulkInsert(connection, transaction, "PledgedTitles", "CampaignId", "UnitId", "PersonId",
            "Title");
        using var staffYears = new BulkInsert(connection, transaction, "StaffYearResults", "PersonId", "UnitId", "Year",
            "Rating", "MonthsWorked", "MaternityLeaveMonths", "LeaveMonths", "Discipline", "ProceedingsPending", "Initiative", "Version");
        var peopleByUnit = people.ToLookup(p => p.UnitId);
        foreach (var unit in units)
        {
            var roll = random.NextDouble();
            if (roll < 0.08)
            {
                continue; // not pledged yet
            }

            var (pledge, targets) = PledgeFor(campaignId, unit, criteria, random);
            if (roll >= 0.16)
            {
                ScaleHistory.Ensure(pledge.Submit(Head(unit), At(year, 3, 15 + random.Next(15))));
                if (roll < 0.24)
                {
                    ScaleHistory.Ensure(pledge.Return(Officer, At(year, 4, 2),
                        "Chỉ tiêu văn bản tham mưu thấp hơn năm trước, đề nghị rà soát lại."));
                }
                else if (roll >= 0.60)
                {
                    ScaleHistory.Ensure(pledge.Accept(Officer, At(year, 4, 5)));
                }
            }

            Add(pledges, pledge, Json(pledge.Targets.Select(t => (t.CriterionCode, t.Target)), "Target"), random);
            if (!pledge.IsLocked)
            {
                continue;
            }

            titles.Add(campaignId, unit.Id, null,
                random.NextDouble() < 0.3 ? Title.ExcellentLabourCollective : Title.AdvancedLabourCollective);
            // Half the units that pledged have reported their year, with their staff's ratings.
            if (random.NextDouble() < 0.5)
            {
                continue;
            }

            var result = ResultFor(campaignId, unit, criteria, targets, random);
            ScaleHistory.Ensure(result.Submit(criteria, Head(unit), At(year, 11, 20 + random.Next(5))));
            Add(results, result, Json(result.Values.Select(v => (v.CriterionCode, v.Value)), "Value"), random);
            var rated = peopleByUnit[unit.Id].Select(person => (Person: person, Record: CurrentYear(person, random))).ToList();
            ScaleHistory.KeepWithinCap(rated);
            foreach (var (person, record) in rated)
            {
                staffYears.Add(record.PersonId, record.UnitId, record.Year, record.Rating, record.MonthsWorked,
                    record.MaternityLeaveMonths, record.LeaveMonths, record.Discipline, record.ProceedingsPending, record.Initiative,
                    ScaleHistory.NewVersion(random));
                if (person.Performer == Performer.Star && record.Rating == QualityRating.Excellent)
                {
                    titles.Add(campaignId, unit.Id, person.Id, Title.GrassrootsEmulationFighter);
                }
            }
        }

        return titles.Rows + staffYears.Rows;
    }

    private static StaffYearResult CurrentYear(ScalePerson person, Random random)
    {
        const int year = ScaleShape.CampaignYear;

        // The generated data's shape (kept as it was for comparable benchmark runs): recent recruits are rated "completed".
        const int monthsForAFullRating = 10;
        var months = person.RecruitedOn.Year == year ? 13 - person.RecruitedOn.Month : 12;
        var roll = random.NextDouble();
        var rating = months < StaffYearResult.MinMonthsToRate ? QualityRating.NotRated
            : months < monthsForAFullRating ? QualityRating.Completed
            : person.Performer switch
            {
                Performer.Star => roll < 0.7 ? QualityRating.Excellent : QualityRating.Good,
                Performer.Steady => roll < 0.1 ? QualityRating.Excellent : roll < 0.92 ? QualityRating.Good : QualityRating.Completed,
                _ => roll < 0.4 ? QualityRating.Good : roll < 0.9 ? QualityRating.Completed : QualityRating.NotCompleted,
            };
        var initiative = rating == QualityRating.Excellent && random.NextDouble() < 0.6
            ? InitiativeLevel.Grassroots : InitiativeLevel.None;
        var record = StaffYearResult.Start(person.Id, person.UnitId, year);
        ScaleHistory.Ensure(record.Record(rating, months, 0, DisciplineLevel.None, initiative));
        return record;
    }

    private static (Pledge Pledge, Dictionary<string, decimal?> Targets) PledgeFor(int campaignId, ScaleUnit unit,
        IReadOnlyList<Criterion> criteria, Random random)
    {
        var targets = criteria.Where(c => c.NeedsTarget).ToDictionary(c => c.Code,
            c => (decimal?)Math.Max(1, Math.Round(DemoCampaign.TargetFor(c.Code, unit.Staff) *
                (c.IsShare ? 1 : 0.9m + (decimal)random.NextDouble() * 0.2m))));
        var pledge = Pledge.Start(campaignId, unit.Id);
        ScaleHistory.Ensure(pledge.SetTargets(criteria, targets));
        return (pledge, targets);
    }

    private static UnitResult ResultFor(int campaignId, ScaleUnit unit, IReadOnlyList<Criterion> criteria,
        Dictionary<string, decimal?> targets, Random random)
    {
        var values = criteria.ToDictionary(c => c.Code, c => (decimal?)(c switch
        {
            { Method: ScoringMethod.YesNo } => random.NextDouble() < 0.9 ? 1 : 0,
            { Kind: CriterionKind.Bonus } => random.NextDouble() < 0.15 ? 1 : 0,
            { Kind: CriterionKind.Penalty } => random.Next(0, 8),
            { IsShare: true } => Math.Round(92m + (decimal)random.NextDouble() * 8m, 1),
            _ => Math.Round(targets[c.Code]!.Value * (0.8m + (decimal)random.NextDouble() * 0.35m)),
        }));
        var result = UnitResult.Start(campaignId, unit.Id);
        ScaleHistory.Ensure(result.Record(criteria, values));
        return result;
    }

    private static void Add(BulkInsert insert, Submittable row, string json, Random random)
    {
        var (campaignId, unitId) = row switch
        {
            Pledge p => (p.CampaignId, p.UnitId),
            UnitResult r => (r.CampaignId, r.UnitId),
            _ => throw new ArgumentException("A pledge or a result.", nameof(row)),
        };
        insert.Add(campaignId, unitId, row.Status, row.SubmittedAt, row.SubmittedBy, row.ReviewedAt, row.ReviewedBy,
            row.ReturnReason, ScaleHistory.NewVersion(random), json);
    }

    /// <summary>The JSON column as EF Core's SQLite provider writes it: decimals as strings, like decimal columns.</summary>
    private static string Json(IEnumerable<(string Code, decimal Number)> items, string name) =>
        JsonSerializer.Serialize(items.Select(i => new Dictionary<string, string>
        {
            ["CriterionCode"] = i.Code,
            [name] = i.Number.ToString("0.0###########################", CultureInfo.InvariantCulture),
        }));

    private static string Head(ScaleUnit unit) => "tp." + unit.Code.ToLowerInvariant();

    private static DateTimeOffset At(int year, int month, int day) =>
        new(year, month, Math.Min(day, 28), 9, 0, 0, TimeSpan.Zero);
}
