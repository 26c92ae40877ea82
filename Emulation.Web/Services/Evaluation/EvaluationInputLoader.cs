using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Organization;
using Emulation.Domain.Pledges;
using Emulation.Domain.Results;
using Emulation.Domain.Scoring;
using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Evaluation;

/// <summary>Reads one campaign year from the database into the engine's input: a fixed handful of queries.</summary>
internal static class EvaluationInputLoader
{
    /// <summary>History the streak rules may look back over.</summary>
    public const int HistoryYears = 10;

    public static async Task<(Campaign Campaign, EvaluationInput Input)?> LoadAsync(EmulationDbContext db, int campaignId)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == campaignId);
        if (campaign is null)
        {
            return null;
        }

        // Only units that registered a pledge take part: without targets there is nothing to score against. Each is
        // ranked in its bloc of this campaign (none: with the others in none). A unit closed by a merger or retired
        // while the campaign ran left its blocs, and leaves the ranking with them (its successor took its place); a
        // closed campaign keeps its members as they were, so its ranking never changes.
        // One read: each pledge with its unit's bloc in this campaign.
        var pledged = await db.Pledges.AsNoTracking().Where(p => p.CampaignId == campaignId)
            .Select(p => new
            {
                Pledge = p,
                Member = db.BlocMembers.Any(m => m.CampaignId == campaignId && m.UnitId == p.UnitId),
                BlocId = db.BlocMembers.Where(m => m.CampaignId == campaignId && m.UnitId == p.UnitId).Select(m => (int?)m.BlocId).FirstOrDefault(),
                Active = db.Units.Any(u => u.Id == p.UnitId && u.ClosedOn == null),
                // Decree 152/2025 Art. 4(4): under inspection, complaint or denunciation this year, its titles wait.
                Proceedings = db.UnitProceedings.Any(x => x.UnitId == p.UnitId && x.Year == campaign.Year),
            })
            .Where(p => p.Member || p.Active)
            .ToListAsync();
        var pledges = pledged.Select(p => p.Pledge).ToList();
        var blocOf = pledged.GroupBy(p => p.Pledge.UnitId).ToDictionary(g => g.Key, g => g.First().BlocId);
        var pledgedUnits = pledges.Select(p => p.UnitId).ToList();
        var underProceedings = pledged.Where(p => p.Proceedings).Select(p => p.Pledge.UnitId).ToHashSet();

        // A successor unit inherits its predecessors' years before the change (Reorganization lineage): the links, then
        // the pledged units and their predecessors (for their names) in one read.
        var links = await db.UnitLineages.AsNoTracking().ToListAsync();
        var inherited = pledgedUnits.Distinct().ToDictionary(id => id, id => Reorganization.InheritedYears(id, links));
        var predecessorIds = inherited.Values.SelectMany(d => d.Keys).Distinct().ToList();
        var unitsRead = await db.Units.AsNoTracking()
            .Where(u => pledgedUnits.Contains(u.Id) || predecessorIds.Contains(u.Id)).ToListAsync();
        var units = unitsRead.Where(u => inherited.ContainsKey(u.Id)).ToList();
        var predecessorNames = unitsRead.ToDictionary(u => u.Id, u => u.Name);
        var results = await CountedResults(db, campaignId).ToListAsync();
        var people = await PeopleOfTheYearAsync(db, campaign.Year, pledgedUnits, inherited);
        var firstYear = campaign.Year - HistoryYears;
        var years = await db.StaffYearResults.AsNoTracking()
            .Where(s => s.Year > firstYear && s.Year <= campaign.Year).ToListAsync();
        var awards = await db.Awards.AsNoTracking().Where(a => a.Year > firstYear && a.Year < campaign.Year).ToListAsync();

        // Each recognised initiative, not the highest level per year (Law 06/2022 Art. 74 counts them one by one).
        var initiatives = (await db.Set<RecognisedInitiative>().AsNoTracking()
                .Where(i => i.Year > firstYear && i.Year <= campaign.Year)
                .Select(i => new { i.PersonId, i.Year, i.Level }).ToListAsync())
            .ToLookup(i => (i.PersonId, i.Year), i => i.Level);

        var unitRatings = (await db.Set<UnitYearRecord>().AsNoTracking()
                .Where(r => r.Year > firstYear && r.Year <= campaign.Year).ToListAsync())
            .ToLookup(r => r.UnitId);

        var yearsByPerson = years.ToLookup(s => s.PersonId);
        var awardsByPerson = awards.Where(a => a.PersonId != null).ToLookup(a => a.PersonId!.Value);
        var awardsByUnit = awards.Where(a => a.PersonId == null).ToLookup(a => a.UnitId);
        var peopleByUnit = people.ToLookup(m => m.UnitId, m => m.Person);
        var pledgeByUnit = FirstByUnit(pledges, p => p.UnitId);
        var resultByUnit = FirstByUnit(results, r => r.UnitId);

        var unitInputs = units.Select(u => new UnitInput(
            u.Id,
            u.Name,
            blocOf.GetValueOrDefault(u.Id),
            TargetsOf(pledgeByUnit.GetValueOrDefault(u.Id)),
            ValuesOf(resultByUnit.GetValueOrDefault(u.Id)),
            peopleByUnit[u.Id].Count(),
            peopleByUnit[u.Id].Count(p => p.Gender == Domain.Organization.Gender.Female))
        {
            ProceedingsPending = underProceedings.Contains(u.Id),
            ResultsSubmitted = resultByUnit.ContainsKey(u.Id),
            Awards = WithInherited(
                [.. awardsByUnit[u.Id].Select(a => Record(a, null))],
                inherited[u.Id].SelectMany(p => awardsByUnit[p.Key].Where(a => a.Year <= p.Value)
                    .Select(a => Record(a, predecessorNames.GetValueOrDefault(p.Key, a.UnitNameAtDecision))))),
            YearRatings =
            [
                .. unitRatings[u.Id].Select(r => new UnitYearRating(r.Year, r.Rating)),
                .. inherited[u.Id].SelectMany(p => unitRatings[p.Key].Where(r => r.Year <= p.Value)
                    .Select(r => new UnitYearRating(r.Year, r.Rating, predecessorNames.GetValueOrDefault(p.Key)))),
            ],
        }).ToList();

        var personInputs = people.Select(m => new PersonInput(
            m.Person.Id,
            m.UnitId,
            m.Person.FullName,
            m.Person.Gender,
            m.Person.RecruitedOn,
            // Arrays, the history newest first: the engine reads both in place and indexes the history by age.
            // A person's records follow them across units: they are read by person, whichever unit kept them.
            yearsByPerson[m.Person.Id].OrderByDescending(s => s.Year).Select(s => new StaffYear(s.Year, s.Rating,
                s.Year == campaign.Year ? s.MonthsWorkedGiven(m.Person.OnStaffIn(s.Year)) : s.MonthsWorked,
                s.MaternityLeaveMonths, s.Discipline, s.Initiative, s.ProceedingsPending)
            {
                // Part-year staff: without a figure of the head's own, the year's months come from the positions.
                MonthsFromPositions = s.Year == campaign.Year && s.FollowsPositions(m.Person.OnStaffIn(s.Year)),
                MonthsReason = s.MonthsWorkedReason,
                LeaveMonths = s.LeaveMonths,
                Initiatives = [.. initiatives[(m.Person.Id, s.Year)]],
                DisciplineFrom = s.DisciplineFrom,
                DisciplineTo = s.DisciplineTo,
                MonthsInFormerUnit = s.Year == campaign.Year
                    ? MonthsInFormerUnit(m.Person, m.UnitId, s, inherited[m.UnitId])
                    : s.MonthsInFormerUnit,
                FormerUnitOpinionReceived = s.FormerUnitOpinionReceived,
            }).ToArray(),
            awardsByPerson[m.Person.Id].Select(a => Record(a, null)).ToArray())
        {
            // A title decided for someone who died by the year's end is given posthumously (truy tặng).
            DiedOn = m.Person.LeaveReason == Domain.Organization.LeaveReason.Deceased && m.Person.LeftOn <= new DateOnly(campaign.Year, 12, 31)
                ? m.Person.LeftOn
                : null,
        }).ToList();

        return (campaign, new EvaluationInput(campaign.Year, campaign.Criteria, unitInputs, personInputs)
        {
            ThematicCampaignYears = campaign.ThematicYears,
            Titles = Campaign.OffersFor(campaign.Kind),
        });
    }

    /// <summary>
    /// The months of the year a person spent in a former unit: read from their positions where these show a move into
    /// the reviewing unit (or a unit merged into it) within the year, else as the head entered them; never more than
    /// the working time recorded, which holds them.
    /// </summary>
    private static int MonthsInFormerUnit(Person person, int reviewingUnitId, StaffYearResult record,
        IReadOnlyDictionary<int, int> predecessors)
    {
        var fromPositions = person.MonthsInFormerUnitIn(record.Year, u => u == reviewingUnitId || predecessors.ContainsKey(u));
        var months = fromPositions > 0 ? fromPositions : record.MonthsInFormerUnit;
        return Math.Min(months, record.MonthsWorked + record.MaternityLeaveMonths);
    }

    /// <summary>
    /// The people the campaign's year reviews, each with the pledged unit that reviews them: the unit they were in at the
    /// year's end or on their last day (<see cref="Person.UnitInYear"/>), or the pledged successor of a unit merged or
    /// split since. Someone not on the staff during the year, or whose unit then takes no part, is left out; so is
    /// nobody who moved on since, as they are read through their past positions too.
    /// </summary>
    private static async Task<List<(Person Person, int UnitId)>> PeopleOfTheYearAsync(EmulationDbContext db, int year,
        List<int> pledgedUnits, Dictionary<int, IReadOnlyDictionary<int, int>> inherited)
    {
        var yearStart = new DateOnly(year, 1, 1);
        var candidates = await db.People.AsNoTracking()
            .Where(p => pledgedUnits.Contains(p.UnitId) ||
                p.Tenures.Any(t => pledgedUnits.Contains(t.UnitId) && (t.To == null || t.To >= yearStart)))
            .ToListAsync();
        var pledged = pledgedUnits.ToHashSet();
        var successorOf = new Dictionary<int, int>();
        foreach (var (successor, predecessors) in inherited)
        {
            foreach (var predecessor in predecessors.Keys)
            {
                successorOf.TryAdd(predecessor, successor);
            }
        }

        var people = new List<(Person, int)>(candidates.Count);
        foreach (var person in candidates)
        {
            if (person.UnitInYear(year) is not { } unit)
            {
                continue;
            }

            if (pledged.Contains(unit))
            {
                people.Add((person, unit));
            }
            else if (successorOf.TryGetValue(unit, out var successor))
            {
                people.Add((person, pledged.Contains(person.UnitId) && inherited[person.UnitId].ContainsKey(unit) ? person.UnitId : successor));
            }
        }

        return people;
    }

    /// <summary>
    /// <paramref name="kept"/> with the targets and counted results of <paramref name="unitIds"/> read again: all that a
    /// change naming a unit (<see cref="Notifications.CampaignChange.UnitId"/>: its pledge or results saved, submitted or
    /// reviewed, or its proceedings of the year recorded or cleared) can alter, in two small reads instead of a province's
    /// people and ten years of history. Null when a unit is not in the kept input (its first pledge: its people and history were never read) or has no pledge any
    /// more: the caller loads the whole campaign.
    /// </summary>
    public static async Task<EvaluationInput?> WithUnitsReadAgainAsync(EmulationDbContext db, int campaignId,
        EvaluationInput kept, IReadOnlyCollection<int> unitIds)
    {
        var read = await db.Pledges.AsNoTracking()
            .Where(p => p.CampaignId == campaignId && unitIds.Contains(p.UnitId))
            .Select(p => new { Pledge = p, Proceedings = db.UnitProceedings.Any(x => x.UnitId == p.UnitId && x.Year == kept.Year) })
            .ToListAsync();
        var pledges = read.Select(p => p.Pledge).ToList();
        var underProceedings = read.Where(p => p.Proceedings).Select(p => p.Pledge.UnitId).ToHashSet();
        var pledgeByUnit = FirstByUnit(pledges, p => p.UnitId);
        var keptUnits = kept.Units.Select(u => u.UnitId).ToHashSet();
        if (unitIds.Any(id => !keptUnits.Contains(id) || !pledgeByUnit.ContainsKey(id)))
        {
            return null;
        }

        var results = await CountedResults(db, campaignId).Where(r => unitIds.Contains(r.UnitId)).ToListAsync();
        var resultByUnit = FirstByUnit(results, r => r.UnitId);
        return kept with
        {
            Units = [.. kept.Units.Select(u => pledgeByUnit.TryGetValue(u.UnitId, out var pledge)
                ? u with
                {
                    Targets = TargetsOf(pledge),
                    Values = ValuesOf(resultByUnit.GetValueOrDefault(u.UnitId)),
                    ResultsSubmitted = resultByUnit.ContainsKey(u.UnitId),
                    ProceedingsPending = underProceedings.Contains(u.UnitId),
                }
                : u)],
        };
    }

    /// <summary>Results count once submitted (and until returned): a draft is the head's own business.</summary>
    private static IQueryable<UnitResult> CountedResults(EmulationDbContext db, int campaignId) =>
        db.UnitResults.AsNoTracking().Where(r => r.CampaignId == campaignId &&
            (r.Status == SubmissionStatus.Submitted || r.Status == SubmissionStatus.Accepted));

    private static Dictionary<string, decimal> TargetsOf(Pledge? pledge) =>
        pledge?.Targets.ToDictionary(t => t.CriterionCode, t => t.Target) ?? [];

    private static Dictionary<string, decimal> ValuesOf(UnitResult? result) =>
        result?.Values.ToDictionary(v => v.CriterionCode, v => v.Value) ?? [];

    /// <summary>
    /// The unit's own awards and, for each year and form it has none of, its predecessors' (one record naming every
    /// predecessor that held it: two merged units with the same title in one year are one year of the streak).
    /// </summary>
    private static List<AwardRecord> WithInherited(List<AwardRecord> own, IEnumerable<AwardRecord> inherited)
    {
        var held = own.Select(a => (a.Year, a.Title, a.Kind)).ToHashSet();
        own.AddRange(inherited.Where(a => !held.Contains((a.Year, a.Title, a.Kind)))
            .GroupBy(a => (a.Year, a.Title, a.Kind))
            .Select(g => g.OrderBy(a => a.Revoked).First() with
            {
                InheritedFrom = string.Join(", ", g.Select(a => a.InheritedFrom).Distinct()),
            }));
        return own;
    }

    private static AwardRecord Record(Award a, string? inheritedFrom) =>
        new(a.Year, a.Title, a.Kind)
        {
            Revoked = a.RevokedByDecisionId != null,
            DecisionNumber = a.DecisionNumber,
            InheritedFrom = inheritedFrom,
        };

    /// <summary>
    /// Each unit's first item in list order (what a scan per unit would find), keyed by unit: one pass instead of a
    /// scan of every pledge or result for each of thousands of units.
    /// </summary>
    private static Dictionary<int, T> FirstByUnit<T>(List<T> items, Func<T, int> unitId)
    {
        var byUnit = new Dictionary<int, T>(items.Count);
        foreach (var item in items)
        {
            byUnit.TryAdd(unitId(item), item);
        }

        return byUnit;
    }
}
