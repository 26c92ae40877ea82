using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Results;
using Emulation.Domain.Scoring;

namespace Emulation.Benchmarks;

/// <summary>
/// The same decisions as the engine (scores, bloc ranks, the individual and collective titles) written as plain
/// loops with no validation, explanations or quotas: the floor the engine is measured against.
/// </summary>
public static class StraightLoop
{
    public static int Run(EvaluationInput input)
    {
        int year = input.Year;
        var criteria = input.Criteria;
        int units = input.Units.Count;
        var totals = new decimal[units];
        var percent = new decimal[units];
        var metTargets = new bool[units];
        var unitIndex = new Dictionary<int, int>(units);
        for (int u = 0; u < units; u++)
        {
            var unit = input.Units[u];
            unitIndex[unit.UnitId] = u;
            decimal total = 0m;
            decimal max = 0m;
            bool met = true;
            foreach (var c in criteria)
            {
                bool has = unit.Values.TryGetValue(c.Code, out decimal v);
                met &= has;
                decimal t = c.NeedsTarget ? unit.Targets[c.Code] : 0m;
                decimal points = 0m;
                if (has)
                {
                    switch (c.Method)
                    {
                        case ScoringMethod.ProportionalToTarget:
                            decimal r = c.Direction == CriterionDirection.HigherIsBetter ? v / t : v == 0m ? 10m : t / v;
                            met &= r >= 1m;
                            points = c.MaxPoints * Math.Min(1m, r);
                            break;
                        case ScoringMethod.YesNo:
                            points = v >= 1m ? c.MaxPoints : 0m;
                            break;
                        case ScoringMethod.PerOccurrence:
                            points = Math.Min(c.MaxPoints, v * c.PointsPerUnit) * (c.Kind == CriterionKind.Penalty ? -1m : 1m);
                            break;
                        default:
                            points = Math.Min(c.MaxPoints, v);
                            break;
                    }
                }

                total += Math.Round(points * c.Weight, 2);
                max += c.Kind == CriterionKind.Scored ? c.MaxPoints * c.Weight : 0m;
            }

            totals[u] = total;
            percent[u] = max == 0m ? 0m : total * 100m / max;
            metTargets[u] = met;
        }

        var leaders = new HashSet<int>();
        foreach (var bloc in Enumerable.Range(0, units).GroupBy(u => input.Units[u].BlocId))
        {
            var order = bloc.ToArray();
            Array.Sort(order, (a, b) =>
            {
                int c = totals[b].CompareTo(totals[a]);
                return c != 0 ? c : input.Units[a].UnitId.CompareTo(input.Units[b].UnitId);
            });
            leaders.Add(order[0]);
        }

        var advanced = new int[units];
        var fighters = new int[units];
        int recommended = 0;
        foreach (var p in input.People)
        {
            StaffYear? current = null;
            foreach (var y in p.Years)
            {
                if (y.Year == year)
                {
                    current = y;
                }
            }

            if (current is null || current.ProceedingsPending)
            {
                continue;
            }

            int u = unitIndex[p.UnitId];
            bool aw = current.Rating is QualityRating.Good or QualityRating.Excellent && current.MonthsWorked + current.MaternityLeaveMonths >= 6 &&
                current.Discipline == DisciplineLevel.None;
            bool fighter = aw && (current.Rating == QualityRating.Excellent || current.Initiative >= InitiativeLevel.Grassroots);
            int streak = fighter ? 1 : 0;
            while (streak > 0 && HasMerit(p, Title.GrassrootsEmulationFighter, year - streak))
            {
                streak++;
            }

            bool provincialFighter = streak >= 3 && current.Initiative >= InitiativeLevel.Provincial;
            bool commendation = current.Rating is QualityRating.Good or QualityRating.Excellent &&
                (current.Initiative >= InitiativeLevel.Grassroots || metTargets[u]);
            int excellent = 0;
            while (Rating(p, year - excellent) == QualityRating.Excellent)
            {
                excellent++;
            }

            int initiatives = 0;
            for (int y = year; y > year - 2; y--)
            {
                initiatives += Initiative(p, y) >= InitiativeLevel.Grassroots ? 1 : 0;
            }

            bool merit = (streak >= 2 || excellent >= 2) && initiatives >= 2;
            int prior = PriorMerit(p, Title.ProvincialCertificateOfMerit, year);
            int good = 0;
            int fighterYears = 0;
            while (prior > 0 && year - good > prior && Rating(p, year - good) is QualityRating.Good or QualityRating.Excellent)
            {
                fighterYears += (good == 0 ? fighter : HasMerit(p, Title.GrassrootsEmulationFighter, year - good)) ? 1 : 0;
                good++;
            }

            bool primeMinister = good >= 5 && fighterYears >= 3;
            recommended += (aw ? 1 : 0) + (fighter ? 1 : 0) + (provincialFighter ? 1 : 0) + (commendation ? 1 : 0) + (merit ? 1 : 0) +
                (primeMinister ? 1 : 0);
            advanced[u] += aw ? 1 : 0;
            fighters[u] += fighter ? 1 : 0;
        }

        for (int u = 0; u < units; u++)
        {
            int members = Math.Max(1, input.Units[u].Members);
            bool share = advanced[u] * 10 >= members * 7;
            recommended += (percent[u] >= 80m && share ? 1 : 0) + (percent[u] >= 90m && share && fighters[u] > 0 ? 1 : 0) +
                (leaders.Contains(u) && metTargets[u] ? 1 : 0) + (percent[u] >= 80m ? 1 : 0);
        }

        return recommended;
    }

    private static bool HasMerit(PersonInput p, Title title, int year)
    {
        foreach (var a in p.Awards)
        {
            if (a.Year == year && a.Title == title && a.Kind == AwardKind.Merit)
            {
                return true;
            }
        }

        return false;
    }

    private static int PriorMerit(PersonInput p, Title title, int year)
    {
        int latest = 0;
        foreach (var a in p.Awards)
        {
            if (a.Title == title && a.Kind == AwardKind.Merit && a.Year < year && a.Year > latest)
            {
                latest = a.Year;
            }
        }

        return latest;
    }

    private static QualityRating? Rating(PersonInput p, int year)
    {
        foreach (var y in p.Years)
        {
            if (y.Year == year)
            {
                return y.Rating;
            }
        }

        return null;
    }

    private static InitiativeLevel Initiative(PersonInput p, int year)
    {
        foreach (var y in p.Years)
        {
            if (y.Year == year)
            {
                return y.Initiative;
            }
        }

        return InitiativeLevel.None;
    }
}
